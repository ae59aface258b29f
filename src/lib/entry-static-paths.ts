import { allLocales } from '../i18n/locales';
import { locales, type Locale, type SectionKey } from '../site.config';

/** The params of an entry's route: the locale, the section's slug in it, and the entry's slug. */
export type EntryParams<S extends SectionKey, N extends string> = { lang: Locale } & Record<S | N, string>;

/**
 * Static paths for one page per entry in every locale, for a route `[lang]/[<section>]/[<name>]`: the section's
 * translated slug and the entry's slug (shared by all locales) as params, the entry as the prop `name`.
 * @example entryStaticPaths('events', 'event', events)[0] // { params: { lang: 'pl', events: 'wydarzenia', event: '…' }, props: { event } }
 */
export function entryStaticPaths<S extends SectionKey, N extends string, E extends { slug: string }>(
  section: S,
  name: N,
  entries: readonly E[],
): { params: EntryParams<S, N>; props: Record<N, E> }[] {
  return allLocales.flatMap((lang) =>
    entries.map((entry) => ({
      params: { lang, [section]: locales[lang].slugs[section], [name]: entry.slug } as EntryParams<S, N>,
      props: { [name]: entry } as Record<N, E>,
    })),
  );
}
