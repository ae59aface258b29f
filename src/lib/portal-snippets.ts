import { escapeHtml } from './html-escape';

/*
 * The copy-paste HTML a city portal's webmaster takes from the "for city portals" page. Pure: the page calls each
 * function twice, with absolute URLs for the code it shows and with site paths for the live preview beside it (so the
 * preview never loads anything from another origin). Every text and URL is escaped.
 */

/**
 * A plain text link.
 * @example linkSnippet('https://x.org/pl/miasta/gliwice/', 'Gliwice – IŚKCTW') // '<a href="https://x.org/pl/miasta/gliwice/">Gliwice – IŚKCTW</a>'
 */
export function linkSnippet(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/**
 * A badge image that links to a page; its `alt` is the link's accessible name.
 * @example badgeSnippet('https://x.org/pl/', 'https://x.org/b.svg', 'IŚKCTW', { width: 200, height: 48 }) // '<a href="https://x.org/pl/"><img src="https://x.org/b.svg" width="200" height="48" alt="IŚKCTW"></a>'
 */
export function badgeSnippet(href: string, src: string, alt: string, size: { width: number; height: number }): string {
  return `<a href="${escapeHtml(href)}"><img src="${escapeHtml(src)}" width="${size.width}" height="${size.height}" alt="${escapeHtml(alt)}"></a>`;
}

/**
 * An `<iframe>` showing a widget, with the `title` screen readers announce for the frame, loaded when scrolled to.
 * @example iframeSnippet('https://x.org/pl/widzety/gliwice/', 'Gliwice', { width: 360, height: 460 }) // '<iframe src="https://x.org/pl/widzety/gliwice/" title="Gliwice" width="360" height="460" loading="lazy"></iframe>'
 */
export function iframeSnippet(src: string, title: string, size: { width: number; height: number }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${size.width}" height="${size.height}" loading="lazy"></iframe>`;
}
