import { describe, expect, it } from 'vitest';
import { pluralize, pluralCategories, type PluralForms } from '../../src/i18n/plural';
import { type allLocales, translate } from '../../src/i18n';
import { locales } from '../../src/site.config';

const resultForms = (locale: (typeof allLocales)[number]): PluralForms =>
  Object.fromEntries(pluralCategories.map((category) => [category, translate(locale, `search.results.${category}`)])) as PluralForms;

describe('pluralize', () => {
  it('gives Polish its three forms for whole numbers', () => {
    const forms = resultForms('pl');
    expect([1, 2, 4, 5, 12, 22, 25, 0].map((count) => pluralize(forms, count, locales.pl.intl))).toStrictEqual([
      'Znaleziono 1 wynik',
      'Znaleziono 2 wyniki',
      'Znaleziono 4 wyniki',
      'Znaleziono 5 wyników',
      'Znaleziono 12 wyników',
      'Znaleziono 22 wyniki',
      'Znaleziono 25 wyników',
      'Znaleziono 0 wyników',
    ]);
  });

  it('gives Czech its three forms and English and German their two', () => {
    expect([1, 3, 5].map((count) => pluralize(resultForms('cs'), count, locales.cs.intl))).toStrictEqual([
      'Nalezen 1 výsledek',
      'Nalezeny 3 výsledky',
      'Nalezeno 5 výsledků',
    ]);
    expect([1, 2].map((count) => pluralize(resultForms('en'), count, locales.en.intl))).toStrictEqual(['1 result', '2 results']);
    expect([1, 2].map((count) => pluralize(resultForms('de'), count, locales.de.intl))).toStrictEqual(['1 Ergebnis', '2 Ergebnisse']);
  });

  it('formats the number for the language', () => {
    expect(pluralize(resultForms('pl'), 1234, locales.pl.intl)).toBe('Znaleziono 1234 wyniki');
    expect(pluralize(resultForms('de'), 1234, locales.de.intl)).toBe('1.234 Ergebnisse');
  });
});
