import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { realOfferSlug } from '../fixtures/real-offer';
import { basePathSiteDir, exists, htmlPaths, page, testBasePath, testOrigin } from '../helpers/site';

/**
 * The second test build (tests/setup/build-site.ts) is served from `/klaster/`: the smallest valid content plus the
 * tests' fixture entries. Every address it writes, in any page, feed, calendar, sitemap, open-data file, search
 * script or snippet, must carry the base path and lead to a file of the build; a forgotten `withBase()` anywhere
 * makes one of these tests fail.
 */
const dir = basePathSiteDir;
const base = testBasePath; // '/klaster/'
const pages = htmlPaths(dir);
/** Every file of the build as its path without the base (`pl/index.html`). */
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).split(sep).join('/'));
/** Text outputs other than HTML: feeds, JSON Feeds, calendars, sitemaps, open data, robots.txt, host files. */
const textFiles = files.filter(
  (file) => /\.(xml|json|ics|geojson|csv|txt|conf)$/.test(file) || file === '_redirects' || file === '_headers',
);
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The site path of an address under the base (`/klaster/pl/` → `/pl/`), or why it is not one. */
function underBase(address: string): { path?: string; problem?: string } {
  const local = address.startsWith(testOrigin) ? address.slice(testOrigin.length) : address;
  if (!local.startsWith(base)) return { problem: 'outside the base path' };
  const path = `/${decodeURI(local.slice(base.length)).split('#')[0]!.split('?')[0]!}`;
  return exists(path, dir) ? { path } : { problem: 'no such file' };
}

/** Root-relative or same-origin addresses in an attribute value (srcset lists several). */
function addressesIn(name: string, value: string): string[] {
  const parts =
    name === 'srcset'
      ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
      : name === 'content'
        ? [value.replace(/^\d+;\s*url=/i, '')]
        : [value];
  return parts.filter((part) => (part.startsWith('/') && !part.startsWith('//')) || part.startsWith(`${testOrigin}/`));
}

describe(`a build served from ${base}`, () => {
  it('has pages in every locale, the fixture entries among them (the lists every test below walks)', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const locale of localeCodes) {
      expect(pages, locale).toContain(`/${locale}/`);
      expect(pages, locale).toContain(entryPath(locale, 'offers', realOfferSlug));
    }
    expect(textFiles.length).toBeGreaterThan(20);
  });

  it('writes every address in every attribute of every page under the base path, each leading to a file of the build', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const $ = page(path, dir);
      $('*').each((_, element) => {
        for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
          // A relative link into the page itself (`#main`) or a form field's value is no address of the site.
          if (name === 'value' || name === 'placeholder') continue;
          for (const address of addressesIn(name, value)) {
            checked += 1;
            const { problem } = underBase(address);
            if (problem) broken.push(`${path}: ${name}="${address}" (${problem})`);
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(broken).toStrictEqual([]);
  });

  it('writes every absolute address on the site’s origin in page text, structured data and snippets under the base path', () => {
    const broken: string[] = [];
    let checked = 0;
    const pattern = new RegExp(`${testOrigin.replace(/[.]/g, '\\.')}[^\\s"'<>\\\\)]*`, 'g');
    for (const path of pages) {
      for (const [address] of read(path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)).matchAll(pattern)) {
        checked += 1;
        // Snippets are shown as escaped code (`href=&quot;…&quot;&gt;`): an escaped quote or bracket ends the address.
        const clean = address.split(/&(?:quot|gt|lt|#39|#34);/)[0]!;
        const { problem } = underBase(clean.replace(/&amp;/g, '&'));
        if (problem) broken.push(`${path}: ${clean} (${problem})`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toStrictEqual([]);
  });

  it('writes every address in feeds, JSON Feeds, calendars, sitemaps, open data and host files under the base path', () => {
    const broken: string[] = [];
    const checkedIn = new Set<string>();
    const pattern = new RegExp(`${testOrigin.replace(/[.]/g, '\\.')}[^\\s"'<>\\\\,;]*`, 'g');
    for (const file of textFiles) {
      // iCalendar folds lines at 75 octets: unfold before reading addresses.
      const text = read(file).replace(/\r?\n[ \t]/g, '');
      for (const [address] of text.matchAll(pattern)) {
        checkedIn.add(file);
        const { problem } = underBase(address.replace(/&amp;/g, '&'));
        if (problem) broken.push(`${file}: ${address} (${problem})`);
      }
    }
    for (const kind of ['rss.xml', 'feed.json', '.ics', 'sitemap-0.xml', 'offers.geojson']) {
      expect(
        [...checkedIn].some((file) => file.endsWith(kind)),
        kind,
      ).toBe(true);
    }
    expect(broken).toStrictEqual([]);
  });

  it('names the sitemap under the base path in robots.txt, and lists only pages of the build', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${testOrigin}${base}sitemap-index.xml`);
    const locs = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locs.length).toBeGreaterThan(0);
    const pageLocs = locs.flatMap((loc) =>
      [...read(loc.slice(`${testOrigin}${base}`.length)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
    );
    expect(pageLocs).toContain(`${testOrigin}${base}pl/`);
    for (const loc of pageLocs) expect(underBase(loc).problem, loc).toBeUndefined();
  });

  it('writes host redirect files and redirect pages with the base path', () => {
    expect(read('_redirects')).toContain(`${base}en/towns/ ${base}en/cities/ 301\n`);
    const $ = page('/en/towns/', dir);
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${base}en/cities/`);
  });

  it('loads the search index from under the base path', () => {
    for (const locale of localeCodes) {
      const html = read(`${sectionPath(locale, 'search').slice(1)}index.html`);
      expect(html, locale).toContain(`${base}pagefind/`);
      expect(html, locale).not.toMatch(/["'`]\/pagefind\//);
    }
    expect(files).toContain('pagefind/pagefind.js');
  });
});
