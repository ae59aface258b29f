import { describe, it } from 'vitest';
import { allLocales, homePath, sectionPath } from '../../src/i18n';
import { useBrowserSite } from '../helpers/browser';

/**
 * The home page pitches (issue "Visitors"): on a phone and on a desktop, in every language, the calls to action to the
 * investment offers and the success stories are on screen without scrolling, and the key figures follow the pitch.
 */
const shared = useBrowserSite();
const viewports = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;

describe.concurrent('home page', () => {
  for (const locale of allLocales) {
    for (const viewport of viewports) {
      it(`${locale} at ${viewport.width}×${viewport.height}: the calls to offers and stories are visible without scrolling`, async ({
        expect,
      }) => {
        const page = await shared.context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(`${shared.origin}${homePath(locale)}`);
        for (const section of ['offers', 'stories'] as const) {
          const call = page.locator(`.calls a[href="${sectionPath(locale, section)}"]`);
          expect(await call.count(), `one call to ${section}`).toBe(1);
          const box = await call.boundingBox();
          expect(box, `the call to ${section} is laid out`).not.toBeNull();
          expect(box!.y + box!.height, `the call to ${section} ends above the fold`).toBeLessThanOrEqual(viewport.height);
          expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
        }
        const figures = page.locator('.key-figure');
        expect(await figures.count()).toBeGreaterThanOrEqual(3);
        // Each figure has its caption (dt) and its value, and the value is a number.
        for (const figure of await figures.all()) {
          expect((await figure.locator('dt').textContent())?.trim()).not.toBe('');
          expect(await figure.locator('.key-figure__value').textContent()).toMatch(/\d/);
        }
        await page.close();
      });
    }
  }
});
