/**
 * The one configuration module of the site: what another cluster would change.
 *
 * Everything that varies by language (Astro's `i18n`, routes, sitemap alternates,
 * the language switcher, tests) is derived from `locales` below. Section slugs are
 * fixed here once: city portals link to them, so never rename one without a redirect.
 */

/** Locale codes, default first. Adding a locale: one entry here plus one file in `src/i18n/ui/`. */
export const localeCodes = ['pl', 'en', 'de', 'cs'] as const;
export type Locale = (typeof localeCodes)[number];
export const defaultLocale: Locale = 'pl';

/** Every section of the site, built now or later. Keys are stable identifiers used in code. */
export const sectionKeys = [
  'cities',
  'stories',
  'events',
  'offers',
  'partners',
  'about',
  'concept',
  'rdPotential',
  'investors',
  'smes',
  'schools',
  'residents',
  'international',
  'documents',
  'openData',
  'linkToUs',
  'widgets',
  'search',
  'accessibility',
  'privacy',
  'translationStatus',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

export interface LocaleConfig {
  /** BCP 47 language tag for `<html lang>`, `hreflang` and `Intl`. */
  lang: string;
  /** Locale for `Intl` date and number formatting (e.g. `en-GB` for day-month-year dates). */
  intl: string;
  /** The language's own name, shown in the language switcher. */
  nativeName: string;
  /** Locales whose text is shown, in order, when this locale has no translation (DESIGN §9). */
  fallback: readonly Locale[];
  /** Translated URL slug of each section. */
  slugs: Record<SectionKey, string>;
  /** The word before a page number in the addresses of long lists' later pages (`/pl/historie-sukcesu/strona/2/`). */
  pageSlug: string;
}

export const locales: Record<Locale, LocaleConfig> = {
  pl: {
    lang: 'pl',
    intl: 'pl-PL',
    nativeName: 'Polski',
    fallback: [],
    slugs: {
      cities: 'miasta',
      stories: 'historie-sukcesu',
      events: 'wydarzenia',
      offers: 'oferty-inwestycyjne',
      partners: 'partnerzy',
      about: 'o-klastrze',
      concept: 'koncepcja-klastra',
      rdPotential: 'potencjal-badawczy',
      investors: 'dla-inwestorow',
      smes: 'dla-msp',
      schools: 'dla-szkol',
      residents: 'dla-mieszkancow',
      international: 'wspolpraca-miedzynarodowa',
      documents: 'dokumenty',
      openData: 'otwarte-dane',
      linkToUs: 'dla-portali-miejskich',
      widgets: 'widzety',
      search: 'szukaj',
      accessibility: 'deklaracja-dostepnosci',
      privacy: 'polityka-prywatnosci',
      translationStatus: 'status-tlumaczen',
    },
    pageSlug: 'strona',
  },
  en: {
    lang: 'en',
    intl: 'en-GB',
    nativeName: 'English',
    fallback: ['pl'],
    slugs: {
      cities: 'cities',
      stories: 'success-stories',
      events: 'events',
      offers: 'investment-offers',
      partners: 'partners',
      about: 'about',
      concept: 'cluster-concept',
      rdPotential: 'research-potential',
      investors: 'for-investors',
      smes: 'for-smes',
      schools: 'for-schools',
      residents: 'for-residents',
      international: 'international-cooperation',
      documents: 'documents',
      openData: 'open-data',
      linkToUs: 'for-city-portals',
      widgets: 'widgets',
      search: 'search',
      accessibility: 'accessibility-statement',
      privacy: 'privacy',
      translationStatus: 'translation-status',
    },
    pageSlug: 'page',
  },
  de: {
    lang: 'de',
    intl: 'de-DE',
    nativeName: 'Deutsch',
    fallback: ['en', 'pl'],
    slugs: {
      cities: 'staedte',
      stories: 'erfolgsgeschichten',
      events: 'veranstaltungen',
      offers: 'investitionsangebote',
      partners: 'partner',
      about: 'ueber-den-cluster',
      concept: 'clusterkonzept',
      rdPotential: 'forschungspotenzial',
      investors: 'fuer-investoren',
      smes: 'fuer-kmu',
      schools: 'fuer-schulen',
      residents: 'fuer-einwohner',
      international: 'internationale-zusammenarbeit',
      documents: 'dokumente',
      openData: 'offene-daten',
      linkToUs: 'fuer-stadtportale',
      widgets: 'widgets',
      search: 'suche',
      accessibility: 'erklaerung-zur-barrierefreiheit',
      privacy: 'datenschutz',
      translationStatus: 'uebersetzungsstand',
    },
    pageSlug: 'seite',
  },
  cs: {
    lang: 'cs',
    intl: 'cs-CZ',
    nativeName: 'Čeština',
    fallback: ['en', 'pl'],
    slugs: {
      cities: 'mesta',
      stories: 'pribehy-uspechu',
      events: 'akce',
      offers: 'investicni-nabidky',
      partners: 'partneri',
      about: 'o-klastru',
      concept: 'koncepce-klastru',
      rdPotential: 'vyzkumny-potencial',
      investors: 'pro-investory',
      smes: 'pro-msp',
      schools: 'pro-skoly',
      residents: 'pro-obyvatele',
      international: 'mezinarodni-spoluprace',
      documents: 'dokumenty',
      openData: 'otevrena-data',
      linkToUs: 'pro-mestske-portaly',
      widgets: 'widgety',
      search: 'hledat',
      accessibility: 'prohlaseni-o-pristupnosti',
      privacy: 'ochrana-osobnich-udaju',
      translationStatus: 'stav-prekladu',
    },
    pageSlug: 'strana',
  },
};

/** The six member cities, in the order the cluster lists them (content folder names). */
export const cityOrder = ['katowice', 'gliwice', 'tychy', 'jaworzno', 'jastrzebie-zdroj', 'rybnik'] as const;
export type CitySlug = (typeof cityOrder)[number];

/** Cluster identity. Names per locale; the short name is the same everywhere. */
export const cluster = {
  shortName: 'IŚKCTW',
  name: {
    pl: 'Innowacyjny Śląski Klaster Czystych Technologii Węglowych',
    en: 'Innovative Silesian Clean Coal Technologies Cluster',
    de: 'Innovativer Schlesischer Cluster für saubere Kohletechnologien',
    cs: 'Inovativní slezský klastr čistých uhelných technologií',
  } satisfies Record<Locale, string>,
  founded: 2005,
  /**
   * Where visitors write to. The sample address is a placeholder on a reserved domain
   * (`placeholder: true` makes the footer say so): set the real one before going live.
   */
  contact: {
    email: 'kontakt@iskctw.example.org',
    placeholder: true,
  },
  /**
   * Accessibility statement facts (deklaracja dostępności, DESIGN §5). Contact details are placeholders on a
   * reserved domain until the cluster names its coordinator: `placeholder: true` makes the page say so.
   */
  accessibility: {
    published: '2026-11-27',
    updated: '2026-12-02',
    prepared: '2026-11-27',
    /** `person` per locale: a role written out in the reader's language (or the same name in every locale). */
    contact: {
      person: {
        pl: 'Redakcja serwisu',
        en: 'the website’s editorial team',
        de: 'die Redaktion der Website',
        cs: 'redakce webu',
      } satisfies Record<Locale, string>,
      email: 'dostepnosc@iskctw.example.org',
      phone: '+48 32 000 00 00',
      placeholder: true,
    },
  },
  /**
   * Privacy policy facts (GDPR Art. 13): the controller, i.e. the legal entity responsible for the website and its
   * personal data. Placeholders (a role, an example street, a reserved domain) until the cluster names that entity:
   * `placeholder: true` makes the privacy policy say so next to the values.
   */
  privacy: {
    controller: {
      /** The controller's name per locale (a legal entity keeps its own name in every locale). */
      name: {
        pl: 'Koordynator Innowacyjnego Śląskiego Klastra Czystych Technologii Węglowych',
        en: 'The coordinator of the Innovative Silesian Clean Coal Technologies Cluster',
        de: 'Der Koordinator des Innovativen Schlesischen Clusters für saubere Kohletechnologien',
        cs: 'Koordinátor Inovativního slezského klastru čistých uhelných technologií',
      } satisfies Record<Locale, string>,
      /** Postal address as written in Poland (marked `lang="pl"` on other locales), then the country per locale. */
      address: 'ul. Przykładowa 1, 40-000 Katowice',
      country: { pl: 'Polska', en: 'Poland', de: 'Polen', cs: 'Polsko' } satisfies Record<Locale, string>,
      email: 'dane-osobowe@iskctw.example.org',
      placeholder: true,
    },
  },
  /** Brand colours; the CSS custom properties in `src/styles/global.css` mirror these. */
  colours: { primary: '#0b4f6c', accent: '#c8a200' },
} as const;

/**
 * Site address. `SITE_URL` is the production origin, `BASE_PATH` the folder the site
 * is served from (default `/`). The placeholder origin is reserved for documentation (RFC 2606).
 */
export const siteUrl = (process.env.SITE_URL ?? 'https://iskctw.example.org').replace(/\/+$/, '');
export const basePath = normaliseBase(process.env.BASE_PATH ?? '/');

/**
 * The date the site is built "as of": upcoming vs past events, stale offers.
 * `BUILD_DATE=YYYY-MM-DD` pins it (tests do); otherwise today.
 */
export const buildDate = process.env.BUILD_DATE ? new Date(`${process.env.BUILD_DATE}T12:00:00Z`) : new Date();

/** The lists that are split into pages of a fixed size. */
export const pagedLists = ['stories', 'events', 'offers', 'partners'] as const;
export type PagedList = (typeof pagedLists)[number];

/** Entries per page of each paged list unless `LIST_PAGE_SIZES` overrides them (`listBounds.pageSize`). */
export const defaultPageSizes: Readonly<Record<PagedList, number>> = { stories: 12, events: 20, offers: 24, partners: 30 };

/**
 * How far every output that grows with content may grow (README "Budgets and benchmarks"): a page, feed or calendar
 * weighs the same at 10,000 entries as at 100. Older items stay reachable on the later pages of the lists.
 */
export const listBounds = {
  /**
   * Entries per page of the section lists and their filter pages; page 1 keeps the list's address, page 2 on
   * is at `<list>/<pageSlug>/<n>/`. `LIST_PAGE_SIZES=stories=3,events=3` overrides some (the test build does, so its few
   * fixture entries fill more than one page).
   */
  pageSize: pageSizes(process.env.LIST_PAGE_SIZES, defaultPageSizes),
  /** Items of each RSS and JSON feed (locale and city): the newest ones. */
  feedItems: 30,
  /** Calendars (`.ics`, all events and per city) carry upcoming events and those that began within this many days. */
  calendarPastDays: 366,
  /** What a city page lists of its city's entries before linking to the full list. */
  cityPage: { stories: 3, events: 5, offers: 6, partners: 6 },
  /**
   * Above this many offers, the home page's map draws one marker per city with the count instead of one per offer
   * (the offers list's map shows the offers of its page, bounded by the page size). `MAP_MARKER_LIMIT` overrides it
   * (the test build does, so that its few offers show the grouped map).
   */
  mapMarkers: positiveNumber('MAP_MARKER_LIMIT', process.env.MAP_MARKER_LIMIT, 30),
  /**
   * Rows per page of the translation status page's table of entries that need work (the editors' page; every entry
   * counts in its summary). `TRANSLATION_ROWS` overrides it (the test build does, so that its few such entries fill
   * more than one page).
   */
  translationRows: positiveNumber('TRANSLATION_ROWS', process.env.TRANSLATION_ROWS, 100),
  /**
   * Stale offers the translation status page lists, those verified longest ago; the offers' open data marks them all.
   * `STALE_OFFERS_LISTED` overrides it (the test build does, so that its few stale offers overflow the list).
   */
  staleOffers: positiveNumber('STALE_OFFERS_LISTED', process.env.STALE_OFFERS_LISTED, 30),
} as const;

/**
 * Page sizes with overrides from a `list=size,…` string; a bad entry throws (a typo must not pass silently).
 * @example pageSizes('stories=3', { stories: 12, events: 20, offers: 24, partners: 30 }).stories // 3
 */
export function pageSizes(overrides: string | undefined, defaults: Record<PagedList, number>): Record<PagedList, number> {
  const sizes = { ...defaults };
  for (const entry of (overrides ?? '').split(',').filter((part) => part.trim() !== '')) {
    const [list = '', size = ''] = entry.split('=').map((part) => part.trim());
    if (!(pagedLists as readonly string[]).includes(list) || !/^[1-9]\d*$/.test(size)) {
      throw new Error(`LIST_PAGE_SIZES: "${entry}" is not <list>=<size> with a list of ${pagedLists.join(', ')} and a size of 1 or more.`);
    }
    sizes[list as PagedList] = Number(size);
  }
  return sizes;
}

/**
 * A whole number of 1 or more from an environment variable, or the default when it is not set; anything else throws.
 * @example positiveNumber('X', '5', 30) // 5
 */
export function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^[1-9]\d*$/.test(value.trim())) throw new Error(`${name}: "${value}" is not a whole number of 1 or more.`);
  return Number(value.trim());
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Origins allowed to show each city's widget in an `<iframe>` (`frame-ancestors` of the widget pages; every other
 * page denies framing). Each city's portal (its `portal:` in `content/cities/<city>/city.yaml`) with and without
 * `www.`. This is a security setting kept by maintainers in code, not in content: a content pull request must not be
 * able to widen who may frame the site.
 */
export const widgetFrameOrigins: Record<CitySlug, readonly string[]> = {
  katowice: ['https://katowice.eu', 'https://www.katowice.eu'],
  gliwice: ['https://gliwice.eu', 'https://www.gliwice.eu'],
  tychy: ['https://umtychy.pl', 'https://www.umtychy.pl'],
  jaworzno: ['https://jaworzno.pl', 'https://www.jaworzno.pl'],
  'jastrzebie-zdroj': ['https://jastrzebie.pl', 'https://www.jastrzebie.pl'],
  rybnik: ['https://rybnik.eu', 'https://www.rybnik.eu'],
};
