import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { netlifyRedirects, nginxRedirects, redirectLocale, redirectPageFile, redirectPageHtml } from '../../src/lib/redirects';
import { redirectsFiles } from '../../src/lib/redirects-file';
import { redirectIssues } from '../../src/lib/validation/redirects';
import { redirectsSchema, sitePathPattern } from '../../src/schemas/redirect';

const moved = { from: '/de/staedte/gleiwitz/', to: '/de/staedte/gliwice/' };

describe('redirectIssues', () => {
  const pages = new Set(['/pl/miasta/gliwice/', '/pl/']);
  const exists = (path: string) => pages.has(path);

  it('accepts an old path that is no page, leading to one that is', () => {
    expect(redirectIssues([{ from: '/pl/miasta/gleiwitz/', to: '/pl/miasta/gliwice/' }], exists)).toEqual([]);
  });

  it('finds an old path still built, a missing target, a loop, a chain and a duplicate', () => {
    const issues = redirectIssues(
      [
        { from: '/pl/miasta/gliwice/', to: '/pl/' },
        { from: '/pl/a/', to: '/pl/nowe/' },
        { from: '/pl/b/', to: '/pl/b/' },
        { from: '/pl/c/', to: '/pl/a/' },
        { from: '/pl/a/', to: '/pl/' },
      ],
      exists,
    ).map((issue) => `${issue.index}.${issue.field} ${issue.id} ${issue.params.href}${issue.params.other ? ` ${issue.params.other}` : ''}`);
    expect(issues).toEqual([
      '0.from redirect.fromExists /pl/miasta/gliwice/',
      '1.to redirect.toMissing /pl/nowe/',
      '2.to redirect.loop /pl/b/',
      '3.to redirect.chain /pl/a/ /pl/nowe/',
      '4.from redirect.duplicate /pl/a/',
    ]);
  });
});

describe('the redirects schema', () => {
  it('takes site paths of pages and files, and an empty file', () => {
    expect(redirectsSchema.parse(null)).toEqual([]);
    const [redirect] = redirectsSchema.parse([{ from: '/pl/rss-stare.xml', to: '/pl/rss.xml', since: '2026-05-20' }]);
    expect(redirect!.since.toISOString()).toBe('2026-05-20T00:00:00.000Z');
  });

  it('refuses anything that could add a rule to _redirects or a directive to nginx', () => {
    for (const bad of [
      '/pl/a b/',
      '/pl/a;/',
      '/pl/a/ { return 200; }',
      'pl/a/',
      '/pl/../x/',
      'https://evil.example/',
      '/pl/a',
      '/pl//a/',
      '/pl/A/',
      '/pl/a/?x=1',
      '/pl/a/\n/x/ /y/ 200',
    ]) {
      expect(sitePathPattern.test(bad) && !bad.includes('..'), bad).toBe(false);
      expect(redirectsSchema.safeParse([{ from: bad, to: '/pl/', since: '2026-05-20' }]).success, bad).toBe(false);
    }
  });
});

describe('redirect outputs', () => {
  it('writes a page only at an old page path', () => {
    expect(redirectPageFile('/pl/historie-sukcesu/stara/')).toBe('pl/historie-sukcesu/stara/index.html');
    expect(redirectPageFile('/pl/stary.xml')).toBeUndefined();
    expect(redirectLocale('/cs/mesta/x/')).toBe('cs');
    expect(redirectLocale('/open-data/old.csv')).toBe('pl');
  });

  it('is a noindex page in the old page’s language that refreshes at once to the target, canonical to it, without script', () => {
    const html = redirectPageHtml(moved, { title: 'Gliwice & <Umgebung>', csp: "default-src 'self'; script-src 'sha256-x'" });
    const $ = load(html);
    expect($('html').attr('lang')).toBe('de');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/de/staedte/gliwice/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://iskctw.example.org/de/staedte/gliwice/');
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($('h1').text()).toBe('Diese Seite ist umgezogen');
    expect($('main a').attr('href')).toBe('/de/staedte/gliwice/');
    expect($('main a').text()).toBe('Gliwice & <Umgebung>');
    expect($('script')).toHaveLength(0);
    expect($('[data-pagefind-body]')).toHaveLength(0);
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toBe("default-src 'self'; script-src 'sha256-x'");
    expect(load(redirectPageHtml(moved))('meta[http-equiv="content-security-policy"]').attr('content')).toBe("default-src 'none'");
  });

  it('writes the host rules: _redirects lines and exact nginx locations', () => {
    expect(
      netlifyRedirects([moved])
        .split('\n')
        .filter((line) => !line.startsWith('#')),
    ).toEqual(['/de/staedte/gleiwitz/ /de/staedte/gliwice/ 301', '']);
    const nginx = nginxRedirects([moved, { from: '/pl/stary.xml', to: '/pl/rss.xml' }]);
    expect(nginx).toContain('location = /de/staedte/gleiwitz/ { return 301 /de/staedte/gliwice/; }');
    expect(nginx).toContain('location = /de/staedte/gleiwitz { return 301 /de/staedte/gliwice/; }');
    expect(nginx).toContain('location = /pl/stary.xml { return 301 /pl/rss.xml; }');
    expect(nginx).not.toContain('location = /pl/stary.xm {');
  });
});

describe('redirectsFiles', () => {
  it('reads content/redirects.yaml and any extra files the environment names', () => {
    expect(redirectsFiles('/p', '/p/content')).toEqual(['/p/content/redirects.yaml']);
    expect(redirectsFiles('/p', '/p/content', { REDIRECTS_EXTRA: 'tests/fixtures/redirects.yaml' })).toEqual([
      '/p/content/redirects.yaml',
      '/p/tests/fixtures/redirects.yaml',
    ]);
  });
});
