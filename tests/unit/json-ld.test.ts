import { describe, expect, it } from 'vitest';
import { cityJsonLd, organizationJsonLd } from '../../src/lib/json-ld';

describe('JSON-LD builders', () => {
  it('builds an Organization with absolute URLs and without empty fields', () => {
    const block = organizationJsonLd({ name: 'IŚKCTW', alternateName: [undefined, 'Cluster'], page: '/en/' });
    expect(block).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'IŚKCTW',
      alternateName: ['Cluster'],
      url: 'https://iskctw.example.org/en/',
      mainEntityOfPage: 'https://iskctw.example.org/en/',
    });
    expect(JSON.parse(JSON.stringify(block))).toStrictEqual(block);
  });

  it('builds a City with coordinates and the official portal', () => {
    const block = cityJsonLd({
      name: 'Rybnik',
      lat: 50.098611,
      lon: 18.545,
      page: '/pl/miasta/rybnik/',
      portal: 'https://www.rybnik.eu/',
      population: 129817,
      inLanguage: 'pl',
    });
    expect(block['@type']).toBe('City');
    expect(block.geo).toStrictEqual({ '@type': 'GeoCoordinates', latitude: 50.098611, longitude: 18.545 });
    expect(block.url).toBe('https://iskctw.example.org/pl/miasta/rybnik/');
    expect(block.sameAs).toStrictEqual(['https://www.rybnik.eu/']);
  });
});
