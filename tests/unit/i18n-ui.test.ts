import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import { dictionaries } from '../../src/i18n/ui';
import { defaultLocale, localeCodes } from '../../src/site.config';

/** The default locale's dictionary: the one every other locale is compared with. */
const reference = dictionaries[defaultLocale] as Record<string, string>;
const referenceKeys = Object.keys(reference).sort();
const otherLocales = localeCodes.filter((code) => code !== defaultLocale);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
  it(`has a default dictionary (${defaultLocale}) with keys, none empty, some with placeholders, and other locales to compare with it`, () => {
    expect(referenceKeys.length).toBeGreaterThan(50);
    expect(referenceKeys.filter((key) => !reference[key]?.trim())).toStrictEqual([]);
    expect(referenceKeys.filter((key) => placeholders(reference[key]!).length > 0).length).toBeGreaterThan(0);
    expect(otherLocales.length).toBe(localeCodes.length - 1);
    expect(otherLocales.length).toBeGreaterThan(0);
  });

  it.each(otherLocales)(
    `%s has exactly the keys of the default dictionary (${defaultLocale}), none empty, with its placeholders`,
    (code) => {
      const dictionary = dictionaries[code] as Record<string, string>;
      expect(dictionary).not.toBe(reference);
      expect(Object.keys(dictionary).sort()).toStrictEqual(referenceKeys);
      for (const key of referenceKeys) {
        expect(dictionary[key]?.trim(), `${code}: ${key}`).toBeTruthy();
        expect(placeholders(dictionary[key]!), `${code}: ${key}`).toStrictEqual(placeholders(reference[key]!));
      }
    },
  );

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'site.lastUpdated', { date: '1 May 2026' })).toBe('Last updated: 1 May 2026');
    expect(translate('en', 'site.lastUpdated')).toBe('Last updated: {date}');
  });
});
