/**
 * Terminology check: every `src/i18n/glossary/<locale>.yaml` is a list of { source, use, avoid?, note? } entries,
 * and no `avoid` variant appears in that locale's content (`content/**\/<locale>.md(x)`) or UI strings
 * (`src/i18n/ui/<locale>.ts`). Text the author marked as another language (`<span lang="pl">…</span>`) and link
 * targets are not checked: a Polish name or a URL is not a wording choice.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../src/site.config';

const root = join(import.meta.dirname, '../..');
const glossaryDir = join(root, 'src/i18n/glossary');

interface GlossaryEntry {
  source: string;
  use: string;
  avoid?: string[];
  note?: string;
}

const allowedKeys = new Set(['source', 'use', 'avoid', 'note']);

/** Problems with one parsed glossary file, as readable messages (empty when the format is right). */
function formatProblems(data: unknown): string[] {
  if (!Array.isArray(data)) return ['the file must be a YAML list of entries'];
  if (data.length === 0) return ['the list is empty'];
  return data.flatMap((entry: unknown, index) => {
    const at = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [`${at}: not a mapping`];
    const record = entry as Record<string, unknown>;
    const problems: string[] = [];
    for (const key of Object.keys(record)) if (!allowedKeys.has(key)) problems.push(`${at}: unknown field "${key}"`);
    for (const key of ['source', 'use'] as const) {
      if (typeof record[key] !== 'string' || (record[key] as string).trim() === '')
        problems.push(`${at}: "${key}" must be a non-empty text`);
    }
    if (record.note !== undefined && typeof record.note !== 'string') problems.push(`${at}: "note" must be a text`);
    if (record.avoid !== undefined) {
      const avoid = record.avoid;
      if (!Array.isArray(avoid) || avoid.length === 0) problems.push(`${at}: "avoid" must be a non-empty list`);
      else if (avoid.some((v) => typeof v !== 'string' || v.trim() === ''))
        problems.push(`${at}: every "avoid" variant must be a non-empty text`);
    }
    return problems;
  });
}

/** A regex that finds `phrase` as whole words: no letter directly before or after (Unicode-aware). */
function wholeWords(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Blanks out (keeping line and column positions) text marked as another language and link targets. */
function checkableText(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text
    .replace(/<span\s+lang="(?!cs\b|de\b)[^"]*"\s*>[\s\S]*?<\/span>/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/https?:\/\/\S+/g, blank);
}

/** Every occurrence of an avoided variant in `text`, as `file:line:column  "variant" → use "…"`. */
function findAvoided(file: string, text: string, entries: GlossaryEntry[]): string[] {
  const lines = checkableText(text).split('\n');
  const hits: string[] = [];
  for (const entry of entries) {
    for (const variant of entry.avoid ?? []) {
      const pattern = wholeWords(variant);
      lines.forEach((line, index) => {
        for (const match of line.matchAll(pattern)) {
          hits.push(`${file}:${index + 1}:${(match.index ?? 0) + 1}  "${match[0]}" → use "${entry.use}"`);
        }
      });
    }
  }
  return hits;
}

/** Content files of one locale: `content/**\/<locale>.md` and `.mdx`. */
function contentFiles(locale: string, dir = join(root, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(locale, path);
    return entry.name === `${locale}.md` || entry.name === `${locale}.mdx` ? [path] : [];
  });
}

const glossaryFiles = existsSync(glossaryDir) ? readdirSync(glossaryDir).filter((name) => name.endsWith('.yaml')) : [];

describe('glossary check itself', () => {
  const entries: GlossaryEntry[] = [{ source: 'wizyta szkolna', use: 'Školní exkurze', avoid: ['Návštěva školy', 'Katowicích'] }];

  it('finds a variant as whole words and names file, line and column', () => {
    expect(findAvoided('x.md', 'Úvod\nAkce: Návštěva školy v Gliwicích.', entries)).toEqual([
      'x.md:2:7  "Návštěva školy" → use "Školní exkurze"',
    ]);
    expect(findAvoided('x.md', 'v Katowicích a\nNávštěva\nškoly', entries)).toHaveLength(1);
  });

  it('does not match inside a longer word, in text marked as Polish or in a link target', () => {
    expect(findAvoided('x.md', 'Katowicíchů; Návštěva školy.', entries)).toHaveLength(1);
    expect(findAvoided('x.md', 'Katowicíchů; ŽNávštěva školyž', entries)).toEqual([]);
    expect(findAvoided('x.md', '<span lang="pl">Katowicích</span> [text](https://x.pl/Katowicích)', entries)).toEqual([]);
  });

  it('rejects a malformed glossary', () => {
    expect(formatProblems({ source: 'x' })).toHaveLength(1);
    expect(formatProblems([])).toEqual(['the list is empty']);
    expect(formatProblems([{ source: 'a', use: '', avoid: [], extra: 1 }])).toHaveLength(3);
    expect(formatProblems([{ source: 'a', use: 'b', avoid: ['c'], note: 'd' }])).toEqual([]);
  });
});

describe('glossaries', () => {
  it('exist, at least one', () => {
    expect(glossaryFiles.length).toBeGreaterThan(0);
  });

  for (const name of glossaryFiles) {
    const locale = name.replace(/\.yaml$/, '');
    const file = join(glossaryDir, name);

    describe(name, () => {
      const data: unknown = parse(readFileSync(file, 'utf8'));

      it('is named for a locale of the site and has the right format', () => {
        expect(localeCodes as readonly string[]).toContain(locale);
        expect(formatProblems(data)).toEqual([]);
        expect((data as GlossaryEntry[]).filter((entry) => entry.avoid?.length).length).toBeGreaterThan(0);
      });

      it(`no avoided variant appears in ${locale} content or UI strings`, () => {
        const entries = data as GlossaryEntry[];
        const files = [...contentFiles(locale), join(root, `src/i18n/ui/${locale}.ts`)].filter((path) => existsSync(path));
        expect(files.length).toBeGreaterThan(1);
        const hits = files.flatMap((path) => findAvoided(relative(root, path), readFileSync(path, 'utf8'), entries));
        expect(hits).toEqual([]);
      });
    });
  }
});
