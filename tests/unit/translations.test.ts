import { describe, expect, it } from 'vitest';
import { groupTexts, resolveTranslation } from '../../src/lib/translations';

type Text = { id: string; body: string };
const text = (id: string, body = 'Body'): Text => ({ id, body });
const hasBody = (entry: Text) => entry.body.trim().length > 0;

describe('resolveTranslation', () => {
  it('uses the reader’s own translation when there is one', () => {
    const resolved = resolveTranslation({ pl: text('a/pl'), de: text('a/de') }, 'de', hasBody)!;
    expect(resolved.headLocale).toBe('de');
    expect(resolved.bodyLocale).toBe('de');
    expect(resolved.isFallback).toBe(false);
    expect(resolved.isPartial).toBe(false);
    expect(resolved.translatedIn).toEqual(['pl', 'de']);
  });

  it('falls back along the chain (de → en → pl) when the locale has no text', () => {
    const resolved = resolveTranslation({ pl: text('a/pl'), en: text('a/en') }, 'de', hasBody)!;
    expect(resolved.headLocale).toBe('en');
    expect(resolved.isFallback).toBe(true);
    expect(resolved.translatedIn).not.toContain('de');
  });

  it('marks a translation with a title but no body as partial and takes the body from the chain', () => {
    const resolved = resolveTranslation({ pl: text('a/pl'), cs: text('a/cs', '  ') }, 'cs', hasBody)!;
    expect(resolved.headLocale).toBe('cs');
    expect(resolved.bodyLocale).toBe('pl');
    expect(resolved.isPartial).toBe(true);
    expect(resolved.isFallback).toBe(false);
  });

  it('returns undefined when nothing is translated', () => {
    expect(resolveTranslation<Text>({}, 'pl', hasBody)).toBeUndefined();
  });
});

describe('groupTexts', () => {
  it('groups ids <slug>/<locale> by slug', () => {
    const grouped = groupTexts([text('gliwice/pl'), text('gliwice/en'), text('rybnik/pl')]);
    expect([...grouped.keys()]).toEqual(['gliwice', 'rybnik']);
    expect(Object.keys(grouped.get('gliwice')!)).toEqual(['pl', 'en']);
  });
});

describe('translationLangs', async () => {
  const { headLang, translationLangs } = await import('../../src/lib/translation-langs');
  it('marks only text shown from another language', () => {
    expect(translationLangs({ isFallback: false, headLocale: 'de', bodyLocale: 'de' }, 'de')).toEqual({
      headLang: undefined,
      bodyLang: undefined,
    });
    expect(translationLangs({ isFallback: false, headLocale: 'cs', bodyLocale: 'en' }, 'cs')).toEqual({
      headLang: undefined,
      bodyLang: 'en',
    });
    expect(translationLangs({ isFallback: true, headLocale: 'pl', bodyLocale: 'pl' }, 'en')).toEqual({ headLang: 'pl', bodyLang: 'pl' });
  });

  it('marks a title or summary only when it comes from a fallback translation', () => {
    expect(headLang({ isFallback: true, headLocale: 'cs' })).toBe('cs');
    expect(headLang({ isFallback: false, headLocale: 'de' })).toBeUndefined();
  });
});
