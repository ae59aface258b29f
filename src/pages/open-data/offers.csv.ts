import type { APIRoute } from 'astro';
import { offersCsv } from '../../lib/offers/open-data';
import { offerRecords } from '../../lib/queries/offers';
import { getSiteContent } from '../../lib/queries/site-content';
import { buildDate } from '../../site.config';

/** All offers as CSV (`/open-data/offers.csv`, UTF-8, header row); columns documented on the open-data page. */
export const GET: APIRoute = async () => {
  const { offers, cities } = await getSiteContent();
  return new Response(offersCsv(offerRecords(offers, cities, buildDate)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
