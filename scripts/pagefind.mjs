// @ts-check
/**
 * Post-build step: index the built site with Pagefind's Node API, one index per language
 * (Pagefind reads `<html lang>`). Only pages with `data-pagefind-body` are indexed: the layout
 * sets it on indexable pages only, so fallback, example and utility pages stay out.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { eachLimited } from '../src/lib/each-limited.ts';

/** Pagefind's ready-made UIs: the site has its own search island (src/scripts/search.ts), so these are not shipped. */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Indexes `siteDir` and writes its `pagefind/` folder there.
 * @param {string} siteDir the built site to index
 * @returns {Promise<Record<string, number>>} pages indexed per language (`{ pl: 62, en: 62, … }`), from the index Pagefind wrote;
 *   not `addDirectory`'s `page_count`, which counts every HTML file it read, indexed or not
 */
export async function indexSite(siteDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // A few files in flight at a time: Pagefind's process works on one while the next one is read and sent (the index
    // it writes is the same, byte for byte, in any order: measured at 7,571 pages).
    await eachLimited(htmlFiles(siteDir), 4, async (file) => {
      const html = readFileSync(file, 'utf8');
      if (!isIndexable(html)) return;
      const added = await index.addHTMLFile({ url: pageUrl(siteDir, file), content: withWordBoundaries(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${relative(siteDir, file)}: ${added.errors.join('; ')}`);
    });
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    for (const file of unusedFiles) rmSync(join(outputPath, file), { force: true });
    return pagesPerLanguage(join(outputPath, 'pagefind-entry.json'));
  } finally {
    await pagefind.close();
  }
}

/**
 * Whether a built page may be indexed at all: Pagefind indexes only pages with `data-pagefind-body` (the layout sets it
 * on searchable pages), so the others (lists, filter pages, fallback and utility pages: a third of the pages at 10,000)
 * are not sent to it. Parsing them cost Pagefind most of its time (measured at 11,315 pages: 63 s with them, 13 s
 * without, the same index). A page whose text merely mentions the attribute is sent and then ignored by Pagefind.
 * @param {string} html
 * @example isIndexable('<main id="main" data-pagefind-body>…</main>') // true
 * @example isIndexable('<main id="main">…</main>') // false
 */
export function isIndexable(html) {
  return html.includes('data-pagefind-body');
}

/**
 * Pagefind runs the text of a `<dt>` into its `<dd>`, of a table's caption into its first header and of adjacent
 * table cells ("MiastoGliwice", "Data31 grudnia" in excerpts): it adds no word boundary after these elements. A space
 * after each of them (whitespace between them changes nothing on the page) keeps words apart in the index and in
 * excerpts.
 * @param {string} html
 * @example withWordBoundaries('<dt>Miasto</dt><dd>Gliwice</dd>') // '<dt>Miasto</dt> <dd>Gliwice</dd>'
 */
export function withWordBoundaries(html) {
  return html.replace(/<\/(dt|dd|th|td|caption)>/gi, '$& ');
}

/**
 * Every HTML file under `dir`, except Pagefind's own folder and Astro's assets.
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * The site path Pagefind records for a built file, as its `addDirectory` would: `pl/miasta/index.html` → `/pl/miasta/`.
 * @param {string} siteDir
 * @param {string} file
 */
export function pageUrl(siteDir, file) {
  return `/${relative(siteDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Stops Pagefind's indexing process (for a build interrupted while it runs); harmless when none runs. */
export async function stopIndexing() {
  await pagefind.close();
}

/**
 * @param {string} entryFile Pagefind's `pagefind-entry.json`
 * @returns {Record<string, number>}
 */
function pagesPerLanguage(entryFile) {
  /** @type {{ languages?: Record<string, { page_count?: number }> }} */
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, { page_count }]) => [lang, page_count ?? 0]));
}
