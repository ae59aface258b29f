import { parsePath, sectionPath, entryPath } from '../../i18n/paths';
import { sectors, topics } from '../../data/vocabularies';
import { cityOrder, locales, sectionKeys, type Locale, type SectionKey } from '../../site.config';
import { filterValueSlug } from '../filter-value-slugs';
import { storyFilterKinds, storyFilterSlugs } from '../story-filters';
import { contentLinkPath, entrySectionKeys } from '../content-links';
import { closest } from './closest';

type EntrySection = (typeof entrySectionKeys)[number];

/** Site paths that are files outside the locales. */
const siteFiles = ['/open-data/offers.geojson', '/open-data/offers.csv'];

/** The entries that exist, by content folder. */
export type EntryIndex = ReadonlyMap<string, ReadonlySet<string>>;

export type LinkVerdict =
  | { ok: true; path?: string | undefined }
  | { ok: false; id: 'link.unknownPage' | 'link.wrongLocale' | 'link.unsafe'; suggestion?: string | undefined };

/** Entry sections keep their entries in the content folder of the same name. */
const isEntrySection = (section: string): section is EntrySection => (entrySectionKeys as readonly string[]).includes(section);

/**
 * The site path of a link written in the locale-proof forms `entry:<section>/<folder>` and `section:<key>`, or of a
 * site path (`/pl/miasta/gliwice/`), checked against the sections and entries that exist.
 * @example resolveLink('entry:cities/gliwice', 'de', index) // { ok: true, path: '/de/staedte/gliwice/' }
 */
export function resolveLink(href: string, locale: Locale, index: EntryIndex): LinkVerdict {
  const url = href.trim();
  if (/^(javascript|data|vbscript|file):/i.test(url)) return { ok: false, id: 'link.unsafe' };
  if (/^(https?:|mailto:|tel:|#)/i.test(url)) return { ok: true };
  const entry = /^entry:([^/]+)\/([^/#?]+)\/?([#?].*)?$/.exec(url);
  if (entry) {
    const [, section, slug] = entry;
    if (!section || !isEntrySection(section))
      return { ok: false, id: 'link.unknownPage', suggestion: suggest('entry:', section ?? '', entrySectionKeys) };
    const known = index.get(section);
    // A set lookup per link: thousands of entries each linking to others stay linear.
    if (!slug || !known?.has(slug))
      return { ok: false, id: 'link.unknownPage', suggestion: suggest(`entry:${section}/`, slug ?? '', [...(known ?? [])]) };
    return { ok: true, path: contentLinkPath(url, locale) };
  }
  const section = /^section:([A-Za-z]+)\/?([#?].*)?$/.exec(url);
  if (section) {
    const key = section[1]!;
    if (!(sectionKeys as readonly string[]).includes(key))
      return { ok: false, id: 'link.unknownPage', suggestion: suggest('section:', key, sectionKeys) };
    return { ok: true, path: contentLinkPath(url, locale) };
  }
  if (!url.startsWith('/')) return { ok: false, id: 'link.unknownPage' };
  return checkSitePath(url.replace(/[#?].*$/, ''), locale, index);
}

function suggest(prefix: string, word: string, candidates: readonly string[]): string | undefined {
  const match = closest(word, candidates);
  return match ? `${prefix}${match}` : undefined;
}

/** A site path written by hand: the page must exist, in the text's own language. */
function checkSitePath(path: string, locale: Locale, index: EntryIndex): LinkVerdict {
  if (siteFiles.includes(path)) return { ok: true };
  const parsed = parsePath(path);
  if (!parsed) return { ok: false, id: 'link.unknownPage' };
  if (parsed.locale !== locale) {
    const same = samePageIn(locale, parsed);
    return { ok: false, id: 'link.wrongLocale', suggestion: same };
  }
  if (!parsed.section) {
    if (parsed.rest.length === 0) return { ok: true };
    // A section slug of another language (`/pl/cities/`): suggest this language's slug.
    const key = Object.values(locales).flatMap((config) =>
      (Object.keys(config.slugs) as SectionKey[]).filter((k) => config.slugs[k] === parsed.rest[0]),
    )[0];
    return {
      ok: false,
      id: 'link.unknownPage',
      suggestion: key
        ? `${sectionPath(locale, key)}${parsed.rest
            .slice(1)
            .map((part) => `${part}/`)
            .join('')}`
        : undefined,
    };
  }
  const [slug, ...deeper] = parsed.rest;
  if (slug === undefined) return { ok: true };
  if (!isEntrySection(parsed.section)) return { ok: false, id: 'link.unknownPage', suggestion: sectionPath(locale, parsed.section) };
  const known = [...(index.get(parsed.section) ?? [])];
  // Story filter pages (`/pl/historie-sukcesu/miasto/gliwice/`) and event calendars are generated, not entries.
  if (parsed.section === 'stories' && deeper.length === 1 && !known.includes(slug)) {
    return isStoryFilterPath(locale, slug, deeper[0]!)
      ? { ok: true }
      : { ok: false, id: 'link.unknownPage', suggestion: sectionPath(locale, 'stories') };
  }
  const entrySlug = slug.replace(/\.ics$/, '');
  if (!known.includes(entrySlug) || deeper.length > 0) {
    const match = closest(entrySlug, known);
    return { ok: false, id: 'link.unknownPage', suggestion: match ? entryPath(locale, parsed.section, match) : undefined };
  }
  return { ok: true };
}

/** The same page in another locale (section slugs translated; entry folders are shared). */
function samePageIn(locale: Locale, parsed: { section?: SectionKey; rest: string[] }): string {
  const base = parsed.section ? sectionPath(locale, parsed.section) : `/${locale}/`;
  return `${base}${parsed.rest.map((part) => `${part}/`).join('')}`;
}

/**
 * Whether `/<stories>/<filter>/<value>/` names a filter page of this language: a filter sub-slug of the language and a
 * city, sector or topic in that language's URL form (old English topic keys on the Polish site are not pages).
 */
function isStoryFilterPath(locale: Locale, filter: string, value: string): boolean {
  const kind = storyFilterKinds.find((candidate) => storyFilterSlugs[locale][candidate] === filter);
  if (!kind) return false;
  const values: readonly string[] = kind === 'city' ? cityOrder : kind === 'sector' ? sectors : topics;
  return values.some((candidate) => filterValueSlug(locale, candidate) === value);
}
