import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserArgs, chromePath, serveSite } from '../helpers/browser';
import { basePathSiteDir, testBasePath } from '../helpers/site';

/**
 * Starts one Chromium and one static server over each test build (the root one, and the base-path one under its base)
 * for the whole run (after `build-site.ts`), and hands both to the test files through `provide`/`inject`.
 * Test files connect to them through `useBrowserSite()`; nothing launches a browser per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [browser, site, basePathSite] = await Promise.all([
    chromium.launchServer({ executablePath: chromePath(), headless: true, args: browserArgs }),
    serveSite(),
    serveSite(basePathSiteDir, testBasePath),
  ]);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('siteOrigin', site.origin);
  project.provide('basePathSiteOrigin', basePathSite.origin);
  return async () => {
    await browser.close();
    await site.close();
    await basePathSite.close();
  };
}
