/**
 * Filter state in a URL query, so a filtered list can be shared. The parameter names are the filter
 * form's field names, so a form submitted without JavaScript (GET) and the island write the same URL.
 */
import { offerKinds, offerStatuses, utilityKinds } from '../../data/vocabularies';
import type { OfferFilters } from './filter';
import { isOneOf } from './vocabulary';

/** Query parameter (and form field) of each filter. */
export const filterParams = {
  city: 'city',
  kind: 'kind',
  status: 'status',
  areaMin: 'areaMin',
  areaMax: 'areaMax',
  utilities: 'utilities',
} as const satisfies Record<keyof OfferFilters, string>;

/** A non-negative number from a query value ("2.5" or "2,5"), or undefined. */
function area(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

/**
 * Read filters from a query string; unknown or malformed values are ignored, a reversed area range is swapped.
 * Utilities may be repeated (`utilities=gas&utilities=water`, as a form sends them) or comma-separated.
 * @example filtersFromQuery('?city=rybnik&utilities=water&utilities=gas&areaMin=2,5') // { city: 'rybnik', areaMin: 2.5, utilities: ['gas', 'water'] }
 */
export function filtersFromQuery(query: string | URLSearchParams): OfferFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const city = params.get(filterParams.city)?.trim().toLowerCase();
  const kind = params.get(filterParams.kind);
  const status = params.get(filterParams.status);
  let areaMin = area(params.get(filterParams.areaMin));
  let areaMax = area(params.get(filterParams.areaMax));
  if (areaMin !== undefined && areaMax !== undefined && areaMin > areaMax) [areaMin, areaMax] = [areaMax, areaMin];
  const asked = new Set(
    params
      .getAll(filterParams.utilities)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim()),
  );
  const filters: OfferFilters = { utilities: utilityKinds.filter((kind) => asked.has(kind)) };
  if (city && /^[a-z0-9-]+$/.test(city)) filters.city = city;
  if (isOneOf(offerKinds, kind)) filters.kind = kind;
  if (isOneOf(offerStatuses, status)) filters.status = status;
  if (areaMin !== undefined) filters.areaMin = areaMin;
  if (areaMax !== undefined) filters.areaMax = areaMax;
  return filters;
}

/**
 * Write filters as a query string without the leading `?` (empty when nothing is filtered), in a fixed order.
 * @example filtersToQuery({ city: 'rybnik', utilities: ['gas', 'water'] }) // 'city=rybnik&utilities=gas&utilities=water'
 */
export function filtersToQuery(filters: OfferFilters): string {
  const params = new URLSearchParams();
  if (filters.city) params.set(filterParams.city, filters.city);
  if (filters.kind) params.set(filterParams.kind, filters.kind);
  if (filters.status) params.set(filterParams.status, filters.status);
  if (filters.areaMin !== undefined) params.set(filterParams.areaMin, String(filters.areaMin));
  if (filters.areaMax !== undefined) params.set(filterParams.areaMax, String(filters.areaMax));
  for (const utility of utilityKinds.filter((kind) => filters.utilities.includes(kind))) params.append(filterParams.utilities, utility);
  return params.toString();
}
