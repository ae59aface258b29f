#!/usr/bin/env node
/**
 * The benchmark's floor: a plain Markdown library (marked) renders every Markdown and MDX body of a content tree into a
 * minimal HTML file, on one thread, no framework. Usage: node scripts/bench/floor.ts <content dir> <output dir>
 * MDX bodies are rendered as Markdown (their few components are left as raw HTML): the floor is what the bytes cost.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { marked } from 'marked';
import { markdownFiles, splitFrontMatter } from './markdown-files.ts';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error('Usage: node scripts/bench/floor.ts <content dir> <output dir>');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
rmSync(outDir, { recursive: true, force: true });
let pages = 0;
for (const file of markdownFiles(contentDir)) {
  const { title, body } = splitFrontMatter(readFileSync(join(contentDir, file.path), 'utf8'));
  const lang = file.path
    .split('/')
    .at(-1)!
    .replace(/\.mdx?$/, '');
  const html = await marked.parse(body);
  const target = join(outDir, file.path.replace(/\.mdx?$/, ''), 'index.html');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${html}</main></body></html>`,
  );
  pages += 1;
}
console.log(`floor: ${pages} pages`);
