import { describe, it } from 'vitest';
import { allLocales, sectionPath } from '../../src/i18n';
import { useBrowserSite } from '../helpers/browser';

/**
 * On a 320 px screen the offers list keeps its key facts in sight (issue "Visitors", mobile first): the table gives way to
 * cards that show each offer's name, city, area, price and status inside the screen, without sideways scrolling.
 */
const shared = useBrowserSite();

describe.concurrent('offers at 320 px', () => {
  for (const locale of allLocales) {
    it(`${locale}: every offer is a card with name, city, area, price and status inside the screen`, async ({ expect }) => {
      const page = await shared.context.newPage();
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${shared.origin}${sectionPath(locale, 'offers')}`);
      const tableRows = await page.locator('tr[data-offer-row]').count();
      const cards = page.locator('li.offer-card');
      expect(tableRows).toBeGreaterThan(0);
      expect(await cards.count()).toBe(tableRows);
      expect(await page.locator('table.offers-table').isVisible()).toBe(false);
      for (const card of await cards.all()) {
        const title = card.locator('.offer-card__title a');
        const facts = card.locator('dd');
        expect(await facts.count()).toBeGreaterThanOrEqual(5);
        for (const part of [title, ...(await facts.all())]) {
          const box = await part.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(320);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    });
  }
});
