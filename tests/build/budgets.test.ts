import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileOf, htmlPaths } from '../helpers/site';

/** DESIGN §6: a page weighs at most 20 kB gzip on load (HTML + CSS + JS; images excluded). */
const budget = 20 * 1024;
const gz = new Map<string, number>();
const gzipped = (path: string) => {
  if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(fileOf(path))).length);
  return gz.get(path)!;
};

describe('byte budgets', () => {
  it('every page weighs at most 20 kB gzip on load', () => {
    const over: string[] = [];
    const paths = htmlPaths();
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const html = readFileSync(fileOf(path), 'utf8');
      const assets = [
        ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
        ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ].map((match) => match[1]!);
      const total = gzipSync(html).length + assets.reduce((sum, asset) => sum + gzipped(asset), 0);
      if (total > budget) over.push(`${path}: ${(total / 1024).toFixed(1)} kB`);
    }
    expect(over).toEqual([]);
  });

  it('ships one small stylesheet', () => {
    const sheets = new Set(
      htmlPaths().flatMap((path) =>
        [...readFileSync(fileOf(path), 'utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!),
      ),
    );
    expect(sheets.size).toBeGreaterThan(0);
    for (const sheet of sheets) expect(gzipped(sheet), sheet).toBeLessThan(6 * 1024);
  });
});
