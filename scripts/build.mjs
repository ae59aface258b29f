#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder and replaces `dist/` only when every
 * step succeeded, so a bad content file never destroys the last good site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexSite } from './pagefind.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Final folder: `dist` unless `SITE_OUT_DIR` says otherwise (the test suite builds into `.dist-test`). */
const final = process.env.SITE_OUT_DIR ?? 'dist';
// Per-process names, so that two builds running at once never share a staging folder.
const staging = `${final}.staging-${process.pid}`;
const previous = `${final}.previous-${process.pid}`;
const at = (name) => new URL(`../${name}/`, import.meta.url);

rmSync(at(staging), { recursive: true, force: true });

const astro = spawnSync('astro', ['build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_OUT_DIR: staging } });
if (astro.status !== 0) {
  rmSync(at(staging), { recursive: true, force: true });
  console.error(`\nBuild failed (astro build). The previous ${final}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}

try {
  const pages = await indexSite(fileURLToPath(at(staging)));
  console.log(`Pagefind: indexed ${pages} files.`);
} catch (error) {
  rmSync(at(staging), { recursive: true, force: true });
  console.error(`\n${error instanceof Error ? error.message : error}\nBuild failed (search index). The previous ${final}/ is unchanged.`);
  process.exit(1);
}

rmSync(at(previous), { recursive: true, force: true });
if (existsSync(at(final))) renameSync(at(final), at(previous));
renameSync(at(staging), at(final));
rmSync(at(previous), { recursive: true, force: true });
console.log(`\nBuilt ${final}/.`);
