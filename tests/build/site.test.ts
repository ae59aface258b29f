import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/i18n';
import { cityOrder, localeCodes, locales, type Locale } from '../../src/site.config';
import { exists, fileOf, htmlPaths, isNoindex, page, pathOf, testOrigin, testSiteDir } from '../helpers/site';

const pages = htmlPaths();
const localized = (locale: Locale) => pages.filter((path) => path.startsWith(`/${locale}/`));
const indexable = pages.filter((path) => !isNoindex(page(path)));

describe('the built site', () => {
  it('has pages in every locale, indexable ones among them (the lists every test below walks)', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const locale of localeCodes) expect(localized(locale).length, locale).toBeGreaterThan(20);
    expect(indexable.length).toBeGreaterThan(30);
  });

  it.each(localeCodes)('has a home page, six city pages, the about page and a 404 in %s', (locale) => {
    const slugs = locales[locale].slugs;
    const expected = [
      `/${locale}/`,
      `/${locale}/${slugs.cities}/`,
      `/${locale}/${slugs.about}/`,
      `/${locale}/404/`,
      ...cityOrder.map((city) => `/${locale}/${slugs.cities}/${city}/`),
    ];
    for (const path of expected) expect(pages, path).toContain(path);
  });

  it.each(localeCodes)(
    'shows each city card’s population with the date it refers to, on the home page and the cities index in %s',
    (locale) => {
      for (const path of [`/${locale}/`, `/${locale}/${locales[locale].slugs.cities}/`]) {
        const $ = page(path);
        const metas = $('.card--city .card__meta');
        expect(metas.length, path).toBe(cityOrder.length);
        metas.each((_, meta) => {
          expect($(meta).find('time').attr('datetime'), `${path}: ${$(meta).text()}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
      }
    },
  );

  it.each(localeCodes)('shows population and area on each city page in %s with the date each figure refers to', (locale) => {
    for (const city of cityOrder) {
      const path = `/${locale}/${locales[locale].slugs.cities}/${city}/`;
      const $ = page(path);
      const dated = $('.facts dd').filter((_, dd) => /^\d{4}-\d{2}-\d{2}$/.test($(dd).find('time').attr('datetime') ?? ''));
      expect(dated.length, path).toBeGreaterThanOrEqual(2);
      expect(dated.first().text(), path).toMatch(/\d/);
    }
  });

  it('has a language chooser at / and a host 404 page, both noindex', () => {
    for (const path of ['/', '/404.html']) {
      expect(pages).toContain(path);
      expect(isNoindex(page(path)), path).toBe(true);
    }
    const $ = page('/');
    const links = $('a[hreflang]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(localeCodes.map((locale) => `/${locale}/`));
  });

  it.each(localeCodes)('sets <html lang> to the locale on every %s page', (locale) => {
    expect(localized(locale).length).toBeGreaterThan(0);
    for (const path of localized(locale)) expect(page(path)('html').attr('lang'), path).toBe(locales[locale].lang);
  });

  it('gives every indexable page a self-canonical URL', () => {
    expect(indexable.length).toBeGreaterThan(30);
    for (const path of indexable) expect(page(path)('link[rel="canonical"]').attr('href'), path).toBe(`${testOrigin}${path}`);
  });

  it('gives every fully translated page reciprocal hreflang alternates for all locales plus x-default, pointing at indexable pages', () => {
    expect(indexable.length).toBeGreaterThan(30);
    for (const path of indexable) {
      const $ = page(path);
      const alternates = new Map(
        $('link[rel="alternate"][hreflang]')
          .map((_, link) => [[$(link).attr('hreflang')!, $(link).attr('href')!]])
          .get() as [string, string][],
      );
      expect(alternates.get($('html').attr('lang')!), `${path} lists itself`).toBe(`${testOrigin}${path}`);
      expect(alternates.has('x-default'), `${path} has x-default`).toBe(true);
      for (const [lang, href] of alternates) {
        const target = pathOf(href);
        expect(exists(target), `${path} → ${lang} ${target} exists`).toBe(true);
        expect(isNoindex(page(target)), `${path} → ${target} is indexable`).toBe(false);
        if (lang === 'x-default') continue;
        const back = page(target)(`link[rel="alternate"][hreflang="${page(path)('html').attr('lang')}"]`).attr('href');
        expect(back, `${target} links back to ${path}`).toBe(`${testOrigin}${path}`);
      }
    }
  });

  it('gives the pages this foundation builds all four locales plus x-default', () => {
    for (const locale of localeCodes) {
      const slugs = locales[locale].slugs;
      const fully = [
        `/${locale}/`,
        `/${locale}/${slugs.cities}/`,
        `/${locale}/${slugs.about}/`,
        ...cityOrder.map((city) => `/${locale}/${slugs.cities}/${city}/`),
      ];
      for (const path of fully) {
        expect(indexable, path).toContain(path);
        expect(page(path)('link[rel="alternate"][hreflang]').length, path).toBe(localeCodes.length + 1);
      }
    }
  });

  it('gives every indexable page a <title> unique within its locale', () => {
    for (const locale of localeCodes) {
      const titles = localized(locale)
        .filter((path) => indexable.includes(path))
        .map((path) => page(path)('title').text().trim());
      expect(titles.length, locale).toBeGreaterThan(0);
      for (const title of titles) expect(title.length).toBeGreaterThan(3);
      const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index);
      expect(duplicates, locale).toEqual([]);
    }
  });

  it('has no broken internal links, images, scripts or stylesheets', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const $ = page(path);
      $('a[href], link[href], img[src], script[src], source[srcset], img[srcset]').each((_, element) => {
        const el = $(element);
        const refs = [
          el.attr('href'),
          el.attr('src'),
          ...(el.attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]),
        ].filter(Boolean) as string[];
        for (const ref of refs) {
          const url = ref.startsWith(testOrigin) ? pathOf(ref) : ref;
          if (!url.startsWith('/') || url.startsWith('//')) continue;
          checked += 1;
          if (!exists(url.split('#')[0]!)) broken.push(`${path} → ${ref}`);
        }
      });
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });

  it('makes no third-party requests: every script, stylesheet, image and font is on the site itself', () => {
    let checked = 0;
    for (const path of pages) {
      const $ = page(path);
      $('script[src], link[rel="stylesheet"], img[src], link[rel="preload"], iframe').each((_, element) => {
        const ref = $(element).attr('src') ?? $(element).attr('href') ?? '';
        checked += 1;
        expect(ref.startsWith('/') && !ref.startsWith('//'), `${path}: ${ref}`).toBe(true);
      });
    }
    // Every page links at least its stylesheet.
    expect(checked).toBeGreaterThanOrEqual(pages.length);
  });

  it('sets a Content Security Policy without unsafe-inline or unsafe-eval on every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const csp = page(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toMatch(/'unsafe-eval'/);
    }
  });

  it("runs only the site's own scripts: no 'self' in script-src, every script inline and allowed by its hash", () => {
    let scripts = 0;
    for (const path of pages) {
      const $ = page(path);
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const scriptSrc = (/(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '').split(/\s+/);
      // Without 'self', a same-origin file (an uploaded .txt in /_astro/ included) cannot be loaded as a script.
      expect(scriptSrc, path).not.toContain("'self'");
      expect(scriptSrc, path).toEqual(expect.arrayContaining(["'strict-dynamic'", "'wasm-unsafe-eval'"]));
      expect($('script[src]').length, path).toBe(0);
      $('script:not([type="application/json"]):not([type="application/ld+json"])').each((_, element) => {
        scripts += 1;
        const hash = createHash('sha256').update($(element).text()).digest('base64');
        expect(scriptSrc, path).toContain(`'sha256-${hash}'`);
      });
    }
    expect(scripts).toBeGreaterThan(0);
  });

  it('ships JavaScript only on pages that need it', () => {
    /** Pages with an island, and why: the language chooser (browser language), search, the offers filter. */
    const withScripts = (path: string) =>
      path === '/' ||
      localeCodes.some(
        (locale) => path === `/${locale}/${locales[locale].slugs.search}/` || path === `/${locale}/${locales[locale].slugs.offers}/`,
      );
    const withoutScripts = pages.filter((p) => !withScripts(p));
    expect(withoutScripts.length).toBeGreaterThan(100);
    for (const path of withoutScripts)
      expect(page(path)('script:not([type="application/json"]):not([type="application/ld+json"])').length, path).toBe(0);
  });
});

describe('sitemap and robots.txt', () => {
  const xml = (file: string) => readFileSync(`${testSiteDir}${file}`, 'utf8');
  const index = xml('sitemap-index.xml');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => pathOf(match[1]!).replace(/^\//, ''));
  const entries = files.flatMap((file) =>
    [...xml(file).matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => ({
      loc: pathOf(/<loc>([^<]+)<\/loc>/.exec(match[1]!)![1]!),
      links: [...match[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        (link) => [link[1]!, link[2]!] as const,
      ),
    })),
  );

  it('lists exactly the indexable pages', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.loc).sort()).toEqual([...indexable].sort());
  });

  it('gives each page the same alternates as its HTML head', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const entry of entries) {
      const $ = page(entry.loc);
      const head = $('link[rel="alternate"][hreflang]')
        .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
        .get()
        .sort();
      expect(entry.links.map(([lang, href]) => `${lang} ${href}`).sort(), entry.loc).toEqual(head);
    }
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(fileOf('/robots.txt'), 'utf8')).toContain(`Sitemap: ${testOrigin}/sitemap-index.xml`);
  });
});

describe('fallback pages (DESIGN §9)', () => {
  /**
   * A story translated into Polish and English only (tests/fixtures/site-content/stories/fixture-pl-en-story/): German
   * and Czech fall back to English, whatever translations the sample content has.
   */
  const fallbackPage = (locale: Locale) => entryPath(locale, 'stories', 'fixture-pl-en-story');
  /** Every page of the build that shows text from the fallback chain under a notice: the fixture's and any other. */
  const fallbackPages = pages.filter((path) => page(path)('.notice--fallback').length > 0);

  it('exist in every locale, so navigation never 404s', () => {
    for (const locale of localeCodes) expect(pages).toContain(fallbackPage(locale));
  });

  it('show the text from the fallback chain under a notice in the reader’s language, marked with its own lang', () => {
    const $ = page(fallbackPage('de'));
    expect($('html').attr('lang')).toBe('de');
    // Nothing is translated: the notice speaks of the whole page.
    expect($('.notice--fallback').text().trim()).toBe(
      'Diese Seite ist noch nicht ins Deutsche übersetzt. Sie wird unten auf Englisch angezeigt.',
    );
    expect($('h1').attr('lang')).toBe('en');
    expect($('.prose').attr('lang')).toBe('en');
    expect($('h1').text()).toBe('Test story in Polish and English only');
    expect(page(fallbackPage('cs'))('.notice--fallback').text()).toContain('není přeložena do češtiny');
  });

  it('are noindex, canonical to the page whose text they show, and carry no alternates', () => {
    for (const locale of ['de', 'cs'] as const) {
      const $ = page(fallbackPage(locale));
      expect(isNoindex($), locale).toBe(true);
      expect($('link[rel="canonical"]').attr('href')).toBe(`${testOrigin}${fallbackPage('en')}`);
      expect($('link[rel="alternate"][hreflang]').length).toBe(0);
    }
  });

  it('whatever page they show, never have a title or body without the lang of its text, and are never indexed when nothing is translated', () => {
    expect(fallbackPages).toEqual(expect.arrayContaining([fallbackPage('de'), fallbackPage('cs')]));
    for (const path of fallbackPages) {
      const $ = page(path);
      const own = $('html').attr('lang');
      // The text shown is in another language: the title, the body or the facts shown from the fallback chain say which.
      const marked = $('h1[lang], .prose[lang], main td[lang], main dd[lang]').filter((_, element) => $(element).attr('lang') !== own);
      expect(marked.length, path).toBeGreaterThan(0);
      if ($('h1').attr('lang') && $('h1').attr('lang') !== own) expect(isNoindex($), path).toBe(true);
    }
  });

  it('leave the untranslated locales out of the translated pages’ hreflang sets', () => {
    const $ = page(fallbackPage('pl'));
    expect(isNoindex($)).toBe(false);
    const hreflangs = $('link[rel="alternate"][hreflang]')
      .map((_, link) => $(link).attr('hreflang'))
      .get();
    expect(hreflangs).toStrictEqual(['pl', 'en', 'x-default']);
  });

  it('still offer every language in the switcher', () => {
    const $ = page(fallbackPage('de'));
    expect($('.lang-switcher a').length).toBe(localeCodes.length);
  });
});
