/**
 * The search page's island. Pagefind's files are requested only once the visitor searches
 * (or arrives with a query in the URL). Results and filter counts come from Pagefind's JS API;
 * the state lives in the URL so a search can be shared.
 */
import { pluralize, type PluralForms } from '../i18n/plural';
import { importModule } from './import-module';
import { searchRanking } from '../lib/search-ranking';
import {
  pagefindFilters,
  parseSearchState,
  searchFilterNames,
  serializeSearchState,
  type SearchFilterName,
  type SearchState,
} from '../lib/search-state';

interface Labels {
  results: PluralForms;
  noResults: string;
  prompt: string;
  loading: string;
  error: string;
  more: string;
  filters: Record<SearchFilterName, string>;
  types: Record<string, string>;
  dateLocale: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindResponse | null>;
}

/**
 * Results whose page data (a Pagefind fragment, 1–3 kB each) is fetched with the first answer: a first screen, as in
 * Pagefind's own UI; "show more" then fetches `MORE_SIZE` at a time.
 */
const FIRST_SIZE = 5;
const MORE_SIZE = 10;
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const labels = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as Labels;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
  form.hidden = false;
  // The filters are a disclosure: open beside the results on wide screens, closed under them on a phone.
  root.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!.open = window.matchMedia('(min-width: 52rem)').matches;
  root.querySelector<HTMLElement>('[data-search-ui]')!.hidden = false;

  let state = parseSearchState(location.search);
  input.value = state.query;
  sort.value = state.sort;
  let pagefind: Promise<Pagefind> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: number | undefined;

  const load = () =>
    (pagefind ??= (async () => {
      const module = await importModule<Pagefind>(root.dataset.pagefind!);
      // `noWorker`: Pagefind's web worker is a second copy of its 43 kB script (12 kB gzip) to keep the page responsive
      // while it searches; a query takes milliseconds here, so it runs on the page and the worker is never requested.
      await module.options({ baseUrl: root.dataset.base, excerptLength: 24, ranking: searchRanking, noWorker: true });
      await module.init();
      // Loading the filter index makes every search response carry filter counts.
      await module.filters();
      return module;
    })());

  const hasInput = () => state.query.length > 0 || Object.values(state.filters).some((values) => values && values.length > 0);

  async function search(): Promise<void> {
    const mine = ++run;
    history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    if (!hasInput()) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = labels.prompt;
      if (pagefind) renderFilters((await (await load()).filters()) ?? {});
      return;
    }
    status.textContent = labels.loading;
    try {
      const api = await load();
      const response = await api.search(state.query || null, {
        filters: pagefindFilters(state.filters),
        sort: state.sort === 'date' ? { date: 'desc' } : undefined,
      });
      if (!response || mine !== run) return;
      results = response.results;
      shown = 0;
      list.replaceChildren();
      renderFilters(response.filters);
      await showMore();
      if (mine !== run) return;
      // The count is announced once the first results are on the page.
      status.textContent = results.length ? pluralize(labels.results, results.length, labels.dateLocale) : labels.noResults;
    } catch {
      status.textContent = labels.error;
    }
  }

  async function showMore(): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + (shown ? MORE_SIZE : FIRST_SIZE)).map((result) => result.data()));
    const firstNew = shown;
    for (const data of batch) list.append(renderResult(data));
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (firstNew > 0) list.children[firstNew]?.querySelector('a')?.focus();
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    const type = data.filters.type?.[0];
    const parts = [
      type ? (labels.types[type] ?? type) : '',
      data.meta.date
        ? new Date(`${data.meta.date}T12:00:00Z`).toLocaleDateString(labels.dateLocale, { dateStyle: 'long', timeZone: 'UTC' })
        : '',
    ];
    meta.textContent = parts.filter(Boolean).join(' · ');
    const summary = document.createElement('p');
    summary.textContent = data.meta.summary ?? '';
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // Pagefind's excerpt is escaped page text with <mark> around the matches.
    excerpt.innerHTML = `… ${data.excerpt} …`;
    item.append(heading, meta, summary, excerpt);
    if (data.meta.image) {
      const image = document.createElement('img');
      image.src = data.meta.image;
      image.alt = data.meta.image_alt ?? '';
      image.width = 120;
      image.loading = 'lazy';
      image.className = 'search-result__image';
      item.prepend(image);
    }
    return item;
  }

  function renderFilters(counts: Record<string, Record<string, number>>): void {
    const groups = searchFilterNames
      .filter((name) => Object.values(counts[name] ?? {}).some((count) => count > 0) || (state.filters[name]?.length ?? 0) > 0)
      .map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = labels.filters[name];
        fieldset.append(legend);
        // Options without results are left out (a chosen one stays, so it can be unchosen).
        const values = new Set([
          ...Object.entries(counts[name] ?? {})
            .filter(([, count]) => count > 0)
            .map(([value]) => value),
          ...(state.filters[name] ?? []),
        ]);
        for (const value of [...values].sort((a, b) => a.localeCompare(b, labels.dateLocale))) {
          const id = `filter-${name}-${value.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = id;
          box.name = name;
          box.value = value;
          box.checked = state.filters[name]?.includes(value) ?? false;
          const label = document.createElement('label');
          label.htmlFor = id;
          label.textContent = `${name === 'type' ? (labels.types[value] ?? value) : value} (${counts[name]?.[value] ?? 0})`;
          const row = document.createElement('div');
          row.className = 'search-filter';
          row.append(box, label);
          fieldset.append(row);
        }
        return fieldset;
      });
    const focused =
      document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement)
        ? document.activeElement.id
        : undefined;
    filtersBox.replaceChildren(...groups);
    if (focused) document.getElementById(focused)?.focus();
  }

  /** Search for what is in the box now, unless that search already ran. */
  const searchInput = (force: boolean) => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (!force && query === state.query) return;
    state = { ...state, query };
    void search();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchInput(true);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => searchInput(false), 250);
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' };
    void search();
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as SearchFilterName;
    const current = new Set(state.filters[name] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    state = { ...state, filters: { ...state.filters, [name]: [...current] } } satisfies SearchState;
    void search();
  });
  more.addEventListener('click', () => void showMore());

  if (hasInput()) void search();
  else status.textContent = labels.prompt;
}
