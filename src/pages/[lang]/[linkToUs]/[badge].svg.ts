import type { APIRoute, GetStaticPaths } from 'astro';
import { allLocales, langTag, translate } from '../../../i18n';
import { badgeSvg, badgeVariants, type BadgeVariant } from '../../../lib/badge';
import { cluster, locales, type Locale } from '../../../site.config';

/** `/<locale>/<linkToUs>/badge-light.svg` and `badge-dark.svg`: the badge city portals link with (`src/lib/badge.ts`). */
export const getStaticPaths = (() =>
  allLocales.flatMap((lang) =>
    badgeVariants.map((variant) => ({
      params: { lang, linkToUs: locales[lang].slugs.linkToUs, badge: `badge-${variant}` },
      props: { variant },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ variant: BadgeVariant }> = ({ params, props }) => {
  const locale = params.lang as Locale;
  const text = {
    lang: langTag(locale),
    title: translate(locale, 'portals.badgeTitle', { short: cluster.shortName, cluster: cluster.name[locale] }),
    heading: cluster.shortName,
    line: translate(locale, 'portals.badgeLine'),
  };
  return new Response(badgeSvg(text, props.variant), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
