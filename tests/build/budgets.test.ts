import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipped, pageBudget, pageWeight, stylesheets } from '../helpers/page-weight';
import { fileOf, htmlPaths } from '../helpers/site';

describe('byte budgets', () => {
  it('every page weighs at most 20 kB gzip on load', () => {
    const over: string[] = [];
    const paths = htmlPaths();
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const total = pageWeight(path);
      if (total > pageBudget) over.push(`${path}: ${(total / 1024).toFixed(1)} kB`);
    }
    expect(over).toEqual([]);
  });

  it('ships one small stylesheet', () => {
    const sheets = new Set(htmlPaths().flatMap((path) => stylesheets(readFileSync(fileOf(path), 'utf8'))));
    expect(sheets.size).toBeGreaterThan(0);
    for (const sheet of sheets) expect(gzipped(sheet), sheet).toBeLessThan(6 * 1024);
  });
});
