import { readFileSync } from 'node:fs';
import type { SitemapItem } from '@astrojs/sitemap';

/**
 * A `serialize` hook for `@astrojs/sitemap` that takes each page's facts from its built HTML,
 * so the sitemap can never disagree with the pages: `noindex` pages are left out, and the
 * `hreflang` alternates (translated slugs and `x-default` included) are copied from the page head.
 * The sitemap integration alone only links alternates whose paths are identical across locales.
 */
export function sitemapFromHtml(options: { outDir: URL; siteBase: string }) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const head = readHead(item.url, options);
    if (head === undefined || isNoindex(head)) return undefined;
    return { ...item, links: alternatesOf(head) };
  };
}

function readHead(url: string, { outDir, siteBase }: { outDir: URL; siteBase: string }): string | undefined {
  if (!url.startsWith(siteBase)) return undefined;
  const relative = url.slice(siteBase.length).replace(/^\/+/, '');
  const file = new URL(relative.endsWith('.html') ? relative : `${relative}index.html`, outDir);
  try {
    const html = readFileSync(file, 'utf8');
    const end = html.indexOf('</head>');
    return end === -1 ? html : html.slice(0, end);
  } catch {
    return undefined;
  }
}

/** True when the page asks robots not to index it. @example isNoindex('<meta name="robots" content="noindex, follow">') // true */
export function isNoindex(head: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(head);
}

/** The `hreflang` alternates of a page head. */
export function alternatesOf(head: string): { url: string; lang: string }[] {
  const links: { url: string; lang: string }[] = [];
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel="alternate"/.test(tag)) continue;
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) links.push({ url: href, lang });
  }
  return links;
}
