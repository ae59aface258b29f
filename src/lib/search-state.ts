/** Filters the search page offers, in display order (Pagefind filter names set by `SearchMetadata.astro`). */
export const searchFilterNames = ['type', 'city', 'sector', 'topic', 'audience', 'kind'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: 'relevance' | 'date';
}

/**
 * Read the search state from a URL query string (`?q=wegiel&city=Gliwice&sort=date`).
 * @example parseSearchState('?q=coal&city=Gliwice&city=Rybnik') // { query: 'coal', filters: { city: ['Gliwice', 'Rybnik'] }, sort: 'relevance' }
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of searchFilterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/**
 * Write the search state as a URL query string, so a search can be shared.
 * @example serializeSearchState({ query: 'coal', filters: { type: ['story'] }, sort: 'relevance' }) // '?q=coal&type=story'
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of searchFilterNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Pagefind's filter argument: values of one filter are alternatives (any), filters combine (all).
 * @example pagefindFilters({ city: ['Gliwice', 'Rybnik'] }) // { city: { any: ['Gliwice', 'Rybnik'] } }
 */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length)
      .map(([name, values]) => [name, { any: values! }]),
  );
}
