import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales, absoluteUrl, homePath, langTag, translate } from '../../i18n';
import { rssFeed } from '../../lib/feeds';
import { feedItems } from '../../lib/queries/feed-items';
import { getSiteContent } from '../../lib/queries/site-content';
import { feedPath } from '../../lib/feed-paths';
import { buildDate, cluster, type Locale } from '../../site.config';

/** `/<locale>/rss.xml`: the cluster's success stories and events in one language. */
export const getStaticPaths = (() => allLocales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const body = rssFeed({
    title: cluster.name[locale],
    description: `${translate(locale, 'section.stories')} · ${translate(locale, 'section.events')}`,
    link: absoluteUrl(homePath(locale)),
    feedUrl: absoluteUrl(feedPath(locale)),
    language: langTag(locale),
    updated: buildDate,
    copyright: cluster.name[locale],
    items: feedItems(await getSiteContent(), locale),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
