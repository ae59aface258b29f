import { createHash } from 'node:crypto';

/**
 * Open Graph images (DESIGN §10): what a page's share card shows, where its image lives, and how its title is laid out.
 * Pure rules only; `src/integrations/og-images.ts` renders the cards after the build.
 */

/** The size every social network shows as a large card (1.91:1). */
export const ogImageSize = { width: 1200, height: 630 } as const;
export const ogImageType = 'image/png';

/**
 * Bump when the card's design changes: every image then gets a new address, so share previews (cached by address
 * for days by the networks) show the new design.
 */
export const ogDesignVersion = 1;

/** Folder of the images in the output: hashed names like the rest of `_astro/`, so a host may cache them forever. */
export const ogImageFolder = '_astro/og';

/** What a share card shows. */
export interface OgCard {
  /** The page's own title. */
  title: string;
  /** The localized name of the page's section, when it differs from the title. */
  section?: string | undefined;
  /** The cluster's name in the page's language. */
  siteName: string;
  /** The localized example label, on invented content only (DESIGN §9). */
  label?: string | undefined;
}

/**
 * A short hash of everything a card shows (and of the design version): the image's cache key and part of its name.
 * @example ogCardHash({ title: 'Gliwice', section: 'Miasta', siteName: '…' }) // 12 hex digits
 */
export function ogCardHash(card: OgCard): string {
  const text = JSON.stringify([ogDesignVersion, card.title, card.section ?? '', card.siteName, card.label ?? '']);
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * The site path (without the base path) of a page's Open Graph image: the page path's segments, then the card's hash.
 * @example ogImagePath('/pl/miasta/gliwice/', card) // '/_astro/og/pl-miasta-gliwice.3f9a0c1d2e4b.png'
 */
export function ogImagePath(pagePath: string, card: OgCard): string {
  const name =
    pagePath
      .split('/')
      .filter(Boolean)
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-') || 'index';
  return `/${ogImageFolder}/${name}.${ogCardHash(card)}.png`;
}

/**
 * The text of the example badge: the label without its parentheses, in capitals.
 * @example badgeText('(przykład)') // 'PRZYKŁAD'
 */
export function badgeText(label: string): string {
  return label
    .trim()
    .replace(/^\((.*)\)$/u, '$1')
    .trim()
    .toUpperCase();
}

/**
 * Advance widths of Noto Sans Bold (the card's font) for the printable ASCII characters, in hundredths of an em
 * (read from the font's own metrics). Letters with diacritics take their base letter's width.
 */
const asciiWidths = [
  26, 28, 48, 65, 57, 90, 75, 27, 34, 34, 54, 57, 28, 32, 28, 42, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 28, 28, 57, 57, 57, 48, 90, 69,
  67, 64, 73, 56, 55, 72, 77, 39, 33, 66, 56, 94, 81, 79, 62, 79, 66, 55, 58, 76, 65, 97, 67, 63, 58, 33, 42, 33, 57, 41, 37, 60, 63, 52,
  63, 60, 39, 63, 65, 30, 30, 62, 30, 98, 65, 63, 63, 63, 45, 50, 43, 65, 57, 86, 58, 57, 49, 39, 55, 39, 57,
];
/** Letters that do not decompose into an ASCII letter and a mark, and punctuation titles use. */
const otherWidths: Record<string, number> = {
  ł: 31,
  Ł: 57,
  ß: 70,
  '–': 50,
  '—': 100,
  '…': 86,
  '„': 45,
  '“': 45,
  '”': 45,
  '‚': 28,
  '‘': 28,
  '’': 28,
  '«': 50,
  '»': 50,
};
/** Anything else (a letter from another script, a symbol): as wide as a wide capital, so a line never overflows. */
const unknownWidth = 80;

/**
 * Estimated width of a text in the card's bold font, in pixels.
 * @example textWidth('Gliwice', 100) // 360 (kerning aside, what the font draws)
 */
export function textWidth(text: string, fontSize: number): number {
  let hundredths = 0;
  for (const char of text) {
    const base = char.normalize('NFD')[0] ?? char;
    const code = base.charCodeAt(0);
    hundredths += otherWidths[char] ?? (code >= 32 && code < 127 ? asciiWidths[code - 32]! : unknownWidth);
  }
  return (hundredths * fontSize) / 100;
}

/**
 * Cuts a text to fit one line of `width` pixels, ending with "…" when it had to be cut (at a word boundary when one
 * is near).
 * @example fitLine('Współpraca międzynarodowa', 40, 300) // 'Współpraca…'
 */
export function fitLine(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && textWidth(`${chars.slice(0, end).join('').trimEnd()}…`, fontSize) > width) end--;
  const cut = chars.slice(0, end).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The units a title may break between: its words, with a one-letter word kept with the word after it (Polish and Czech
 * typesetting leave no "i", "w", "z", "v", "k" at a line's end).
 * @example breakUnits('Bezpieczeństwo i transformacja') // ['Bezpieczeństwo', 'i transformacja']
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let pending = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (/^\p{L}$/u.test(word)) pending += `${word} `;
    else {
      units.push(`${pending}${word}`);
      pending = '';
    }
  }
  if (pending) units.push(pending.trimEnd());
  return units;
}

/** Greedy word wrap by estimated width; a word wider than a line is broken with a hyphen. */
function wrap(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of breakUnits(text)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, fontSize) > width) {
      const chars = [...line];
      let end = chars.length - 1;
      while (end > 1 && textWidth(`${chars.slice(0, end).join('')}-`, fontSize) > width) end--;
      lines.push(`${chars.slice(0, end).join('')}-`);
      line = chars.slice(end).join('');
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One size the title may take: its font size and how many lines fit the card at that size. */
export interface TitleStep {
  fontSize: number;
  maxLines: number;
}

/** From large to small: short titles are big; long Polish and German titles get up to four lines. */
export const titleSteps: readonly TitleStep[] = [
  { fontSize: 80, maxLines: 2 },
  { fontSize: 68, maxLines: 3 },
  { fontSize: 56, maxLines: 4 },
];

export interface TitleLayout {
  fontSize: number;
  /** The lines to draw, each within the width. */
  lines: string[];
  /** True when the title was too long even at the smallest size and ends with "…". */
  truncated: boolean;
}

/**
 * Lays a title out in lines of at most `width` pixels: the largest size at which it fits its step's line count, else
 * the smallest size with the last line cut and ending in "…".
 * @example layoutTitle('Gliwice', 1056) // { fontSize: 80, lines: ['Gliwice'], truncated: false }
 */
export function layoutTitle(title: string, width: number, steps: readonly TitleStep[] = titleSteps): TitleLayout {
  const text = title.replace(/\s+/g, ' ').trim();
  for (const step of steps) {
    const lines = wrap(text, step.fontSize, width);
    if (lines.length <= step.maxLines) return { fontSize: step.fontSize, lines, truncated: false };
  }
  const last = steps[steps.length - 1]!;
  const lines = wrap(text, last.fontSize, width);
  const kept = lines.slice(0, last.maxLines);
  const [cut, next] = [lines[last.maxLines - 1]!, lines[last.maxLines]!];
  // The last line runs on into the next one (rejoining a word broken with a hyphen), then is cut to fit with "…".
  const runOn = cut.endsWith('-') ? `${cut.slice(0, -1)}${next}` : `${cut} ${next}`;
  kept[last.maxLines - 1] = fitLine(runOn, last.fontSize, width);
  return { fontSize: last.fontSize, lines: kept, truncated: true };
}
