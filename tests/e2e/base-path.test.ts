import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { entryPath, homePath, sectionPath, translate } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { realOfferSlug } from '../fixtures/real-offer';
import { useBrowserSite } from '../helpers/browser';
import { testBasePath } from '../helpers/site';

/**
 * The base-path test build (tests/setup/build-site.ts) in Chromium, served under `/klaster/` only (anything outside
 * the base path answers 404): its pages load every asset, the language chooser stays inside the base, and search
 * loads its index and links its results under the base.
 */
const shared = useBrowserSite({ locale: 'fr-FR' });
const base = testBasePath.replace(/\/$/, ''); // '/klaster'

/** Opens a page of the base-path build, recording every response that failed and every console error. */
async function open(path: string, context = shared.context): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${inject('basePathSiteOrigin')}${base}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

describe.concurrent(`the site served from ${testBasePath}`, () => {
  it.for([
    '/pl/',
    entryPath('en', 'offers', realOfferSlug),
    entryPath('de', 'stories', 'fixture-pl-en-story'),
    sectionPath('cs', 'offers'),
  ])('%s loads every stylesheet, script, image and font from under the base path', async (path, { expect }) => {
    const { page, problems } = await open(path);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    // The stylesheet applied: the skip link is moved off screen.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute');
    expect(problems).toStrictEqual([]);
    await page.close();
  });

  it('sends a visitor from the base path’s language chooser to the preferred language, inside the base path', async ({ expect }) => {
    const german = await shared.browser.newContext({ locale: 'de-DE' });
    const { page, problems } = await open('/', german);
    await page.waitForURL(/\/de\/$/);
    expect(new URL(page.url()).pathname).toBe(`${base}${homePath('de')}`);
    expect(problems).toStrictEqual([]);
    await german.close();
  });

  it('finds pages with the search index under the base path and links the results there', async ({ expect }) => {
    const { page, problems } = await open(sectionPath('pl', 'search'));
    await page.fill('#search-q', 'Gliwice');
    await page.press('#search-q', 'Enter');
    const unsettled = ['', ...localeCodes.flatMap((locale) => [translate(locale, 'search.prompt'), translate(locale, 'search.loading')])];
    await page.waitForFunction(
      (unsettled) => !unsettled.includes(document.querySelector('[data-search-status]')?.textContent ?? ''),
      unsettled,
    );
    const results = await page.$$eval('[data-search-results] a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(results).toContain(`${base}${entryPath('pl', 'cities', 'gliwice')}`);
    for (const href of results) expect(href).toMatch(new RegExp(`^${base}/pl/`));
    await page.click(`[data-search-results] a[href="${base}${entryPath('pl', 'cities', 'gliwice')}"]`);
    await page.waitForURL(`**${base}${entryPath('pl', 'cities', 'gliwice')}`);
    expect(await page.locator('h1').textContent()).toContain('Gliwice');
    expect(problems).toStrictEqual([]);
    await page.close();
  });
});
