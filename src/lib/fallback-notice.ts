/**
 * How much of a page is shown in another language, for the notice above it (DESIGN §9): the whole page (nothing is
 * translated), its main text (title and summary are translated, the body is not), or some of its details (text and
 * body are translated, some per-language facts are not). `undefined`: all of it is in the page's language.
 */
export type FallbackExtent = 'page' | 'mainText' | 'details';

/**
 * @example fallbackExtent({ isFallback: false, isPartial: true }) // 'mainText'
 * @example fallbackExtent({ isFallback: false, isPartial: false }, true) // 'details'
 */
export function fallbackExtent(text: { isFallback: boolean; isPartial: boolean }, detailsFromFallback = false): FallbackExtent | undefined {
  if (text.isFallback) return 'page';
  if (text.isPartial) return 'mainText';
  return detailsFromFallback ? 'details' : undefined;
}
