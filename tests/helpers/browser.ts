/**
 * Browser tests: one Chromium and one static server for the whole run, one context per file, tabs in parallel.
 *
 * The `site` project's globalSetup `tests/setup/browser.ts` starts Chromium (Playwright's `launchServer`) and a
 * static server over the test build once, after `tests/setup/build-site.ts`, and hands both to every test file
 * through vitest's `provide`/`inject`. A browser test file then looks like this:
 *
 * ```ts
 * const shared = useBrowserSite();                  // or useBrowserSite({ locale: 'de-DE' }): this file's context
 *
 * describe.concurrent('my feature', () => {         // tests of the block run in parallel tabs (vitest.config.ts: maxConcurrency)
 *   it('does something', async ({ expect }) => {    // concurrent tests take `expect` from their context
 *     const { page, problems } = await openPage(shared, '/pl/');   // a new tab, with console/CSP/third-party problems collected
 *     await page.click('…');
 *     await page.waitForURL(/…/);                    // wait on a condition, never on a timer (no waitForTimeout, setTimeout or 'networkidle')
 *     expect(problems).toStrictEqual([]);
 *     await page.close();
 *   });
 * });
 * ```
 *
 * - `shared.origin`, `shared.browser` and `shared.context` are filled in by a `beforeAll` hook: read them inside tests.
 * - `shared.browser` is a connection to the shared Chromium: open extra contexts with `shared.browser.newContext()`
 *   (e.g. `{ javaScriptEnabled: false }`) and close them; the `afterAll` hook closes this file's context and disconnects.
 * - Leave tests sequential (plain `describe`) when they share state, such as a list filled by several tests.
 * - Run outside the `site` project (nothing provided), `useBrowserSite()` starts its own Chromium and server, as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import sirv from 'sirv';
import { testSiteDir } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Playwright endpoint of the one Chromium of this test run (started by tests/setup/browser.ts). */
    browserWsEndpoint: string;
    /** Origin of the one static server of this test run, serving the test build. */
    siteOrigin: string;
    /** Origin of the server of the base-path test build, which answers under `testBasePath` (`/klaster/`) only. */
    basePathSiteOrigin: string;
  }
}

/** Debian's Chromium, or the browser named by CHROME_PATH. Tests never download a browser. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}. Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`);
  return path;
}

/** Command-line switches of the test Chromium: no sandbox (containers), nothing phoning home. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A Chromium of this process's own (the shared one of the run is started by tests/setup/browser.ts). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: browserArgs });
}

/**
 * Serves a built test site on loopback (the root build, or `dir` under the base path `base`), with the host's 404 page
 * for unknown paths and for everything outside the base path.
 */
export async function serveSite(dir = testSiteDir, base = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const fail = (res: ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) return fail(res);
    req.url = `/${req.url.slice(base.length)}`;
    handler(req, res, () => fail(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a browser test file shares: the served site, Chromium and one context. */
export interface BrowserSite {
  origin: string;
  browser: Browser;
  context: BrowserContext;
}

/**
 * Register `beforeAll`/`afterAll` hooks that give this test file the run's served site, a connection to the run's
 * Chromium and a context of its own (with `contextOptions`). The returned object is filled in before the first test runs.
 */
export function useBrowserSite(contextOptions: BrowserContextOptions = {}): BrowserSite {
  const shared = {} as BrowserSite;
  let closeOwnServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const endpoint = inject('browserWsEndpoint');
    const origin = inject('siteOrigin');
    if (endpoint && origin) {
      shared.origin = origin;
      shared.browser = await chromium.connect(endpoint);
    } else {
      const site = await serveSite();
      closeOwnServer = site.close;
      shared.origin = site.origin;
      shared.browser = await launchBrowser();
    }
    shared.context = await shared.browser.newContext(contextOptions);
  });
  afterAll(async () => {
    await shared.context?.close();
    // For a connected browser this only disconnects; the run's Chromium lives on for the other files.
    await shared.browser?.close();
    await closeOwnServer?.();
  });
  return shared;
}

/** A tab opened on a site path, with what went wrong while it loaded and ran. */
export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Console errors and warnings (CSP violations are reported there), page errors and requests that leave the site. */
  problems: string[];
}

/**
 * Open a site path in a new tab of the file's context (or of `options.context`), `width` × 900 px, once the `load`
 * event has fired, collecting problems from the first request on.
 * @example const { page, problems } = await openPage(shared, '/pl/', { width: 320 });
 */
export async function openPage(
  site: BrowserSite,
  path: string,
  options: { width?: number; context?: BrowserContext } = {},
): Promise<OpenedPage> {
  const page = await (options.context ?? site.context).newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:'))
      problems.push(`third-party request: ${request.url()}`);
  });
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, response, problems };
}
