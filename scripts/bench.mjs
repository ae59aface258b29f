#!/usr/bin/env node
/**
 * `npm run bench`: measures what the budgets talk about, on a built site (default `dist/`; `--dir X`).
 * `--build` first times two builds in a row (the second with warm caches).
 * `--scale small|default|<entries>` runs the scale benchmark instead (scripts/bench/scale.ts).
 * `--validate` times `npm run validate` (five runs, median wall time as an editor waits for it) and stops there.
 * Prints Markdown tables: page weight per template (gzip), search index per locale, bytes of a first query.
 * Numbers, not assertions: the tests hold the byte budgets; this script reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexTable, queryTable } from './bench/report.ts';
import { firstQueries, searchIndexSizes } from './bench/site-metrics.ts';

const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

if (args.includes('--scale')) {
  await import('./bench/scale.ts');
  process.exit(0);
}

if (args.includes('--validate')) {
  const times = [];
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'validate'], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error('npm run validate found problems: run it to see them');
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(
    `npm run validate, median of 5: ${times[2].toFixed(2)} s (fastest ${times[0].toFixed(2)} s, slowest ${times[4].toFixed(2)} s)`,
  );
  process.exit(0);
}

if (args.includes('--build')) {
  for (const run of ['first (cold content and Open Graph caches)', 'second (warm caches)']) {
    if (run.startsWith('first')) spawnSync('rm', ['-rf', 'node_modules/.astro', '.astro', 'node_modules/.cache/og-images']);
    const start = performance.now();
    const result = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error('build failed');
    console.log(`build, ${run}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}/ (run npm run build, or pass --dir).`);

/** gzip size of a file of the built site. */
const gz = (path) => gzipSync(readFileSync(join(dir, path))).length;

/** HTML + CSS + JS requested on load (images excluded, DESIGN §9), gzip. */
function pageWeight(path) {
  const file = join(dir, path, path.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  const assets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g), ...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(
    (match) => match[1],
  );
  const css = assets.filter((asset) => asset.endsWith('.css')).reduce((sum, asset) => sum + gz(asset), 0);
  const js = assets.filter((asset) => asset.endsWith('.js')).reduce((sum, asset) => sum + gz(asset), 0);
  return { html: gzipSync(html).length, css, js };
}

const templates = [
  '/pl/',
  '/pl/miasta/gliwice/',
  '/en/success-stories/',
  '/en/events/',
  '/de/investitionsangebote/',
  '/cs/hledat/',
  '/pl/o-klastrze/',
];
console.log('\n| page | HTML | CSS | JS on load | total (gzip) |\n| --- | --- | --- | --- | --- |');
for (const path of templates.filter((p) => existsSync(join(dir, p)))) {
  const w = pageWeight(path);
  console.log(`| ${path} | ${kB(w.html)} | ${kB(w.css)} | ${kB(w.js)} | ${kB(w.html + w.css + w.js)} |`);
}

console.log('\n' + indexTable(searchIndexSizes(dir)));

// Bytes a first query transfers, measured in Chromium over loopback.
const queries = await firstQueries(dir, [
  { path: '/pl/szukaj/', query: 'węgiel' },
  { path: '/en/search/', query: 'coal' },
  { path: '/de/suche/', query: 'Kohle' },
  { path: '/cs/hledat/', query: 'Katovice' },
]);
console.log('\n' + queryTable(queries));
