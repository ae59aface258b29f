import type { Locale } from '../site.config';
import { dictionaries, type UiKey } from './ui';

/**
 * Look up a UI string and fill its `{name}` placeholders.
 * @example translate('en', 'site.lastUpdated', { date: '1 May 2026' }) // 'Last updated: 1 May 2026'
 */
export function translate(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  // Most strings have no placeholder: no need to scan them (this runs many times on every page).
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A `t()` bound to one locale, for use in components. @example const t = useTranslations('de'); t('site.search') // 'Suche' */
export function useTranslations(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
}
