/**
 * The benchmark's reference: a bare Astro project (the project's Astro version, its default Markdown processor, a
 * minimal layout, MDX support as the only integration) that renders every Markdown and MDX body of a content tree as
 * one page each. MDX bodies use the site's registered content components; here each is a stub that renders its children.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowedContentComponents } from '../../src/lib/markdown/mdx-policy.ts';
import { linkNodeModules } from './project.ts';

/** Writes the bare project into `dir`, reading its pages from `contentDir` (absolute). */
export function writeBareAstroProject(fromRoot: string, dir: string, contentDir: string): void {
  for (const file of ['src', 'astro.config.mjs', 'package.json']) rmSync(join(dir, file), { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\n` +
      `export const collections = { texts: defineCollection({ loader: glob({ base: ${JSON.stringify(contentDir)}, pattern: '**/*.{md,mdx}' }) }) };\n`,
  );
  writeFileSync(join(dir, 'src', 'Stub.astro'), '<div><slot /></div>\n');
  const components = allowedContentComponents.map((name) => `${name}: Stub`).join(', ');
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Stub from '../Stub.astro';

export async function getStaticPaths() {
  const entries = await getCollection('texts');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.id);
---
<html lang={entry.id.split('/').at(-1)}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content components={{ ${components} }} /></main></body>
</html>
`,
  );
  linkNodeModules(fromRoot, dir);
}
