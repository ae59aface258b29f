import { describe, it } from 'vitest';
import { allLocales, homePath, sectionPath } from '../../src/i18n';
import { useBrowserSite } from '../helpers/browser';

/**
 * The header on phones and desktops (issue "Visitors", mobile first): at most 120 px tall at 375 px and at 1280 px in
 * every language, and on a phone the menu is a disclosure that opens, and leads to a section, with the keyboard alone and
 * without JavaScript.
 */
const shared = useBrowserSite({ javaScriptEnabled: false });
const maxHeaderHeight = 120;
const viewports = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;

describe.concurrent('header', () => {
  for (const locale of allLocales) {
    for (const viewport of viewports) {
      it(`${locale} at ${viewport.width}×${viewport.height}: the header is at most ${maxHeaderHeight} px tall and shows one menu`, async ({
        expect,
      }) => {
        const context = await shared.browser.newContext({ viewport, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`${shared.origin}${homePath(locale)}`);
        const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
        expect(height).toBeGreaterThan(0);
        expect(height).toBeLessThanOrEqual(maxHeaderHeight);
        // Exactly one main menu is displayed: the bar on wide screens, the disclosure on narrow ones.
        const compact = viewport.width < 768;
        expect(await page.locator('.main-nav__list').isVisible()).toBe(!compact);
        expect(await page.locator('summary.menu__button').isVisible()).toBe(compact);
        // The language switcher and the search stay within reach without opening anything.
        expect(await page.locator('.lang-switcher a[aria-current="page"]').isVisible()).toBe(true);
        expect(await page.locator(`a[href="${sectionPath(locale, 'search')}"]:visible`).count()).toBe(1);
        await context.close();
      });
    }

    it(`${locale} at 375 px without JavaScript: Tab reaches the menu, Enter opens it, Tab and Enter follow its first link`, async ({
      expect,
    }) => {
      const context = await shared.browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${shared.origin}${homePath(locale)}`);
      const summary = page.locator('summary.menu__button');
      expect(await summary.getAttribute('aria-expanded')).toBeNull(); // the native <details> state is what screen readers announce
      // Tab until the menu button has the focus (skip link, brand, languages come first); fail if it is never reached.
      let reached = false;
      for (let presses = 0; presses < 15 && !reached; presses++) {
        await page.keyboard.press('Tab');
        reached = await summary.evaluate((element) => element === document.activeElement);
      }
      expect(reached, 'the menu button is reachable with Tab').toBe(true);
      const firstLink = page.locator('.menu__list a').first();
      expect(await firstLink.isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      expect(await page.locator('details.menu').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      expect(await firstLink.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await firstLink.evaluate((element) => element === document.activeElement)).toBe(true);
      await Promise.all([page.waitForURL(`${shared.origin}${sectionPath(locale, 'cities')}`), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      await context.close();
    });
  }
});
