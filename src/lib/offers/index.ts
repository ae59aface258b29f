/** Pure helpers for investment offers (see each module). The browser island imports `filter` and `query` directly. */
export { filterOffers, isFiltered, matchesFilters, noFilters, offerFacets, type OfferFacets, type OfferFilters } from './filter';
export { filtersFromQuery, filtersToQuery, filterParams } from './query';
export { offersForCity, sortOffers } from './sort';
export { addMonthsUtc, isStale, longestStale, staleAfterMonths } from './stale';
export { isOnMarket } from './market';
export { areaLabel, distanceLabel, priceLabel } from './labels';
