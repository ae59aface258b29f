import { translate } from '../i18n/translate';
import type { Locale } from '../site.config';

/**
 * The label an example entry's title gets wherever the site shows it (DESIGN §9), with its leading space; empty for
 * a real entry. Editors write a plain title (`npm run validate` flags one that carries the label itself), so the label
 * appears exactly once: in cards, tables, related lists and map lists after the title's link, and in feeds and
 * calendars inside the title (`withExampleLabel`).
 * @example exampleSuffix(true, 'pl') // ' (przykład)'
 */
export function exampleSuffix(example: boolean, locale: Locale): string {
  return example ? ` ${translate(locale, 'example.label')}` : '';
}

/**
 * A title as feeds and calendars show it: example entries get "(example)" in the reader's language (DESIGN §9).
 * @example withExampleLabel('Workshop', true, 'en') // 'Workshop (example)'
 */
export function withExampleLabel(title: string, example: boolean, locale: Locale): string {
  return `${title}${exampleSuffix(example, locale)}`;
}
