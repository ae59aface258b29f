import { describe, it } from 'vitest';
import { allLocales, homePath, sectionPath } from '../../src/i18n';
import { useBrowserSite } from '../helpers/browser';

/**
 * The map stays readable on a phone (issue "Visitors", a map that helps): at 375 px every label and number on the map is
 * drawn at least 12 px high on screen, although the map is drawn 640 units wide and scaled down.
 */
const shared = useBrowserSite();
const minimumPx = 12;

describe.concurrent('region map at 375 px', () => {
  for (const locale of allLocales) {
    for (const path of [homePath(locale), sectionPath(locale, 'offers')]) {
      it(`${path}: every text on the map is at least ${minimumPx} px on screen`, async ({ expect }) => {
        const page = await shared.context.newPage();
        await page.setViewportSize({ width: 375, height: 812 });
        await page.goto(`${shared.origin}${path}`);
        const sizes = await page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>('.region-map__svg');
          if (!svg) return [];
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((text) => ({
            text: text.textContent ?? '',
            px: parseFloat(getComputedStyle(text).fontSize) * scale,
          }));
        });
        expect(sizes.length, 'texts on the map').toBeGreaterThanOrEqual(6);
        for (const { text, px } of sizes) expect(px, text).toBeGreaterThanOrEqual(minimumPx);
        await page.close();
      });
    }
  }
});
