import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import { sectionPath } from '../../src/i18n';
import { widgetFrameSize, widgetPath } from '../../src/lib/widget-paths';
import { cityOrder, localeCodes } from '../../src/site.config';
import { openPage, useBrowserSite } from '../helpers/browser';
import { axeExclusions } from './axe-exclusions';

const shared = useBrowserSite();
const widgets = localeCodes.flatMap((locale) => cityOrder.map((city) => widgetPath(locale, city)));

describe.concurrent('city widgets in Chromium', () => {
  it.for(widgets)(
    '%s reads at 280 px without sideways scrolling, in light and dark, with no console errors or CSP violations',
    async (path, { expect }) => {
      expect(widgets).toHaveLength(24);
      const { page, response, problems } = await openPage(shared, path, { width: widgetFrameSize.minWidth });
      expect(response?.status()).toBe(200);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(280);
      expect.soft(await overflow(), 'sideways scroll at 280 px (light)').toBeLessThanOrEqual(0);
      const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(dark, 'the dark scheme changes the colours').not.toBe(light);
      expect.soft(await overflow(), 'sideways scroll at 280 px (dark)').toBeLessThanOrEqual(0);
      expect(problems).toStrictEqual([]);
      await page.close();
    },
  );

  // tests/e2e/pages.test.ts runs axe on one widget per locale in the light scheme; the dark one has colours of its own.
  it.for(localeCodes)('the %s widget has no axe violations in the dark scheme', async (locale, { expect }) => {
    const { page } = await openPage(shared, widgetPath(locale, 'gliwice'), { width: widgetFrameSize.width });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const options: axe.RunOptions = {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: axeExclusions,
      resultTypes: ['violations'],
    };
    const results = await page.evaluate((runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions), options);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toStrictEqual([]);
    await page.close();
  });

  it.for(localeCodes)('the portals page (%s) shows each city’s widget in its live preview frame', async (locale, { expect }) => {
    const { page, problems } = await openPage(shared, sectionPath(locale, 'linkToUs'));
    const frames = page.locator('.snippet-preview iframe');
    expect(await frames.count()).toBe(cityOrder.length);
    // Scroll each frame into view (they load lazily) and read the widget inside it.
    for (const [index, city] of cityOrder.entries()) {
      await frames.nth(index).scrollIntoViewIfNeeded();
      const heading = frames.nth(index).contentFrame().locator('h1');
      await heading.waitFor();
      expect(await frames.nth(index).getAttribute('src')).toBe(widgetPath(locale, city));
    }
    expect(problems).toStrictEqual([]);
    await page.close();
  });
});
