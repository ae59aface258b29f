import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileOf, testSiteDir } from './site';

/** DESIGN §6: a page weighs at most 20 kB gzip on load (HTML + CSS + JS; images excluded). */
export const pageBudget = 20 * 1024;

const gzipCache = new Map<string, number>();
/** Gzip bytes of a built file (of the root test build, or of the build in `dir`), compressed once per run. */
export function gzipped(path: string, dir = testSiteDir): number {
  const key = `${dir}\0${path}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(readFileSync(fileOf(path, dir))).length);
  return gzipCache.get(key)!;
}

/** The stylesheets a page's HTML requests on load, as site paths. */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
}

/** The stylesheets and scripts a page's HTML requests on load, as site paths. */
export function loadedAssets(html: string): string[] {
  return [...stylesheets(html), ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!)];
}

/** What a page weighs on load: its HTML gzipped plus each stylesheet and script it requests, gzipped. */
export function pageWeight(path: string, dir = testSiteDir): number {
  const html = readFileSync(fileOf(path, dir));
  return gzipSync(html).length + loadedAssets(html.toString('utf8')).reduce((sum, asset) => sum + gzipped(asset, dir), 0);
}
