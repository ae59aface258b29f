import { describe, expect, it } from 'vitest';
import { framableFolders } from '../../scripts/host-files.mjs';
import { cspDirectives, headerCsp } from '../../src/lib/csp';
import {
  apacheHeaders,
  cacheControl,
  constantHeaders,
  contentTypeOf,
  cover,
  headerRules,
  hostDefaultHeaders,
  hostRegExp,
  hosts,
  hostTypes,
  isHashedFile,
  matchesExactly,
  netlifyHeaders,
  nginxHeaders,
  patternMatches,
  serverRegExp,
  sitePathOf,
  withFrameAncestors,
  type HeaderRule,
  type Host,
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

/**
 * The values of one header that reach a built file on a host reading `_headers`: one per matching rule (a host joins
 * several), or the host's own default when no rule sets it.
 */
const valuesAt = (file: string, name: string, list: readonly HeaderRule[] = rules, host: Host = 'cloudflare') => {
  const found = list
    .filter((rule) => !rule.serverOnly && patternMatches(rule.pattern, sitePathOf(file), host) && name in rule.headers)
    .map((rule) => rule.headers[name]);
  return found.length === 0 && hostDefaultHeaders[name] !== undefined ? [hostDefaultHeaders[name]] : found;
};

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

describe('hostRegExp and patternMatches (how Cloudflare Pages and Netlify read a pattern)', () => {
  const on = (host: Host, pattern: string, path: string) => patternMatches(pattern, path, host);

  it('matches a trailing splat across slashes on both hosts, and on Netlify also without the slash before it', () => {
    for (const host of hosts) {
      expect(on(host, '/pl/*', '/pl/miasta/gliwice/feed.json'), host).toBe(true);
      expect(on(host, '/pl/*', '/en/'), host).toBe(false);
    }
    expect(on('cloudflare', '/pl/wydarzenia/*', '/pl/wydarzenia.ics')).toBe(false);
    expect(on('netlify', '/pl/wydarzenia/*', '/pl/wydarzenia.ics')).toBe(true);
  });

  it('matches a splat inside a segment, a placeholder as one segment, and a name after a splat in any folder', () => {
    for (const host of hosts) {
      expect(on(host, '/pl/wy*', '/pl/wydarzenia/x/'), host).toBe(true);
      expect(on(host, '/:top/widzety/gliwice/*', '/pl/widzety/gliwice/'), host).toBe(true);
      expect(on(host, '/:top/widzety/gliwice/*', '/pl/x/widzety/gliwice/'), host).toBe(false);
      expect(on(host, '/*/feed.json', '/pl/miasta/gliwice/feed.json'), host).toBe(true);
      expect(on(host, '/*/feed.json', '/pl/miasta/gliwice/feed.jsonx'), host).toBe(false);
    }
  });

  it("follows Netlify's optional trailing slash, ignored case and unescaped dot, and Cloudflare's single splat", () => {
    expect(on('netlify', '/pl/rss.xml', '/pl/rss.xml/')).toBe(true);
    expect(on('cloudflare', '/pl/rss.xml', '/pl/rss.xml/')).toBe(false);
    expect(on('netlify', '/PL/*', '/pl/')).toBe(true);
    expect(on('cloudflare', '/PL/*', '/pl/')).toBe(false);
    expect(on('netlify', '/*.ics', '/en/logistics/')).toBe(true);
    expect(on('cloudflare', '/*.ics', '/en/logistics/')).toBe(false);
    expect(hostRegExp('/*/a/*', 'cloudflare')).toBeUndefined();
    expect(hostRegExp('/*/a/*', 'netlify')).toBeDefined();
  });

  it("accepts a pattern only if both hosts take exactly the wanted paths, and a folder page's index.html only with it", () => {
    const paths = ['/pl/', '/pl/wydarzenia/', '/pl/wydarzenia.ics', '/pl/miasta/'];
    expect(matchesExactly('/pl/wydarzenia*', new Set(['/pl/wydarzenia/', '/pl/wydarzenia.ics']), paths)).toBe(true);
    expect(matchesExactly('/pl/wydarzenia/*', new Set(['/pl/wydarzenia/']), paths)).toBe(false);
    expect(matchesExactly('/pl/i*', new Set<string>(), paths)).toBe(false);
  });
});

describe('cover', () => {
  it('covers a group with one value by its common start, splits a mixed one, and leaves undefined values out', () => {
    const valueOf = (file: string) => (file.endsWith('.css') ? undefined : file.startsWith('a/') ? 'A' : 'B');
    expect(cover(['index.html', 'x.css', 'a/1.txt', 'a/b/2.txt', 'c/index.html', 'c/d/3.txt'], valueOf)).toEqual([
      { pattern: '/', value: 'B' },
      { pattern: '/a/*', value: 'A' },
      { pattern: '/c/*', value: 'B' },
    ]);
    expect(cover(['a/1.txt', 'a/2.txt'], () => 'same')).toEqual([{ pattern: '/a/*', value: 'same' }]);
  });

  it("splits a group further when Netlify's reading of its pattern would take a neighbour", () => {
    const found = cover(['pl/wydarzenia/index.html', 'pl/wydarzenia/a/index.html', 'pl/wydarzenia.ics', 'pl/index.html'], (file) =>
      file.endsWith('.ics') ? undefined : 'page',
    );
    expect(found.map((rule) => rule.pattern)).not.toContain('/pl/wydarzenia/*');
    for (const path of ['/pl/', '/pl/wydarzenia/', '/pl/wydarzenia/a/']) {
      for (const host of hosts)
        expect(
          found.filter((rule) => patternMatches(rule.pattern, path, host)),
          `${host} ${path}`,
        ).toHaveLength(1);
    }
    for (const host of hosts)
      expect(
        found.filter((rule) => patternMatches(rule.pattern, '/pl/wydarzenia.ics', host)),
        host,
      ).toEqual([]);
  });

  it('across top folders, gives a section of every language one rule and a widget folder one rule per slug', () => {
    const files = ['pl', 'en', 'de'].flatMap((locale) => [
      `${locale}/index.html`,
      `${locale}/news/index.html`,
      `${locale}/news/a/index.html`,
      `${locale}/${locale === 'pl' ? 'widzety' : 'widgets'}/index.html`,
      `${locale}/${locale === 'pl' ? 'widzety' : 'widgets'}/gliwice/index.html`,
    ]);
    const found = cover(files, (file) => (file.includes('/gliwice/') ? 'framable' : 'page'), { acrossTopFolders: true });
    expect(found).toContainEqual({ pattern: '/:top/news/*', value: 'page' });
    expect(found).toContainEqual({ pattern: '/:top/widgets/gliwice/*', value: 'framable' });
    expect(found).toContainEqual({ pattern: '/:top/widzety/gliwice/*', value: 'framable' });
    for (const file of files) {
      for (const host of hosts)
        expect(
          found.filter((rule) => patternMatches(rule.pattern, sitePathOf(file), host)),
          `${host} ${file}`,
        ).toHaveLength(1);
    }
  });
});

/**
 * A built site of the sample's shape with `events` events and `cities` cities in each of four languages: pages, feeds,
 * calendars, widgets, Astro's and Pagefind's files.
 */
function syntheticSite(events: number, cities: number): string[] {
  const locales = {
    pl: ['wydarzenia', 'miasta', 'widzety'],
    en: ['events', 'cities', 'widgets'],
    de: ['veranstaltungen', 'staedte', 'widgets'],
    cs: ['akce', 'mesta', 'widgety'],
  };
  const files = [
    'index.html',
    '404.html',
    'robots.txt',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'admin/index.html',
    'admin/cms/index.js',
    'open-data/offers.csv',
    'open-data/offers.geojson',
    'pagefind/pagefind.js',
    'pagefind/wasm.pl.pagefind',
  ];
  for (let index = 0; index < events; index += 1)
    files.push(`_astro/Cover${index}.a1b2c3.avif`, `_astro/event-${index}.d4e5f6.webp`, `pagefind/fragment/pl_${index}.pf_fragment`);
  for (const [locale, [events_, cities_, widgets]] of Object.entries(locales)) {
    files.push(
      `${locale}/index.html`,
      `${locale}/rss.xml`,
      `${locale}/feed.json`,
      `${locale}/${events_}.ics`,
      `${locale}/${events_}/index.html`,
      `${locale}/${widgets}/index.html`,
    );
    for (const section of ['about', 'partners', 'stories', 'offers', 'documents']) files.push(`${locale}/${section}-${locale}/index.html`);
    for (let index = 0; index < events; index += 1)
      files.push(`${locale}/${events_}/event-${index}/index.html`, `${locale}/${events_}/event-${index}.ics`);
    for (let index = 0; index < cities; index += 1) {
      files.push(
        `${locale}/${cities_}/city-${index}-x/index.html`,
        `${locale}/${cities_}/city-${index}-x/rss.xml`,
        `${locale}/${cities_}/city-${index}-x/feed.json`,
      );
      files.push(`${locale}/${events_}/${cities_}/city-${index}-x.ics`, `${locale}/${widgets}/city-${index}-x/index.html`);
    }
  }
  return files;
}

describe('headerRules as content grows', () => {
  const rulesOf = (files: readonly string[], cities: number) =>
    headerRules({
      files,
      csp: headerCsp(),
      framable: Object.entries({ pl: 'widzety', en: 'widgets', de: 'widgets', cs: 'widgety' }).flatMap(([locale, widgets]) =>
        Array.from({ length: cities }, (_, index) => ({
          folder: `${locale}/${widgets}/city-${index}-x/`,
          origins: [`https://city-${index}.example`],
        })),
      ),
      ownPolicies: [{ folder: 'admin/', csp: "default-src 'self'" }],
    }).filter((rule) => !rule.serverOnly);

  it('keeps the same count of _headers rules whether there are 10 events or 2,000, well under 100', () => {
    const few = rulesOf(syntheticSite(10, 6), 6);
    const many = rulesOf(syntheticSite(2000, 6), 6);
    expect(many.length).toBe(few.length);
    expect(many.length).toBeLessThanOrEqual(100);
  });

  it('grows with the cities only by their widget folders (one rule per widgets slug and city), still one value per header', () => {
    const six = rulesOf(syntheticSite(50, 6), 6);
    const files = syntheticSite(50, 12);
    const twelve = rulesOf(files, 12);
    expect(twelve.length - six.length).toBe(3 * 6);
    for (const file of files) {
      for (const host of hosts) {
        for (const name of ['Content-Security-Policy', 'Cache-Control'])
          expect(valuesAt(file, name, twelve, host), `${host} ${file} ${name}`).toHaveLength(1);
        expect(valuesAt(file, 'Content-Type', twelve, host).length, `${host} ${file}`).toBeLessThanOrEqual(1);
      }
    }
    expect(valuesAt('pl/widzety/city-11-x/index.html', 'Content-Security-Policy', twelve)[0]).toMatch(
      /frame-ancestors https:\/\/city-11\.example$/,
    );
    expect(valuesAt('pl/miasta/city-11-x/feed.json', 'Content-Type', twelve, 'netlify')).toEqual(['application/feed+json; charset=utf-8']);
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
    // Calendars' type comes from the host (`hostTypes`); only the server snippets get a rule for it.
    expect(valuesAt('pl/wydarzenia.ics', 'Content-Type')).toEqual([]);
    expect(rules.find((rule) => rule.pattern === '/*.ics')).toEqual({
      pattern: '/*.ics',
      headers: { 'Content-Type': hostTypes['.ics'] },
      serverOnly: true,
    });
    expect(valuesAt('pl/index.html', 'Content-Type')).toEqual([]);
    expect(rules.map((rule) => rule.pattern)).toContain('/_astro/*');
    expect(
      rules.find((rule) => rule.headers['Cache-Control'] === cacheControl.immutable && rule.pattern.startsWith('/pagefind/f'))?.pattern,
    ).toMatch(/^\/pagefind\/f[\w/]*\*$/);
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
    { pattern: '/:top/widzety/gliwice/*', headers: { 'Content-Security-Policy': 'frame-ancestors https://gliwice.eu' } },
    { pattern: '/pl/', headers: { 'Content-Security-Policy': "frame-ancestors 'none'" } },
    { pattern: '/_astro/*', headers: { 'Cache-Control': cacheControl.immutable } },
    { pattern: '/*/rss.xml', headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
    { pattern: '/pagefind/f*', headers: { 'Content-Type': 'application/octet-stream' } },
    { pattern: '/pl/feed.json', headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } },
    { pattern: '/*.ics', headers: { 'Content-Type': 'text/calendar; charset=utf-8' }, serverOnly: true },
  ];

  it('writes _headers with the base path, without the rules only servers need', () => {
    const text = netlifyHeaders(sample, '/klaster/');
    expect(text.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/klaster/*',
      '/klaster/:top/widzety/gliwice/*',
      '/klaster/pl/',
      '/klaster/_astro/*',
      '/klaster/*/rss.xml',
      '/klaster/pagefind/f*',
      '/klaster/pl/feed.json',
    ]);
    expect(text).toContain("/klaster/pl/\n  Content-Security-Policy: frame-ancestors 'none'\n");
  });

  it('writes for the servers the paths each pattern takes on Cloudflare Pages, a folder page with its index.html', () => {
    const paths = [
      '/',
      '/pl/',
      '/pl/index.html',
      '/pl/widzety/gliwice/',
      '/pl/x/widzety/gliwice/',
      '/pl/rss.xml',
      '/pl/miasta/rss.xml',
      '/_astro/a.css',
    ];
    for (const { pattern } of sample) {
      const server = new RegExp(serverRegExp(pattern, '/'));
      for (const path of paths) {
        const indexForm = pattern.endsWith('/') && path === `${pattern}index.html`;
        expect(server.test(path), `${pattern} ${path}`).toBe(patternMatches(pattern, path) || indexForm);
      }
    }
    expect(serverRegExp('/pl/', '/klaster/')).toBe('^/klaster/pl/(index\\.html)?$');
    expect(serverRegExp('/*', '/klaster/')).toBe('^/klaster/');
  });

  it('writes nginx variables chosen by path at server level and sent once, and locations only for content types', () => {
    const text = nginxHeaders(sample, '/klaster/');
    expect(text).toContain('set $site_content_security_policy "";');
    expect(text).toContain(`set $site_cache_control "${cacheControl.revalidate}";`);
    expect(text).toContain(
      'if ($uri ~ "^/klaster/[^/]+/widzety/gliwice/") { set $site_content_security_policy "frame-ancestors https://gliwice.eu"; }',
    );
    expect(text).toContain(`if ($uri ~ "^/klaster/pl/(index\\.html)?$") { set $site_content_security_policy "frame-ancestors 'none'"; }`);
    expect(text).toContain(`if ($uri ~ "^/klaster/_astro/") { set $site_cache_control "${cacheControl.immutable}"; }`);
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(text).toContain('add_header Content-Security-Policy $site_content_security_policy always;');
    expect(text).toContain('location ~ "^/klaster/.*/rss\\.xml$" {\n  types { }\n  default_type "application/rss+xml; charset=utf-8";\n}');
    expect(text).toContain('location ^~ /klaster/pagefind/f {\n  types { }\n  default_type "application/octet-stream";\n}');
    expect(text).toContain('location = /klaster/pl/feed.json {');
    expect(text).toContain('location ~ "^/klaster/.*\\.ics$" {\n  types { }\n  default_type "text/calendar; charset=utf-8";\n}');
    // A location never sends headers itself, so it keeps the server's add_header lines.
    expect(text.split('location ').slice(1).join('')).not.toContain('add_header');
  });

  it('writes an Apache section per rule, the whole site first with the host defaults', () => {
    const text = apacheHeaders(sample, '/');
    const sections = [...text.matchAll(/<LocationMatch "([^"]+)">/g)].map((match) => match[1]);
    expect(sections).toEqual(sample.map((rule) => serverRegExp(rule.pattern, '/')));
    expect(text).toContain(
      `<LocationMatch "^/">\n  Header always set Cache-Control "${cacheControl.revalidate}"\n  Header always set X-Content-Type-Options "nosniff"\n`,
    );
    expect(text).toContain('<LocationMatch "^/.*\\.ics$">\n  ForceType "text/calendar; charset=utf-8"\n</LocationMatch>');
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
