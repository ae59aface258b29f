import { locales, type Locale } from '../site.config';
import { dateTimeFormat, displayNames, numberFormat } from './intl-cache';

const intl = (locale: Locale) => locales[locale].intl;

/** The time zone all dates and times on the site are shown in. */
export const siteTimeZone = 'Europe/Warsaw';

/**
 * A calendar date in the reader's language. Dates from content are midnight UTC, so they are formatted in UTC
 * to keep the day they name.
 * @example formatDate(new Date('2006-05-29'), 'en') // '29 May 2006'
 */
export function formatDate(date: Date, locale: Locale): string {
  return dateTimeFormat(intl(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `YYYY-MM-DD` of a content date, for `<time datetime>`. @example isoDate(new Date('2006-05-29')) // '2006-05-29' */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A number in the reader's language, with optional fraction digits.
 * @example formatNumber(177049, 'pl') // '177 049'
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(intl(locale), { maximumFractionDigits }).format(value);
}

/**
 * A country's name in the reader's language from its ISO 3166 code.
 * @example countryName('DE', 'pl') // 'Niemcy'
 */
export function countryName(code: string, locale: Locale): string {
  return displayNames(intl(locale), { type: 'region' }).of(code) ?? code;
}

/** Hemisphere letters where a language does not use the English N, S, E, W (German writes O for Ost). */
const hemispheres: Partial<Record<Locale, { east: string }>> = { de: { east: 'O' } };

/**
 * Coordinates as degrees and minutes with hemisphere letters in the reader's language.
 * @example formatCoordinates(50.283, 18.667, 'de') // '50°17′ N, 18°40′ O'
 */
export function formatCoordinates(lat: number, lon: number, locale?: Locale): string {
  const east = (locale && hemispheres[locale]?.east) ?? 'E';
  const part = (value: number, positive: string, negative: string) => {
    const abs = Math.abs(value);
    let degrees = Math.floor(abs);
    let minutes = Math.round((abs - degrees) * 60);
    if (minutes === 60) {
      degrees += 1;
      minutes = 0;
    }
    return `${degrees}°${String(minutes).padStart(2, '0')}′ ${value >= 0 ? positive : negative}`;
  };
  return `${part(lat, 'N', 'S')}, ${part(lon, east, 'W')}`;
}

/** The latest of some optional dates. @example latestDate([new Date('2026-01-01'), undefined]) // 2026-01-01 */
export function latestDate(dates: readonly (Date | undefined)[]): Date | undefined {
  return dates.filter((date): date is Date => date instanceof Date).sort((a, b) => b.getTime() - a.getTime())[0];
}
