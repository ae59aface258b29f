import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translationState, type TranslationState } from '../../src/lib/translation-status';
import { defaultLocale, localeCodes, type Locale } from '../../src/site.config';

/** An entry of a content folder with the state of its text in each locale. */
export interface EntryStates {
  collection: string;
  /** `collection/slug`, as the translation status page names it. */
  name: string;
  states: Record<Locale, TranslationState>;
}

/** The collections the translation status page covers, in its order. */
const collections = ['cities', 'stories', 'events', 'offers', 'partners', 'pages'];

/**
 * Every entry of a content folder with its texts' states, read from the files as `npm run translations` does
 * (independently of the site's own `translationTable`), collection by collection, slugs in order.
 */
export function contentStates(contentDir: string): EntryStates[] {
  const read = (folder: string, locale: string) =>
    ['md', 'mdx']
      .map((ext) => join(folder, `${locale}.${ext}`))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8'))[0];
  return collections.flatMap((collection) => {
    const base = join(contentDir, collection);
    if (!existsSync(base)) return [];
    return readdirSync(base, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((slug) => {
        const files = Object.fromEntries(localeCodes.map((locale) => [locale, read(join(base, slug), locale)]));
        const states = Object.fromEntries(localeCodes.map((locale) => [locale, translationState(locale, files, defaultLocale)]));
        return { collection, name: `${collection}/${slug}`, states: states as Record<Locale, TranslationState> };
      });
  });
}

const workStates: readonly TranslationState[] = ['outdated', 'unchecked', 'partial', 'missing'];

/** True when an entry needs work in some language (a translation outdated, unchecked, partial or missing). */
export function needsWork(entry: EntryStates): boolean {
  return Object.values(entry.states).some((state) => workStates.includes(state));
}
