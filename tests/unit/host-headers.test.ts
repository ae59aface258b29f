import { describe, expect, it } from 'vitest';
import { framableFolders } from '../../scripts/host-files.mjs';
import { cspDirectives, headerCsp } from '../../src/lib/csp';
import {
  apacheHeaders,
  cacheControl,
  constantHeaders,
  contentTypeOf,
  headerRules,
  isHashedFile,
  netlifyHeaders,
  nginxHeaders,
  partition,
  patternMatches,
  sitePathOf,
  withFrameAncestors,
  type HeaderRule,
} from '../../src/lib/host-headers';

const files = [
  '404.html',
  'index.html',
  'robots.txt',
  '_astro/Logo.DBsFa7kz.css',
  '_astro/plan.DX26KjKw_1Mh5Xj.avif',
  'open-data/offers.csv',
  'open-data/offers.geojson',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.pl_f17f963ef4.pf_meta',
  'pagefind/wasm.pl.pagefind',
  'pagefind/fragment/pl_1.pf_fragment',
  'pagefind/fragment/pl_2.pf_fragment',
  'pl/index.html',
  'pl/rss.xml',
  'pl/feed.json',
  'pl/wydarzenia.ics',
  'pl/miasta/index.html',
  'pl/miasta/gliwice/index.html',
  'pl/miasta/gliwice/rss.xml',
  'pl/widzety/index.html',
  'pl/widzety/gliwice/index.html',
  'pl/widzety/gliwice/en/index.html',
  'en/index.html',
];
const framable = [{ folder: 'pl/widzety/gliwice/', origins: ['https://gliwice.eu', 'https://www.gliwice.eu'] }];
const rules = headerRules({ files, csp: headerCsp(), framable });

/** The values of one header that reach a built file: one per matching rule (a host joins several). */
const valuesAt = (file: string, name: string, list: readonly HeaderRule[] = rules) =>
  list.filter((rule) => patternMatches(rule.pattern, sitePathOf(file)) && name in rule.headers).map((rule) => rule.headers[name]);

describe('headerCsp', () => {
  it('is the meta CSP without default-src, which would block the hashed inline scripts', () => {
    expect(headerCsp()).toBe(
      "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self' blob:",
    );
    expect(cspDirectives[0]).toBe("default-src 'self'");
    expect(headerCsp()).not.toMatch(/default-src|script-src|style-src/);
  });
});

describe('withFrameAncestors', () => {
  it('denies framing when no origin is given and replaces an earlier frame-ancestors', () => {
    expect(withFrameAncestors("object-src 'none'", [])).toBe("object-src 'none'; frame-ancestors 'none'");
    expect(withFrameAncestors("object-src 'none'; frame-ancestors 'self'", ['https://a.example'])).toBe(
      "object-src 'none'; frame-ancestors https://a.example",
    );
  });
});

describe('isHashedFile and contentTypeOf', () => {
  it('treats Astro files and Pagefind chunks as hashed, Pagefind entry files not', () => {
    expect(
      [
        '_astro/x.1234.css',
        'pagefind/fragment/a.pf_fragment',
        'pagefind/index/a.pf_index',
        'pagefind/filter/a.pf_filter',
        'pagefind/pagefind.pl_f17f963ef4.pf_meta',
      ].map(isHashedFile),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['pagefind/pagefind.js', 'pagefind/wasm.pl.pagefind', 'pagefind/pagefind-entry.json', 'pl/index.html', 'pl/rss.xml'].map(
        isHashedFile,
      ),
    ).toEqual([false, false, false, false, false]);
  });

  it('names the type of feeds, calendars, open data and Pagefind files, and leaves HTML and assets to the host', () => {
    expect(contentTypeOf('pl/miasta/gliwice/feed.json')).toBe('application/feed+json; charset=utf-8');
    expect(contentTypeOf('pl/rss.xml')).toBe('application/rss+xml; charset=utf-8');
    expect(contentTypeOf('pl/atom.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentTypeOf('sitemap-index.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeOf('pl/wydarzenia/x.ics')).toBe('text/calendar; charset=utf-8');
    expect(contentTypeOf('open-data/offers.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('open-data/offers.geojson')).toBe('application/geo+json');
    expect(contentTypeOf('pagefind/fragment/a.pf_fragment')).toBe('application/octet-stream');
    expect(contentTypeOf('pagefind/wasm.pl.pagefind')).toBe('application/octet-stream');
    expect(contentTypeOf('pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('pagefind/pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('pl/index.html')).toBeUndefined();
    expect(contentTypeOf('_astro/document.1234.txt')).toBeUndefined();
  });
});

describe('partition', () => {
  it('covers a uniform folder with one pattern, a mixed one path by path, and leaves undefined values out', () => {
    const valueOf = (file: string) => (file.endsWith('.css') ? undefined : file.startsWith('a/') ? 'A' : 'B');
    expect(partition(['index.html', 'x.css', 'a/1.txt', 'a/b/2.txt', 'c/index.html', 'c/d/3.txt'], valueOf)).toEqual([
      { pattern: '/', value: 'B' },
      { pattern: '/a/*', value: 'A' },
      { pattern: '/c/*', value: 'B' },
    ]);
    expect(partition(['a/1.txt', 'a/2.txt'], () => 'same')).toEqual([{ pattern: '/*', value: 'same' }]);
  });
});

describe('headerRules', () => {
  it('puts the constant headers on /* and nothing else there', () => {
    expect(rules[0]).toEqual({ pattern: '/*', headers: constantHeaders });
    expect(constantHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(constantHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(constantHeaders['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
    expect(constantHeaders['Permissions-Policy']).toContain('camera=()');
  });

  it('gives every file exactly one CSP and one Cache-Control, and at most one Content-Type', () => {
    for (const file of files) {
      expect(valuesAt(file, 'Content-Security-Policy'), file).toHaveLength(1);
      expect(valuesAt(file, 'Cache-Control'), file).toHaveLength(1);
      expect(valuesAt(file, 'Content-Type').length, file).toBeLessThanOrEqual(1);
      for (const name of Object.keys(constantHeaders)) expect(valuesAt(file, name), file).toHaveLength(1);
    }
  });

  it("lets only the city's portals frame its widget pages, and nobody frame anything else", () => {
    expect(valuesAt('pl/widzety/gliwice/index.html', 'Content-Security-Policy')[0]).toMatch(
      /; frame-ancestors https:\/\/gliwice\.eu https:\/\/www\.gliwice\.eu$/,
    );
    expect(valuesAt('pl/widzety/gliwice/en/index.html', 'Content-Security-Policy')[0]).toMatch(/frame-ancestors https:\/\/gliwice\.eu /);
    for (const file of ['pl/widzety/index.html', 'pl/index.html', 'index.html', 'pl/miasta/gliwice/index.html', '404.html']) {
      expect(valuesAt(file, 'Content-Security-Policy')[0], file).toMatch(/; frame-ancestors 'none'$/);
    }
  });

  it('caches hashed files for a year and revalidates pages, feeds and Pagefind entry files', () => {
    expect(valuesAt('_astro/Logo.DBsFa7kz.css', 'Cache-Control')).toEqual([cacheControl.immutable]);
    expect(valuesAt('pagefind/fragment/pl_1.pf_fragment', 'Cache-Control')).toEqual([cacheControl.immutable]);
    expect(valuesAt('pagefind/pagefind.js', 'Cache-Control')).toEqual([cacheControl.revalidate]);
    expect(valuesAt('pl/index.html', 'Cache-Control')).toEqual([cacheControl.revalidate]);
    expect(valuesAt('pl/wydarzenia.ics', 'Content-Type')).toEqual(['text/calendar; charset=utf-8']);
    expect(valuesAt('pl/index.html', 'Content-Type')).toEqual([]);
    expect(rules.map((rule) => rule.pattern)).toContain('/_astro/*');
    expect(rules.map((rule) => rule.pattern)).toContain('/pagefind/fragment/*');
  });
});

describe('framableFolders', () => {
  it("lets each city's portal and the site itself frame that city's widget pages, in every locale", () => {
    const folders = framableFolders();
    expect(folders).toHaveLength(4 * 6);
    expect(folders).toContainEqual({ folder: 'pl/widzety/gliwice/', origins: ["'self'", 'https://gliwice.eu', 'https://www.gliwice.eu'] });
    expect(folders).toContainEqual({ folder: 'cs/widgety/rybnik/', origins: ["'self'", 'https://rybnik.eu', 'https://www.rybnik.eu'] });
  });
});

describe('host files', () => {
  const sample: HeaderRule[] = [
    { pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
    { pattern: '/pl/*', headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } },
    { pattern: '/pl/', headers: { 'Content-Security-Policy': "frame-ancestors 'none'" } },
    { pattern: '/pl/rss.xml', headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  ];

  it('writes _headers with the base path', () => {
    const text = netlifyHeaders(sample, '/klaster/');
    expect(text.split('\n').slice(1)).toEqual([
      '/klaster/*',
      '  X-Content-Type-Options: nosniff',
      '/klaster/pl/*',
      '  Cache-Control: public, max-age=0, must-revalidate',
      '/klaster/pl/',
      "  Content-Security-Policy: frame-ancestors 'none'",
      '/klaster/pl/rss.xml',
      '  Content-Type: application/rss+xml; charset=utf-8',
      '',
    ]);
  });

  it('writes nginx locations that each carry every header that applies there (add_header is not inherited)', () => {
    const text = nginxHeaders(sample, '/klaster/');
    expect(text).toContain('location ^~ /klaster/ {\n  add_header X-Content-Type-Options "nosniff" always;\n}');
    expect(text).toContain(
      'location = /klaster/pl/rss.xml {\n  add_header X-Content-Type-Options "nosniff" always;\n  add_header Cache-Control "public, max-age=0, must-revalidate" always;\n  types { }\n  default_type "application/rss+xml; charset=utf-8";\n}',
    );
    // A folder's own page is reached internally as index.html: both get the same headers.
    expect(text).toMatch(/location = \/klaster\/pl\/ \{\n[^}]*Content-Security-Policy[^}]*\}/);
    expect(text).toMatch(/location = \/klaster\/pl\/index\.html \{\n[^}]*Content-Security-Policy[^}]*\}/);
  });

  it('writes Apache sections from the widest to the narrowest, so the narrower one wins', () => {
    const text = apacheHeaders(sample, '/');
    const order = [...text.matchAll(/<LocationMatch "([^"]+)">/g)].map((match) => match[1]);
    expect(order).toEqual(['^/', '^/pl/', '^/pl/(index\\.html)?$', '^/pl/rss\\.xml$']);
    expect(text).toContain('ForceType "application/rss+xml; charset=utf-8"');
  });

  it('refuses a header value that could break out of a server configuration', () => {
    expect(() => nginxHeaders([{ pattern: '/*', headers: { 'X-Test': 'a"; return 200 "b' } }], '/')).toThrow(/cannot be written/);
  });
});

describe('headerRules with a folder of its own policy', () => {
  it('sends the browser CMS its own CSP (not the public one) and still forbids framing it', () => {
    const adminFiles = ['index.html', 'admin/index.html', 'admin/cms/sveltia-cms.js'];
    const own = "default-src 'self'; connect-src 'self' https://api.github.com";
    const found = headerRules({ files: adminFiles, csp: headerCsp(), framable: [], ownPolicies: [{ folder: 'admin/', csp: own }] });
    const policyFor = (path: string) =>
      found
        .filter((rule) => patternMatches(rule.pattern, path))
        .map((rule) => rule.headers['Content-Security-Policy'])
        .filter(Boolean);
    expect(policyFor('/admin/')).toStrictEqual([`${own}; frame-ancestors 'none'`]);
    expect(policyFor('/')).toStrictEqual([withFrameAncestors(headerCsp(), [])]);
  });
});
