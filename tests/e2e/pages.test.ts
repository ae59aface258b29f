import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { useBrowserSite } from '../helpers/browser';
import { axeExclusions } from './axe-exclusions';
import { templates } from './templates';

const shared = useBrowserSite({ locale: 'fr-FR' });

/** Open a page and collect console errors (CSP violations are reported there), page errors and off-site requests. */
async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await shared.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(shared.origin) && !request.url().startsWith('data:')) problems.push(`third-party request: ${request.url()}`);
  });
  const response = await page.goto(`${shared.origin}${path}`, { waitUntil: 'load' });
  if (path !== '/404.html' && !path.endsWith('/404/')) expect(response?.status(), path).toBe(200);
  return { page, problems };
}

describe.each(templates)('%s', (path) => {
  it('has no axe violations (WCAG 2.1 A/AA and best practice), console errors, CSP violations or third-party requests', async () => {
    const { page, problems } = await open(path);
    if (path === '/') await page.waitForLoadState('networkidle');
    await page.evaluate(axe.source);
    const results = await page.evaluate(
      (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: axeExclusions } as axe.RunOptions,
    );
    const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('does not scroll sideways at 320 px', async () => {
    const { page } = await open(path, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('keyboard and language switching', () => {
  it('reaches the skip link first and moves focus to the main content', async () => {
    const { page } = await open(entryPath('de', 'cities', 'rybnik'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  it('switches to the same page in another language', async () => {
    const { page } = await open(entryPath('pl', 'cities', 'jastrzebie-zdroj'));
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
    const { page: other } = await open('/');
    expect(other.url()).toBe(`${shared.origin}/`);
    expect(await other.locator('a[hreflang]').count()).toBe(localeCodes.length);
    await other.close();
  });
});
