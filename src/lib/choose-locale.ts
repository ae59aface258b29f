/**
 * The site locale that best matches the browser's preferred languages, or undefined.
 * Matches on the primary language subtag.
 * @example chooseLocale(['de-AT', 'en'], [{ code: 'pl', lang: 'pl' }, { code: 'de', lang: 'de' }]) // 'de'
 */
export function chooseLocale(preferred: readonly string[], available: readonly { code: string; lang: string }[]): string | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = available.find((locale) => locale.lang.toLowerCase().split('-')[0] === primary);
    if (match) return match.code;
  }
  return undefined;
}
