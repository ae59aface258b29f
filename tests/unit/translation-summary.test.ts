import { describe, expect, it } from 'vitest';
import type { TranslationState } from '../../src/lib/translation-status';
import { countedStates, needsWork, rowsNeedingWork, translationStates, translationSummary } from '../../src/lib/translation-summary';

const row = (collection: string, slug: string, en: TranslationState, de: TranslationState) => ({
  collection,
  slug,
  states: { pl: 'source' as TranslationState, en, de },
});

const rows = [
  row('cities', 'gliwice', 'current', 'current'),
  row('cities', 'rybnik', 'current', 'outdated'),
  row('stories', 'a', 'unchecked', 'missing'),
  row('stories', 'b', 'current', 'current'),
  row('stories', 'c', 'partial', 'current'),
  row('pages', 'about', 'current', 'current'),
];

describe('which entries need work', () => {
  it('is every entry with an outdated, unchecked, partial or missing text in some language', () => {
    expect(needsWork({ pl: 'source', en: 'current' })).toBe(false);
    for (const state of ['outdated', 'unchecked', 'partial', 'missing'] as const)
      expect(needsWork({ pl: 'source', en: state }), state).toBe(true);
  });

  it('keeps those entries in their order', () => {
    expect(rowsNeedingWork(rows).map((r) => `${r.collection}/${r.slug}`)).toStrictEqual(['cities/rybnik', 'stories/a', 'stories/c']);
    expect(rowsNeedingWork([row('cities', 'x', 'current', 'current')])).toStrictEqual([]);
  });
});

describe('the summary per collection and language', () => {
  const summary = translationSummary(rows, ['pl', 'en', 'de']);

  it('has one row per collection, in the order they first appear', () => {
    expect(summary.collections.map((c) => c.collection)).toStrictEqual(['cities', 'stories', 'pages']);
  });

  it('counts each text in its state, per locale, and sums every collection', () => {
    const stories = summary.collections[1]!.counts;
    expect(stories.pl).toStrictEqual({ source: 3, current: 0, outdated: 0, unchecked: 0, partial: 0, missing: 0 });
    expect(stories.en).toStrictEqual({ source: 0, current: 1, outdated: 0, unchecked: 1, partial: 1, missing: 0 });
    expect(stories.de).toStrictEqual({ source: 0, current: 2, outdated: 0, unchecked: 0, partial: 0, missing: 1 });
    expect(summary.total.de).toStrictEqual({ source: 0, current: 4, outdated: 1, unchecked: 0, partial: 0, missing: 1 });
    for (const locale of ['pl', 'en', 'de'] as const) {
      expect(
        Object.values(summary.total[locale]).reduce((a, b) => a + b, 0),
        locale,
      ).toBe(rows.length);
    }
  });

  it('counts only the locales asked for, and is empty without entries', () => {
    expect(Object.keys(translationSummary(rows, ['en']).total)).toStrictEqual(['en']);
    const empty = translationSummary([], ['pl']);
    expect(empty.collections).toStrictEqual([]);
    expect(countedStates(empty.total.pl)).toStrictEqual([]);
  });

  it('lists the states that have texts, in the page’s order', () => {
    expect(countedStates(summary.total.en)).toStrictEqual([
      ['current', 4],
      ['unchecked', 1],
      ['partial', 1],
    ]);
    const all = { source: 1, current: 1, outdated: 1, unchecked: 1, partial: 1, missing: 1 };
    expect(countedStates(all).map(([state]) => state)).toStrictEqual(['source', 'current', 'outdated', 'unchecked', 'partial', 'missing']);
    expect(translationStates).toStrictEqual(Object.keys(all));
  });
});
