import { entryPath } from '../i18n/paths';
import type { Locale } from '../site.config';

/*
 * Addresses of the per-city widgets (DESIGN §10): small pages meant for an `<iframe>` on a city's portal.
 *
 *   one city   /<lang>/<widgets>/<city>/     /pl/widzety/gliwice/, /en/widgets/gliwice/, /cs/widgety/gliwice/
 *
 * The hosts' headers (`frame-ancestors` per city) and the "for city portals" page build their paths with these
 * helpers, so the three never disagree.
 */

/**
 * Site path (without the base path) of one city's widget in one language.
 * @example widgetPath('pl', 'gliwice') // '/pl/widzety/gliwice/'
 * @example widgetPath('cs', 'rybnik') // '/cs/widgety/rybnik/'
 */
export function widgetPath(locale: Locale, city: string): string {
  return entryPath(locale, 'widgets', city);
}

/**
 * The size the portals page recommends for the widget's `<iframe>`, in CSS pixels. The widget reads well from
 * `minWidth` to any width, so a portal may also stretch the frame to its column.
 */
export const widgetFrameSize = { width: 360, height: 560, minWidth: 280 } as const;
