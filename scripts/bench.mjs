#!/usr/bin/env node
/**
 * `npm run bench`: measures what the budgets talk about, on a built site (default `dist/`; `--dir X`).
 * `--build` first times two builds in a row (the second with warm caches).
 * `--validate` times `npm run validate` (five runs, median wall time as an editor waits for it) and stops there.
 * Prints Markdown tables: page weight per template (gzip), search index per locale, bytes of a first query.
 * Numbers, not assertions: the tests hold the byte budgets; this script reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

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

const pagefind = join(dir, 'pagefind');
const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8'));
console.log('\n| locale | pages | index files (fragments, index chunks, filters, meta) |\n| --- | --- | --- |');
for (const [lang, info] of Object.entries(entry.languages)) {
  let bytes = 0;
  for (const folder of ['index', 'fragment', 'filter']) {
    for (const name of readdirSync(join(pagefind, folder)))
      if (name.startsWith(`${lang}_`)) bytes += statSync(join(pagefind, folder, name)).size;
  }
  for (const name of readdirSync(pagefind)) if (name.startsWith(`pagefind.${lang}_`)) bytes += statSync(join(pagefind, name)).size;
  console.log(`| ${lang} | ${info.page_count} | ${kB(bytes)} |`);
}

// Bytes a first query transfers, measured in Chromium over loopback.
const handler = sirv(dir, { dev: false });
const server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
console.log('\n| search page, query | Pagefind requests | bytes transferred |\n| --- | --- | --- |');
for (const [path, query] of [
  ['/pl/szukaj/', 'węgiel'],
  ['/en/search/', 'coal'],
  ['/de/suche/', 'Kohle'],
  ['/cs/hledat/', 'Katovice'],
]) {
  const page = await browser.newPage();
  const pending = [];
  // Playwright reports the requests of Pagefind's web worker on the page too.
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/'))
      pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(pending);
  console.log(`| ${path} "${query}" | ${sizes.length} | ${kB(sizes.reduce((sum, size) => sum + size, 0))} |`);
  await page.close();
}
await browser.close();
server.close();
