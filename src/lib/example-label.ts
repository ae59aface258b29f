import { translate } from '../i18n/translate';
import type { Locale } from '../site.config';

/**
 * A title as feeds and calendars show it: example entries get "(example)" in the reader's language (DESIGN §9).
 * @example withExampleLabel('Workshop', true, 'en') // 'Workshop (example)'
 */
export function withExampleLabel(title: string, example: boolean, locale: Locale): string {
  return example ? `${title} ${translate(locale, 'example.label')}` : title;
}
