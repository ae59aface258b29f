// @ts-check
/**
 * Post-build step (after the search index, so Pagefind's files are covered too): writes the HTTP header rules for hosts
 * into the built site: `_headers` (Netlify, Cloudflare Pages), `nginx-headers.conf` and `apache-headers.conf`. The rules
 * are pure functions in src/lib/host-headers.ts; this file lists the built files and writes the three files.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { adminCsp } from '../src/lib/cms/admin-page.ts';
import { headerCsp } from '../src/lib/csp.ts';
import { apacheHeaders, headerRules, hostHeaderFiles, netlifyHeaders, nginxHeaders } from '../src/lib/host-headers.ts';
import { basePath, localeCodes, locales, widgetFrameOrigins } from '../src/site.config.ts';

/**
 * Folders whose pages may be framed: a city's widget pages, `/<locale>/<widgets slug>/<city>/`, by that city's portal
 * origins and by the site itself (its "for city portals" page shows each widget live).
 * @returns {{ folder: string; origins: readonly string[] }[]}
 */
export function framableFolders() {
  return localeCodes.flatMap((locale) =>
    Object.entries(widgetFrameOrigins).map(([city, origins]) => ({
      folder: `${locale}/${locales[locale].slugs.widgets}/${city}/`,
      origins: ["'self'", ...origins],
    })),
  );
}

/**
 * Every file of a built site, relative to it, `/`-separated, but the header files this step writes.
 * @param {string} siteDir
 */
export function builtFiles(siteDir) {
  const own = new Set(/** @type {string[]} */ (Object.values(hostHeaderFiles)));
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !own.has(file))
    .sort();
}

/**
 * Writes the three header files into `siteDir` and returns how many rules `_headers` holds (the server snippets also
 * hold the few rules for what Netlify and Cloudflare Pages do by themselves).
 * @param {string} siteDir the built site
 */
export function writeHostFiles(siteDir) {
  const rules = headerRules({
    files: builtFiles(siteDir),
    csp: headerCsp(),
    framable: framableFolders(),
    ownPolicies: [{ folder: 'admin/', csp: adminCsp() }],
  });
  writeFileSync(join(siteDir, hostHeaderFiles.netlify), netlifyHeaders(rules, basePath));
  writeFileSync(join(siteDir, hostHeaderFiles.nginx), nginxHeaders(rules, basePath));
  writeFileSync(join(siteDir, hostHeaderFiles.apache), apacheHeaders(rules, basePath));
  return rules.filter((rule) => !rule.serverOnly).length;
}
