import { entryPath, sectionPath } from '../../src/i18n';
import { storyFilterPath } from '../../src/lib/story-filters';
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
  sectionPath(locale, 'rdPotential'),
  sectionPath(locale, 'privacy'),
  sectionPath(locale, 'accessibility'),
  sectionPath(locale, 'international'),
  sectionPath(locale, 'investors'),
  sectionPath(locale, 'documents'),
  sectionPath(locale, 'translationStatus'),
  `/${locale}/404/`,
  // stories
  sectionPath(locale, 'stories'),
  storyFilterPath(locale, 'city', 'jaworzno'),
  entryPath(locale, 'stories', 'autobusy-elektryczne-jaworzno'),
  // events
  sectionPath(locale, 'events'),
  entryPath(locale, 'events', 'przyklad-gielda-kooperacyjna-jaworzno-2027'),
  // offers
  sectionPath(locale, 'offers'),
  entryPath(locale, 'offers', 'przyklad-teren-inwestycyjny-tychy'),
  sectionPath(locale, 'openData'),
  // partners
  sectionPath(locale, 'partners'),
  entryPath(locale, 'partners', 'itpe'),
  // search
  sectionPath(locale, 'search'),
];

export const templates: string[] = ['/', '/404.html', ...localeCodes.flatMap(perLocale)];
