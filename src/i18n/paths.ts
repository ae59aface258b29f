import { basePath, defaultLocale, locales, siteUrl, type Locale, type SectionKey } from '../site.config';
import { allLocales } from './locales';

/**
 * A site path, without the base path, always with a trailing slash.
 * @example sectionPath('de', 'cities') // '/de/staedte/'
 */
export function sectionPath(locale: Locale, section: SectionKey): string {
  return `/${locale}/${locales[locale].slugs[section]}/`;
}

/** Path of an entry inside a section; entry slugs are shared by all locales. @example entryPath('cs', 'cities', 'rybnik') // '/cs/mesta/rybnik/' */
export function entryPath(locale: Locale, section: SectionKey, slug: string): string {
  return `${sectionPath(locale, section)}${slug}/`;
}

/** Home page path of a locale. @example homePath('en') // '/en/' */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** Prefix a site path with the configured base path. @example withBase('/pl/') // '/pl/' (base '/') or '/klaster/pl/' (base '/klaster/') */
export function withBase(path: string): string {
  return `${basePath}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of a site path on the production origin. @example absoluteUrl('/pl/') // 'https://iskctw.example.org/pl/' */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${withBase(path)}`;
}

/** Every locale's path of one page, keyed by locale. */
export type LocalizedPaths = Record<Locale, string>;

/** Build the path of one page in every locale. @example localizedPaths((l) => sectionPath(l, 'cities')).en // '/en/cities/' */
export function localizedPaths(pathFor: (locale: Locale) => string): LocalizedPaths {
  return Object.fromEntries(allLocales.map((locale) => [locale, pathFor(locale)])) as LocalizedPaths;
}

export interface AlternateLink {
  hreflang: string;
  href: string;
}

/**
 * `hreflang` alternates (absolute URLs) for the locales a page is translated in, plus `x-default`
 * (the default locale when translated there, otherwise the first translated locale).
 * @example alternateLinks(paths, ['pl', 'en']) // [{hreflang:'pl',…},{hreflang:'en',…},{hreflang:'x-default',…}]
 */
export function alternateLinks(paths: LocalizedPaths, translated: readonly Locale[]): AlternateLink[] {
  const present = allLocales.filter((locale) => translated.includes(locale));
  if (present.length === 0) return [];
  const links = present.map((locale) => ({ hreflang: locales[locale].lang, href: absoluteUrl(paths[locale]) }));
  const xDefault = present.includes(defaultLocale) ? defaultLocale : present[0]!;
  links.push({ hreflang: 'x-default', href: absoluteUrl(paths[xDefault]) });
  return links;
}

/**
 * Which locale and section a site path belongs to (used by 404 pages and tests).
 * @example parsePath('/en/cities/gliwice/') // { locale: 'en', section: 'cities', rest: ['gliwice'] }
 */
export function parsePath(path: string): { locale: Locale; section?: SectionKey; rest: string[] } | undefined {
  const [first, second, ...rest] = path.split('/').filter(Boolean);
  const locale = allLocales.find((candidate) => candidate === first);
  if (!locale) return undefined;
  const slugs = locales[locale].slugs;
  const section = (Object.keys(slugs) as SectionKey[]).find((key) => slugs[key] === second);
  if (second !== undefined && !section) return { locale, rest: [second, ...rest] };
  return section ? { locale, section, rest } : { locale, rest };
}
