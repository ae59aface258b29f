import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales } from '../../i18n';
import { jsonFeed } from '../../lib/json-feed';
import { feedInput } from '../../lib/queries/feed-input';
import { getSiteContent } from '../../lib/queries/site-content';
import type { Locale } from '../../site.config';

/** `/<locale>/feed.json`: the same items as `rss.xml`, as JSON Feed 1.1. */
export const getStaticPaths = (() => allLocales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = jsonFeed(feedInput(await getSiteContent(), params.lang as Locale, 'json'));
  return new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
