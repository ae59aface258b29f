import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import sirv from 'sirv';
import { testSiteDir } from './site';

/** Debian's Chromium, or the browser named by CHROME_PATH. Tests never download a browser. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}. Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`);
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Serves the built test site on loopback, with the host's 404 page for unknown paths. */
export async function serveSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(testSiteDir, { dev: false, etag: false });
  const notFound = readFileSync(join(testSiteDir, '404.html'));
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** What a browser test file shares: the served site, Chromium and one context. */
export interface BrowserSite {
  origin: string;
  browser: Browser;
  context: BrowserContext;
}

/**
 * Register `beforeAll`/`afterAll` hooks that serve the built site and launch Chromium for one test file.
 * The returned object is filled in before the first test runs.
 */
export function useBrowserSite(contextOptions: BrowserContextOptions = {}): BrowserSite {
  const shared = {} as BrowserSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const site = await serveSite();
    close = site.close;
    shared.origin = site.origin;
    shared.browser = await launchBrowser();
    shared.context = await shared.browser.newContext(contextOptions);
  });
  afterAll(async () => {
    await shared.context?.close();
    await shared.browser?.close();
    await close?.();
  });
  return shared;
}
