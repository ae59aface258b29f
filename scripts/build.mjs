#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: builds the site into a staging folder and replaces `dist/` only when every
 * step succeeded and the output is a site, so a bad content file never destroys the last good site.
 *
 * - One build per output folder at a time: a lock file beside it (`.dist.lock`) names the build holding it;
 *   a lock whose process is gone is taken over.
 * - Ctrl-C (SIGINT) or SIGTERM stops Astro, removes the staging folder and the lock, and leaves `dist/` as it was.
 * - Folders left by builds that died (`dist.staging-<pid>`, `dist.previous-<pid>`) are cleaned up at the next start.
 * - The swap is two renames in the same folder; nothing else ever writes to `dist/`.
 * The decisions are pure functions in `build-lib.ts` (unit-tested); this file does the file and process work.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../src/site.config.ts';
import {
  buildPaths,
  canTakeOverLock,
  formatIndexed,
  formatStepTimes,
  leftoverPlan,
  lockContent,
  lockHeldMessage,
  parseLock,
  signalExitCode,
  swapRefusal,
} from './build-lib.ts';
import { writeHostFiles } from './host-files.mjs';
import { indexSite, stopIndexing } from './pagefind.mjs';
import { validatedFlag } from '../src/integrations/validated-flag.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Output folder: `dist` unless `SITE_OUT_DIR` says otherwise (relative to the project, or absolute; the test suite uses its own). */
const paths = buildPaths(root, process.env.SITE_OUT_DIR ?? 'dist', process.pid);

/** The command-line entry of `tsx`, which runs the TypeScript validator (`scripts/validate.ts`) through this same Node. */
const tsxBin = (() => {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.tsx);
})();

/** Astro's command-line entry, run through this same Node (no shell, no `astro`/`astro.cmd` lookup on PATH). */
const astroBin = (() => {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.astro);
})();

/**
 * The build, in order. Each step returns why the build must stop (printed, then the staging folder is removed), or nothing.
 * @type {{ name: string; run: () => Promise<string | undefined> }[]}
 */
const steps = [
  { name: 'content check', run: validateContent },
  { name: 'astro build', run: astroBuild },
  { name: 'output check', run: async () => refusal() },
  { name: 'search index and Open Graph images', run: searchIndexAndCards },
  { name: 'host files', run: hostFiles },
];

/** What the steps found out about the staging output. @type {import('./build-lib.ts').OutputFacts} */
const facts = { htmlPages: 0 };
/** The running Astro process, if any. @type {import('node:child_process').ChildProcess | undefined} */
let child;
/** The running Open Graph image process, if any (it runs beside the search index). @type {import('node:child_process').ChildProcess | undefined} */
let cardsChild;
/** Set once a signal asked the build to stop; the main flow then leaves everything to `stop()`. */
let stopping = false;
/** Set once the new output is in place: a late signal then changes nothing. */
let swapped = false;

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => void stop(signal));

mkdirSync(paths.parent, { recursive: true });
acquireLock();
try {
  cleanLeftovers();
  rmSync(paths.staging, { recursive: true, force: true });
} catch (error) {
  fail('start', messageOf(error));
}

/** @type {{ name: string; seconds: number }[]} */
const stepTimes = [];
for (const step of steps) {
  const started = performance.now();
  const problem = await step.run().catch(messageOf);
  stepTimes.push({ name: step.name, seconds: (performance.now() - started) / 1000 });
  if (stopping) await new Promise(() => {}); // stop() finishes the process
  if (problem !== undefined) fail(step.name, problem);
}
swap();
releaseLock();
console.log(formatStepTimes(stepTimes));
console.log(`\nBuilt ${paths.name}/.`);
process.exit(0);

/** `npm run validate`: every content problem at once, as `path:line:column  field  message`, before Astro starts. */
async function validateContent() {
  child = spawn(process.execPath, [tsxBin, 'scripts/validate.ts'], { cwd: root, stdio: 'inherit' });
  const { code, signal } = await exitOf(child);
  child = undefined;
  if (code === 0) return undefined;
  return signal ? `The content check was stopped (${signal}).` : 'The content has the problems listed above.';
}

async function astroBuild() {
  child = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // The content was validated just now: the integration need not run the same checks again. The Open Graph images
    // are drawn after Astro, beside the search index (unless a test build skips them).
    env: {
      ...process.env,
      ASTRO_OUT_DIR: paths.staging,
      [validatedFlag]: '1',
      OG_IMAGES: process.env.OG_IMAGES === 'skip' ? 'skip' : 'later',
    },
  });
  const { code, signal } = await exitOf(child);
  child = undefined;
  if (code !== 0) return signal ? `Astro was stopped (${signal}).` : 'Astro stopped with the error above.';
  facts.htmlPages = countHtml(paths.staging);
  return undefined;
}

/**
 * The search index (Pagefind, in this process and its own) and the Open Graph images (scripts/og-images.ts, a process
 * of their own) at the same time: both only read the pages Astro wrote, and neither keeps both cores busy on a warm
 * build (measured at 11,315 pages: 17 s and 7 s one after the other).
 */
async function searchIndexAndCards() {
  const cards = drawCards();
  const started = performance.now();
  const indexed = await indexSite(paths.staging).catch((error) => error);
  const searchSeconds = ((performance.now() - started) / 1000).toFixed(1);
  // The build stops at a search index that failed: the images need not be finished.
  if (indexed instanceof Error) cardsChild?.kill('SIGTERM');
  const problem = await cards;
  if (indexed instanceof Error) throw indexed;
  facts.indexed = indexed;
  console.log(`${formatIndexed(indexed, localeCodes)} in ${searchSeconds} s`);
  return problem ?? refusal();
}

/** Draws the Open Graph images of the staging output, unless a test build skips them; why the build must stop, or nothing. */
async function drawCards() {
  if (process.env.OG_IMAGES === 'skip') return undefined;
  cardsChild = spawn(process.execPath, [tsxBin, 'scripts/og-images.ts', paths.staging], { cwd: root, stdio: 'inherit' });
  const { code, signal } = await exitOf(cardsChild);
  cardsChild = undefined;
  if (code === 0) return undefined;
  return signal ? `The Open Graph images were stopped (${signal}).` : 'The Open Graph images stopped with the error above.';
}

/** The HTTP header rules for hosts (`_headers`, nginx, Apache), once every file is in place. */
async function hostFiles() {
  const rules = writeHostFiles(paths.staging);
  console.log(`Host files: ${rules} header rules in _headers (Cloudflare Pages reads 100), nginx-headers.conf, apache-headers.conf.`);
  if (rules > 100) console.warn(`Warning: _headers has ${rules} rules; Cloudflare Pages ignores those after the 100th.`);
  return undefined;
}

/** Why the staging output must not replace the site, as a sentence, or nothing. */
function refusal() {
  const reason = swapRefusal(facts);
  return reason === undefined ? undefined : `Not replacing ${paths.name}/: ${reason}.`;
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {import('node:child_process').ChildProcess} proc @returns {Promise<{ code: number | null; signal: NodeJS.Signals | null }>} */
function exitOf(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve({ code: proc.exitCode, signal: proc.signalCode });
  return new Promise((resolve) => {
    proc.once('exit', (code, signal) => resolve({ code, signal }));
    proc.once('error', (error) => {
      console.error(error.message);
      resolve({ code: 1, signal: null });
    });
  });
}

/** @param {string} dir */
function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

/** Creates the lock atomically (`wx`), or takes over one whose build is gone, or exits with who holds it. */
function acquireLock() {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(paths.lock, lockContent(process.pid, new Date()), { flag: 'wx' });
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const seen = readLock();
    if (seen === undefined) continue; // released in the meantime: try again
    if (!canTakeOverLock(seen.holder, isAlive)) refuse(lockHeldMessage(seen.holder, paths.lock));
    takeOverLock(seen.ino, /** @type {import('./build-lib.ts').LockHolder} */ (seen.holder));
  }
  refuse(`Could not take the lock ${paths.lock}: other builds keep taking it. Wait for them and try again.`);
}

/** The lock's holder and file identity, or `undefined` when there is no lock file. */
function readLock() {
  try {
    return { ino: statSync(paths.lock).ino, holder: parseLock(readFileSync(paths.lock, 'utf8')) };
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Moves a dead build's lock out of the way; the caller then creates its own. When two builds take over at once,
 * the file identity tells the one that moved a fresh lock (the other build's) to put it back.
 * @param {number} ino @param {import('./build-lib.ts').LockHolder} holder
 */
function takeOverLock(ino, holder) {
  const aside = `${paths.lock}.stale-${process.pid}`;
  try {
    renameSync(paths.lock, aside);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return;
    throw error;
  }
  if (statSync(aside).ino === ino) {
    console.log(`Took over the lock of a build that is no longer running (pid ${holder.pid}, started at ${holder.startedAt}).`);
  } else {
    try {
      linkSync(aside, paths.lock);
    } catch {
      // Someone created a lock again in the meantime: theirs stands.
    }
  }
  rmSync(aside, { force: true });
}

/** Removes the lock if it is still this build's. */
function releaseLock() {
  try {
    if (parseLock(readFileSync(paths.lock, 'utf8'))?.pid === process.pid) rmSync(paths.lock, { force: true });
  } catch {
    // No lock file: nothing to release.
  }
}

/** @param {number} pid */
function isAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** Removes staging and previous folders of builds that died; restores the output if one died mid-swap. */
function cleanLeftovers() {
  const plan = leftoverPlan(paths.name, readdirSync(paths.parent), existsSync(paths.final), isAlive);
  if (plan.restore) {
    renameSync(join(paths.parent, plan.restore), paths.final);
    console.log(`Restored ${paths.name}/ from ${plan.restore} (a build was stopped while replacing it).`);
  }
  for (const name of plan.remove) {
    rmSync(join(paths.parent, name), { recursive: true, force: true });
    console.log(`Removed ${name} (left by a build that was stopped).`);
  }
}

/** Replaces the output by the staging folder: two renames in one folder; the old output is back if the second fails. */
function swap() {
  const hadOutput = existsSync(paths.final);
  try {
    rmSync(paths.previous, { recursive: true, force: true });
    if (hadOutput) renameSync(paths.final, paths.previous);
  } catch (error) {
    fail('swap', `Could not move ${paths.name}/ aside (${messageOf(error)}); is a program (a preview server, an editor) holding it open?`);
  }
  try {
    renameSync(paths.staging, paths.final);
  } catch (error) {
    if (hadOutput) renameSync(paths.previous, paths.final);
    fail('swap', messageOf(error));
  }
  swapped = true;
  try {
    rmSync(paths.previous, { recursive: true, force: true });
  } catch (error) {
    console.warn(`Could not remove ${paths.previous} (${messageOf(error)}); the next build removes it.`);
  }
}

/** What stayed as it was, for failure messages. */
function unchanged() {
  return existsSync(paths.final) ? `The previous ${paths.name}/ is unchanged.` : `Nothing was written to ${paths.name}/.`;
}

/** @param {string} step @param {string} problem @returns {never} */
function fail(step, problem) {
  rmSync(paths.staging, { recursive: true, force: true });
  releaseLock();
  console.error(`\n${problem ? `${problem}\n` : ''}Build failed (${step}). ${unchanged()}`);
  process.exit(1);
}

/** @param {string} message @returns {never} */
function refuse(message) {
  console.error(message);
  process.exit(1);
}

/** Stops the build on SIGINT/SIGTERM: Astro and Pagefind first, then the staging folder and the lock. @param {'SIGINT' | 'SIGTERM'} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (!swapped) {
    await Promise.all(
      [child, cardsChild].map(async (running) => {
        if (!running) return;
        running.kill(signal);
        const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
        await exitOf(running);
        clearTimeout(timer);
      }),
    );
    await stopIndexing();
    rmSync(paths.staging, { recursive: true, force: true });
    console.error(`\nBuild stopped (${signal}). ${unchanged()}`);
  }
  releaseLock();
  process.exit(signalExitCode(signal));
}
