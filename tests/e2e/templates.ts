import { entryPath, sectionPath } from '../../src/i18n';
import { localeCodes, type Locale } from '../../src/site.config';

/**
 * One page per template, in every locale, checked by the browser tests (axe, console, CSP, 320 px).
 * Every new template joins this list: add a line to the block of its section.
 */
const perLocale = (locale: Locale): string[] => [
  // foundation
  `/${locale}/`,
  sectionPath(locale, 'cities'),
  entryPath(locale, 'cities', 'gliwice'),
  sectionPath(locale, 'about'),
  sectionPath(locale, 'concept'),
  sectionPath(locale, 'privacy'),
  `/${locale}/404/`,
  // stories
  // events
  // offers
  // partners
  sectionPath(locale, 'partners'),
  entryPath(locale, 'partners', 'itpe'),
  // search
];

export const templates: string[] = ['/', '/404.html', ...localeCodes.flatMap(perLocale)];
