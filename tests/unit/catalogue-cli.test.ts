import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `npm run catalogue` as a maintainer runs it (tsx through the project's Node), on copies of the two guides. */
const catalogue = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/catalogue.ts', '--root', root, ...args], { encoding: 'utf8' });

describe('npm run catalogue', () => {
  // Four runs of tsx: allow for a busy machine.
  it(
    '--check exits 1 naming a stale guide and changes nothing; without it, rewrites the section so --check passes',
    { timeout: 60_000 },
    () => {
      dir = mkdtempSync(join(tmpdir(), 'iskctw-catalogue-'));
      for (const name of ['CONTRIBUTING.md', 'CONTRIBUTING.en.md']) copyFileSync(name, join(dir, name));
      const current = catalogue(dir, '--check');
      expect(current.status, current.stderr).toBe(0);

      const english = join(dir, 'CONTRIBUTING.en.md');
      const stale = readFileSync(english, 'utf8').replace('| `url` |', '| `web-address` |');
      writeFileSync(english, stale);
      const check = catalogue(dir, '--check');
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('CONTRIBUTING.en.md: the catalogue of messages is out of date → run npm run catalogue');
      expect(check.stderr).not.toContain('CONTRIBUTING.md:');
      expect(readFileSync(english, 'utf8')).toBe(stale);

      const write = catalogue(dir);
      expect(write.status, write.stderr).toBe(0);
      expect(write.stdout).toContain('CONTRIBUTING.en.md: catalogue of messages updated');
      expect(readFileSync(english, 'utf8')).toBe(readFileSync('CONTRIBUTING.en.md', 'utf8'));
      expect(catalogue(dir, '--check').status).toBe(0);
    },
  );

  it('exits 1 when a guide has lost its markers', { timeout: 30_000 }, () => {
    dir = mkdtempSync(join(tmpdir(), 'iskctw-catalogue-'));
    copyFileSync('CONTRIBUTING.md', join(dir, 'CONTRIBUTING.md'));
    writeFileSync(join(dir, 'CONTRIBUTING.en.md'), '# Guide without markers\n');
    const result = catalogue(dir, '--check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CONTRIBUTING.en.md: the document needs the lines <!-- catalogue:start');
  });
});
