/**
 * The site's Content Security Policy, in one place: Astro writes it into every page's `<meta>` tag (astro.config.mjs,
 * adding the hashes of that page's scripts and styles), and the host files send it as a header (src/lib/host-headers.ts).
 */

/** Directives of the `<meta>` CSP other than `script-src` and `style-src`, which Astro fills with hashes. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
] as const;

/**
 * Sources `script-src` allows besides the hashes. No 'self': any same-origin file could then run as a script, an uploaded
 * document (served from /_astro/ like the site's own code) included. 'strict-dynamic' (set in astro.config.mjs) lets the
 * hashed scripts load Pagefind with import(), which markup cannot do.
 */
export const scriptResources = ["'wasm-unsafe-eval'"] as const;

/**
 * The CSP sent as an HTTP header, beside the page's own `<meta>` CSP (a browser enforces both): what a `<meta>` tag
 * cannot carry (`frame-ancestors`, added per path by the host files) and every directive of the meta CSP that does not
 * govern scripts or styles. `default-src` stays in the meta tag only: in the header it would stand for `script-src` and
 * `style-src`, which the header cannot list (the hashes differ per page), and block the site's own inline scripts.
 * @example headerCsp() // "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self' blob:"
 */
export function headerCsp(): string {
  return cspDirectives.filter((directive) => !directive.startsWith('default-src ')).join('; ');
}
