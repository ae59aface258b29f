import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import { dictionaries } from '../../src/i18n/ui';
import { localeCodes } from '../../src/site.config';

const reference = Object.keys(dictionaries.pl).sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
  for (const code of localeCodes) {
    it(`${code} has exactly the keys of the default dictionary, none empty, same placeholders`, () => {
      const dictionary = dictionaries[code] as Record<string, string>;
      expect(Object.keys(dictionary).sort()).toEqual(reference);
      for (const key of reference) {
        expect(dictionary[key]?.trim(), `${code}: ${key}`).toBeTruthy();
        expect(placeholders(dictionary[key]!), `${code}: ${key}`).toEqual(placeholders(dictionaries.pl[key as keyof typeof dictionaries.pl]));
      }
    });
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'site.lastUpdated', { date: '1 May 2026' })).toBe('Last updated: 1 May 2026');
    expect(translate('en', 'site.lastUpdated')).toBe('Last updated: {date}');
  });
});
