import { absoluteUrl, alternateLinks, type AlternateLink, type LocalizedPaths } from '../i18n/paths';
import { allLocales, langTag, ogLocale, pickLocale } from '../i18n/locales';
import { cluster, type Locale } from '../site.config';

/** What every page tells its layout about itself. */
export interface PageMeta {
  locale: Locale;
  /** The page's own title (without the site name). */
  title: string;
  description: string;
  /** This page's path in every locale (the language switcher uses them all). */
  paths: LocalizedPaths;
  /** Locales with a translation of their own; defaults to all. Others are fallback pages (DESIGN §9). */
  translatedIn?: readonly Locale[] | undefined;
  /** Pages that are not content (404, coming soon, language chooser, widgets) are never indexed. */
  noindex?: boolean | undefined;
  /** When the page's content last changed. */
  updated?: Date | undefined;
  /** Invented content (DESIGN §9): banner, `noindex`, no structured data. */
  example?: boolean | undefined;
  /** What search shows and filters on for this page (Pagefind metadata and filters). */
  search?: SearchMeta | undefined;
  /** `false` leaves an indexable page out of the site search: later pages of a list repeat the first page's text. */
  inSearch?: boolean | undefined;
  /**
   * The page whose share card this page shows instead of one of its own (its title and path in this page's locale):
   * later pages of a list show the first page's card (`firstPageCard`, src/lib/pagination.ts).
   */
  cardOf?: { title: string; path: string } | undefined;
}

/** Search metadata of a page: its type, filter values (labels in the page's language) and date. */
export interface SearchMeta {
  type: 'story' | 'event' | 'offer' | 'city' | 'partner' | 'page';
  filters?: Partial<Record<'city' | 'sector' | 'topic' | 'audience' | 'kind', string[]>>;
  /** A date to sort results by (publication, event start, last verified). */
  date?: Date | undefined;
  /** An image for the result, with its alt text. */
  image?: { src: string; alt: string } | undefined;
  /**
   * The names of the page's subject, when the page is THE page about it (a city's own page): its name, exonyms and
   * inflected forms (`src/data/search-aliases.ts`). Indexed as the `names` metadata field, which ranks above every
   * page that only mentions or lists them (`src/lib/search-ranking.ts`).
   */
  names?: readonly string[] | undefined;
}

export interface HeadLinks {
  canonical: string;
  alternates: AlternateLink[];
  indexable: boolean;
  /** The `<title>`: page title and short site name. */
  documentTitle: string;
}

/**
 * Canonical URL, hreflang alternates and indexability of a page (DESIGN §9):
 * a translated page is self-canonical and lists the translated locales plus `x-default`;
 * a fallback page is `noindex`, canonical to the page whose text it shows, with no alternates.
 * @example headLinks({ locale: 'de', translatedIn: ['pl'], … }).indexable // false
 */
export function headLinks(meta: PageMeta): HeadLinks {
  const translatedIn = meta.translatedIn ?? allLocales;
  const translatedHere = translatedIn.includes(meta.locale);
  const canonicalLocale = translatedHere ? meta.locale : (pickLocale(translatedIn, meta.locale) ?? meta.locale);
  const indexable = translatedHere && !meta.noindex && !meta.example;
  return {
    canonical: absoluteUrl(meta.paths[canonicalLocale]),
    alternates: indexable ? alternateLinks(meta.paths, translatedIn) : [],
    indexable,
    documentTitle:
      meta.title === cluster.shortName || meta.title === cluster.name[meta.locale] ? meta.title : `${meta.title} – ${cluster.shortName}`,
  };
}

/**
 * Open Graph `og:locale:alternate` values: the other locales the page has hreflang alternates in.
 * @example alternateOgLocales('pl', [{ hreflang: 'pl', … }, { hreflang: 'en', … }, { hreflang: 'x-default', … }]) // ['en_GB']
 */
export function alternateOgLocales(locale: Locale, alternates: readonly AlternateLink[]): string[] {
  const tags = new Set(alternates.map((link) => link.hreflang));
  return allLocales.filter((other) => other !== locale && tags.has(langTag(other))).map(ogLocale);
}
