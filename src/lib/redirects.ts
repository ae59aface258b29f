import { absoluteUrl, parsePath, withBase } from '../i18n/paths';
import { langTag } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { cluster, defaultLocale, type Locale } from '../site.config';
import type { RedirectPaths } from './validation/redirects';

/** What the build writes for redirects: the host files' names, in the output's root. */
export const hostRedirectFiles = { netlify: '_redirects', nginx: 'nginx-redirects.conf' } as const;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The file (relative to the output folder) of the redirect page at an old path, or undefined for a file path
 * (`/pl/rss.xml`), which only the host's rules can redirect.
 * @example redirectPageFile('/pl/historie-sukcesu/stara-nazwa/') // 'pl/historie-sukcesu/stara-nazwa/index.html'
 */
export function redirectPageFile(from: string): string | undefined {
  return from.endsWith('/') ? `${from.slice(1)}index.html` : undefined;
}

/** The language of a redirect page: that of its old path (the default locale outside the locales). @example redirectLocale('/en/cities/x/') // 'en' */
export function redirectLocale(from: string): Locale {
  return parsePath(from)?.locale ?? defaultLocale;
}

/** What the build knows of the target page: its title (the link text) and its Content Security Policy. */
export interface RedirectTarget {
  title?: string | undefined;
  /** The site's policy as the target page states it; `default-src 'none'` (the page loads nothing) without one. */
  csp?: string | undefined;
}

/**
 * A static redirect page for an old path: an immediate `<meta http-equiv="refresh">`, the target as canonical,
 * `noindex`, and a visible link to the new page in the old page's language. No script, no style, nothing to index
 * (no `data-pagefind-body`), under the same CSP as the site's pages.
 * @example redirectPageHtml({ from: '/en/cities/old/', to: '/en/cities/gliwice/' }, { title: 'Gliwice' }).includes('url=/en/cities/gliwice/') // true (base '/')
 */
export function redirectPageHtml(redirect: RedirectPaths, target: RedirectTarget = {}): string {
  const locale = redirectLocale(redirect.from);
  const href = escapeHtml(withBase(redirect.to));
  const title = translate(locale, 'redirect.title');
  return [
    '<!DOCTYPE html>',
    `<html lang="${langTag(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="${escapeHtml(target.csp ?? "default-src 'none'")}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${title} – ${cluster.shortName}`)}</title>`,
    '<meta name="robots" content="noindex, follow">',
    // The site's icon, as on every page: without it the browser asks for /favicon.ico, which does not exist.
    `<link rel="icon" href="${escapeHtml(withBase('/favicon.svg'))}" type="image/svg+xml">`,
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(redirect.to))}">`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(translate(locale, 'redirect.text'))} <a href="${href}">${escapeHtml(target.title?.trim() || absoluteUrl(redirect.to))}</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Redirect rules in the `_redirects` format Netlify and Cloudflare Pages share (`/old/ /new/ 301`), base path applied.
 * @example netlifyRedirects([{ from: '/pl/a/', to: '/pl/b/' }]) // '# …\n/pl/a/ /pl/b/ 301\n' (base '/')
 */
export function netlifyRedirects(redirects: readonly RedirectPaths[]): string {
  const header =
    '# Redirects of published addresses (content/redirects.yaml), written by the build. Netlify and Cloudflare Pages read this file.\n';
  return header + redirects.map(({ from, to }) => `${withBase(from)} ${withBase(to)} 301\n`).join('');
}

/**
 * The same rules for nginx, to `include` inside the site's `server { … }` block: an exact `location` per old path
 * (a page's path also without its trailing slash) answering 301. The paths are restricted to `[a-z0-9._/-]` by the
 * schema, so no editor text can end a directive.
 * @example nginxRedirects([{ from: '/pl/a/', to: '/pl/b/' }]).includes('location = /pl/a/ { return 301 /pl/b/; }') // true
 */
export function nginxRedirects(redirects: readonly RedirectPaths[]): string {
  const lines = [
    '# Redirects of published addresses (content/redirects.yaml), written by the build.',
    "# Use inside the site's server block: include /path/to/site/nginx-redirects.conf;",
  ];
  for (const { from, to } of redirects) {
    const target = withBase(to);
    const old = withBase(from);
    lines.push(`location = ${old} { return 301 ${target}; }`);
    if (old.endsWith('/') && old.length > 1) lines.push(`location = ${old.slice(0, -1)} { return 301 ${target}; }`);
  }
  return `${lines.join('\n')}\n`;
}
