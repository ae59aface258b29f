import { entryPath, sectionPath } from '../../src/i18n';
import { pagePath } from '../../src/lib/pagination';
import { storyFilterPath } from '../../src/lib/story-filters';
import { widgetPath } from '../../src/lib/widget-paths';
import { localeCodes, type Locale } from '../../src/site.config';
import { realOfferSlug } from '../fixtures/real-offer';

/**
 * The pages the browser tests check in every locale (axe, console, CSP, third-party requests, 320 px): one page per
 * distinct layout and component combination, not every page. How the list is chosen:
 * - one page per route template (home, section indexes, entry pages, filter pages, 404, search…);
 * - free pages share one route but differ by their content components: one plain Markdown page (about; concept is the
 *   same combination), one per MDX component (SectionLink: investors, which also stands for the smes, schools and
 *   residents pages; A11yValue: accessibility; PartnerCitiesTable: international; PrivacyValue: privacy), an MDX page
 *   with figures (research potential) and a "coming soon" page (link to us);
 * - a page shown from the fallback chain, text in another language under a notice: a fixture story in Polish and
 *   English only (tests/fixtures/site-content/), whatever the sample content has translated;
 * - a later page of a paginated list (the test build's lists are short pages: tests/setup/build-site.ts), of the stories
 *   (the pagination with a gap) and of the events;
 * - the "for city portals" page (snippets with live previews, an iframe among them), the widgets index and one city's
 *   widget (its own small layout, meant for an iframe on a city portal);
 * - entry pages whose optional parts vary with their facts get as many entries as it takes to show every part once:
 *   stories: the full fixture (cover image, quote, figures, partner roles) / an example with related entries; events:
 *   postponed / cancelled (fixtures) / with speakers and sources; offers: the fixtures, a real one (structured data,
 *   no example banner) and an example with images, not verified for 6 months.
 * `tests/build/axe-coverage.test.ts` checks on the built site that these pages together carry every CSS class (every
 * component and variant) that any page of the locale carries: a new template or component fails it until a page
 * showing it joins the list here.
 */
export const perLocale = (locale: Locale): string[] => [
  // foundation
  `/${locale}/`,
  sectionPath(locale, 'cities'),
  entryPath(locale, 'cities', 'gliwice'),
  sectionPath(locale, 'about'),
  sectionPath(locale, 'rdPotential'),
  sectionPath(locale, 'accessibility'),
  sectionPath(locale, 'privacy'),
  sectionPath(locale, 'international'),
  sectionPath(locale, 'investors'),
  sectionPath(locale, 'linkToUs'),
  sectionPath(locale, 'widgets'),
  widgetPath(locale, 'gliwice'),
  sectionPath(locale, 'documents'),
  sectionPath(locale, 'translationStatus'),
  `/${locale}/404/`,
  // stories
  sectionPath(locale, 'stories'),
  pagePath(sectionPath(locale, 'stories'), locale, 2),
  storyFilterPath(locale, 'city', 'jaworzno'),
  entryPath(locale, 'stories', 'fixture-full-story'),
  entryPath(locale, 'stories', 'przyklad-instalacja-pilotazowa-rybnik'),
  entryPath(locale, 'stories', 'fixture-pl-en-story'),
  // events
  sectionPath(locale, 'events'),
  pagePath(sectionPath(locale, 'events'), locale, 2),
  entryPath(locale, 'events', 'fixture-postponed-event'),
  entryPath(locale, 'events', 'fixture-cancelled-winter-event'),
  entryPath(locale, 'events', 'czyste-powietrze-rybnik-2024'),
  // offers
  sectionPath(locale, 'offers'),
  entryPath(locale, 'offers', realOfferSlug),
  entryPath(locale, 'offers', 'fixture-stale-example-offer'),
  sectionPath(locale, 'openData'),
  // partners
  sectionPath(locale, 'partners'),
  entryPath(locale, 'partners', 'fixture-partner-institute'),
  // search
  sectionPath(locale, 'search'),
];

/** The language chooser and the host's 404 page (both in every language at once), then every locale's pages. */
export const templates: string[] = ['/', '/404.html', ...localeCodes.flatMap(perLocale)];
