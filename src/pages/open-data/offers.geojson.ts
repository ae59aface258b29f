import type { APIRoute } from 'astro';
import { offersGeoJson } from '../../lib/offers/open-data';
import { offerRecords } from '../../lib/queries/offers';
import { getSiteContent } from '../../lib/queries/site-content';
import { buildDate } from '../../site.config';

/** All offers as GeoJSON (`/open-data/offers.geojson`); columns documented on the open-data page. */
export const GET: APIRoute = async () => {
  const { offers, cities } = await getSiteContent();
  return new Response(`${JSON.stringify(offersGeoJson(offerRecords(offers, cities, buildDate)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
