import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSiteDir } from '../helpers/site';
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
/** A host's matching (the test build has base `/`): `*` at the end matches the rest, anything else the exact path. */
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);
/** Every value of a header a host sends for a file: one per matching rule that sets it. */
const valuesAt = (file: string, name: string) =>
  rules
    .filter((rule) => matches(rule.pattern, pathOfFile(file)))
    .flatMap((rule) => rule.headers.filter(([key]) => key === name).map(([, value]) => value));

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

  it('sends every file the security headers once, one CSP and one Cache-Control (a host joins repeated headers)', () => {
    for (const file of files) {
      expect(valuesAt(file, 'X-Content-Type-Options'), file).toEqual(['nosniff']);
      expect(valuesAt(file, 'Referrer-Policy'), file).toEqual(['strict-origin-when-cross-origin']);
      expect(valuesAt(file, 'Strict-Transport-Security'), file).toHaveLength(1);
      expect(valuesAt(file, 'Strict-Transport-Security')[0], file).toMatch(/^max-age=(\d+)/);
      expect(valuesAt(file, 'Permissions-Policy')[0], file).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(valuesAt(file, 'Content-Security-Policy'), file).toHaveLength(1);
      expect(valuesAt(file, 'Cache-Control'), file).toHaveLength(1);
      expect(valuesAt(file, 'Content-Type').length, file).toBeLessThanOrEqual(1);
    }
  });

  it('sends feeds, calendars, open data and Pagefind files with their content type', () => {
    const typed = files.filter((file) => expectedType(file) !== undefined);
    expect(typed.filter((file) => file.endsWith('.ics')).length).toBeGreaterThan(10);
    expect(typed.filter((file) => file.endsWith('/feed.json')).length).toBeGreaterThan(4);
    expect(typed.filter((file) => file.endsWith('/rss.xml')).length).toBeGreaterThan(4);
    expect(typed.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(typed.some((file) => file.endsWith('.csv')) && typed.some((file) => file.endsWith('.geojson'))).toBe(true);
    for (const file of typed) expect(valuesAt(file, 'Content-Type'), file).toEqual([expectedType(file)]);
    for (const file of files.filter((name) => name.endsWith('.html'))) expect(valuesAt(file, 'Content-Type'), file).toEqual([]);
  });

  it('caches hashed files for a year and makes pages, feeds and calendars revalidate', () => {
    const hashed = files.filter((file) => file.startsWith('_astro/') || file.startsWith('pagefind/fragment/'));
    expect(hashed.length).toBeGreaterThan(20);
    for (const file of hashed) expect(valuesAt(file, 'Cache-Control'), file).toEqual(['public, max-age=31536000, immutable']);
    const fresh = files.filter((file) => /\.(html|ics|xml|json|csv|geojson)$/.test(file) && !file.startsWith('pagefind/fragment/'));
    expect(fresh.length).toBeGreaterThan(300);
    for (const file of fresh) expect(valuesAt(file, 'Cache-Control'), file).toEqual(['public, max-age=0, must-revalidate']);
  });

  it("lets no site frame a page but a city's widget pages, and only from that city's portal", () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    for (const file of pages) {
      const policy = valuesAt(file, 'Content-Security-Policy')[0]!;
      expect(
        directives(policy).filter((directive) => directive.startsWith('frame-ancestors ')),
        file,
      ).toEqual([`frame-ancestors ${expectedFrameAncestors(file)}`]);
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

  it('hold a location for every _headers rule, with every header that applies there', () => {
    const blocks = new Map([...nginx.matchAll(/^location (?:= |\^~ )(\S+) \{\n([\s\S]*?)\n\}/gm)].map((match) => [match[1]!, match[2]!]));
    for (const rule of rules) {
      const location = rule.pattern.endsWith('*') ? rule.pattern.slice(0, -1) : rule.pattern;
      const body = blocks.get(location);
      expect(body, location).toBeDefined();
      for (const [name, value] of rule.headers) {
        expect(body, `${location} ${name}`).toContain(
          name === 'Content-Type' ? `default_type "${value}";` : `add_header ${name} "${value}" always;`,
        );
      }
    }
    expect(blocks.size).toBeGreaterThanOrEqual(rules.length);
  });

  it('hold an Apache section for every _headers rule', () => {
    const sections = [...apache.matchAll(/^<LocationMatch "\^([^"]*)">$/gm)].map((match) =>
      match[1]!.replace(/\\(.)/g, '$1').replace(/\(index\.html\)\?\$$|\$$/, ''),
    );
    expect(sections.length).toBe(rules.length);
    expect(new Set(sections)).toEqual(new Set(rules.map((rule) => rule.pattern.replace(/\*$/, ''))));
  });
});
