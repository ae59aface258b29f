/**
 * Turns a Lucide SVG string (as `lucide-static` exports it) into the markup inside its `<svg>` element,
 * so that `Icon.astro` can wrap it in one element with the site's own attributes.
 */

/**
 * The child elements of an SVG string, whitespace between tags removed.
 * @example iconBody('<svg viewBox="0 0 24 24">\n  <path d="M1 1h2" />\n</svg>') // '<path d="M1 1h2" />'
 */
export function iconBody(svg: string): string {
  const match = /^\s*<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg);
  if (!match) throw new Error('iconBody: not a single <svg> element');
  const body = match[1]!.replace(/>\s+</g, '><').trim();
  if (/<script\b|\son\w+\s*=|<foreignObject\b/i.test(body)) throw new Error('iconBody: icon markup may only draw shapes');
  return body;
}
