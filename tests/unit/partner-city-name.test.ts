import { describe, expect, it } from 'vitest';
import { partnerCityName } from '../../src/lib/localized';

const cologne = { name: 'Köln', names: { pl: 'Kolonia', en: 'Cologne', de: 'Köln', cs: 'Kolín nad Rýnem' } };

describe('partnerCityName', () => {
  it('gives a partner city its name in each language that has one', () => {
    expect((['pl', 'en', 'de', 'cs'] as const).map((locale) => partnerCityName(cologne, locale))).toStrictEqual([
      'Kolonia',
      'Cologne',
      'Köln',
      'Kolín nad Rýnem',
    ]);
  });

  it('keeps the city’s own name where no language has another', () => {
    expect(partnerCityName({ name: 'Groningen' }, 'cs')).toBe('Groningen');
  });
});
