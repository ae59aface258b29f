import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../src/lib/choose-locale';
import { countryName, formatCoordinates, formatDate, formatNumber, isoDate, latestDate } from '../../src/lib/format';
import { localized, localizedText } from '../../src/lib/localized';

describe('formatting', () => {
  it('keeps the calendar day of content dates in every locale', () => {
    const date = new Date('2006-05-29');
    expect(formatDate(date, 'pl')).toBe('29 maja 2006');
    expect(formatDate(date, 'en')).toBe('29 May 2006');
    expect(formatDate(date, 'de')).toBe('29. Mai 2006');
    expect(formatDate(date, 'cs')).toBe('29. května 2006');
    expect(isoDate(date)).toBe('2006-05-29');
  });

  it('formats numbers and countries per locale', () => {
    expect(formatNumber(177049, 'pl').replace(/\s/g, ' ')).toBe('177 049');
    expect(formatNumber(177049, 'en')).toBe('177,049');
    expect(formatNumber(133.88, 'de')).toBe('133,88');
    expect(countryName('DE', 'pl')).toBe('Niemcy');
    expect(countryName('CZ', 'en')).toBe('Czechia');
  });

  it('formats coordinates with hemispheres', () => {
    expect(formatCoordinates(50.283, 18.667)).toBe('50°17′ N, 18°40′ E');
    expect(formatCoordinates(-0.5, -0.9999)).toBe('0°30′ S, 1°00′ W');
    expect(formatCoordinates(50.283, 18.667, 'de')).toBe('50°17′ N, 18°40′ O');
    expect(formatCoordinates(50.283, 18.667, 'pl')).toBe('50°17′ N, 18°40′ E');
  });

  it('finds the latest date', () => {
    expect(
      latestDate([new Date('2026-01-01'), undefined, new Date('2026-03-01')])
        ?.toISOString()
        .slice(0, 10),
    ).toBe('2026-03-01');
    expect(latestDate([undefined])).toBeUndefined();
  });
});

describe('localized strings', () => {
  it('follows the fallback chain and reports the language used', () => {
    expect(localized({ pl: 'Herb', en: 'Coat of arms' }, 'de')).toEqual({ text: 'Coat of arms', locale: 'en' });
    expect(localized({ pl: 'Herb' }, 'cs')).toEqual({ text: 'Herb', locale: 'pl' });
  });

  it('takes one string for every language as it stands, in the page’s language, and a string per language along the chain', () => {
    expect(localizedText('Foto: ACME', 'de')).toStrictEqual({ text: 'Foto: ACME', locale: 'de' });
    expect(localizedText({ pl: 'Herb', en: 'Coat of arms' }, 'cs')).toStrictEqual({ text: 'Coat of arms', locale: 'en' });
    expect(localizedText(undefined, 'pl')).toBeUndefined();
  });
});

describe('chooseLocale (language chooser)', () => {
  const available = [
    { code: 'pl', lang: 'pl' },
    { code: 'de', lang: 'de' },
  ];
  it('matches the primary language subtag in preference order', () => {
    expect(chooseLocale(['de-AT', 'pl'], available)).toBe('de');
    expect(chooseLocale(['fr', 'PL-pl'], available)).toBe('pl');
    expect(chooseLocale(['fr'], available)).toBeUndefined();
  });
});

describe('localeOfUrl', async () => {
  const { localeOfUrl } = await import('../../src/lib/locale-of-url');
  it('reads the locale from the first path segment', () => {
    expect(localeOfUrl(new URL('https://x.org/de/staedte/gliwice/'))).toBe('de');
    expect(localeOfUrl(new URL('https://x.org/cs/'))).toBe('cs');
    expect(localeOfUrl(new URL('https://x.org/xx/'))).toBe('pl');
  });
});

describe('formatBytes', async () => {
  const { formatBytes } = await import('../../src/lib/document-files');
  it('uses binary steps and the reader’s number format', () => {
    expect(formatBytes(512, 'en-GB')).toBe('512 byte');
    expect(formatBytes(7573, 'en-GB')).toBe('7.4 kB');
    expect(formatBytes(7573, 'pl-PL')).toMatch(/^7,4\skB$/);
    expect(formatBytes(3 * 1024 * 1024, 'de-DE')).toBe('3 MB');
  });
});
