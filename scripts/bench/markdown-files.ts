/**
 * The Markdown and MDX text files of a content tree (`content/<collection>/<slug>/<locale>.md|mdx`): the pages the
 * benchmark's floor and bare-Astro builds render, the same bodies the project renders.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TextFile {
  /** Path relative to the content folder, with `/` separators: `stories/trolejbusy-tychy/pl.md`. */
  path: string;
  format: 'md' | 'mdx';
}

export function markdownFiles(contentDir: string): TextFile[] {
  const files: TextFile[] = [];
  for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
    const format = name.endsWith('.mdx') ? 'mdx' : name.endsWith('.md') ? 'md' : undefined;
    if (format) files.push({ path: relative(contentDir, join(contentDir, name)).split(sep).join('/'), format });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A text file's front matter title and its body.
 * @example splitFrontMatter('---\ntitle: A\n---\nBody') // { title: 'A', body: 'Body' }
 */
export function splitFrontMatter(source: string): { title: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { title: '', body: source };
  const title =
    /^title:\s*(.*)$/m
      .exec(match[1]!)?.[1]
      ?.trim()
      .replace(/^(['"])(.*)\1$/, '$2') ?? '';
  return { title, body: source.slice(match[0].length) };
}
