/**
 * The figures that open a city page (its hero): population and area with their dates as the city states them,
 * and how many investment offers on the market and success stories the site has for the city.
 */
import type { DatedValue } from './key-figures';
import { isOnMarket } from './offers/market';
import type { OfferStatus } from './offers/vocabulary';

export interface CityFigureInput {
  population: DatedValue;
  area: DatedValue;
  /** The city's offers (any status); sold ones are not counted. */
  offers: readonly { status: OfferStatus; example: boolean }[];
  /** How many success stories name the city. */
  stories: number;
}

export interface CityFigures {
  population: DatedValue;
  area: DatedValue;
  /** Offers on the market (available or reserved): all of them, and how many of those are examples (DESIGN §9). */
  offers: { total: number; examples: number };
  stories: number;
}

/**
 * The hero figures of one city, computed from content like the home page's key figures (same rule for offers).
 * @example cityFigures({ population, area, offers: [{ status: 'available', example: true }, { status: 'sold', example: false }], stories: 2 }).offers // { total: 1, examples: 1 }
 */
export function cityFigures(input: CityFigureInput): CityFigures {
  const onMarket = input.offers.filter(isOnMarket);
  return {
    population: input.population,
    area: input.area,
    offers: { total: onMarket.length, examples: onMarket.filter((offer) => offer.example).length },
    stories: input.stories,
  };
}
