import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { brokenUrls, parseUrlList, publishedPaths } from '../../src/lib/published-urls';
import { testSiteDir } from '../helpers/site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const listed = parseUrlList(readFileSync(join(root, 'content/published-urls.txt'), 'utf8'));
const built = publishedPaths(
  readdirSync(testSiteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(testSiteDir.length).split(sep).join('/')),
);
/** The old paths of the redirects the test build made: content's own, plus the fixture (tests/setup/build-site.ts). */
const redirected = ['content/redirects.yaml', 'tests/fixtures/redirects.yaml'].flatMap((file) => {
  try {
    return ((parse(readFileSync(join(root, file), 'utf8')) ?? []) as { from: string }[]).map((redirect) => redirect.from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
});

describe('published addresses (content/published-urls.txt)', () => {
  it('lists the pages, feeds, calendars and open data of the site', () => {
    expect(listed.length).toBeGreaterThan(400);
    for (const path of [
      '/pl/',
      '/pl/miasta/gliwice/',
      '/en/cities/gliwice/rss.xml',
      '/pl/miasta/gliwice/feed.json',
      '/pl/wydarzenia.ics',
      '/open-data/offers.csv',
    ])
      expect(listed, path).toContain(path);
    expect(listed.filter((path) => path.startsWith('/_astro/') || path.startsWith('/pagefind/'))).toEqual([]);
  });

  it('are all still published by the build, or redirected', () => {
    const problems = brokenUrls(listed, new Set(built), new Set(redirected));
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});
