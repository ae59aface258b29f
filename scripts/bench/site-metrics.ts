/**
 * What a built site weighs, for the benchmarks: files and bytes of an output folder, Pagefind's index per locale, and
 * what a first search transfers (Chromium over loopback from a gzip-serving host, Pagefind's worker requests included).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveLikeHost } from '../host-server.ts';

export interface OutputSize {
  files: number;
  bytes: number;
  htmlPages: number;
  /** The largest HTML file: path relative to the folder and bytes (uncompressed). */
  largestHtml: { path: string; bytes: number } | undefined;
}

export function outputSize(dir: string): OutputSize {
  const size: OutputSize = { files: 0, bytes: 0, htmlPages: 0, largestHtml: undefined };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    size.files += 1;
    size.bytes += bytes;
    if (entry.name.endsWith('.html')) {
      size.htmlPages += 1;
      if (!size.largestHtml || bytes > size.largestHtml.bytes)
        size.largestHtml = { path: path.slice(dir.length).replace(/^\/+/, ''), bytes };
    }
  }
  return size;
}

export interface SearchIndexSize {
  locale: string;
  pages: number;
  files: number;
  bytes: number;
}

/** Pagefind's files per locale (index chunks, fragments, filters, the locale's metadata and wasm). */
export function searchIndexSizes(siteDir: string): SearchIndexSize[] {
  const pagefind = join(siteDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.entries(entry.languages).map(([locale, info]) => {
    let bytes = 0;
    let files = 0;
    for (const folder of ['index', 'fragment', 'filter']) {
      for (const name of readdirSync(join(pagefind, folder))) {
        if (!name.startsWith(`${locale}_`)) continue;
        bytes += statSync(join(pagefind, folder, name)).size;
        files += 1;
      }
    }
    for (const name of readdirSync(pagefind)) {
      if (!name.startsWith(`pagefind.${locale}_`)) continue;
      bytes += statSync(join(pagefind, name)).size;
      files += 1;
    }
    return { locale, pages: info.page_count, files, bytes };
  });
}

export interface FirstQuery {
  path: string;
  query: string;
  requests: number;
  bytes: number;
  results: string;
}

/**
 * Serves `siteDir` on loopback like a host (gzip for text), opens each search page in a fresh tab, searches once and sums the bytes of every
 * request to `/pagefind/` the search made: bodies as the server sent them, headers as Chromium received them. (Playwright reports a web
 * worker's script with an empty body: counted in the browser alone, Pagefind's 12 kB worker went unseen.)
 */
export async function firstQueries(siteDir: string, searches: readonly { path: string; query: string }[]): Promise<FirstQuery[]> {
  let served: number[] = [];
  const server = await serveLikeHost(siteDir, (path, bytes) => {
    if (path.includes('/pagefind/')) served.push(bytes);
  });
  const { origin } = server;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const measured: FirstQuery[] = [];
  try {
    for (const { path, query } of searches) {
      const page = await browser.newPage();
      served = [];
      const pending: Promise<number>[] = [];
      // Playwright reports the requests of Pagefind's web worker on the page too.
      page.on('requestfinished', (request) => {
        if (request.url().includes('/pagefind/')) pending.push(request.sizes().then((sizes) => sizes.responseHeadersSize));
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      await page.waitForLoadState('networkidle');
      const results = (await page.locator('[data-search-status]').textContent())?.trim() ?? '';
      const headers = await Promise.all(pending);
      const bytes = [...served, ...headers].reduce((sum, size) => sum + size, 0);
      measured.push({ path, query, requests: served.length, bytes, results });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return measured;
}
