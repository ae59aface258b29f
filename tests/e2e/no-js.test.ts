import { describe, it } from 'vitest';
import { allLocales, sectionPath } from '../../src/i18n';
import { useBrowserSite } from '../helpers/browser';

/**
 * Without JavaScript every journey still ends somewhere useful (issue "Visitors"): the search page hides the form that
 * cannot work and offers the sections instead.
 */
const shared = useBrowserSite({ javaScriptEnabled: false });

describe.concurrent('without JavaScript', () => {
  for (const locale of allLocales) {
    it(`${locale}: the search page shows the sections, not a search form that cannot work`, async ({ expect }) => {
      const page = await shared.context.newPage();
      await page.goto(`${shared.origin}${sectionPath(locale, 'search')}`);
      expect(await page.locator('form[role="search"]').count()).toBe(1);
      expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
      const links = page.locator('[data-search-nojs] a');
      expect(await links.count()).toBeGreaterThanOrEqual(5);
      for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
      await page.close();
    });
  }
});
