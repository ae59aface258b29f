/**
 * Query helpers for success stories: ordering, per-city and per-partner lists, and the groups behind the
 * filter pages. They work on any joined story (`Story` from `site-content.ts`) and are pure, so other
 * sections (city pages, home page, feeds) can call them with the stories from `getSiteContent()`.
 */
import { sectors, topics, type Sector, type Topic } from '../../data/vocabularies';
import { cityOrder } from '../../site.config';
import { resolveTranslation, type TextsByLocale } from '../translations';
import type { Locale } from '../../site.config';
import { latestDate } from '../format';
import { memoPerObject } from '../memo';
import { hasBody, type TextEntry } from './entries';

/** The ways the success stories can be filtered; each value gets a static page of its own. */
export const storyFilterKinds = ['city', 'sector', 'topic'] as const;
export type StoryFilterKind = (typeof storyFilterKinds)[number];

/** The parts of a joined story these helpers read. */
export interface StoryLike {
  slug: string;
  facts: {
    data: {
      date: Date;
      cities: readonly { id: string }[];
      partners: readonly { partner: { id: string }; role: Sector }[];
      topics: readonly Topic[];
    };
  };
}

/**
 * Stories newest first (by `date`); stories of the same day by slug, so the order is stable.
 * @example storiesNewestFirst([older, newer]).map((s) => s.slug) // ['newer', 'older']
 */
export function storiesNewestFirst<S extends StoryLike>(stories: readonly S[]): S[] {
  return [...stories].sort((a, b) => b.facts.data.date.getTime() - a.facts.data.date.getTime() || a.slug.localeCompare(b.slug));
}

/**
 * Stories that happened in a city (by city slug), newest first.
 * @example storiesForCity(stories, 'gliwice')
 */
export function storiesForCity<S extends StoryLike>(stories: readonly S[], city: string): S[] {
  return storiesNewestFirst(stories.filter((story) => story.facts.data.cities.some((ref) => ref.id === city)));
}

/**
 * Stories a partner took part in (by partner slug), newest first.
 * @example storiesForPartner(stories, 'gig')
 */
export function storiesForPartner<S extends StoryLike>(stories: readonly S[], partner: string): S[] {
  return storiesNewestFirst(stories.filter((story) => story.facts.data.partners.some((entry) => entry.partner.id === partner)));
}

/**
 * The `n` newest stories.
 * @example latestStories(stories, 3).length // at most 3
 */
export function latestStories<S extends StoryLike>(stories: readonly S[], n: number): S[] {
  return storiesNewestFirst(stories).slice(0, Math.max(0, n));
}

/**
 * When a list of stories last changed: the latest of their `updated` dates, a story never updated counting from `published`.
 * @example storiesUpdated(page.items) // the newest of the page's dates
 */
export function storiesUpdated(stories: readonly { facts: { data: { updated?: Date | undefined; published: Date } } }[]): Date | undefined {
  return latestDate(stories.map((story) => story.facts.data.updated ?? story.facts.data.published));
}

/**
 * The sectors of a story: the roles its partners acted in, each once, in vocabulary order.
 * @example storySectors({ facts: { data: { partners: [{ partner: { id: 'gig' }, role: 'science' }] } } }) // ['science']
 */
export function storySectors(story: { facts: { data: { partners: readonly { role: Sector }[] } } }): Sector[] {
  const roles = new Set(story.facts.data.partners.map((entry) => entry.role));
  return sectors.filter((sector) => roles.has(sector));
}

/**
 * The values of one filter kind a story has (city slugs, sectors or topics).
 * @example storyFilterValues(story, 'city') // ['katowice']
 */
export function storyFilterValues(story: StoryLike, kind: StoryFilterKind): string[] {
  if (kind === 'city') return story.facts.data.cities.map((ref) => ref.id);
  if (kind === 'sector') return storySectors(story);
  return [...story.facts.data.topics];
}

/** The order filter values are listed in: member cities as configured, sectors and topics as in the vocabularies. */
const valueOrder: Record<StoryFilterKind, readonly string[]> = { city: cityOrder, sector: sectors, topic: topics };

/**
 * Group stories by city, sector or topic for the filter pages: only values that have stories,
 * in the configured order, each group newest first. Worked out once per stories array and kind (the filter navigation
 * of every list page asks again): treat the result as read-only.
 * @example groupStories(stories, 'topic').get('methane-use') // the methane stories, newest first
 */
export function groupStories<S extends StoryLike>(stories: readonly S[], kind: StoryFilterKind): ReadonlyMap<string, readonly S[]> {
  return groupedStories(stories, kind) as ReadonlyMap<string, readonly S[]>;
}

const groupedStories = memoPerObject((stories: readonly StoryLike[], kind: StoryFilterKind): ReadonlyMap<string, readonly StoryLike[]> => {
  const groups = new Map<string, StoryLike[]>();
  for (const story of storiesNewestFirst(stories)) {
    for (const value of new Set(storyFilterValues(story, kind))) {
      const group = groups.get(value);
      if (group) group.push(story);
      else groups.set(value, [story]);
    }
  }
  const order = valueOrder[kind];
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return new Map([...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
});

/** A story text as far as "has it its own main text" is concerned. */
interface StoryText extends TextEntry {
  data: { problem?: string | undefined; solution?: string | undefined; result?: string | undefined };
}

/**
 * Whether a story text carries main text of its own: a Markdown body or any of problem, solution, result.
 * A translation with only a title and summary takes these from the fallback chain.
 * @example storyHasBody({ id: 'x/de', body: '', data: {} }) // false
 */
export function storyHasBody(text: StoryText): boolean {
  return hasBody(text) || Boolean(text.data.problem || text.data.solution || text.data.result);
}

/**
 * Names of the member cities in one language (along the fallback chain), by slug: labels for story filters and cards.
 * @example cityNames(cities, 'cs').get('katowice') // 'Katovice'
 */
export function cityNames(
  cities: readonly { slug: string; texts: TextsByLocale<{ data: { title: string } }> }[],
  locale: Locale,
): Map<string, string> {
  return new Map(cities.map((city) => [city.slug, resolveTranslation(city.texts, locale, () => true)?.head.data.title ?? city.slug]));
}
