import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/ui/de';
import { cs } from '../../src/i18n/ui/cs';
import { pl } from '../../src/i18n/ui/pl';
import { splitSourceTerm } from '../../src/lib/source-term';

describe('splitSourceTerm', () => {
  it('splits a label that quotes the source term at its end', () => {
    expect(splitSourceTerm('Erbnießbrauch (użytkowanie wieczyste)', 'użytkowanie wieczyste')).toStrictEqual({
      label: 'Erbnießbrauch',
      term: 'użytkowanie wieczyste',
    });
    expect(splitSourceTerm('polský stát (Skarb Państwa)', 'Skarb Państwa')).toStrictEqual({ label: 'polský stát', term: 'Skarb Państwa' });
  });

  it('leaves a label alone that does not quote it, quotes something else, or is the term itself', () => {
    expect(splitSourceTerm('perpetual usufruct', 'użytkowanie wieczyste')).toStrictEqual({ label: 'perpetual usufruct' });
    expect(splitSourceTerm('Verkauf (Kauf)', 'sprzedaż')).toStrictEqual({ label: 'Verkauf (Kauf)' });
    expect(splitSourceTerm('Skarb Państwa', 'Skarb Państwa')).toStrictEqual({ label: 'Skarb Państwa' });
    expect(splitSourceTerm(' (x)', 'x')).toStrictEqual({ label: ' (x)' });
    expect(splitSourceTerm('a ()', '')).toStrictEqual({ label: 'a ()' });
  });

  it('finds the Polish terms the German and Czech UI strings quote', () => {
    for (const dictionary of [de, cs]) {
      expect(splitSourceTerm(dictionary['transactionTypes.perpetualUsufruct'], pl['transactionTypes.perpetualUsufruct']).term).toBe(
        'użytkowanie wieczyste',
      );
      expect(splitSourceTerm(dictionary['ownershipTypes.stateTreasury'], pl['ownershipTypes.stateTreasury']).term).toBe('Skarb Państwa');
    }
  });
});
