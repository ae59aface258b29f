import { numberFormat, pluralRules } from '../lib/intl-cache';

/** Plural categories of `Intl.PluralRules` that the UI strings give forms for (`key.one`, `key.few`, …). */
export const pluralCategories = ['one', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];
export type PluralForms = Record<PluralCategory, string>;

/**
 * A count in words with the right plural form for the language (Polish and Czech have three forms for whole numbers),
 * `{count}` replaced by the number formatted for `intlLocale`. Pure and small: the search page's script uses it too.
 * @example pluralize({ one: '{count} wynik', few: '{count} wyniki', many: '{count} wyników', other: '{count} wyniku' }, 22, 'pl-PL') // '22 wyniki'
 */
export function pluralize(forms: PluralForms, count: number, intlLocale: string): string {
  const category = pluralRules(intlLocale).select(count);
  const template = category in forms ? forms[category as PluralCategory] : forms.other;
  return template.replace('{count}', numberFormat(intlLocale).format(count));
}
