import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** What `npm run build` runs: the Astro config, everything under src/, and the build's own scripts. */
const buildFiles = [
  'astro.config.mjs',
  'scripts/build.mjs',
  'scripts/build-lib.ts',
  'scripts/validate.ts',
  'scripts/pagefind.mjs',
  'scripts/host-files.mjs',
  'scripts/og-images.ts',
  ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => `src/${name.split('\\').join('/')}`),
];

/** Packages a file loads at run time (not `import type`), by package name. */
function runtimePackages(text: string): string[] {
  const out = new Set<string>();
  const specifiers = [
    ...text.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*export\s+(?!type\s)[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  for (const specifier of specifiers) {
    if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) continue;
    const parts = specifier.split('/');
    out.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return [...out];
}

describe('package.json', () => {
  it('lists everything the build loads in dependencies, so a host installing with --omit=dev can build', () => {
    const used = new Set(buildFiles.flatMap((file) => runtimePackages(readFileSync(join(root, file), 'utf8'))));
    expect(used.size).toBeGreaterThan(10);
    expect([...used]).toEqual(expect.arrayContaining(['astro', 'pagefind', 'sharp', 'feed', 'ical-generator', '@astrojs/mdx']));
    expect([...used].filter((name) => !(name in manifest.dependencies)).sort()).toEqual([]);
    // The build's TypeScript runner.
    expect(manifest.dependencies).toHaveProperty('tsx');
  });

  it('keeps the test and check tools in devDependencies', () => {
    for (const tool of ['vitest', 'playwright-core', 'axe-core', '@astrojs/check', 'typescript', 'html-validate']) {
      expect(manifest.devDependencies, tool).toHaveProperty(tool);
      expect(manifest.dependencies, tool).not.toHaveProperty(tool);
    }
  });
});
