import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserArgs, chromePath, serveSite } from '../helpers/browser';

/**
 * Starts one Chromium and one static server over the test build for the whole run (after
 * `build-site.ts`), and hands both to the test files through `provide`/`inject`.
 * Test files connect to them through `useBrowserSite()`; nothing launches a browser per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [browser, site] = await Promise.all([chromium.launchServer({ executablePath: chromePath(), headless: true, args: browserArgs }), serveSite()]);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('siteOrigin', site.origin);
  return async () => {
    await browser.close();
    await site.close();
  };
}
