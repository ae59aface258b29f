import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser';

/** The first fixture redirect of the test build (tests/fixtures/redirects.yaml): an entry folder that was renamed. */
const [redirect] = parse(readFileSync(fileURLToPath(new URL('../fixtures/redirects.yaml', import.meta.url)), 'utf8')) as {
  from: string;
  to: string;
}[];
const shared = useBrowserSite({ javaScriptEnabled: false });

it('Chromium follows a redirect page from an old address to the new page, without JavaScript and without console errors', async () => {
  const page = await shared.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Name what failed to load, so that a console error says which address it was about.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  const target = `${shared.origin}${redirect!.to}`;
  await page.goto(`${shared.origin}${redirect!.from}`);
  await page.waitForURL(target);
  expect(page.url()).toBe(target);
  expect(await page.locator('h1').first().textContent()).not.toMatch(/przeniesiona/);
  expect(await page.locator('html').getAttribute('lang')).toBe('pl');
  expect(errors).toStrictEqual([]);
  await page.close();
});
