import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { fileOf, htmlPaths } from '../helpers/site';

/**
 * WCAG 3.1.2: Polish text on an English, German or Czech page sits inside an element with `lang="pl"`, so screen
 * readers read it with Polish rules. A small set of Polish words that the site shows on other languages' pages (legal
 * terms in offer facts, offices in contacts, the supervisory authority in the privacy policy) stands for the rest.
 */
const polishWords = [
  'użytkowanie',
  'Skarb Państwa',
  'Biuro obsługi',
  'Prezes Urzędu',
  'Urząd Miasta',
  'miasta partnerskie',
  'Prezydent Miasta',
  'Izba Przemysłowo',
  'Polski Alarm Smogowy',
  'Ministerstwo Klimatu',
];
const otherLocales = ['en', 'de', 'cs'] as const;

/** Every text node of the body that contains one of `words`, with the language it is in (nearest `lang`). */
function occurrences($: CheerioAPI, words: readonly string[]): { word: string; lang: string; text: string }[] {
  const found: { word: string; lang: string; text: string }[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      const text = node.data;
      for (const word of words) {
        if (text.toLowerCase().includes(word.toLowerCase()))
          found.push({ word, lang: $(node.parent!).closest('[lang]').attr('lang') ?? '', text: text.trim() });
      }
    } else if ('children' in node && node.type !== 'script' && node.type !== 'style') {
      for (const child of node.children) visit(child);
    }
  };
  for (const body of $('body').toArray()) visit(body);
  return found;
}

describe('Polish text on other languages’ pages', () => {
  const pages = Object.fromEntries(otherLocales.map((locale) => [locale, htmlPaths().filter((path) => path.startsWith(`/${locale}/`))]));

  it.each(otherLocales)('is marked lang="pl" on every %s page', (locale) => {
    expect(pages[locale]!.length).toBeGreaterThan(100);
    const unmarked: string[] = [];
    let marked = 0;
    for (const path of pages[locale]!) {
      const $ = load(readFileSync(fileOf(path), 'utf8'));
      for (const hit of occurrences($, polishWords)) {
        if (hit.lang === 'pl' || hit.lang.startsWith('pl-')) marked++;
        else unmarked.push(`${path}: “${hit.text}” (${hit.word}) in lang="${hit.lang}"`);
      }
    }
    expect(unmarked).toStrictEqual([]);
    // The words are really on these pages (else the check above proves nothing).
    expect(marked).toBeGreaterThan(locale === 'en' ? 3 : 5);
  });

  it.each(otherLocales)('leaves the page’s own words in the page’s language: the external-link note on %s pages', (locale) => {
    const notes: string[] = [];
    for (const path of pages[locale]!) {
      const $ = load(readFileSync(fileOf(path), 'utf8'));
      $('a[rel~="external"] > .visually-hidden').each((_, note) => {
        notes.push(`${path}: ${$(note).closest('[lang]').attr('lang')}`);
      });
    }
    // Some of these links have Polish text (city institutions and strategies), marked on the text alone.
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.filter((note) => !note.endsWith(`: ${locale}`))).toStrictEqual([]);
  });

  it('is found by the scan when it is not marked', () => {
    const $ = load(
      '<html lang="de"><body><p>Eigentum: polnischer Staat (<span lang="pl">Skarb Państwa</span>), Kontakt: Biuro obsługi inwestora</p><script>"Skarb Państwa"</script></body></html>',
    );
    expect(occurrences($, polishWords).map((hit) => [hit.word, hit.lang])).toStrictEqual([
      ['Skarb Państwa', 'pl'],
      ['Biuro obsługi', 'de'],
    ]);
  });
});
