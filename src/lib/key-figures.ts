import type { partnerStatuses, Sector } from '../data/vocabularies';
import { isOnMarket } from './offers/market';
import type { OfferStatus } from './offers/vocabulary';

type PartnerStatus = (typeof partnerStatuses)[number];

/** A dated figure as cities state them (`population`, `area` in `city.yaml`). */
export interface DatedValue {
  value: number;
  asOf: Date;
}

/** A sum of dated figures and the range of the dates it is made of (each city's latest figure has its own date). */
export interface DatedSum {
  total: number;
  from: Date;
  to: Date;
}

export interface KeyFigureInput {
  cities: readonly { population: DatedValue; area: DatedValue }[];
  partners: readonly { sector: Sector; status: PartnerStatus }[];
  offers: readonly { areaHa: number; status: OfferStatus; example: boolean }[];
}

export interface KeyFigures {
  population: DatedSum;
  areaKm2: DatedSum;
  /** Partners of the science sector that still exist (active or renamed; merged and dissolved ones are history). */
  sciencePartners: number;
  /** Hectares offered by offers still on the market (available or reserved), real offers and example offers apart. */
  offeredHa: { real: number; example: number };
}

/**
 * The home page's key figures, computed from content so that they never drift from the pages that state them.
 * @example keyFigures({ cities: [], partners: [], offers: [] }) // throws: the figures need at least one city
 */
export function keyFigures(input: KeyFigureInput): KeyFigures {
  if (input.cities.length === 0) throw new Error('keyFigures: the key figures need at least one city');
  const offered = input.offers.filter(isOnMarket);
  return {
    population: datedSum(input.cities.map((city) => city.population)),
    areaKm2: datedSum(input.cities.map((city) => city.area)),
    sciencePartners: input.partners.filter(
      (partner) => partner.sector === 'science' && (partner.status === 'active' || partner.status === 'renamed'),
    ).length,
    offeredHa: {
      real: roundHa(offered.filter((offer) => !offer.example).reduce((sum, offer) => sum + offer.areaHa, 0)),
      example: roundHa(offered.filter((offer) => offer.example).reduce((sum, offer) => sum + offer.areaHa, 0)),
    },
  };
}

function datedSum(values: readonly DatedValue[]): DatedSum {
  const times = values.map((value) => value.asOf.getTime());
  return {
    total: values.reduce((sum, value) => sum + value.value, 0),
    from: new Date(Math.min(...times)),
    to: new Date(Math.max(...times)),
  };
}

/** Hectares to two decimals, so that 0.1 + 0.2 shows as 0.3. */
function roundHa(value: number): number {
  return Math.round(value * 100) / 100;
}
