import { describe, expect, it } from 'vitest';
import { offerColumnNames, offerColumns } from '../../src/lib/offers/columns';
import { offerJsonLd } from '../../src/lib/offers/json-ld';
import { offerRecord, offersCsv, offersGeoJson, type OfferData } from '../../src/lib/offers/open-data';
import { localeCodes } from '../../src/site.config';
import { csvObjects } from '../helpers/csv';

const data = {
  city: { collection: 'cities', id: 'rybnik' },
  kind: 'brownfield',
  status: 'available',
  parcels: ['0000/1', '0000/2'],
  location: { lat: 50.098611, lon: 18.545 },
  areaHa: 4.2,
  largestPlotHa: 3.1,
  zoning: { localPlan: 'adopted', symbols: ['P/U'] },
  miningAreaCategory: 'II',
  currentUse: { pl: 'teren, "niezabudowany", nieużytkowany' },
  ownership: 'municipal',
  transaction: ['sale', 'perpetualUsufruct'],
  pricePlnPerM2: 120,
  economicZone: { inZone: false },
  utilities: { electricity: { availability: 'onSite', capacity: '1 MW' }, gas: { availability: 'nearby', distanceM: 300 } },
  distancesKm: { motorwayJunction: { name: 'A1', km: 10 }, airportKatowice: 90 },
  images: [],
  attachments: [],
  lastVerified: new Date('2025-10-01'),
  sources: [{ title: 'A source', url: 'https://example.org/a' }, { title: 'Offline register' }],
  example: true,
  draft: false,
} as unknown as OfferData;

const asOf = new Date('2026-06-01T12:00:00Z');
const record = offerRecord({ slug: 'przyklad', data, titles: { pl: 'Teren, „przykład”', en: 'Site' }, cityName: 'Rybnik' }, asOf);

describe('open-data records', () => {
  it('have exactly the documented columns, in order, each documented in every locale with a type', () => {
    expect(offerColumns.length).toBeGreaterThan(20);
    expect(Object.keys(record)).toEqual(offerColumnNames);
    expect(new Set(offerColumnNames).size).toBe(offerColumnNames.length);
    for (const column of offerColumns) {
      expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const locale of localeCodes) expect(column.describe(locale).length, `${column.name} ${locale}`).toBeGreaterThan(5);
      if (column.type === 'code') expect(column.values?.length, column.name).toBeGreaterThan(0);
    }
  });

  it('hold the facts with units in the names, unknowns as null, the example flag and staleness', () => {
    expect(record).toMatchObject({
      id: 'przyklad',
      example: true,
      title_pl: 'Teren, „przykład”',
      title_de: null,
      url_en: 'https://iskctw.example.org/en/investment-offers/przyklad/',
      city: 'rybnik',
      city_name: 'Rybnik',
      area_ha: 4.2,
      floor_area_m2: null,
      price_pln_per_m2: 120,
      price_negotiable: false,
      in_economic_zone: false,
      utility_electricity_availability: 'onSite',
      utility_electricity_capacity: '1 MW',
      utility_gas_distance_m: 300,
      utility_water_availability: null,
      motorway_junction: 'A1',
      motorway_junction_km: 10,
      rail_station_km: null,
      mining_area_category: 'II',
      transaction: ['sale', 'perpetualUsufruct'],
      last_verified: '2025-10-01',
      stale: true,
      sources: ['https://example.org/a', 'Offline register'],
    });
  });

  it('write "to negotiate" as an empty price and a true flag', () => {
    const negotiable = offerRecord(
      { slug: 'x', data: { ...data, pricePlnPerM2: 'negotiable' } as OfferData, titles: { pl: 'X' }, cityName: 'Rybnik' },
      asOf,
    );
    expect(negotiable['price_pln_per_m2']).toBeNull();
    expect(negotiable['price_negotiable']).toBe(true);
  });

  it('become a GeoJSON FeatureCollection of points at [lon, lat] with every column as a property', () => {
    const geojson = JSON.parse(JSON.stringify(offersGeoJson([record])));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features[0].geometry).toEqual({ type: 'Point', coordinates: [18.545, 50.098611] });
    expect(Object.keys(geojson.features[0].properties)).toEqual(offerColumnNames);
    expect(geojson.features[0].properties.example).toBe(true);
  });

  it('become CSV with a header row, one row per offer, quoted where needed', () => {
    const csv = offersCsv([record, { ...record, id: 'second', example: false }]);
    expect(csv.split('\r\n')[0]).toBe(offerColumnNames.join(','));
    const rows = csvObjects(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: 'przyklad',
      example: 'true',
      title_pl: 'Teren, „przykład”',
      title_de: '',
      current_use: 'teren, "niezabudowany", nieużytkowany',
      parcels: '0000/1;0000/2',
      area_ha: '4.2',
    });
    expect(rows[1]!['example']).toBe('false');
  });
});

describe('open-data CSV with hostile editor text', () => {
  const hostile = offerRecord(
    {
      slug: 'hostile',
      data: {
        ...data,
        location: { lat: 50.1, lon: -3.5 },
        address: '=HYPERLINK("http://evil")',
        contact: { name: 'Jan "Kowalski"; dział, pokój 2', unit: '\rx', phone: '+1', email: '＝1+1' },
        currentUse: { pl: '-2+3' },
        previousUse: { pl: '@SUM(A1)' },
        legalStatus: { pl: '\tx' },
      } as OfferData,
      titles: { pl: '=1+1\r\nEND', en: 'Site\nsecond line' },
      cityName: 'Rybnik\r\nZabrze',
    },
    asOf,
  );
  const csv = offersCsv([hostile]);
  const rows = csvObjects(csv);

  it('prefixes string cells starting with = + - @ tab or CR with an apostrophe, as OWASP advises', () => {
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      address: `'=HYPERLINK("http://evil")`,
      contact_phone: "'+1",
      current_use: "'-2+3",
      previous_use: "'@SUM(A1)",
      legal_status: "'\tx",
      contact_unit: "'\rx",
      contact_email: "'＝1+1",
      contact_name: 'Jan "Kowalski"; dział, pokój 2',
    });
  });

  it('keeps numbers as unquoted numbers, a negative one included, and quotes every string cell', () => {
    expect(rows[0]).toMatchObject({ longitude: '-3.5', latitude: '50.1', area_ha: '4.2', example: 'true' });
    const line = csv.split('\r\n')[1]!;
    expect(line.startsWith('"hostile",true,')).toBe(true);
    expect(line).toContain(',50.1,-3.5,');
    expect(line).toContain(',"\'\rx",');
    expect(line).toContain(',"Jan ""Kowalski""; dział, pokój 2",');
  });

  it('writes titles and the city name on one line', () => {
    expect(rows[0]).toMatchObject({ title_pl: "'=1+1 END", title_en: 'Site second line', city_name: 'Rybnik Zabrze' });
  });
});

describe('offer JSON-LD', () => {
  it('is a Place with geo, address, the city and the facts as additional properties', () => {
    const ld = offerJsonLd({
      data: { ...data, example: false, pricePlnPerM2: 'negotiable' } as OfferData,
      name: 'Site',
      page: '/en/investment-offers/x/',
      city: { name: 'Rybnik', page: '/en/cities/rybnik/' },
    });
    const parsed = JSON.parse(JSON.stringify(ld));
    expect(parsed['@type']).toBe('Place');
    expect(parsed.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 50.098611, longitude: 18.545 });
    expect(parsed.containedInPlace).toEqual({ '@type': 'City', name: 'Rybnik', url: 'https://iskctw.example.org/en/cities/rybnik/' });
    expect(parsed.address.addressLocality).toBe('Rybnik');
    const properties = Object.fromEntries(parsed.additionalProperty.map((p: { name: string; value: unknown }) => [p.name, p.value]));
    expect(properties).toMatchObject({ area: 4.2, price: 'negotiable', miningAreaCategory: 'II' });
  });
});
