import { eventsForCity, splitEvents, type EventLike } from './events';
import { storiesForCity, type StoryLike } from './stories';

/*
 * What a city's widget lists (DESIGN §10): real entries only, never example ones (a city portal would show them as
 * fact), few of them (the widget is small). Pure: pass the entries from `getSiteContent()` and `buildDate`.
 */

/** Anything that may be an example entry (DESIGN §9). */
interface MaybeExample {
  facts: { data: { example?: boolean | undefined } };
}

const real = <E extends MaybeExample>(entry: E) => !entry.facts.data.example;

/**
 * A city's newest `n` success stories, example stories left out.
 * @example widgetStories(stories, 'gliwice', 3).every((s) => !s.facts.data.example) // true
 */
export function widgetStories<S extends StoryLike & MaybeExample>(stories: readonly S[], city: string, n: number): S[] {
  return storiesForCity(stories.filter(real), city).slice(0, Math.max(0, n));
}

/** The events a widget shows: the next ones, or when none is announced, the latest that took place. */
export interface WidgetEvents<E> {
  when: 'upcoming' | 'past';
  events: E[];
}

/**
 * A city's next `n` events as of an instant (soonest first), example events left out; when none is announced, its
 * latest `n` past events (latest first), so the widget still shows what the cluster does in the city.
 * @example widgetEvents(events, 'gliwice', buildDate, 3).when // 'upcoming' or 'past'
 */
export function widgetEvents<E extends EventLike & MaybeExample>(
  events: readonly E[],
  city: string,
  asOf: Date,
  n: number,
): WidgetEvents<E> {
  const { upcoming, past } = splitEvents(eventsForCity(events.filter(real), city), asOf);
  const count = Math.max(0, n);
  return upcoming.length > 0 ? { when: 'upcoming', events: upcoming.slice(0, count) } : { when: 'past', events: past.slice(0, count) };
}
