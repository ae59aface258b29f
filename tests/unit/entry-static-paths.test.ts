import { describe, expect, it } from 'vitest';
import { entryStaticPaths } from '../../src/lib/entry-static-paths';
import { localeCodes, locales } from '../../src/site.config';

describe('entry static paths', () => {
  it('makes one path per entry in every locale, under the section’s slug in that locale', () => {
    const entries = [{ slug: 'first' }, { slug: 'second' }];
    const paths = entryStaticPaths('events', 'event', entries);
    expect(paths).toHaveLength(entries.length * localeCodes.length);
    expect(paths[0]).toStrictEqual({ params: { lang: 'pl', events: 'wydarzenia', event: 'first' }, props: { event: entries[0] } });
    expect(paths.map((path) => `${path.params.lang}/${path.params.events}/${path.params.event}`)).toStrictEqual(
      localeCodes.flatMap((code) => entries.map((entry) => `${code}/${locales[code].slugs.events}/${entry.slug}`)),
    );
    expect(paths[3]!.props.event).toBe(entries[1]);
  });

  it('makes none for no entries', () => {
    expect(entryStaticPaths('cities', 'city', [])).toStrictEqual([]);
  });
});
