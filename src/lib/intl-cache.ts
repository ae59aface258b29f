/**
 * `Intl` formatters, made once per locale and options: building one costs far more than formatting with it, and a
 * build at scale formats hundreds of thousands of dates and numbers. Small enough for the search page's script.
 */

const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** @example dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2006-05-29')) // '29 May 2006' */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  once(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** @example numberFormat('pl-PL').format(177049) // '177 049' */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  once(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** @example pluralRules('pl-PL').select(22) // 'few' */
export const pluralRules = (locale: string): Intl.PluralRules => once(`plural ${locale}`, () => new Intl.PluralRules(locale));

/** @example displayNames('en', { type: 'language' }).of('de') // 'German' */
export const displayNames = (locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  once(`names ${locale} ${JSON.stringify(options)}`, () => new Intl.DisplayNames([locale], options));
