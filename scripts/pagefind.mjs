/**
 * Post-build step: index the built site with Pagefind's Node API, one index per language
 * (Pagefind reads `<html lang>`). Only pages with `data-pagefind-body` are indexed: the layout
 * sets it on indexable pages only, so fallback, example and utility pages stay out.
 */
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made UIs: the site has its own search island (src/scripts/search.ts), so these are not shipped. */
const unusedFiles = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** @param {string} siteDir the built site to index (its `pagefind/` folder is written there) */
export async function indexSite(siteDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    for (const file of unusedFiles) rmSync(`${siteDir}/pagefind/${file}`, { force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
