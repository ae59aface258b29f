import { absoluteUrl } from '../i18n/paths';

/** JSON-LD objects are plain data: schema.org types with absolute URLs. */
export type JsonLdObject = Record<string, unknown>;

/** Drop undefined, empty strings and empty arrays, so blocks carry only what is known. */
function compact(object: JsonLdObject): JsonLdObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}

/**
 * A schema.org `Organization`.
 * @example organizationJsonLd({ name: 'GIG', page: '/pl/partnerzy/gig/' })['@type'] // 'Organization'
 */
export function organizationJsonLd(input: {
  name: string;
  url?: string | undefined;
  alternateName?: (string | undefined)[];
  page: string;
  description?: string;
  logo?: string;
}): JsonLdObject {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: input.name,
    alternateName: (input.alternateName ?? []).filter((name): name is string => Boolean(name)),
    url: input.url ?? absoluteUrl(input.page),
    mainEntityOfPage: absoluteUrl(input.page),
    description: input.description,
    logo: input.logo,
  });
}

/**
 * A member city as a schema.org `City` with its coordinates, population and official portal.
 * @example cityJsonLd({ name: 'Gliwice', lat: 50.283, lon: 18.667, page: '/en/cities/gliwice/', portal: 'https://gliwice.eu/' })['@type'] // 'City'
 */
export function cityJsonLd(input: {
  name: string;
  lat: number;
  lon: number;
  page: string;
  portal: string;
  description?: string;
  population?: number;
  inLanguage: string;
}): JsonLdObject {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'City',
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.page),
    sameAs: [input.portal],
    geo: { '@type': 'GeoCoordinates', latitude: input.lat, longitude: input.lon },
    containedInPlace: { '@type': 'AdministrativeArea', name: 'województwo śląskie' },
    ...(input.population ? { additionalProperty: [{ '@type': 'PropertyValue', name: 'population', value: input.population }] } : {}),
    inLanguage: input.inLanguage,
  });
}
