import { sectionPath } from '../i18n/paths';
import { cluster, type Locale } from '../site.config';
import { escapeHtml } from './html-escape';
import { xmlSafe } from './xml-text';

/*
 * The cluster's badge for city portals: a small SVG per language, in a light variant (for light pages) and a dark
 * one (for dark pages), built as static files beside the "for city portals" page:
 *
 *   /<lang>/<linkToUs>/badge-light.svg   /pl/dla-portali-miejskich/badge-light.svg
 *   /<lang>/<linkToUs>/badge-dark.svg    /en/for-city-portals/badge-dark.svg
 */

export const badgeVariants = ['light', 'dark'] as const;
export type BadgeVariant = (typeof badgeVariants)[number];

/** The badge's size in CSS pixels (the snippets give it to `<img>`, so the page does not jump while it loads). */
export const badgeSize = { width: 200, height: 48 } as const;

/**
 * Site path of a badge file.
 * @example badgePath('pl', 'dark') // '/pl/dla-portali-miejskich/badge-dark.svg'
 */
export function badgePath(locale: Locale, variant: BadgeVariant): string {
  return `${sectionPath(locale, 'linkToUs')}badge-${variant}.svg`;
}

/** Colours of each variant; contrast of the text on the background is at least 7:1 in both. */
const palette: Record<BadgeVariant, { background: string; border: string; title: string; text: string }> = {
  light: { background: '#ffffff', border: cluster.colours.primary, title: cluster.colours.primary, text: '#1b2a33' },
  dark: { background: '#10232c', border: '#9fd3e6', title: '#ffffff', text: '#d9ecf3' },
};

export interface BadgeText {
  /** BCP 47 language tag of the text. */
  lang: string;
  /** The accessible name: what the badge says, in full (read by screen readers, shown as a tooltip). */
  title: string;
  /** The first, bold line (the cluster's short name). */
  heading: string;
  /** The second line (e.g. "Member city"). */
  line: string;
}

/**
 * The badge as a standalone SVG document, text escaped (editor or translator text never becomes markup).
 * @example badgeSvg({ lang: 'en', title: 'IŚKCTW member city', heading: 'IŚKCTW', line: 'Member city' }, 'light').startsWith('<svg') // true
 */
export function badgeSvg(text: BadgeText, variant: BadgeVariant): string {
  const colours = palette[variant];
  const safe = (value: string) => escapeHtml(xmlSafe(value).replace(/\s+/g, ' ').trim());
  const { width, height } = badgeSize;
  const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="badge-title" lang="${safe(text.lang)}" xml:lang="${safe(text.lang)}">`,
    `<title id="badge-title">${safe(text.title)}</title>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6" fill="${colours.background}" stroke="${colours.border}"/>`,
    // The cluster's mark (as in src/components/Logo.astro), 36 px square.
    '<g transform="translate(6 6) scale(0.8182)">',
    `<rect width="44" height="44" rx="8" fill="${cluster.colours.primary}"/>`,
    '<circle cx="16" cy="18" r="7.5" fill="none" stroke="#fff" stroke-width="2.4"/>',
    `<circle cx="28" cy="18" r="7.5" fill="none" stroke="${cluster.colours.accent}" stroke-width="2.4"/>`,
    '<circle cx="22" cy="27" r="7.5" fill="none" stroke="#9fd3e6" stroke-width="2.4"/>',
    '<path d="M6 37h32" stroke="#fff" stroke-width="2" stroke-linecap="round"/>',
    '</g>',
    `<text x="50" y="21" font-family="${font}" font-size="15" font-weight="700" fill="${colours.title}">${safe(text.heading)}</text>`,
    `<text x="50" y="38" font-family="${font}" font-size="12" fill="${colours.text}">${safe(text.line)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
