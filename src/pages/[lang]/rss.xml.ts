import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales } from '../../i18n';
import { rssFeed } from '../../lib/feeds';
import { feedInput } from '../../lib/queries/feed-input';
import { getSiteContent } from '../../lib/queries/site-content';
import type { Locale } from '../../site.config';

/** `/<locale>/rss.xml`: the cluster's success stories and events in one language. */
export const getStaticPaths = (() => allLocales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = rssFeed(feedInput(await getSiteContent(), params.lang as Locale, 'rss'));
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
