/**
 * Sveltia CMS registers its fonts from its own package files, but its stylesheet also declares them from a CDN
 * (`https://cdn.jsdelivr.net/fontsource/fonts/<font>@<version>/<subset>.woff2`), which the admin CSP blocks and
 * which would be a request to another origin. This points those declarations at the package's own copies, which the
 * build serves beside the app (`<app>/assets/<font>-<subset>-<hash>.woff2`).
 */
const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * The app's code with every CDN font URL replaced by the local asset of the same font and subset, as a URL relative
 * to the admin page (the styles are inserted into that page). Throws when a font has no local copy, so an update of
 * the package that changes its fonts stops the build instead of loading them from the CDN.
 * @example localFonts('url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)', ['noto-mono-latin-400-normal-Di.woff2'], 'cms/assets/')
 *   // 'url(cms/assets/noto-mono-latin-400-normal-Di.woff2)'
 */
export function localFonts(code: string, assets: readonly string[], prefix: string): string {
  return code.replace(cdnFont, (url, font: string, subset: string) => {
    const local = assets.find((name) => name.startsWith(`${font}-${subset}-`) && name.endsWith('.woff2'));
    if (!local)
      throw new Error(
        `Sveltia CMS loads the font ${url} from a CDN and its package has no copy of it (looked for ${font}-${subset}-*.woff2)`,
      );
    return `${prefix}${local}`;
  });
}
