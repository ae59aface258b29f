import { describe, expect, it } from 'vitest';
import { hasOwnBody, sourceHash, translatedFrom, translationState } from '../../src/lib/translation-status';

const pl = '---\ntitle: Gliwice\nsummary: Miasto Politechniki Śląskiej.\n---\nTekst.\n';
const hash = sourceHash(pl);
const en = (h: string, body = 'Text.\n') =>
  `---\ntitle: Gliwice\nsummary: The city of the university.\ntranslatedFrom: { locale: pl, hash: ${h} }\n---\n${body}`;

describe('translation status', () => {
  it('hashes meaning, not bookkeeping or line endings', () => {
    expect(sourceHash(pl.replace(/\n/g, '\r\n'))).toBe(hash);
    expect(sourceHash(pl.replace('---\nTekst', 'updated: 2026-01-01\n---\nTekst'))).toBe(hash);
    expect(sourceHash(pl.replace('Tekst.', 'Tekst zmieniony.'))).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reads translatedFrom in flow and block style', () => {
    expect(translatedFrom(en('abc12345'))).toEqual({ locale: 'pl', hash: 'abc12345' });
    expect(translatedFrom('---\ntitle: X\ntranslatedFrom:\n  locale: pl\n  hash: "0a1b2c3d"\n---\n')).toEqual({
      locale: 'pl',
      hash: '0a1b2c3d',
    });
    expect(translatedFrom(pl)).toBeUndefined();
  });

  it('tells current, outdated, unchecked, partial and missing translations apart', () => {
    expect(translationState('pl', { pl }, 'pl')).toBe('source');
    expect(translationState('en', { pl, en: en(hash) }, 'pl')).toBe('current');
    expect(translationState('en', { pl: pl.replace('Tekst.', 'Nowy tekst.'), en: en(hash) }, 'pl')).toBe('outdated');
    expect(translationState('en', { pl, en: '---\ntitle: G\nsummary: The city.\n---\nText.' }, 'pl')).toBe('unchecked');
    expect(translationState('de', { pl, de: '---\ntitle: G\nsummary: Die Stadt.\n---\n' }, 'pl')).toBe('partial');
    expect(translationState('cs', { pl }, 'pl')).toBe('missing');
    expect(hasOwnBody('---\ntitle: A\n---\n\n  \n')).toBe(false);
  });
});
