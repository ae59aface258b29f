import { groupTexts, resolveTranslation, type ResolvedTranslation, type TextsByLocale } from '../translations';
import type { Locale } from '../../site.config';
import { headLang } from '../translation-langs';

/** Any text entry: frontmatter plus an optional body. */
export interface TextEntry {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
}

/** An entry joined with its texts. */
export interface Joined<F, T> {
  slug: string;
  facts: F;
  texts: TextsByLocale<T>;
}

/** True when a text has a main text of its own. */
export function hasBody(text: TextEntry): boolean {
  // Any character other than white space (the same set `trim()` removes), found without copying the body.
  return /\S/.test(text.body ?? '');
}

/**
 * Join facts entries (id = folder) with their texts (id = `<folder>/<locale>`). An entry without texts is left out;
 * `npm run validate`, which every build runs first, reports texts and facts that miss each other.
 * @example joinTexts([{ id: 'gliwice' }], [{ id: 'gliwice/pl' }])[0].texts.pl.id // 'gliwice/pl'
 */
export function joinTexts<F extends { id: string }, T extends TextEntry>(facts: readonly F[], texts: readonly T[]): Joined<F, T>[] {
  const grouped = groupTexts(texts);
  return facts.flatMap((entry) => {
    const group = grouped.get(entry.id);
    return group ? [{ slug: entry.id, facts: entry, texts: group }] : [];
  });
}

/** Resolve one joined entry's texts for a locale. */
export function textFor<F, T extends TextEntry>(joined: Joined<F, T>, locale: Locale): ResolvedTranslation<T> {
  const resolved = resolveTranslation(joined.texts, locale, hasBody);
  if (!resolved) throw new Error(`${joined.slug}: no text in any language`);
  return resolved;
}

/** An entry's name as a page shows it in a list or a form: with the `lang` to mark it with when it is a fallback. */
export interface EntryName {
  slug: string;
  name: string;
  lang: string | undefined;
}

/**
 * An entry's title in the reader's language (along the fallback chain), with its slug and `headLang`.
 * @example entryName(gliwice, 'de') // { slug: 'gliwice', name: 'Gliwice', lang: undefined }
 */
export function entryName<F, T extends TextEntry & { data: { title: string } }>(entry: Joined<F, T>, locale: Locale): EntryName {
  const text = textFor(entry, locale);
  return { slug: entry.slug, name: text.head.data.title, lang: headLang(text) };
}

/**
 * Whether an entry belongs in the build: not a draft, and its publication date (if any) has come.
 * @example isPublished({ draft: false, publishDate: new Date('2030-01-01') }, new Date('2026-06-01')) // false
 */
export function isPublished(data: { draft?: boolean; publishDate?: Date | undefined }, asOf: Date): boolean {
  return !data.draft && (!data.publishDate || data.publishDate.getTime() <= asOf.getTime());
}

/**
 * Order entries by a list of slugs; slugs not in the list go last, in their original order.
 * @example orderBy([{ slug: 'b' }, { slug: 'a' }], ['a', 'b']).map((e) => e.slug) // ['a', 'b']
 */
export function orderBy<E extends { slug: string }>(entries: readonly E[], order: readonly string[]): E[] {
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return [...entries].sort((a, b) => rank(a.slug) - rank(b.slug));
}
