#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (mobile settings, simulated throttling) on the built site in `dist/` (or
 * `SITE_OUT_DIR`), served gzip-compressed from loopback, with Debian's Chromium (`CHROME_PATH` overrides it).
 * Prints the four category scores and the bytes transferred per page as a Markdown table: the median of `--runs N`
 * runs (default 1). Build first (`npm run build`); nothing here touches the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveLikeHost } from './host-server.ts';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { cityOrder } from '../src/site.config.ts';
import { auditPages, medianReport } from '../src/lib/lighthouse-report.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 1) || 1;
const siteDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`No built site in ${siteDir}: run npm run build first.`);
  process.exit(1);
}

const server = await serveLikeHost(siteDir);
const origin = server.origin;

const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
/** The first real (non-example) entry of a collection, in folder order. */
const firstReal = (collection, factsFile) =>
  readdirSync(join('content', collection), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .find((folder) => !parse(readFileSync(join('content', collection, folder, factsFile), 'utf8'))?.example);
const entries = { city: cityOrder[0], story: firstReal('stories', 'story.yaml'), event: firstReal('events', 'event.yaml') };
const pages = ['pl', 'de'].flatMap((locale) => auditPages(locale, entries));
const rows = [];
const lighthouseVersion = JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
try {
  for (const page of pages) {
    const reports = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      reports.push(result.lhr);
    }
    const row = medianReport(page, reports);
    rows.push(row);
    console.error(`${row.label}: ${row.scores.join(' / ')} · ${row.kB} kB`);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(
  `| page | path | performance | accessibility | best practices | SEO | transferred |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |`,
);
for (const row of rows) console.log(`| ${row.label} | \`${row.path}\` | ${row.scores.join(' | ')} | ${row.kB} kB |`);
console.log(
  `\nLighthouse ${lighthouseVersion}, mobile settings with simulated throttling, median of ${runs} run(s) per page, ${new Date().toISOString().slice(0, 10)}.`,
);
