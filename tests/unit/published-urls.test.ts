import { describe, expect, it } from 'vitest';
import { brokenUrls, formatUrlList, parseUrlList, publishedPathOf, publishedPaths } from '../../src/lib/published-urls';

describe('publishedPathOf', () => {
  it('lists pages as their folder and other files as they are', () => {
    expect(publishedPathOf('index.html')).toBe('/');
    expect(publishedPathOf('pl/miasta/gliwice/index.html')).toBe('/pl/miasta/gliwice/');
    expect(publishedPathOf('pl/miasta/gliwice/rss.xml')).toBe('/pl/miasta/gliwice/rss.xml');
    // Later pages of a list follow the content; the list's own address is kept.
    expect(publishedPathOf('pl/historie-sukcesu/strona/2/index.html')).toBeUndefined();
    expect(publishedPathOf('en/success-stories/city/gliwice/page/12/index.html')).toBeUndefined();
    expect(publishedPathOf('de/veranstaltungen/seite/3/index.html')).toBeUndefined();
    expect(publishedPathOf('en/success-stories/strona/2/index.html')).toBe('/en/success-stories/strona/2/');
    expect(publishedPathOf('pl/historie-sukcesu/strona/index.html')).toBe('/pl/historie-sukcesu/strona/');
    expect(publishedPathOf('404.html')).toBe('/404.html');
    expect(publishedPathOf('open-data/offers.csv')).toBe('/open-data/offers.csv');
    expect(publishedPathOf('sitemap-index.xml')).toBe('/sitemap-index.xml');
    expect(publishedPathOf('admin/index.html')).toBe('/admin/');
  });

  it('leaves out build internals and host files', () => {
    for (const file of [
      '_astro/index.Dk2x.css',
      '_astro/broszura.B1x9.pdf',
      'pagefind/pagefind.js',
      'sitemap-0.xml',
      '_redirects',
      '_headers',
      'nginx-redirects.conf',
      'admin/cms/chunks/heic-C7m4hf1p.js',
      'admin/locales/pl.js',
    ]) {
      expect(publishedPathOf(file), file).toBeUndefined();
    }
  });
});

describe('the committed list', () => {
  it('is sorted and de-duplicated, and reads back as written', () => {
    const paths = publishedPaths(['pl/rss.xml', 'pl/index.html', '_astro/a.css', 'en/index.html', 'pl/index.html']);
    expect(paths).toEqual(['/en/', '/pl/', '/pl/rss.xml']);
    const text = formatUrlList(paths);
    expect(text).toMatch(/^# /);
    expect(text).toContain('npm run urls:record');
    expect(parseUrlList(text)).toEqual(paths);
    expect(parseUrlList('# a comment\r\n\r\n /pl/ \n')).toEqual(['/pl/']);
  });
});

describe('brokenUrls', () => {
  const built = new Set(['/pl/', '/pl/miasta/gliwice/']);
  it('names every listed path that is neither built nor redirected, with the fix', () => {
    const broken = brokenUrls(
      ['/pl/', '/pl/miasta/gliwice/', '/pl/historie-sukcesu/stara-nazwa/', '/en/towns/'],
      built,
      new Set(['/en/towns/']),
    );
    expect(broken).toHaveLength(1);
    expect(broken[0]).toContain('/pl/historie-sukcesu/stara-nazwa/ is no longer published');
    expect(broken[0]).toContain('from: /pl/historie-sukcesu/stara-nazwa/');
    expect(broken[0]).toContain('content/redirects.yaml');
    expect(broken[0]).toContain('npm run urls:record');
  });

  it('finds nothing when every listed path is built', () => {
    expect(brokenUrls(['/pl/'], built, new Set())).toEqual([]);
  });
});
