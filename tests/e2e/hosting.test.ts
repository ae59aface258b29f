import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { startPreview } from '../../scripts/preview.mjs';
import { openPage, useBrowserSite, type BrowserSite } from '../helpers/browser';
import { testSiteDir } from '../helpers/site';

/**
 * The test build served as `npm run preview` serves it, like a host that reads `_headers`: the header CSP next to the
 * pages' own, folders without their trailing slash redirected.
 */
const shared = useBrowserSite({ locale: 'fr-FR' });
let preview: { origin: string; close: () => Promise<void> };
/** The run's browser, pointed at the preview server instead of the run's plain static server. */
const site = {} as BrowserSite;

beforeAll(async () => {
  preview = await startPreview({ dir: testSiteDir.replace(/[\\/]$/, ''), base: '/', port: 0 });
  Object.assign(site, shared, { origin: preview.origin });
});
afterAll(async () => preview?.close());

describe('npm run preview (a host with the headers file)', () => {
  it('redirects a folder address without its trailing slash to the page, keeping the query, and answers 404 otherwise', async () => {
    const cities = sectionPath('pl', 'cities');
    const bare = await fetch(`${preview.origin}${cities.slice(0, -1)}?utm=x`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(`${cities}?utm=x`);
    const page = await fetch(`${preview.origin}${cities}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${preview.origin}/pl/nie-ma-takiej-strony`, { redirect: 'manual' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('404');
    const calendar = await fetch(`${preview.origin}${sectionPath('pl', 'events').slice(0, -1)}.ics`);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('serves a site built for a base path only under it, the base folder without its slash redirected', async () => {
    const nested = await startPreview({ dir: testSiteDir.replace(/[\\/]$/, ''), base: '/klaster/', port: 0 });
    try {
      const status = async (path: string) => {
        const response = await fetch(`${nested.origin}${path}`, { redirect: 'manual' });
        return `${response.status} ${response.headers.get('location') ?? ''}`.trim();
      };
      expect(await status('/klaster')).toBe('301 /klaster/');
      expect(await status('/klaster/')).toBe('200');
      expect(await status(`/klaster${sectionPath('de', 'cities').slice(0, -1)}`)).toBe(`301 /klaster${sectionPath('de', 'cities')}`);
      expect(await status(sectionPath('de', 'cities'))).toBe('404');
    } finally {
      await nested.close();
    }
  });

  it('runs the pages and the search under the header CSP without a violation', async () => {
    for (const path of ['/', '/pl/', entryPath('en', 'cities', 'gliwice'), sectionPath('pl', 'offers')]) {
      const { page, response, problems } = await openPage(site, path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(problems, path).toEqual([]);
      await page.close();
    }
    const { page, problems } = await openPage(site, sectionPath('pl', 'search'));
    await page.fill('#search-q', 'wegiel');
    await page.press('#search-q', 'Enter');
    const unsettled = ['', ...localeCodes.flatMap((locale) => [translate(locale, 'search.prompt'), translate(locale, 'search.loading')])];
    await page.waitForFunction((texts) => !texts.includes(document.querySelector('[data-search-status]')?.textContent ?? ''), unsettled);
    expect(await page.$$eval('[data-search-results] a', (links) => links.length)).toBeGreaterThan(0);
    // Pagefind runs in a worker made from a blob: URL of the site's own origin (CSP `worker-src 'self' blob:`).
    expect(problems.filter((problem) => !problem.startsWith(`third-party request: blob:${site.origin}/`))).toEqual([]);
    await page.close();
  });
});
