/**
 * Offers as open data: one flat record per offer (columns from `columns.ts`), written as GeoJSON and CSV.
 */
import type { CollectionEntry } from 'astro:content';
import { stringify } from 'csv-stringify/sync';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { utilityKinds } from '../../data/vocabularies';
import { absoluteUrl, entryPath } from '../../i18n/paths';
import { localeCodes, type Locale } from '../../site.config';
import { singleLine } from '../plain-text';
import { offerColumnNames } from './columns';
import { isStale } from './stale';

/** Stable, language-neutral addresses of the open-data files (site paths, before the base path). */
export const openDataPaths = {
  geojson: '/open-data/offers.geojson',
  csv: '/open-data/offers.csv',
} as const;

/** Licence of the open data. */
export const openDataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** Facts of an offer as validated from `offer.yaml`. */
export type OfferData = CollectionEntry<'offers'>['data'];

/** A cell: lists stay arrays here (GeoJSON) and are joined with `;` in CSV; unknown is `null`. */
export type CellValue = string | number | boolean | null | string[];
export type OfferRecord = Record<string, CellValue>;

export interface OfferRecordInput {
  slug: string;
  data: OfferData;
  /** The offer's own title in each locale that has a translation. */
  titles: Partial<Record<Locale, string>>;
  /** Official name of the offer's city. */
  cityName: string;
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/**
 * One offer as an open-data record, keys in the documented column order; `asOf` decides `stale`.
 * @example offerRecord({ slug: 'x', data, titles: { pl: 'Hala' }, cityName: 'Tychy' }, new Date('2026-06-01')).title_en // null
 */
export function offerRecord(input: OfferRecordInput, asOf: Date): OfferRecord {
  const { slug, data } = input;
  const record: OfferRecord = {
    id: slug,
    example: data.example,
    ...Object.fromEntries(localeCodes.map((code) => [`title_${code}`, orNull(input.titles[code] && singleLine(input.titles[code]))])),
    ...Object.fromEntries(localeCodes.map((code) => [`url_${code}`, absoluteUrl(entryPath(code, 'offers', slug))])),
    city: data.city.id,
    city_name: singleLine(input.cityName),
    kind: data.kind,
    status: data.status,
    latitude: data.location.lat,
    longitude: data.location.lon,
    address: orNull(data.address),
    parcels: data.parcels,
    area_ha: data.areaHa,
    largest_plot_ha: orNull(data.largestPlotHa),
    floor_area_m2: orNull(data.floorAreaM2),
    local_plan: data.zoning.localPlan,
    zoning_symbols: data.zoning.symbols,
    mining_area_category: data.miningAreaCategory,
    ownership: data.ownership,
    transaction: data.transaction,
    price_pln_per_m2: data.pricePlnPerM2 === 'negotiable' ? null : data.pricePlnPerM2,
    price_negotiable: data.pricePlnPerM2 === 'negotiable',
    in_economic_zone: data.economicZone ? data.economicZone.inZone : null,
    economic_zone_subzone: orNull(data.economicZone?.subzone),
    ...Object.fromEntries(utilityKinds.map((kind) => [`utility_${kind}_availability`, data.utilities[kind]?.availability ?? null])),
    ...Object.fromEntries(utilityKinds.map((kind) => [`utility_${kind}_distance_m`, orNull(data.utilities[kind]?.distanceM)])),
    ...Object.fromEntries(utilityKinds.map((kind) => [`utility_${kind}_capacity`, orNull(data.utilities[kind]?.capacity)])),
    motorway_junction: orNull(data.distancesKm.motorwayJunction?.name),
    motorway_junction_km: orNull(data.distancesKm.motorwayJunction?.km),
    airport_katowice_km: orNull(data.distancesKm.airportKatowice),
    rail_station_km: orNull(data.distancesKm.railStation),
    city_centre_km: orNull(data.distancesKm.nearestCityCentre),
    current_use: orNull(data.currentUse?.pl),
    previous_use: orNull(data.previousUse?.pl),
    legal_status: orNull(data.legalStatus?.pl),
    national_database_id: orNull(data.nationalDatabaseId),
    contact_name: orNull(data.contact?.name),
    contact_unit: orNull(data.contact?.unit),
    contact_email: orNull(data.contact?.email),
    contact_phone: orNull(data.contact?.phone),
    contact_url: orNull(data.contact?.url),
    last_verified: day(data.lastVerified),
    stale: isStale(data.lastVerified, asOf),
    updated: day(data.updated),
    sources: data.sources.map((source) => source.url ?? source.title),
  };
  // Keep the documented order even if the object literal above is rearranged.
  return Object.fromEntries(offerColumnNames.map((name) => [name, record[name] ?? null]));
}

/**
 * Records as a GeoJSON `FeatureCollection` of points ([longitude, latitude]), every column a property.
 * @example offersGeoJson([record]).features[0].geometry.coordinates // [18.545, 50.098611]
 */
export function offersGeoJson(records: readonly OfferRecord[]): FeatureCollection<Point, OfferRecord> {
  return {
    type: 'FeatureCollection',
    features: records.map((record): Feature<Point, OfferRecord> => ({
      type: 'Feature',
      id: String(record['id']),
      geometry: { type: 'Point', coordinates: [Number(record['longitude']), Number(record['latitude'])] },
      properties: record,
    })),
  };
}

/**
 * Records as CSV (RFC 4180, UTF-8, header row, `\r\n`): lists joined with `;`, booleans `true`/`false`, unknown empty,
 * numbers bare, every text cell quoted. A text cell starting with `=`, `+`, `-`, `@`, tab or CR (or their full-width forms)
 * gets a leading `'` so that spreadsheets show it instead of running it as a formula (OWASP, "CSV Injection";
 * csv-stringify's `escape_formulas`); a negative number is data and stays as it is.
 * @example offersCsv([record]).split('\r\n')[0].startsWith('id,example,') // true
 */
export function offersCsv(records: readonly OfferRecord[]): string {
  const rows = records.map((record) => offerColumnNames.map((name) => cell(record[name] ?? null)));
  return stringify(rows, {
    header: true,
    columns: [...offerColumnNames],
    record_delimiter: 'windows',
    quoted_string: true,
    escape_formulas: true,
    cast: {
      boolean: (value) => String(value),
      // Column names are plain snake_case: the header row stays unquoted.
      string: (value, context) => (context.header ? { value, quoted_string: false } : value),
    },
  });
}

function cell(value: CellValue): string | number | boolean | null {
  return Array.isArray(value) ? value.join(';') : value;
}
