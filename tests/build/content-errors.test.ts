import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validContent } from '../helpers/content-fixture';
import { treeHash } from '../helpers/files';
import { testSiteDir } from '../helpers/site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copies: string[] = [];

/**
 * A throwaway copy of the project (node_modules linked) in a folder named `<prefix>…`, whose content is the smallest
 * valid tree (tests/fixtures/content/): the tests break one of its files, never the sample content's.
 */
function projectCopy(prefix = 'iskctw-content-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copies.push(dir);
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  cpSync(validContent, join(dir, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** `text` with `search` replaced, failing loudly when it is not there (so that a case never tests nothing). */
function replaced(text: string, search: RegExp, replacement: string): string {
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`${String(search)} not found`);
  return changed;
}

function run(dir: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('bad content fails with the file and the field', () => {
  it('astro build on its own (without npm run build) runs the same checks and stops before rendering', () => {
    const dir = projectCopy();
    const file = join(dir, 'content/stories/test-story/story.yaml');
    writeFileSync(file, replaced(readFileSync(file, 'utf8'), /^date: .*$/m, 'date: 12.05.2027'));
    const mdx = join(dir, 'content/stories/test-story/cs.mdx');
    writeFileSync(
      mdx,
      "---\ntitle: Testovací příběh\nsummary: Testovací příběh s kódem, který se nesmí spustit.\n---\nimport { readdirSync } from 'node:fs';\n\n{readdirSync('/').join(', ')}\n",
    );
    const { status, output } = run(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/stories\/test-story\/story\.yaml:\d+:7 {2}date {2}“12\.05\.2027” is not a date written as YYYY-MM-DD → write 2027-05-12/,
    );
    expect(output).toContain('content/stories/test-story/cs.mdx  —  MDX files are allowed for free pages only (content/pages/)');
    expect(output).not.toMatch(/\bbin\b.*\betc\b/); // the listing of / never happened
    expect(output).not.toContain('[build] Building static entrypoints');
  });

  it('a wrong field in a facts file', () => {
    const dir = projectCopy();
    const file = join(dir, 'content/cities/tychy/city.yaml');
    writeFileSync(file, replaced(readFileSync(file, 'utf8'), /^memberSince: 2005$/m, 'memberSince: dwa tysiące pięć'));
    const { status, output } = run(dir, ['node_modules/astro/bin/astro.mjs', 'sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/cities/tychy/city.yaml');
    expect(output).toMatch(/memberSince[\s\S]*Expected type `"number"`/);
  });

  it('a fact in a translation file', () => {
    const dir = projectCopy();
    const file = join(dir, 'content/cities/rybnik/pl.md');
    writeFileSync(file, replaced(readFileSync(file, 'utf8'), /^---\n/, '---\npopulation: 1\n'));
    const { status, output } = run(dir, ['node_modules/astro/bin/astro.mjs', 'sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/cities/rybnik/pl.md');
    expect(output).toContain('population');
  });

  it('a dangling reference fails the whole build, names file and field, and keeps the previous dist/ byte-identical, also in a folder named with a space and Polish letters', () => {
    const dir = projectCopy('Klaster IŚKCTW Kraków ŚĆ-');
    const file = join(dir, 'content/events/test-event/event.yaml');
    writeFileSync(file, replaced(readFileSync(file, 'utf8'), /^city: gliwice$/m, 'city: gliwce'));
    cpSync(testSiteDir, join(dir, 'dist'), { recursive: true });
    const before = treeHash(join(dir, 'dist'));
    expect(before.files).toBeGreaterThan(300);
    const { status, output } = run(dir, ['scripts/build.mjs']);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /^content\/events\/test-event\/event\.yaml:\d+:7 {2}city {2}there is no entry “gliwce” in content\/cities\/ → write gliwice$/m,
    );
    expect(output).toContain('Build failed (content check). The previous dist/ is unchanged.');
    // The validator stopped the build before Astro started.
    expect(output).not.toContain('[build]');
    expect(treeHash(join(dir, 'dist'))).toEqual(before);
    // No staging or previous folder and no lock left behind.
    expect(
      readdirSync(dir)
        .filter((name) => name.startsWith('dist.') || name.endsWith('.lock'))
        .sort(),
    ).toEqual([]);
  });
});
