/**
 * What the translation status page shows at any size (README "Budgets and benchmarks"): counts per collection and
 * language (bounded by collections × locales) and, entry by entry, only the entries that need work.
 */
import type { TranslationState } from './translation-status';

/** Every state, in the order the page lists them: the source, done, then work to do from the least to the most. */
export const translationStates: readonly TranslationState[] = ['source', 'current', 'outdated', 'unchecked', 'partial', 'missing'];

/** States that ask an editor for work: a translation to bring up to date, to check, to finish or to write. */
const workStates: ReadonlySet<TranslationState> = new Set(['outdated', 'unchecked', 'partial', 'missing']);

/** One entry's state in each language (as `translationTable` gives it). */
export interface StatesRow {
  collection: string;
  states: Readonly<Record<string, TranslationState>>;
}

/** How many texts are in each state. */
export type StateCounts = Record<TranslationState, number>;

/** A collection's counts per language. */
export interface CollectionSummary<L extends string> {
  collection: string;
  counts: Record<L, StateCounts>;
}

/**
 * True when an entry needs work in at least one language.
 * @example needsWork({ pl: 'source', en: 'current', de: 'missing' }) // true
 */
export function needsWork(states: Readonly<Record<string, TranslationState>>): boolean {
  return Object.values(states).some((state) => workStates.has(state));
}

/**
 * The entries that need work in at least one language, in the order given.
 * @example rowsNeedingWork([{ collection: 'cities', states: { pl: 'source', en: 'current' } }]) // []
 */
export function rowsNeedingWork<R extends StatesRow>(rows: readonly R[]): R[] {
  return rows.filter((row) => needsWork(row.states));
}

/**
 * Per collection (in the order they first appear) and per locale, how many texts are in each state; a state of no
 * text counts 0. The `total` sums every collection.
 * @example translationSummary([{ collection: 'cities', states: { pl: 'source', en: 'missing' } }], ['pl', 'en']).total.en.missing // 1
 */
export function translationSummary<L extends string>(
  rows: readonly StatesRow[],
  locales: readonly L[],
): { collections: CollectionSummary<L>[]; total: Record<L, StateCounts> } {
  const countsPerLocale = () => Object.fromEntries(locales.map((locale) => [locale, zeroCounts()])) as Record<L, StateCounts>;
  const byCollection = new Map<string, Record<L, StateCounts>>();
  const total = countsPerLocale();
  for (const row of rows) {
    let counts = byCollection.get(row.collection);
    if (!counts) {
      counts = countsPerLocale();
      byCollection.set(row.collection, counts);
    }
    for (const locale of locales) {
      const state = row.states[locale];
      if (state === undefined) continue;
      counts[locale][state] += 1;
      total[locale][state] += 1;
    }
  }
  return { collections: [...byCollection].map(([collection, counts]) => ({ collection, counts })), total };
}

/**
 * The states that have at least one text, in the page's order, with their counts.
 * @example countedStates({ source: 0, current: 3, outdated: 0, unchecked: 0, partial: 0, missing: 1 }) // [['current', 3], ['missing', 1]]
 */
export function countedStates(counts: StateCounts): [TranslationState, number][] {
  return translationStates.filter((state) => counts[state] > 0).map((state) => [state, counts[state]]);
}

function zeroCounts(): StateCounts {
  return { source: 0, current: 0, outdated: 0, unchecked: 0, partial: 0, missing: 0 };
}
