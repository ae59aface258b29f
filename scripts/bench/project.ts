/**
 * A project folder to build elsewhere than the repository: a copy of the sources and node_modules linked package by
 * package (each folder keeps its own Astro and Vite caches, so two builds can run at once). The test builds
 * (`tests/helpers/test-project.ts`) and the scale benchmark (`scripts/bench/`) assemble their projects with it.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This project's root folder. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What a project folder is made of: everything the build reads, except content and node_modules. */
export const projectFiles = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** node_modules entries each project folder keeps for itself (Astro's content and image caches, Vite's temp files). */
export const ownCaches: ReadonlySet<string> = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Fills `dir` with a fresh copy of the project's sources (`content/` and `tests/` removed, to be laid by the caller) and
 * links `node_modules` package by package, keeping the folder's own caches from earlier runs. Returns `dir`.
 */
export function assembleProject(dir: string, root: string = projectRoot): string {
  mkdirSync(dir, { recursive: true });
  for (const file of [...projectFiles, 'content', 'tests']) rmSync(join(dir, file), { recursive: true, force: true });
  for (const file of projectFiles) cpSync(join(root, file), join(dir, file), { recursive: true });
  linkNodeModules(root, dir);
  return dir;
}

/** Links every package of `root/node_modules` into `dir/node_modules`, except the caches each folder keeps for itself. */
export function linkNodeModules(root: string, dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (ownCaches.has(entry) || existsSync(join(modules, entry))) continue;
    // A link left by an earlier run whose package has gone: replace it.
    rmSync(join(modules, entry), { force: true });
    const target = join(root, 'node_modules', entry);
    // Folders as junctions (no privileges needed on Windows), the odd file (`.package-lock.json`) copied.
    if (statSync(target).isDirectory()) symlinkSync(target, join(modules, entry), 'junction');
    else copyFileSync(target, join(modules, entry));
  }
}
