import { absoluteUrl } from '../../i18n/paths';
import type { OfferData } from './open-data';

/**
 * An offer as a schema.org `Place` with its facts as `additionalProperty` (area, price, mining-area category).
 * Pages pass `undefined` to `<JsonLd>` instead for example entries (DESIGN §9).
 * @example offerJsonLd({ data, name: 'Hala w Tychach', page: '/pl/oferty-inwestycyjne/hala/', city: { name: 'Tychy', page: '/pl/miasta/tychy/' } })['@type'] // 'Place'
 */
export function offerJsonLd(input: {
  data: OfferData;
  name: string;
  description?: string | undefined;
  /** Site path of the offer's page in the page's locale. */
  page: string;
  city: { name: string; page: string };
}): Record<string, unknown> {
  const { data } = input;
  const property = (name: string, value: string | number, unit?: { code?: string; text: string }) => ({
    '@type': 'PropertyValue',
    name,
    value,
    ...(unit?.code ? { unitCode: unit.code } : {}),
    ...(unit ? { unitText: unit.text } : {}),
  });
  const additionalProperty = [
    property('area', data.areaHa, { code: 'HAR', text: 'ha' }),
    ...(data.largestPlotHa ? [property('largestPlot', data.largestPlotHa, { code: 'HAR', text: 'ha' })] : []),
    ...(data.floorAreaM2 ? [property('floorArea', data.floorAreaM2, { code: 'MTK', text: 'm²' })] : []),
    data.pricePlnPerM2 === 'negotiable' ? property('price', 'negotiable') : property('price', data.pricePlnPerM2, { text: 'PLN/m² net' }),
    property('miningAreaCategory', data.miningAreaCategory),
    property('status', data.status),
    property('kind', data.kind),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    url: absoluteUrl(input.page),
    geo: { '@type': 'GeoCoordinates', latitude: data.location.lat, longitude: data.location.lon },
    address: {
      '@type': 'PostalAddress',
      ...(data.address ? { streetAddress: data.address } : {}),
      addressLocality: input.city.name,
      addressRegion: 'śląskie',
      addressCountry: 'PL',
    },
    containedInPlace: { '@type': 'City', name: input.city.name, url: absoluteUrl(input.city.page) },
    ...(data.nationalDatabaseId ? { identifier: data.nationalDatabaseId } : {}),
    additionalProperty,
  };
}
