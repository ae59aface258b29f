import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { treeHash } from '../helpers/files';
import { testSiteDir } from '../helpers/site';

/** `scripts/build.mjs` around Astro: the lock, and a build stopped by a signal. Content errors are in content-errors.test.ts. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The id of a process that has certainly ended. */
function deadPid(): number {
  const gone = spawnSync(process.execPath, ['-e', '0']);
  expect(gone.status).toBe(0);
  return gone.pid!;
}

describe('the build lock', () => {
  it('a second build for the same output says who holds it and stops at once, touching nothing', () => {
    const parent = tempDir('iskctw-lock Kraków ŚĆ-');
    const out = join(parent, 'strona wyjściowa');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous</title>');
    const lock = join(parent, '.strona wyjściowa.lock');
    const startedAt = '2026-06-01T08:00:00.000Z';
    // This test process is alive, so its pid holds the lock.
    writeFileSync(lock, `${JSON.stringify({ pid: process.pid, startedAt })}\n`);
    const before = treeHash(out);

    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, SITE_OUT_DIR: out, NO_COLOR: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `Another build is running (pid ${process.pid}, started at ${startedAt}); wait for it or remove ${lock} if it crashed.`,
    );
    // Astro never started: none of its log lines, no staging folder; the output and the lock are as they were.
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\[(build|content|types)\]/);
    expect(readdirSync(parent).sort()).toEqual(['.strona wyjściowa.lock', 'strona wyjściowa']);
    expect(treeHash(out)).toEqual(before);
  });
});

describe('a build stopped by a signal', () => {
  it(
    'takes over a dead build’s lock and leftovers, and on SIGINT stops Astro, removes its staging folder and lock, exits 130 and keeps dist/',
    { timeout: 240_000 },
    async () => {
      const dir = tempDir('iskctw-signal Kraków ŚĆ-');
      for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
        cpSync(join(root, name), join(dir, name), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      cpSync(testSiteDir, join(dir, 'dist'), { recursive: true });
      const before = treeHash(join(dir, 'dist'));
      // What a build killed with SIGKILL leaves behind.
      const dead = deadPid();
      writeFileSync(join(dir, '.dist.lock'), `${JSON.stringify({ pid: dead, startedAt: '2026-06-01T08:00:00.000Z' })}\n`);
      mkdirSync(join(dir, `dist.staging-${dead}`));
      mkdirSync(join(dir, `dist.previous-${dead}`));

      const build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      let output = '';
      build.stdout.on('data', (chunk: Buffer) => (output += chunk));
      build.stderr.on('data', (chunk: Buffer) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
      // Stop it once Astro has started writing pages into the staging folder.
      const staging = join(dir, `dist.staging-${build.pid}`);
      while (!existsSync(staging) && build.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
      build.kill('SIGINT');

      expect(await exited, output).toBe(130);
      expect(output).toContain(`Took over the lock of a build that is no longer running (pid ${dead}`);
      expect(output).toContain(`Removed dist.staging-${dead}`);
      expect(output).toContain(`Removed dist.previous-${dead}`);
      expect(output).toContain('Build stopped (SIGINT). The previous dist/ is unchanged.');
      expect(readdirSync(dir).filter((name) => name.startsWith('dist.') || name.endsWith('.lock'))).toEqual([]);
      expect(treeHash(join(dir, 'dist'))).toEqual(before);
    },
  );
});
