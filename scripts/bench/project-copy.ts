/**
 * Project folders for builds outside the repository (benchmarks): sources copied, `node_modules` linked package by
 * package so each folder keeps its own caches (`.astro`, `.vite`, `.cache`) and the repository's stay untouched.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy of the project is made of: everything the build reads, except content and node_modules. */
export const projectFiles = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;
/** node_modules entries each project folder keeps for itself (Astro's content and image caches, Vite's temp files). */
export const ownCaches: ReadonlySet<string> = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** Links every package of `fromRoot/node_modules` into `dir/node_modules`, except the caches each folder keeps for itself. */
export function linkNodeModules(fromRoot: string, dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(fromRoot, 'node_modules'))) {
    if (ownCaches.has(entry) || existsSync(join(modules, entry))) continue;
    // A link left by an earlier run whose package has gone: replace it.
    rmSync(join(modules, entry), { force: true });
    const target = join(fromRoot, 'node_modules', entry);
    // Folders as junctions (no privileges needed on Windows), the odd file (`.package-lock.json`) copied.
    if (statSync(target).isDirectory()) symlinkSync(target, join(modules, entry), 'junction');
    else copyFileSync(target, join(modules, entry));
  }
}

/** Copies the project's sources into `dir` (replacing earlier copies) and links its node_modules; content is the caller's. */
export function copyProject(fromRoot: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const file of projectFiles) {
    rmSync(join(dir, file), { recursive: true, force: true });
    cpSync(join(fromRoot, file), join(dir, file), { recursive: true });
  }
  linkNodeModules(fromRoot, dir);
}
