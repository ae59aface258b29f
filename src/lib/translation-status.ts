/**
 * Translation status from content alone (DESIGN §9: CI clones are shallow, so no git history).
 * A translation records the hash of the source text it was made from (`translatedFrom: { locale, hash }`);
 * when the source's hash differs today, the translation is outdated.
 * Self-contained (no value imports) so that `scripts/translation-status.mjs` can load it with Node's type stripping.
 */
import { createHash } from 'node:crypto';

export type TranslationState = 'source' | 'current' | 'outdated' | 'unchecked' | 'partial' | 'missing';

/**
 * A short hash of a text file's meaning: frontmatter and body, without the bookkeeping lines
 * (`translatedFrom`, `updated`) and ignoring line endings and trailing blanks.
 * @example sourceHash('---\ntitle: A\nupdated: 2026-01-01\n---\nBody\n') === sourceHash('---\ntitle: A\n---\nBody') // true
 */
export function sourceHash(fileText: string): string {
  const normalised = fileText
    .replace(/\r\n?/g, '\n')
    .replace(/^translatedFrom:.*\n(?:[ \t]+.*\n)*/m, '')
    .replace(/^updated:.*\n/m, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** The `translatedFrom` record of a translation file, if it has one. */
export function translatedFrom(fileText: string): { locale: string; hash: string } | undefined {
  const block = /^translatedFrom:\s*(?:\{([^}]*)\}|\n((?:[ \t]+.*\n?)+))/m.exec(fileText.replace(/\r\n?/g, '\n'));
  if (!block) return undefined;
  const body = block[1] ?? block[2] ?? '';
  const locale = /locale:\s*['"]?([a-z]{2})/.exec(body)?.[1];
  const hash = /hash:\s*['"]?([0-9a-f]+)/.exec(body)?.[1];
  return locale && hash ? { locale, hash } : undefined;
}

/** True when a text file has a body of its own after its frontmatter. */
export function hasOwnBody(fileText: string): boolean {
  const match = /^---\n[\s\S]*?\n---\n?([\s\S]*)$/.exec(fileText.replace(/\r\n?/g, '\n'));
  return (match?.[1] ?? fileText).trim().length > 0;
}

/**
 * The state of one locale's text of an entry, given the files of all locales (`undefined` = no file).
 * @example translationState('en', { pl: plText, en: undefined }, 'pl') // 'missing'
 */
export function translationState(locale: string, files: Record<string, string | undefined>, sourceLocale: string): TranslationState {
  const text = files[locale];
  if (locale === sourceLocale) return 'source';
  if (text === undefined) return 'missing';
  if (!hasOwnBody(text) && hasOwnBody(files[sourceLocale] ?? '')) return 'partial';
  const record = translatedFrom(text);
  if (!record) return 'unchecked';
  const source = files[record.locale];
  if (source === undefined) return 'unchecked';
  return sourceHash(source) === record.hash ? 'current' : 'outdated';
}
