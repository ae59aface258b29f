import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales } from '../../../../i18n';
import { jsonFeed } from '../../../../lib/json-feed';
import { feedInput } from '../../../../lib/queries/feed-input';
import { getSiteContent } from '../../../../lib/queries/site-content';
import { cityOrder, locales, type Locale } from '../../../../site.config';

/** `/<locale>/<cities>/<city>/feed.json`: one member city's stories and events as JSON Feed 1.1 (same items as its RSS). */
export const getStaticPaths = (() =>
  allLocales.flatMap((lang) =>
    cityOrder.map((city) => ({ params: { lang, cities: locales[lang].slugs.cities, city } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = jsonFeed(feedInput(await getSiteContent(), params.lang as Locale, 'json', params.city));
  return new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
