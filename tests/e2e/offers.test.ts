import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { openDataPaths } from '../../src/lib/offers/open-data';
import { cluster, localeCodes } from '../../src/site.config';
import { realOfferFacts, realOfferSlug } from '../fixtures/real-offer';
import { useBrowserSite } from '../helpers/browser';
import { fileOf } from '../helpers/site';
import { testEntrySlugs } from '../helpers/test-project';

/** Every offer of the test build (the sample content's and the fixtures'). */
const offerSlugs = testEntrySlugs('offers');
/** The offers' facts as the build published them (tests/build/offers.test.ts checks the file): what a filter must show. */
const offers = (
  JSON.parse(readFileSync(fileOf(openDataPaths.geojson), 'utf8')) as { features: { id: string; properties: Record<string, unknown> }[] }
).features;
/** The slugs of the offers that match, sorted. */
const matching = (test: (facts: Record<string, unknown>) => boolean) =>
  offers
    .filter((offer) => test(offer.properties))
    .map((offer) => offer.id)
    .sort();

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
const visibleRows = (page: Page) =>
  page.$$eval('tr[data-offer-row]', (rows) =>
    rows
      .filter((row) => !(row as HTMLElement).hidden && (row as HTMLElement).offsetParent !== null)
      .map((row) => row.getAttribute('data-slug')!),
  );
const countText = (page: Page) => page.textContent('[data-offer-count]');

describe('offers filter (with JavaScript)', () => {
  it('narrows the list to one city, updates the URL and announces the count politely', async () => {
    const { city } = realOfferFacts;
    const expected = matching((facts) => facts['city'] === city);
    expect(expected).toContain(realOfferSlug);
    expect(expected.length).toBeLessThan(offerSlugs.length);
    const { page, problems } = await open(index);
    expect(await visibleRows(page)).toHaveLength(offerSlugs.length);
    expect(await page.isHidden('[data-offer-nojs]')).toBe(true);
    await page.selectOption('#filter-city', city);
    await page.waitForURL(new RegExp(`\\?city=${city}$`));
    expect((await visibleRows(page)).sort()).toStrictEqual(expected);
    expect(await page.getAttribute('[data-offer-count]', 'role')).toBe('status');
    expect(await countText(page)).toBe(`Offers shown: ${expected.length} of ${offerSlugs.length}.`);
    // The map and its list follow the table.
    expect(await page.$$eval('.region-map__points li', (items) => items.filter((item) => !(item as HTMLElement).hidden).length)).toBe(
      expected.length,
    );
    expect(
      await page.$$eval('svg [data-offer-mark]', (marks) => marks.filter((mark) => mark.getAttribute('display') !== 'none').length),
    ).toBe(expected.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('combines kind, area and utilities, says when nothing matches, and clears', async () => {
    const { kind, areaHa } = realOfferFacts;
    const expected = matching((facts) => facts['kind'] === kind && Number(facts['area_ha']) >= areaHa);
    expect(expected).toContain(realOfferSlug);
    const { page } = await open(index);
    await page.selectOption('#filter-kind', kind);
    await page.fill('#filter-area-min', String(areaHa));
    await page.waitForURL(new RegExp(`kind=${kind}&areaMin=${areaHa}`));
    expect((await visibleRows(page)).sort()).toStrictEqual(expected);
    // The real offer has no gas on site: it leaves the list with the gas filter.
    const withGas = matching(
      (facts) => facts['kind'] === kind && Number(facts['area_ha']) >= areaHa && facts['utility_gas_availability'] === 'onSite',
    );
    expect(withGas).not.toContain(realOfferSlug);
    await page.check('#filter-utility-gas');
    await page.waitForURL(/utilities=gas/);
    expect((await visibleRows(page)).sort()).toStrictEqual(withGas);
    // No site is 100,000 ha large: nothing matches.
    await page.fill('#filter-area-min', '100000');
    await page.waitForURL(/areaMin=100000/);
    expect(await visibleRows(page)).toStrictEqual([]);
    expect(await page.isVisible('[data-offer-none]')).toBe(true);
    await page.click('[data-offer-reset]');
    await page.waitForURL((url) => url.search === '');
    expect(await visibleRows(page)).toHaveLength(offerSlugs.length);
    expect(await page.inputValue('#filter-kind')).toBe('');
    await page.close();
  });

  it('restores filters from a shared URL', async () => {
    const { city, status } = realOfferFacts;
    const expected = matching(
      (facts) => facts['city'] === city && facts['status'] === status && facts['utility_electricity_availability'] === 'onSite',
    );
    expect(expected).toContain(realOfferSlug);
    const { page } = await open(`${index}?city=${city}&status=${status}&utilities=electricity&utilities=telecom`);
    expect(await page.inputValue('#filter-city')).toBe(city);
    expect(await page.inputValue('#filter-status')).toBe(status);
    expect(await page.isChecked('#filter-utility-electricity')).toBe(true);
    expect(await page.isChecked('#filter-utility-telecom')).toBe(true);
    expect(await page.isChecked('#filter-utility-gas')).toBe(false);
    // The real offer has electricity but no telecom on site: both filters together leave it out.
    const both = expected.filter((slug) => matching((facts) => facts['utility_telecom_availability'] === 'onSite').includes(slug));
    expect(both).not.toContain(realOfferSlug);
    expect((await visibleRows(page)).sort()).toStrictEqual(both);
    expect(await countText(page)).toBe(`Offers shown: ${both.length} of ${offerSlugs.length}.`);
    await page.uncheck('#filter-utility-telecom');
    await page.waitForURL((url) => !url.search.includes('telecom'));
    expect((await visibleRows(page)).sort()).toStrictEqual(expected);
    await page.close();
  });

  it('filters in place on submit instead of reloading the page', async () => {
    const { status } = realOfferFacts;
    const expected = matching((facts) => facts['status'] === status);
    expect(expected).toContain(realOfferSlug);
    const { page } = await open(sectionPath('pl', 'offers'));
    // A reload would lose this mark: the filter must run in the page.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.selectOption('#filter-status', status);
    await page.click('.offer-filters__actions button');
    expect(page.url()).toContain(`status=${status}`);
    expect((await visibleRows(page)).sort()).toStrictEqual(expected);
    expect(await countText(page)).toBe(`Wyświetlane oferty: ${expected.length} z ${offerSlugs.length}.`);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
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
    const expected = matching((facts) => facts['city'] === 'rybnik');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(offerSlugs.length);
    expect((await visibleRows(page)).sort()).toStrictEqual(expected);
    await noScript.close();
  });
});

describe.concurrent('printing an offer', () => {
  /** Pages of a PDF made by Chromium (page objects, not the page tree). */
  const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

  it.for(localeCodes)(
    'prints every offer on exactly one A4 page, without header and footer, with the page address, in %s',
    async (locale, { expect }) => {
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
    },
  );
});
