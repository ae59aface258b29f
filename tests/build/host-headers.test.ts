import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, framableFolders } from '../../scripts/host-files.mjs';
import { headerCsp } from '../../src/lib/csp';
import { headerRules, hostDefaultHeaders, hosts, hostTypes, patternMatches, type Host } from '../../src/lib/host-headers';
import { scaleSiteDir, testSiteDir } from '../helpers/site';
import { localeCodes, locales, widgetFrameOrigins } from '../../src/site.config';

/** The rules of the built `_headers`, parsed as a host parses them: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line, headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const hostFiles = new Set(['_headers', 'nginx-headers.conf', 'apache-headers.conf']);
/** Every built file but the header files themselves, relative to the site, `/`-separated. */
const files = readdirSync(testSiteDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(testSiteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((file) => !hostFiles.has(file));
const pathOfFile = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const rules = parseHeaders(readFileSync(join(testSiteDir, '_headers'), 'utf8'));
/** A host's matching (the test build has base `/`), as Cloudflare Pages and Netlify read a pattern. */
const matches = (pattern: string, path: string, host: Host = 'cloudflare') => patternMatches(pattern, path, host);
/**
 * Every value of a header a host sends for a file: one per matching rule that sets it, or, when none does, what both
 * hosts send by themselves (revalidation; the type of the extensions left to them).
 */
const valuesAt = (file: string, name: string, host: Host = 'cloudflare') => {
  const found = rules
    .filter((rule) => matches(rule.pattern, pathOfFile(file), host))
    .flatMap((rule) => rule.headers.filter(([key]) => key === name).map(([, value]) => value));
  if (found.length > 0) return found;
  const fallback = name === 'Content-Type' ? hostTypes[/\.[^./]+$/.exec(file)?.[0] ?? ''] : hostDefaultHeaders[name];
  return fallback === undefined ? [] : [fallback];
};

/** What each kind of file must be sent as (written out here, apart from src/lib/host-headers.ts). */
function expectedType(file: string): string | undefined {
  if (file.endsWith('/feed.json')) return 'application/feed+json; charset=utf-8';
  if (file.endsWith('/rss.xml')) return 'application/rss+xml; charset=utf-8';
  if (file.endsWith('.ics')) return 'text/calendar; charset=utf-8';
  if (file.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (file.endsWith('.geojson')) return 'application/geo+json';
  if (/^pagefind\/.*\.(pf_\w+|pagefind)$/.test(file)) return 'application/octet-stream';
  if (/^pagefind\/.*\.js$/.test(file)) return 'text/javascript; charset=utf-8';
  return undefined;
}

/**
 * Who may frame a built file: the site itself (its live previews) and the city's portals for its widget pages, nobody
 * otherwise (from src/site.config.ts).
 */
function expectedFrameAncestors(file: string): string {
  for (const locale of localeCodes) {
    for (const [city, origins] of Object.entries(widgetFrameOrigins)) {
      if (file.startsWith(`${locale}/${locales[locale].slugs.widgets}/${city}/`)) return ["'self'", ...origins].join(' ');
    }
  }
  return "'none'";
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('_headers (headers for Netlify and Cloudflare Pages)', () => {
  it('has rules, and every rule matches a built file', () => {
    expect(rules.length).toBeGreaterThan(20);
    expect(files.length).toBeGreaterThan(500);
    for (const rule of rules) {
      expect(rule.headers.length, rule.pattern).toBeGreaterThan(0);
      expect(
        files.some((file) => matches(rule.pattern, pathOfFile(file))),
        `${rule.pattern} matches no built file`,
      ).toBe(true);
    }
  });

  it('sends every file the security headers once, one CSP and one Cache-Control (a host joins repeated headers), on both hosts', () => {
    for (const host of hosts) {
      for (const file of files) {
        const at = `${host} ${file}`;
        expect(valuesAt(file, 'X-Content-Type-Options', host), at).toEqual(['nosniff']);
        expect(valuesAt(file, 'Referrer-Policy', host), at).toEqual(['strict-origin-when-cross-origin']);
        expect(valuesAt(file, 'Strict-Transport-Security', host), at).toHaveLength(1);
        expect(valuesAt(file, 'Strict-Transport-Security', host)[0], at).toMatch(/^max-age=(\d+)/);
        expect(valuesAt(file, 'Permissions-Policy', host)[0], at).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
        expect(valuesAt(file, 'Content-Security-Policy', host), at).toHaveLength(1);
        expect(valuesAt(file, 'Cache-Control', host), at).toHaveLength(1);
        expect(valuesAt(file, 'Content-Type', host).length, at).toBeLessThanOrEqual(1);
        // Netlify serves a folder page's index.html as well: never with another policy than the page's.
        if (file.endsWith('/index.html')) {
          const asFile = rules.filter(
            (rule) => matches(rule.pattern, `/${file}`, host) && rule.headers.some(([key]) => key === 'Content-Security-Policy'),
          );
          for (const rule of asFile)
            expect(rule.headers, at).toContainEqual(['Content-Security-Policy', valuesAt(file, 'Content-Security-Policy', host)[0]]);
        }
      }
    }
  });

  it('stays within the 100 rules Cloudflare Pages reads, here and on the synthetic site at scale', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    const scale = headerRules({ files: builtFiles(scaleSiteDir), csp: headerCsp(), framable: framableFolders() }).filter(
      (rule) => !rule.serverOnly,
    );
    expect(builtFiles(scaleSiteDir).length).toBeGreaterThan(1000);
    expect(scale.length).toBeLessThanOrEqual(100);
  });

  it('sends feeds, calendars, open data and Pagefind files with their content type', () => {
    const typed = files.filter((file) => expectedType(file) !== undefined);
    expect(typed.filter((file) => file.endsWith('.ics')).length).toBeGreaterThan(10);
    expect(typed.filter((file) => file.endsWith('/feed.json')).length).toBeGreaterThan(4);
    expect(typed.filter((file) => file.endsWith('/rss.xml')).length).toBeGreaterThan(4);
    expect(typed.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(typed.some((file) => file.endsWith('.csv')) && typed.some((file) => file.endsWith('.geojson'))).toBe(true);
    for (const host of hosts) {
      for (const file of typed) expect(valuesAt(file, 'Content-Type', host), `${host} ${file}`).toEqual([expectedType(file)]);
      for (const file of files.filter((name) => name.endsWith('.html'))) expect(valuesAt(file, 'Content-Type', host), file).toEqual([]);
    }
  });

  it('caches hashed files for a year and makes pages, feeds and calendars revalidate', () => {
    const hashed = files.filter((file) => file.startsWith('_astro/') || file.startsWith('pagefind/fragment/'));
    expect(hashed.length).toBeGreaterThan(20);
    for (const host of hosts) {
      for (const file of hashed) expect(valuesAt(file, 'Cache-Control', host), file).toEqual(['public, max-age=31536000, immutable']);
    }
    const fresh = files.filter((file) => /\.(html|ics|xml|json|csv|geojson)$/.test(file) && !file.startsWith('pagefind/fragment/'));
    expect(fresh.length).toBeGreaterThan(300);
    for (const host of hosts) {
      for (const file of fresh) expect(valuesAt(file, 'Cache-Control', host), file).toEqual(['public, max-age=0, must-revalidate']);
    }
  });

  it("lets no site frame a page but a city's widget pages, and only from that city's portal", () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    for (const host of hosts) {
      for (const file of pages) {
        const policy = valuesAt(file, 'Content-Security-Policy', host)[0]!;
        expect(
          directives(policy).filter((directive) => directive.startsWith('frame-ancestors ')),
          `${host} ${file}`,
        ).toEqual([`frame-ancestors ${expectedFrameAncestors(file)}`]);
      }
    }
  });

  it("adds to each page's own <meta> CSP only what a meta tag cannot carry, so it never blocks what the page allows", () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    let checked = 0;
    for (const file of pages) {
      const meta = load(readFileSync(join(testSiteDir, file), 'utf8'))('meta[http-equiv="content-security-policy"]').attr('content');
      if (meta === undefined) continue;
      checked += 1;
      const own = new Set(directives(meta));
      const extra = directives(valuesAt(file, 'Content-Security-Policy')[0]!).filter((directive) => !own.has(directive));
      expect(
        extra.map((directive) => directive.split(' ')[0]),
        file,
      ).toEqual(['frame-ancestors']);
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('nginx-headers.conf and apache-headers.conf', () => {
  const nginx = readFileSync(join(testSiteDir, 'nginx-headers.conf'), 'utf8');
  const apache = readFileSync(join(testSiteDir, 'apache-headers.conf'), 'utf8');
  /** The headers of `_headers` for a file as Cloudflare Pages sends them, content type included. */
  const expected = (file: string) => {
    const names = new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name)));
    return Object.fromEntries([...names, 'Cache-Control'].flatMap((name) => valuesAt(file, name).map((value) => [name, value])));
  };

  /**
   * What nginx sends for a file, read from the snippet as nginx runs it: the server-level `set` and `if` lines in order
   * on the file's path (a folder page is served as its index.html, after an internal redirect), the `add_header` lines,
   * and the content type of the location nginx picks (exact, else the longest `^~` prefix, else the first regex).
   */
  function nginxSends(file: string): Record<string, string> {
    const uri = `/${file}`;
    const variables = new Map<string, string>();
    for (const line of nginx.split('\n')) {
      const set = /^set (\$\w+) "([^"]*)";$/.exec(line);
      if (set) variables.set(set[1]!, set[2]!);
      const branch = /^if \(\$uri ~ "([^"]+)"\) \{ set (\$\w+) "([^"]*)"; \}$/.exec(line);
      if (branch && new RegExp(branch[1]!).test(uri)) variables.set(branch[2]!, branch[3]!);
    }
    const sent: Record<string, string> = {};
    for (const [, name, value] of nginx.matchAll(/^add_header (\S+) (?:"([^"]*)"|\$\w+) always;$/gm)) sent[name!] = value ?? '';
    for (const [, name, variable] of nginx.matchAll(/^add_header (\S+) (\$\w+) always;$/gm)) {
      if (variables.get(variable!)) sent[name!] = variables.get(variable!)!;
      else delete sent[name!];
    }
    const locations = [...nginx.matchAll(/^location (=|\^~|~) "?([^"]+?)"? \{\n {2}types \{ \}\n {2}default_type "([^"]+)";\n\}$/gm)].map(
      ([, kind, where, type]) => ({ kind: kind!, where: where!, type: type! }),
    );
    const exact = locations.find((location) => location.kind === '=' && location.where === uri);
    const prefix = locations
      .filter((location) => location.kind === '^~' && uri.startsWith(location.where))
      .sort((a, b) => b.where.length - a.where.length)[0];
    const chosen = exact ?? prefix ?? locations.find((location) => location.kind === '~' && new RegExp(location.where).test(uri));
    if (chosen) sent['Content-Type'] = chosen.type;
    return sent;
  }

  /** What Apache sends for a request path: the `<LocationMatch>` sections that match it, in order, a later value replacing. */
  function apacheSends(path: string): Record<string, string> {
    const sent: Record<string, string> = {};
    for (const [, regex, body] of apache.matchAll(/^<LocationMatch "([^"]+)">\n([\s\S]*?)\n<\/LocationMatch>$/gm)) {
      if (!new RegExp(regex!).test(path)) continue;
      for (const [, name, value] of body!.matchAll(/^ {2}Header always set (\S+) "([^"]*)"$/gm)) sent[name!] = value!;
      for (const [, value] of body!.matchAll(/^ {2}ForceType "([^"]*)"$/gm)) sent['Content-Type'] = value!;
    }
    return sent;
  }

  it('make nginx send every file the headers _headers gives it on Cloudflare Pages', () => {
    expect(nginx).toMatch(/^if \(\$uri ~ /m);
    for (const file of files) expect(nginxSends(file), file).toEqual(expected(file));
  });

  it('make Apache send every file (a folder page also as its index.html) the headers _headers gives it', () => {
    for (const file of files) {
      expect(apacheSends(pathOfFile(file)), file).toEqual(expected(file));
      expect(apacheSends(`/${file}`), file).toEqual(expected(file));
    }
  });
});
