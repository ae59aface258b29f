#!/usr/bin/env node
/**
 * `npm run translations`: the state of every translation (source, current, outdated, unchecked, partial, missing),
 * from content alone. `npm run translations -- --hash content/cities/gliwice/pl.md` prints the hash to record
 * in a translation's `translatedFrom: { locale: pl, hash: … }` when it is brought up to date.
 * Exits 0: an outdated translation is work to do, not an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash, translationState } from '../src/lib/translation-status.ts';

const locales = ['pl', 'en', 'de', 'cs'];
const collections = ['cities', 'stories', 'events', 'offers', 'partners', 'pages'];
const args = process.argv.slice(2);

if (args[0] === '--hash') {
  console.log(sourceHash(readFileSync(args[1], 'utf8')));
  process.exit(0);
}

const read = (folder, locale) => {
  for (const ext of ['md', 'mdx']) {
    const file = join(folder, `${locale}.${ext}`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
};

const totals = {};
console.log(`| entry | ${locales.join(' | ')} |\n| --- | ${locales.map(() => '---').join(' | ')} |`);
for (const collection of collections) {
  const base = join('content', collection);
  if (!existsSync(base)) continue;
  for (const slug of readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    const files = Object.fromEntries(locales.map((locale) => [locale, read(join(base, slug), locale)]));
    const states = locales.map((locale) => translationState(locale, files, 'pl'));
    for (const state of states) totals[state] = (totals[state] ?? 0) + 1;
    console.log(`| ${collection}/${slug} | ${states.join(' | ')} |`);
  }
}
console.log(
  `\n${Object.entries(totals)
    .map(([state, count]) => `${state}: ${count}`)
    .join(', ')}`,
);
