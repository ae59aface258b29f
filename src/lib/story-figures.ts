import { locales, type Locale } from '../site.config';
import { numberFormat } from './intl-cache';

/**
 * True when a number has at most three significant digits, so "162 mln zł" or "3,05 mld zł" states it exactly.
 * @example hasFewSignificantDigits(3_050_000_000) // true
 */
export function hasFewSignificantDigits(value: number): boolean {
  if (!Number.isInteger(value) || value === 0) return false;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 2);
  return value % step === 0;
}

/**
 * An amount in Polish złoty in the reader's language: compact ("162 mln zł", "PLN 6.2bn") for round millions
 * and billions, in full otherwise, so that no figure is rounded on the page.
 * @example formatPln(162_000_000, 'en') // 'PLN 162m'
 */
export function formatPln(value: number, locale: Locale): string {
  const compact = Math.abs(value) >= 1_000_000 && hasFewSignificantDigits(value);
  return numberFormat(locales[locale].intl, {
    style: 'currency',
    currency: 'PLN',
    ...(compact ? { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 2 } : { maximumFractionDigits: 0 }),
    minimumFractionDigits: 0,
  }).format(value);
}
