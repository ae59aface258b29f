/**
 * The cluster's mark for images drawn outside a page (Open Graph cards): the `<svg>` of `src/components/Logo.astro`
 * with its CSS custom properties replaced by their values from the stylesheet, so the mark has one source.
 */

/**
 * The custom properties declared in a stylesheet's `:root` rules, by name without the dashes.
 * @example cssTokens(':root { --colour-primary: #0b4f6c; }') // { 'colour-primary': '#0b4f6c' }
 */
export function cssTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const block of css.matchAll(/:root\s*\{([^}]*)\}/g)) {
    for (const [, name, value] of block[1]!.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) tokens[name!] = value!.trim();
  }
  return tokens;
}

/**
 * A standalone SVG of the mark: the first `<svg>` element of the component's source, without `class` and
 * `aria-hidden`, at the given size, with every `var(--name)` replaced by its token. Throws when the component has no
 * `<svg>` or uses a property the stylesheet does not declare, so a changed mark cannot silently vanish from the cards.
 * @example markSvg('<svg class="logo" width="44" height="44" viewBox="0 0 44 44"><rect fill="var(--c)"/></svg>', { c: '#000' }, 96)
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 44 44"><rect fill="#000"/></svg>'
 */
export function markSvg(component: string, tokens: Record<string, string>, size: number): string {
  const svg = /<svg\b[^>]*>[\s\S]*?<\/svg>/.exec(component)?.[0];
  if (!svg) throw new Error('The logo component has no <svg> element.');
  const resolved = svg.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`The logo uses var(--${name}), which the stylesheet's :root does not declare.`);
    return value;
  });
  return resolved.replace(/^<svg\b[^>]*>/, (open) => {
    const viewBox = /\bviewBox="([^"]*)"/.exec(open)?.[1];
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"${viewBox ? ` viewBox="${viewBox}"` : ''}>`;
  });
}
