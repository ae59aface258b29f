import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, serializeSearchState } from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const state = parseSearchState('?q=w%C4%99giel&city=Gliwice&city=Rybnik&type=story&sort=date&unknown=1');
    expect(state).toStrictEqual({ query: 'węgiel', filters: { type: ['story'], city: ['Gliwice', 'Rybnik'] }, sort: 'date' });
    expect(parseSearchState(serializeSearchState(state))).toStrictEqual(state);
  });

  it('is empty for an empty URL', () => {
    expect(parseSearchState('')).toStrictEqual({ query: '', filters: {}, sort: 'relevance' });
    expect(serializeSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('turns filters into Pagefind’s any-of form, dropping empty ones', () => {
    expect(pagefindFilters({ city: ['Gliwice'], topic: [] })).toStrictEqual({ city: { any: ['Gliwice'] } });
  });
});
