import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { CmsConfig } from '../../src/lib/cms/config';
import { openPage, useBrowserSite } from '../helpers/browser';
import { testSiteDir } from '../helpers/site';

/**
 * The browser CMS at /admin/ in Chromium, on Sveltia's `test-repo` backend (the browser's private file system, no
 * network): the built configuration with only the backend swapped, since GitHub cannot be reached from a test.
 */
const shared = useBrowserSite({ locale: 'pl-PL' });
const built = parse(readFileSync(join(testSiteDir, 'admin', 'config.yml'), 'utf8')) as CmsConfig;
const labels = built.collections.flatMap((collection) => ('label' in collection ? [collection.label] : []));

/** Real content files put into the test backend's folder before signing in, as `path → text`. */
const seeded: Record<string, string> = Object.fromEntries(
  ['content/stories/trolejbusy-tychy/story.yaml', 'content/stories/trolejbusy-tychy/pl.md', 'content/cities/tychy/city.yaml'].map((path) => [path, readFileSync(join(testSiteDir, '..', path), 'utf8')]),
);

/**
 * Opens /admin/ with the test backend in a context of its own (the CMS remembers a signed-in editor) and seeds its
 * files; collects what goes wrong, as `openPage` does.
 */
async function openAdmin(): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await shared.browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(shared.origin) && !/^(data|blob):/.test(request.url())) problems.push(`third-party request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // The editorial workflow needs GitHub; the test backend commits directly.
  const { publish_mode: _, ...rest } = built;
  await page.route((url) => url.pathname === '/admin/config.yml', (route) => route.fulfill({ contentType: 'application/yaml', body: stringify({ ...rest, backend: { name: 'test-repo' } }) }));
  await page.goto(`${shared.origin}/admin/`, { waitUntil: 'load' });
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for (const [path, text] of Object.entries(files)) {
      let folder = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, seeded);
  return { page, problems, close: () => context.close() };
}

describe('the browser CMS at /admin/', () => {
  it('loads in Polish with the test backend and lists every collection of the configuration', async () => {
    const { page, problems, close } = await openAdmin();
    await page.getByRole('button', { name: 'Pracuj z repozytorium testowym' }).click();
    await page.getByText(labels[0]!, { exact: true }).first().waitFor();
    expect(labels.length).toBeGreaterThan(20);
    for (const label of labels) expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0);
    expect(problems).toStrictEqual([]);
    await close();
  });

  it('reads entries as the content model stores them and opens one in the editor, references resolved', async () => {
    const { page, problems, close } = await openAdmin();
    await page.getByRole('button', { name: 'Pracuj z repozytorium testowym' }).click();
    const stories = built.collections.find((collection) => 'name' in collection && collection.name === 'stories');
    await page.getByText(stories && 'label' in stories ? stories.label : 'stories', { exact: true }).first().click();
    await page.getByText('trolejbusy-tychy', { exact: true }).first().click();
    await page.waitForURL(/#\/collections\/stories\/entries\/trolejbusy-tychy\/story$/);
    // The story's city, a reference to content/cities/tychy/, is picked by the city's name; its date is a date.
    await expect.poll(() => page.getByRole('checkbox', { name: 'Tychy' }).isChecked()).toBe(true);
    expect(await page.locator('input[type="date"]').first().inputValue()).toBe('2024-12-18');
    expect(await page.getByText('low-emission', { exact: true }).count()).toBeGreaterThan(0);
    expect(problems).toStrictEqual([]);
    await close();
  });
});

describe('public pages', () => {
  it.each(['/pl/', '/en/'])('%s makes no request to another origin and loads nothing of the CMS', async (path) => {
    const { page, problems } = await openPage(shared, path);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload({ waitUntil: 'load' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(shared.origin) || url.includes('/admin/'))).toStrictEqual([]);
    expect(problems).toStrictEqual([]);
    await page.close();
  });
});
