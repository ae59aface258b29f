import { entryPath, sectionPath, withBase } from '../i18n/paths';
import { sectionKeys, type Locale, type SectionKey } from '../site.config';

/** Sections whose pages are entries (`/<locale>/<section>/<folder>/`). */
export const entrySectionKeys = ['cities', 'stories', 'events', 'offers', 'partners'] as const satisfies readonly SectionKey[];

/**
 * The site path (without the base path) that a locale-proof content link names in a text of `locale`:
 * `entry:<section>/<folder>` → the entry's page, `section:<key>` → the section's index; anything else → undefined.
 * @example contentLinkPath('entry:cities/gliwice#fakty', 'de') // '/de/staedte/gliwice/#fakty'
 */
export function contentLinkPath(href: string, locale: Locale): string | undefined {
  const entry = /^entry:([A-Za-z]+)\/([a-z0-9-]+)\/?([#?].*)?$/.exec(href.trim());
  if (entry && (entrySectionKeys as readonly string[]).includes(entry[1]!))
    return `${entryPath(locale, entry[1] as SectionKey, entry[2]!)}${entry[3] ?? ''}`;
  const section = /^section:([A-Za-z]+)\/?([#?].*)?$/.exec(href.trim());
  if (section && (sectionKeys as readonly string[]).includes(section[1]!))
    return `${sectionPath(locale, section[1] as SectionKey)}${section[2] ?? ''}`;
  return undefined;
}

/**
 * The `href` a content link gets in the built page: content link forms resolved in the text's language, site paths
 * (`/pl/…`) under the configured base path; other addresses unchanged.
 * @example builtHref('section:offers', 'en') // '/en/investment-offers/' (base '/')
 */
export function builtHref(href: string, locale: Locale): string {
  const path = contentLinkPath(href, locale);
  if (path) return withBase(path);
  if (href.startsWith('/') && !href.startsWith('//')) return withBase(href);
  return href;
}
