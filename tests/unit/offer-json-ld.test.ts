import { describe, expect, it } from 'vitest';
import { offerJsonLd } from '../../src/lib/offers/json-ld';
import { realOffer } from '../fixtures/real-offer';

const input = {
  data: realOffer,
  name: 'Hall in Gliwice',
  description: 'A production hall near the A1/A4 junction.',
  page: '/en/investment-offers/hall-gliwice/',
  city: { name: 'Gliwice', page: '/en/cities/gliwice/' },
};

describe('offer JSON-LD of a real (non-example) offer', () => {
  it('is a schema.org Place with every stated fact, absolute URLs and nothing empty', () => {
    expect(realOffer.example).toBe(false);
    expect(offerJsonLd(input)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Hall in Gliwice',
      description: 'A production hall near the A1/A4 junction.',
      url: 'https://iskctw.example.org/en/investment-offers/hall-gliwice/',
      geo: { '@type': 'GeoCoordinates', latitude: 50.2945, longitude: 18.6714 },
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'ul. Testowa 1, 44-100 Gliwice',
        addressLocality: 'Gliwice',
        addressRegion: 'śląskie',
        addressCountry: 'PL',
      },
      containedInPlace: { '@type': 'City', name: 'Gliwice', url: 'https://iskctw.example.org/en/cities/gliwice/' },
      identifier: 'PAIH-0001',
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'area', value: 1.5, unitCode: 'HAR', unitText: 'ha' },
        { '@type': 'PropertyValue', name: 'largestPlot', value: 1.2, unitCode: 'HAR', unitText: 'ha' },
        { '@type': 'PropertyValue', name: 'floorArea', value: 4800, unitCode: 'MTK', unitText: 'm²' },
        { '@type': 'PropertyValue', name: 'price', value: 210, unitText: 'PLN/m² net' },
        { '@type': 'PropertyValue', name: 'miningAreaCategory', value: 'III' },
        { '@type': 'PropertyValue', name: 'status', value: 'reserved' },
        { '@type': 'PropertyValue', name: 'kind', value: 'hall' },
      ],
    });
  });

  it('leaves out the facts that are not stated instead of writing empty fields', () => {
    const { address: _address, nationalDatabaseId: _id, largestPlotHa: _plot, floorAreaM2: _floor, ...minimal } = realOffer;
    const ld = offerJsonLd({ ...input, data: { ...minimal, pricePlnPerM2: 'negotiable' }, description: undefined });
    expect(ld).not.toHaveProperty('description');
    expect(ld).not.toHaveProperty('identifier');
    expect(ld['address']).toStrictEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Gliwice',
      addressRegion: 'śląskie',
      addressCountry: 'PL',
    });
    expect((ld['additionalProperty'] as { name: string }[]).map((property) => property.name)).toStrictEqual([
      'area',
      'price',
      'miningAreaCategory',
      'status',
      'kind',
    ]);
    expect((ld['additionalProperty'] as unknown[])[1]).toStrictEqual({ '@type': 'PropertyValue', name: 'price', value: 'negotiable' });
    // A JSON round trip drops `undefined`: equal strictly only if there was none.
    expect(JSON.parse(JSON.stringify(ld))).toStrictEqual(ld);
  });
});
