import { describe, expect, it } from 'vitest';
import { keyFigures, type KeyFigureInput } from '../../src/lib/key-figures';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const city = (population: number, populationAsOf: string, area: number, areaAsOf: string) => ({
  population: { value: population, asOf: day(populationAsOf) },
  area: { value: area, asOf: day(areaAsOf) },
});

const input: KeyFigureInput = {
  cities: [city(177049, '2020-12-31', 133.88, '2020-12-31'), city(277900, '2025-06-30', 164.6, '2014-12-31')],
  partners: [
    { sector: 'science', status: 'active' },
    { sector: 'science', status: 'renamed' },
    { sector: 'science', status: 'dissolved' },
    { sector: 'science', status: 'merged' },
    { sector: 'industry', status: 'active' },
  ],
  offers: [
    { areaHa: 0.1, status: 'available', example: false },
    { areaHa: 0.2, status: 'reserved', example: false },
    { areaHa: 9, status: 'sold', example: false },
    { areaHa: 3.1, status: 'available', example: true },
  ],
};

describe('keyFigures', () => {
  it('sums each city’s latest population and area and keeps the range of their dates', () => {
    const figures = keyFigures(input);
    expect(figures.population).toStrictEqual({ total: 454949, from: day('2020-12-31'), to: day('2025-06-30') });
    expect(figures.areaKm2).toStrictEqual({ total: 298.48, from: day('2014-12-31'), to: day('2020-12-31') });
  });

  it('counts science partners that still exist, not merged or dissolved ones, nor other sectors', () => {
    expect(keyFigures(input).sciencePartners).toBe(2);
  });

  it('counts hectares still on offer, real and example offers apart, without float noise', () => {
    expect(keyFigures(input).offeredHa).toStrictEqual({ real: 0.3, example: 3.1 });
  });

  it('refuses to compute figures without a city', () => {
    expect(() => keyFigures({ ...input, cities: [] })).toThrow(/at least one city/);
  });
});
