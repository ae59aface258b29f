import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales, absoluteUrl, entryPath, langTag, translate } from '../../../../i18n';
import { feedPath } from '../../../../lib/feed-paths';
import { rssFeed } from '../../../../lib/feeds';
import { textFor } from '../../../../lib/queries/entries';
import { feedItems } from '../../../../lib/queries/feed-items';
import { getSiteContent } from '../../../../lib/queries/site-content';
import { buildDate, cityOrder, cluster, locales, type Locale } from '../../../../site.config';

/** `/<locale>/<cities>/<city>/rss.xml`: one member city's success stories and events, for its portal. */
export const getStaticPaths = (() =>
  allLocales.flatMap((lang) => cityOrder.map((city) => ({ params: { lang, cities: locales[lang].slugs.cities, city } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const content = await getSiteContent();
  const city = content.cities.find((candidate) => candidate.slug === params.city)!;
  const name = textFor(city, locale).head.data.title;
  const body = rssFeed({
    title: `${name} – ${cluster.shortName}`,
    description: `${translate(locale, 'section.stories')} · ${translate(locale, 'section.events')}: ${name}`,
    link: absoluteUrl(entryPath(locale, 'cities', city.slug)),
    feedUrl: absoluteUrl(feedPath(locale, city.slug)),
    language: langTag(locale),
    updated: buildDate,
    copyright: cluster.name[locale],
    items: feedItems(content, locale, city.slug),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
