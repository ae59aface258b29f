import { describe, it } from 'vitest';
import { allLocales, homePath, sectionPath } from '../../src/i18n';
import { useBrowserSite } from '../helpers/browser';

/**
 * The map stays readable on a phone (issue "Visitors", a map that helps): at 375 px every label and number on the map is
 * drawn at least 12 px high on screen, although the map is drawn 640 units wide and scaled down; the context labels
 * (rivers, the airport) are among them, and no label covers a city's name.
 */
const shared = useBrowserSite();
const minimumPx = 12;

describe.concurrent('region map at 375 px', () => {
  for (const locale of allLocales) {
    for (const path of [homePath(locale), sectionPath(locale, 'offers')]) {
      it(`${path}: every text on the map is at least ${minimumPx} px on screen, no label on a city label`, async ({ expect }) => {
        const page = await shared.context.newPage();
        await page.setViewportSize({ width: 375, height: 812 });
        await page.goto(`${shared.origin}${path}`);
        const { sizes, overlaps, context } = await page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>('.region-map__svg');
          if (!svg) return { sizes: [], overlaps: [], context: [] };
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll('text')];
          const box = (text: SVGTextElement) => text.getBoundingClientRect();
          const cities = texts.filter((text) => text.classList.contains('region-map__label'));
          const contextTexts = texts.filter((text) => text.matches('.region-map__river-label, .region-map__airport-label'));
          const overlaps: string[] = [];
          for (const label of contextTexts)
            for (const city of cities) {
              const [a, b] = [box(label), box(city)];
              if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                overlaps.push(`${label.textContent} / ${city.textContent}`);
            }
          for (const [index, a] of cities.entries())
            for (const b of cities.slice(index + 1)) {
              const [boxA, boxB] = [box(a), box(b)];
              if (boxA.left < boxB.right && boxB.left < boxA.right && boxA.top < boxB.bottom && boxB.top < boxA.bottom)
                overlaps.push(`${a.textContent} / ${b.textContent}`);
            }
          return {
            sizes: texts.map((text) => ({ text: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * scale })),
            overlaps,
            context: contextTexts.map((text) => text.textContent ?? ''),
          };
        });
        expect(sizes.length, 'texts on the map').toBeGreaterThanOrEqual(6);
        for (const { text, px } of sizes) expect(px, text).toBeGreaterThanOrEqual(minimumPx);
        expect(context, 'a river name and the airport code').toContain('KTW');
        expect(context.length).toBeGreaterThanOrEqual(2);
        expect(overlaps).toStrictEqual([]);
        await page.close();
      });
    }
  }
});
