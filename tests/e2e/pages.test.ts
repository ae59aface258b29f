import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { openPage, useBrowserSite } from '../helpers/browser';
import { axeExclusions } from './axe-exclusions';
import { templates } from './templates';

const shared = useBrowserSite({ locale: 'fr-FR' });

/** axe-core's minified build: half the size of `axe.source`, so each page compiles it faster. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: axeExclusions,
  // Only violations are reported below: axe skips collecting the passes and the incomplete checks.
  resultTypes: ['violations'],
};

/**
 * One load per page: axe at desktop width, then the same page narrowed to 320 px (a viewport resize re-runs media
 * queries and layout, as a fresh load at 320 px would). The pages run in parallel tabs, `maxConcurrency` at a time.
 */
describe.concurrent('every page template', () => {
  it.for(templates)(
    '%s has no axe violations (WCAG 2.1 A/AA and best practice), console errors, CSP violations or third-party requests, and does not scroll sideways at 320 px',
    async (path, { expect }) => {
      const { page, response, problems } = await openPage(shared, path);
      expect(response?.status(), path).toBe(200);
      // The language chooser sends browsers that prefer one of our languages away; this one (fr-FR) stays.
      expect(new URL(page.url()).pathname).toBe(path);
      await page.evaluate(axeSource);
      const results = await page.evaluate((options) => (window as unknown as { axe: typeof axe }).axe.run(document, options), axeOptions);
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      expect.soft(violations).toStrictEqual([]);
      expect.soft(problems).toStrictEqual([]);
      await page.setViewportSize({ width: 320, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});

describe('keyboard and language switching', () => {
  it('reaches the skip link first and moves focus to the main content', async () => {
    const { page } = await openPage(shared, entryPath('de', 'cities', 'rybnik'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  it('switches to the same page in another language', async () => {
    const { page } = await openPage(shared, entryPath('pl', 'cities', 'jastrzebie-zdroj'));
    await page.click('.lang-switcher a[hreflang="cs"]');
    await page.waitForURL(/\/cs\/mesta\/jastrzebie-zdroj\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('cs');
    await page.close();
  });

  it('sends a visitor from / to the language the browser prefers, and lets others choose', async () => {
    const german = await shared.browser.newContext({ locale: 'de-DE' });
    const page = await german.newPage();
    await page.goto(`${shared.origin}/`);
    await page.waitForURL(/\/de\/$/);
    await german.close();
    const { page: other } = await openPage(shared, '/');
    expect(other.url()).toBe(`${shared.origin}/`);
    expect(await other.locator('a[hreflang]').count()).toBe(localeCodes.length);
    await other.close();
  });
});
