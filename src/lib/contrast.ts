/**
 * WCAG 2.1 contrast between two sRGB colours written as `#rrggbb` (or `#rgb`): (L1 + 0.05) / (L2 + 0.05), 1 to 21.
 * @example contrastRatio('#ffffff', '#000000') // 21
 */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Relative luminance of an sRGB colour (WCAG 2.1 definition). @example relativeLuminance('#ffffff') // 1 */
export function relativeLuminance(colour: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) throw new Error(`not a #rrggbb colour: ${colour}`);
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The colour tokens of a stylesheet's `:root` block (`--colour-primary: #0b4f6c;`), by name without the dashes.
 * @example colourTokens(':root { --colour-bg: #fff; }') // { bg: '#fff' }
 */
export function colourTokens(css: string): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...root.matchAll(/--colour-([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((found) => [found[1]!, found[2]!]));
}
