import { describe, expect, it } from 'vitest';
import { cityFigures } from '../../src/lib/city-figures';

const population = { value: 177049, asOf: new Date('2020-12-31') };
const area = { value: 133.88, asOf: new Date('2021-01-01') };

describe('cityFigures', () => {
  it('keeps population and area with their own dates', () => {
    const figures = cityFigures({ population, area, offers: [], stories: 0 });
    expect(figures.population).toEqual({ value: 177049, asOf: new Date('2020-12-31') });
    expect(figures.area).toEqual({ value: 133.88, asOf: new Date('2021-01-01') });
    expect(figures.offers).toEqual({ total: 0, examples: 0 });
    expect(figures.stories).toBe(0);
  });
  it('counts offers on the market only (sold ones are history), examples apart', () => {
    const figures = cityFigures({
      population,
      area,
      offers: [
        { status: 'available', example: false },
        { status: 'reserved', example: true },
        { status: 'sold', example: false },
        { status: 'sold', example: true },
        { status: 'available', example: true },
      ],
      stories: 4,
    });
    expect(figures.offers).toEqual({ total: 3, examples: 2 });
    expect(figures.stories).toBe(4);
  });
});
