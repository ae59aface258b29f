import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionPath } from '../../src/i18n';
import { pageCount } from '../../src/lib/pagination';
import { defaultPageSizes, listBounds, localeCodes, pagedLists, type PagedList } from '../../src/site.config';
import { pageBudget, pageWeight } from '../helpers/page-weight';
import { exists, fileOf, htmlPaths, listPages, page, scaleSiteDir, testBuildDate, testSiteDir } from '../helpers/site';
import { scaleContentDir, testEntrySlugs } from '../helpers/test-project';
import { contentStates, needsWork } from '../helpers/translation-states';

/**
 * The scale test build (tests/setup/build-site.ts): the benchmark's synthetic content at its small scale, about 1,000
 * pages, built with the configured bounds (`listBounds`, default page sizes). Issue #12: a page weighs at 10,000 pages
 * what it weighs at 100, because every list, feed and calendar is paginated or bounded; this build checks it at a scale
 * where the bounds are in force.
 */
const dir = scaleSiteDir;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Entry folders of a collection of the scale build's content. */
const entries = (collection: string) => readdirSync(join(scaleContentDir, collection)).sort();

/** Every file of the scale build whose name ends with `suffix`, as site paths. */
function filesEnding(suffix: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name.endsWith(suffix)) out.push(`/${relative(dir, full).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return out.sort();
}

/** Gzip bytes that a page's `<picture>` elements add to its HTML (what a cover or offer image costs a page's budget). */
const pictureBytes = (path: string, site: string) => {
  const html = readFileSync(fileOf(path, site), 'utf8');
  return gzipSync(html).length - gzipSync(html.replace(/<picture\b[\s\S]*?<\/picture>/g, '')).length;
};

describe('the scale test build', () => {
  const paths = htmlPaths(dir);
  const weights = new Map(paths.map((path) => [path, pageWeight(path, dir)]));
  const heaviest = [...weights].sort((a, b) => b[1] - a[1])[0]!;

  it('has about 1,000 pages, with every paged list longer than a page', () => {
    expect(paths.length).toBeGreaterThan(800);
    for (const list of pagedLists) expect(entries(list).length, list).toBeGreaterThan(defaultPageSizes[list]);
  });

  it('keeps every page, the heaviest with the markup of the images it would carry, within the 20 kB budget', () => {
    const over = [...weights].filter(([, weight]) => weight > pageBudget).map(([path, weight]) => `${path}: ${kB(weight)}`);
    expect(over).toEqual([]);
    // The scale build has no images (tests/setup/build-site.ts): the most a page's `<picture>` markup adds in the root
    // build, where covers and offer images are, goes on top of the heaviest page here.
    const rootPictures = Math.max(...htmlPaths().map((path) => pictureBytes(path, testSiteDir)));
    expect(rootPictures).toBeGreaterThan(0);
    expect(heaviest[1] + rootPictures, `${heaviest[0]} (${kB(heaviest[1])}) + ${kB(rootPictures)} of images`).toBeLessThanOrEqual(
      pageBudget,
    );
  });

  it('weighs a story page about what the root test build does (at most 2 kB more, gzip)', () => {
    const storyWeights = (site: string, slugs: string[]) =>
      localeCodes
        .flatMap((locale) => slugs.map((slug) => `${sectionPath(locale, 'stories')}${slug}/`).filter((path) => exists(path, site)))
        .map((path) => pageWeight(path, site));
    const scale = storyWeights(dir, entries('stories'));
    const root = storyWeights(testSiteDir, testEntrySlugs('stories'));
    expect(scale.length).toBe(entries('stories').length * localeCodes.length);
    expect(root.length).toBeGreaterThan(0);
    expect(Math.max(...scale), `heaviest story: ${kB(Math.max(...scale))}, root build ${kB(Math.max(...root))}`).toBeLessThanOrEqual(
      Math.max(...root) + 2 * 1024,
    );
  });

  it.each(localeCodes.flatMap((locale) => pagedLists.map((list) => ({ locale, list }))))(
    'splits the $list list ($locale) into ceil(entries / page size) pages of the configured size',
    ({ locale, list }: { locale: (typeof localeCodes)[number]; list: PagedList }) => {
      const total = entries(list).length;
      const pages = listPages(sectionPath(locale, list), dir);
      expect(pages).toHaveLength(pageCount(total, defaultPageSizes[list]));
      expect(pages.length).toBeGreaterThan(1);
      // Each page says which entries it shows: the configured size on every page but the last.
      for (const [index, path] of pages.entries()) {
        const range = readFileSync(fileOf(path, dir), 'utf8').match(/class="pagination__range"[^>]*>([^<]*)</)?.[1] ?? '';
        const [first, last, of] = (range.match(/\d+/g) ?? []).map(Number);
        expect([first, last, of], `${path}: ${range}`).toStrictEqual([
          index * defaultPageSizes[list] + 1,
          Math.min(total, (index + 1) * defaultPageSizes[list]),
          total,
        ]);
      }
    },
  );

  it('bounds the translation status page: a summary per collection, then the entries that need work a page at a time', () => {
    const entries = contentStates(scaleContentDir);
    const needing = entries.filter(needsWork).length;
    expect(needing).toBeGreaterThan(listBounds.translationRows);
    for (const locale of localeCodes) {
      const pages = listPages(sectionPath(locale, 'translationStatus'), dir);
      expect(pages, locale).toHaveLength(pageCount(needing, listBounds.translationRows));
      const rows = pages.map((path) => page(path, dir)('.translation-table tbody tr').length);
      expect(rows[0], locale).toBe(listBounds.translationRows);
      expect(
        rows.reduce((sum, count) => sum + count, 0),
        locale,
      ).toBe(needing);
      expect(page(pages[0]!, dir)('.translation-summary tbody tr').length, locale).toBe(
        new Set(entries.map((entry) => entry.collection)).size,
      );
    }
  });

  it('bounds every RSS and JSON feed to the newest items, and fills the locale feeds to the bound', () => {
    const rss = filesEnding('rss.xml');
    const json = filesEnding('feed.json');
    expect(rss.length).toBeGreaterThan(localeCodes.length);
    expect(json.length).toBe(rss.length);
    const counts = new Map<string, number>();
    for (const path of rss) counts.set(path, (readFileSync(fileOf(path, dir), 'utf8').match(/<item>/g) ?? []).length);
    for (const path of json) counts.set(path, (JSON.parse(readFileSync(fileOf(path, dir), 'utf8')) as { items: unknown[] }).items.length);
    for (const [path, count] of counts) expect(count, path).toBeLessThanOrEqual(listBounds.feedItems);
    for (const locale of localeCodes) {
      expect(counts.get(`/${locale}/rss.xml`), locale).toBe(listBounds.feedItems);
      expect(counts.get(`/${locale}/feed.json`), locale).toBe(listBounds.feedItems);
    }
  });

  it('bounds every calendar to upcoming events and those of the last year', () => {
    const cutoff = new Date(Date.parse(`${testBuildDate}T00:00:00Z`) - listBounds.calendarPastDays * 86_400_000).toISOString().slice(0, 10);
    const lastDays = entries('events').map((slug) => {
      const facts = parse(readFileSync(join(scaleContentDir, 'events', slug, 'event.yaml'), 'utf8')) as { start: string; end?: string };
      return String(facts.end ?? facts.start).slice(0, 10);
    });
    const inWindow = lastDays.filter((day) => day >= cutoff).length;
    expect(inWindow).toBeLessThan(lastDays.length);
    const calendars = filesEnding('.ics');
    // The calendars of all events (one per locale) and per city; single-event calendars carry their one event.
    const whole = calendars.filter((path) => /^\/[a-z]{2}\/[^/]+\.ics$/.test(path));
    expect(whole.length).toBeGreaterThan(0);
    for (const path of calendars) {
      const count = (readFileSync(fileOf(path, dir), 'utf8').match(/^BEGIN:VEVENT/gm) ?? []).length;
      expect(count, path).toBeLessThanOrEqual(inWindow || 1);
    }
    for (const path of whole) expect((readFileSync(fileOf(path, dir), 'utf8').match(/^BEGIN:VEVENT/gm) ?? []).length, path).toBe(inWindow);
  });
});
