import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { useBrowserSite } from '../helpers/browser';

const shared = useBrowserSite();

/** Console errors of every page opened here: a CSP violation (e.g. WebAssembly refused) would show up here. */
const consoleErrors: string[] = [];

/** Open a page, recording every Pagefind file it requests. */
async function open(path: string): Promise<{ page: Page; pagefindRequests: string[] }> {
  const page = await shared.context.newPage();
  const pagefindRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  // Scripts are modules: by the `load` event the search page's script has run and set up the form.
  await page.goto(`${shared.origin}${path}`, { waitUntil: 'load' });
  return { page, pagefindRequests };
}

/** What the status line says before a search has finished: nothing yet, the prompt, or "searching…". */
const unsettled = ['', ...localeCodes.flatMap((locale) => [translate(locale, 'search.prompt'), translate(locale, 'search.loading')])];
const statusText = (page: Page) => page.$eval('[data-search-status]', (status) => status.textContent ?? '');

/**
 * The result links once the search has finished (the status line announces the count, "no results" or an error
 * only after the results are on the page). After a change to a finished search, pass the status it said before.
 */
async function resultsFor(page: Page, previousStatus?: string): Promise<string[]> {
  await page.waitForFunction(
    ({ unsettled, previousStatus }) => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return !unsettled.includes(text) && text !== previousStatus;
    },
    { unsettled, previousStatus },
  );
  return page.$$eval('[data-search-results] a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Every result link of the finished search: the first answer shows a few, "show more" the rest. */
async function allResultsFor(page: Page, previousStatus?: string): Promise<string[]> {
  let results = await resultsFor(page, previousStatus);
  while (await page.isVisible('[data-search-more]')) {
    const count = results.length;
    await page.click('[data-search-more]');
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] a').length > count, count);
    results = await page.$$eval('[data-search-results] a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  }
  return results;
}

async function search(path: string, query: string): Promise<{ page: Page; results: string[] }> {
  const { page } = await open(path);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  return { page, results: await allResultsFor(page) };
}

describe('search', () => {
  it('requests no Pagefind file before the visitor searches', async () => {
    for (const path of ['/pl/', entryPath('en', 'cities', 'gliwice'), sectionPath('pl', 'search')]) {
      const { page, pagefindRequests } = await open(path);
      expect(pagefindRequests, path).toEqual([]);
      await page.close();
    }
  });

  it('fetches the page data of the first five results only, and no web worker, until "show more"', async () => {
    const { page, pagefindRequests } = await open(sectionPath('en', 'search'));
    await page.fill('#search-q', 'coal');
    await page.press('#search-q', 'Enter');
    expect(await resultsFor(page)).toHaveLength(5);
    await page.waitForLoadState('networkidle');
    const fragments = () => pagefindRequests.filter((url) => url.includes('/fragment/')).length;
    expect(fragments()).toBe(5);
    expect(pagefindRequests.filter((url) => url.includes('worker'))).toEqual([]);
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 5);
    expect(fragments()).toBeGreaterThan(5);
    await page.close();
  });

  it('finds Polish pages without diacritics and in inflected forms, and Polish pages only', async () => {
    const path = sectionPath('pl', 'search');
    for (const query of ['wegiel', 'węgla']) {
      const { page, results } = await search(path, query);
      expect(results.length, query).toBeGreaterThan(0);
      for (const result of results) expect(result, query).toMatch(/^\/pl\//);
      // The highlighted words are forms of „węgiel”, whatever was typed.
      const marks = await page.$$eval('[data-search-results] mark', (elements) =>
        elements.map((element) => element.textContent?.toLowerCase() ?? ''),
      );
      expect(
        marks.some((mark) => mark.startsWith('węg')),
        `${query}: ${marks.join(', ')}`,
      ).toBe(true);
      await page.close();
    }
    for (const [query, expected] of [
      ['Gliwicach', entryPath('pl', 'cities', 'gliwice')],
      ['Jastrzebie', entryPath('pl', 'cities', 'jastrzebie-zdroj')],
    ] as const) {
      const { page, results } = await search(path, query);
      expect(results, query).toContain(expected);
      for (const result of results) expect(result, query).toMatch(/^\/pl\//);
      await page.close();
    }
  });

  it('finds English, German and Czech pages in their own language, Czech city, sector and topic names in their base form', async () => {
    for (const [path, query, expected] of [
      [sectionPath('en', 'search'), 'coal', '/en/'],
      [sectionPath('de', 'search'), 'Kohle', '/de/'],
      [sectionPath('de', 'search'), 'Gliwice', entryPath('de', 'cities', 'gliwice')],
      // German stemming: an inflected form finds the page.
      [sectionPath('de', 'search'), 'Städten', sectionPath('de', 'cities')],
      [sectionPath('cs', 'search'), 'Katovice', entryPath('cs', 'cities', 'katowice')],
      // Pagefind has no Czech stemmer: the base forms of sectors and topics are findable through the filter labels.
      [sectionPath('cs', 'search'), 'Průmysl', sectionPath('cs', 'partners')],
      // A fixture story with that topic (tests/fixtures/site-content/), its Czech text a title and summary only.
      [
        sectionPath('cs', 'search'),
        translate('cs', 'topic.research-infrastructure'),
        entryPath('cs', 'stories', 'fixture-partly-translated-story'),
      ],
    ] as const) {
      const { page, results } = await search(path, query);
      expect(results, `${path} ${query}`).toContain(expected);
      for (const result of results) expect(result).toMatch(new RegExp(`^/${path.split('/')[1]}/`));
      await page.close();
    }
  });

  it('narrows the list with a filter and keeps the search in the URL', async () => {
    const { page, results } = await search(sectionPath('en', 'search'), 'coal');
    expect(results.length).toBeGreaterThan(0);
    const before = await statusText(page);
    await page.check('input[name="type"][value="partner"]');
    const narrowed = await allResultsFor(page, before);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(results.length);
    for (const result of narrowed) expect(result).toMatch(/^\/en\/partners\//);
    expect(new URL(page.url()).search).toBe('?q=coal&type=partner');
    await page.close();

    const { page: shared } = await open(`${sectionPath('en', 'search')}?q=coal&type=city`);
    const restored = await allResultsFor(shared);
    expect(await shared.inputValue('#search-q')).toBe('coal');
    expect(await shared.isChecked('input[name="type"][value="city"]')).toBe(true);
    expect(restored.length).toBeGreaterThan(0);
    for (const result of restored) expect(result).toMatch(/^\/en\/cities\//);
    await shared.close();
  });

  it('works by keyboard alone and announces the result count', async () => {
    const { page } = await open(sectionPath('pl', 'search'));
    await page.focus('#search-q');
    await page.keyboard.type('klaster');
    await page.keyboard.press('Enter');
    await resultsFor(page);
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    expect(await page.textContent('[data-search-status]')).toMatch(/^Znaleziono \d+ wyni(k|ki|ków)$/);
    // Tab from the filters' disclosure (after the results) into the first filter and toggle it with the space bar.
    await page.focus('[data-search-filters-box] > summary');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    expect(focused).toBe('type');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('type'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('type');
    await page.close();
  });

  it('ran every search above under the Content Security Policy without a console error', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('says so without JavaScript and links to the sections', async () => {
    const noJs = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${shared.origin}${sectionPath('de', 'search')}`);
    expect(await page.isVisible('[data-search-nojs]')).toBe(true);
    expect(await page.locator('[data-search-nojs] a').count()).toBeGreaterThan(3);
    expect(await page.isVisible('[data-search-ui]')).toBe(false);
    await noJs.close();
  });
});
