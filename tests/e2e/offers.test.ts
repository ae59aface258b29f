import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { cluster, localeCodes } from '../../src/site.config';
import { useBrowserSite } from '../helpers/browser';

const offerSlugs = readdirSync(new URL('../../content/offers/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const shared = useBrowserSite();

const index = sectionPath('en', 'offers');

async function open(path: string, inContext = shared.context): Promise<{ page: Page; problems: string[] }> {
  const page = await inContext.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${shared.origin}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

/** Slugs of the table rows a visitor can see. */
const visibleRows = (page: Page) => page.$$eval('tr[data-offer-row]', (rows) => rows.filter((row) => !(row as HTMLElement).hidden && (row as HTMLElement).offsetParent !== null).map((row) => row.getAttribute('data-slug')!));
const countText = (page: Page) => page.textContent('[data-offer-count]');

describe('offers filter (with JavaScript)', () => {
  it('narrows the list to one city, updates the URL and announces the count politely', async () => {
    const { page, problems } = await open(index);
    expect(await visibleRows(page)).toHaveLength(offerSlugs.length);
    expect(await page.isHidden('[data-offer-nojs]')).toBe(true);
    await page.selectOption('#filter-city', 'tychy');
    await page.waitForURL(/\?city=tychy$/);
    const rows = await visibleRows(page);
    expect(rows.length).toBe(2);
    expect(rows.every((slug) => slug.includes('tychy'))).toBe(true);
    expect(await page.getAttribute('[data-offer-count]', 'role')).toBe('status');
    expect(await countText(page)).toBe(`Offers shown: 2 of ${offerSlugs.length}.`);
    // The map and its list follow the table.
    expect(await page.$$eval('.region-map__points li', (items) => items.filter((item) => !(item as HTMLElement).hidden).length)).toBe(2);
    expect(await page.$$eval('svg [data-offer-mark]', (marks) => marks.filter((mark) => mark.getAttribute('display') !== 'none').length)).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('combines kind, area and utilities, says when nothing matches, and clears', async () => {
    const { page } = await open(index);
    await page.selectOption('#filter-kind', 'greenfield');
    await page.fill('#filter-area-min', '10');
    await page.waitForURL(/kind=greenfield&areaMin=10/);
    expect((await visibleRows(page)).sort()).toEqual(['przyklad-teren-inwestycyjny-gliwice', 'przyklad-teren-inwestycyjny-jaworzno']);
    await page.check('#filter-utility-gas');
    await page.waitForURL(/utilities=gas/);
    expect(await visibleRows(page)).toEqual([]);
    expect(await page.isVisible('[data-offer-none]')).toBe(true);
    await page.click('[data-offer-reset]');
    await page.waitForURL((url) => url.search === '');
    expect(await visibleRows(page)).toHaveLength(offerSlugs.length);
    expect(await page.inputValue('#filter-kind')).toBe('');
    await page.close();
  });

  it('restores filters from a shared URL', async () => {
    const { page } = await open(`${index}?city=gliwice&status=available&utilities=electricity&utilities=telecom`);
    expect(await page.inputValue('#filter-city')).toBe('gliwice');
    expect(await page.inputValue('#filter-status')).toBe('available');
    expect(await page.isChecked('#filter-utility-electricity')).toBe(true);
    expect(await page.isChecked('#filter-utility-telecom')).toBe(true);
    expect(await page.isChecked('#filter-utility-gas')).toBe(false);
    expect((await visibleRows(page)).sort()).toEqual(['przyklad-laboratorium-gliwice', 'przyklad-teren-inwestycyjny-gliwice']);
    expect(await countText(page)).toBe(`Offers shown: 2 of ${offerSlugs.length}.`);
    await page.close();
  });

  it('filters in place on submit instead of reloading the page', async () => {
    const { page } = await open(sectionPath('pl', 'offers'));
    await page.selectOption('#filter-status', 'sold');
    await page.click('.offer-filters__actions button');
    expect(page.url()).toContain('status=sold');
    expect(await visibleRows(page)).toEqual(['przyklad-hala-rybnik']);
    expect(await countText(page)).toBe(`Wyświetlane oferty: 1 z ${offerSlugs.length}.`);
    await page.close();
  });
});

describe('offers list without JavaScript', () => {
  it('shows the full list, hides the form that could only reload the page, and leads to a static page per city', async () => {
    const noScript = await shared.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(index, noScript);
    expect(await visibleRows(page)).toHaveLength(offerSlugs.length);
    expect(await page.isVisible('form[data-offer-filters]')).toBe(false);
    expect(await page.isVisible('[data-offer-nojs]')).toBe(true);
    expect(await page.textContent('[data-offer-nojs]')).toContain('each link leads to a page with the matching offers');
    const cityLink = page.locator(`.offer-browse a[href="${sectionPath('en', 'offers')}city/rybnik/"]`);
    expect(await cityLink.count()).toBe(1);
    await Promise.all([page.waitForURL(/\/city\/rybnik\/$/), cityLink.click()]);
    const shown = await visibleRows(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(offerSlugs.length);
    expect(shown.every((slug) => slug.includes('rybnik'))).toBe(true);
    await noScript.close();
  });
});

describe.concurrent('printing an offer', () => {
  /** Pages of a PDF made by Chromium (page objects, not the page tree). */
  const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

  it.for(localeCodes)('prints every offer on exactly one A4 page, without header and footer, with the page address, in %s', async (locale, { expect }) => {
    expect(offerSlugs.length).toBeGreaterThan(0);
    const page = await shared.context.newPage();
    for (const slug of offerSlugs) {
      await page.goto(`${shared.origin}${entryPath(locale, 'offers', slug)}`, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf), `${locale} ${slug}`).toBe(1);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('.site-header')).toBe(true);
    expect(await page.isHidden('.site-footer')).toBe(true);
    expect(await page.isVisible('.print-only')).toBe(true);
    expect(await page.textContent('.print-only')).toContain(`${entryPath(locale, 'offers', offerSlugs.at(-1)!)}`);
    // The sheet says whose it is: the cluster's mark and name in the page's language, and words hyphenate in that language.
    expect(await page.isVisible('.print-brand svg.logo')).toBe(true);
    expect(await page.textContent('.print-brand')).toContain(cluster.name[locale]);
    expect(await page.locator('main').evaluate((main) => getComputedStyle(main).hyphens)).toBe('auto');
    await page.close();
  });
});
