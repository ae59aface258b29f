import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales } from '../../../../i18n';
import { rssFeed } from '../../../../lib/feeds';
import { feedInput } from '../../../../lib/queries/feed-input';
import { getSiteContent } from '../../../../lib/queries/site-content';
import { cityOrder, locales, type Locale } from '../../../../site.config';

/** `/<locale>/<cities>/<city>/rss.xml`: one member city's success stories and events, for its portal. */
export const getStaticPaths = (() =>
  allLocales.flatMap((lang) =>
    cityOrder.map((city) => ({ params: { lang, cities: locales[lang].slugs.cities, city } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = rssFeed(feedInput(await getSiteContent(), params.lang as Locale, 'rss', params.city));
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
