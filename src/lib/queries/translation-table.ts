import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allLocales } from '../../i18n/locales';
import { defaultLocale, type Locale } from '../../site.config';
import { memoByObject } from '../memo';
import { translationState, type TranslationState } from '../translation-status';
import type { SiteContent } from './site-content';

export interface TranslationRow {
  collection: string;
  slug: string;
  states: Record<Locale, TranslationState>;
}

/**
 * Every entry's translation state per locale, read from the text files on disk (build time only), once per build (every
 * locale's status page shows the same table).
 */
export const translationTable: (content: SiteContent) => TranslationRow[] = memoByObject(readTranslationTable);

function readTranslationTable(content: SiteContent): TranslationRow[] {
  const groups: [string, { slug: string; texts: Partial<Record<Locale, { filePath?: string | undefined }>> }[]][] = [
    ['cities', content.cities],
    ['stories', content.stories],
    ['events', content.events],
    ['offers', content.offers],
    ['partners', content.partners],
    ['pages', [...content.pages].map(([slug, texts]) => ({ slug, texts }))],
  ];
  return groups.flatMap(([collection, entries]) =>
    entries.map((entry) => {
      const files = Object.fromEntries(
        allLocales.map((locale) => {
          const path = entry.texts[locale]?.filePath;
          return [locale, path ? readFileSync(join(process.cwd(), path), 'utf8') : undefined];
        }),
      );
      const states = Object.fromEntries(allLocales.map((locale) => [locale, translationState(locale, files, defaultLocale)])) as Record<
        Locale,
        TranslationState
      >;
      return { collection, slug: entry.slug, states };
    }),
  );
}
