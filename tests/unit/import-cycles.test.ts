/**
 * Dependencies flow one way (config → schemas → i18n/lib → components → layouts → routes): no module of `src/` may
 * import itself back through a chain of relative imports. Reads the import specifiers of every `.ts` and `.astro`
 * file (type-only imports count too: they tie the modules' designs together) and searches the graph for a cycle.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const srcDir = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative import and re-export specifiers of a module (static `from '…'`, side-effect and dynamic imports). */
export function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The first cycle found in a module graph, as a list of modules ending where it started, or undefined. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('import graph of src/', () => {
  it('finds a cycle when there is one, and none in a chain', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBeUndefined();
    expect(importSpecifiers(`import type { A } from './a';\nexport { b } from "../b";\nconst c = await import('./c');`)).toEqual([
      './a',
      '../b',
      './c',
    ]);
  });

  it('has no import cycle', () => {
    const files = sourceFiles(srcDir);
    const graph = new Map<string, string[]>();
    let edges = 0;
    for (const file of files) {
      const targets = importSpecifiers(readFileSync(file, 'utf8'))
        .map((specifier) => resolveImport(file, specifier))
        .filter((target): target is string => target !== undefined);
      edges += targets.length;
      graph.set(
        relative(root, file),
        targets.map((target) => relative(root, target)),
      );
    }
    expect(files.length).toBeGreaterThan(100);
    expect(edges).toBeGreaterThan(200);
    expect(findCycle(graph), 'an import cycle: break it by moving the shared part into the lower module').toBeUndefined();
  });
});
