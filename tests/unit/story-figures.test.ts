import { describe, expect, it } from 'vitest';
import { formatPln, hasFewSignificantDigits } from '../../src/lib/story-figures';

/** Intl uses narrow no-break spaces in some locales; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPln', () => {
  it('writes round millions and billions compactly in each language', () => {
    expect(plain(formatPln(162_000_000, 'pl'))).toBe('162 mln zł');
    expect(plain(formatPln(162_000_000, 'en'))).toBe('PLN 162m');
    expect(plain(formatPln(6_200_000_000, 'de'))).toBe('6,2 Mrd. PLN');
    expect(plain(formatPln(3_050_000_000, 'en'))).toBe('PLN 3.05bn');
  });

  it('writes other amounts in full, so no figure is rounded', () => {
    expect(plain(formatPln(49_998_600, 'pl'))).toBe('49 998 600 zł');
    expect(plain(formatPln(762_500_000, 'en'))).toBe('PLN 762,500,000');
    expect(plain(formatPln(2_400_000, 'cs'))).toBe('2,4 mil. PLN');
    expect(plain(formatPln(950_000, 'en'))).toBe('PLN 950,000');
  });
});

describe('hasFewSignificantDigits', () => {
  it('is true for numbers with at most three significant digits', () => {
    expect(hasFewSignificantDigits(162_000_000)).toBe(true);
    expect(hasFewSignificantDigits(3_050_000_000)).toBe(true);
    expect(hasFewSignificantDigits(3_055_000_000)).toBe(false);
    expect(hasFewSignificantDigits(0)).toBe(false);
    expect(hasFewSignificantDigits(1.5)).toBe(false);
  });
});
