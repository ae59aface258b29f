import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { badgePath, badgeVariants } from '../../src/lib/badge';
import { widgetPath } from '../../src/lib/widget-paths';
import { cityOrder, cluster, localeCodes, locales, widgetFrameOrigins } from '../../src/site.config';
import { exists, fileOf, isNoindex, page, pathOf, testOrigin, testSiteDir } from '../helpers/site';
import { strictXml } from '../helpers/xml';

const widgets = localeCodes.flatMap((locale) => cityOrder.map((city) => ({ locale, city, path: widgetPath(locale, city) })));

describe('city widgets', () => {
  it('exist for every city in every locale', () => {
    expect(widgets).toHaveLength(cityOrder.length * localeCodes.length);
    expect(widgets.length).toBe(24);
    expect(widgets.filter((widget) => !exists(widget.path)).map((widget) => widget.path)).toStrictEqual([]);
  });

  it('are small, script-free, noindex pages of their own in the page’s language', () => {
    for (const { locale, path } of widgets) {
      const $ = page(path);
      expect($('html').attr('lang'), path).toBe(locales[locale].lang);
      expect($('title').text(), path).toMatch(/ – IŚKCTW$/);
      expect($('main'), path).toHaveLength(1);
      expect($('h1'), path).toHaveLength(1);
      expect($('script'), path).toHaveLength(0);
      expect($('[onclick], [onload], [onerror]'), path).toHaveLength(0);
      expect(isNoindex($), path).toBe(true);
      // Not the site's chrome, and not in the search index.
      expect($('header, footer, nav, .skip-link'), path).toHaveLength(0);
      expect($('[data-pagefind-body]'), path).toHaveLength(0);
      expect($('svg.logo'), path).toHaveLength(1);
    }
  });

  it('weigh at most 15 kB gzip with their CSS', () => {
    for (const { path } of widgets) {
      const html = readFileSync(fileOf(path), 'utf8');
      const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
      const total = gzipSync(html).length + sheets.reduce((sum, sheet) => sum + gzipSync(readFileSync(fileOf(sheet))).length, 0);
      expect(total, path).toBeLessThanOrEqual(15 * 1024);
      // Its styles come with it (inline, allowed by the CSP's hash): one request in the portal's frame.
      expect(page(path)('style').length, path).toBeGreaterThan(0);
    }
  });

  it('open every link in the top window and link only to pages that exist, the city page among them', () => {
    for (const { locale, city, path } of widgets) {
      const links = page(path)('a');
      expect(links.length, path).toBeGreaterThanOrEqual(2);
      links.each((_, link) => {
        const $link = page(path)(link);
        expect($link.attr('target'), `${path} ${$link.attr('href')}`).toBe('_top');
        expect(exists($link.attr('href')!), `${path} → ${$link.attr('href')}`).toBe(true);
      });
      expect(links.filter((_, link) => page(path)(link).attr('href') === entryPath(locale, 'cities', city)).length, path).toBe(1);
    }
  });

  it('list the city’s stories and events, never an example entry', () => {
    let entries = 0;
    for (const { locale, city, path } of widgets) {
      const $ = page(path);
      $('main li a').each((_, link) => {
        entries++;
        const target = page($(link).attr('href')!);
        expect(target('.notice--example'), `${path} → ${$(link).attr('href')}`).toHaveLength(0);
        // The entry belongs to this city: its page links to the city page.
        expect(target(`main a[href="${entryPath(locale, 'cities', city)}"]`).length, `${path} → ${$(link).attr('href')}`).toBeGreaterThan(
          0,
        );
      });
    }
    expect(entries).toBeGreaterThanOrEqual(widgets.length);
  });

  it('are not in the sitemap', () => {
    const index = readFileSync(`${testSiteDir}sitemap-index.xml`, 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => pathOf(match[1]!));
    expect(files.length).toBeGreaterThan(0);
    const listed = files.flatMap((file) =>
      [...readFileSync(fileOf(file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => pathOf(match[1]!)),
    );
    expect(listed.length).toBeGreaterThan(100);
    for (const { path } of widgets) expect(listed, path).not.toContain(path);
    for (const locale of localeCodes) expect(listed).not.toContain(sectionPath(locale, 'widgets'));
  });
});

describe('widgets index', () => {
  it.each(localeCodes)('links every city’s widget and the portals page (%s), and is no placeholder', (locale) => {
    const path = sectionPath(locale, 'widgets');
    const $ = page(path);
    const hrefs = $('main a')
      .map((_, link) => $(link).attr('href'))
      .get();
    for (const city of cityOrder) expect(hrefs).toContain(widgetPath(locale, city));
    expect(hrefs).toContain(sectionPath(locale, 'linkToUs'));
    expect($('h1').text()).toBe(translate(locale, 'widgets.title'));
    expect($('main').text()).not.toContain(translate(locale, 'comingSoon.text'));
    expect(isNoindex($)).toBe(true);
  });
});

describe('"for city portals" page', () => {
  /** The code of every snippet on a locale's portals page, with what kind of code it is. */
  const snippets = (locale: (typeof localeCodes)[number]) => {
    const $ = page(sectionPath(locale, 'linkToUs'));
    return $('pre[data-snippet]')
      .map((_, pre) => ({
        kind: $(pre).attr('data-snippet')!,
        code: $(pre).find('code').text(),
        preview: $(pre).closest('.snippet').find('.snippet-preview').html(),
      }))
      .get();
  };
  /** The URLs in a snippet: the attributes of pasted HTML, or the address itself. */
  const urlsOf = (snippet: { kind: string; code: string }) => {
    if (snippet.kind === 'url') return [snippet.code];
    const $ = load(snippet.code, null, false);
    return $('[href], [src]')
      .map((_, element) => $(element).attr('href') ?? $(element).attr('src'))
      .get();
  };

  it.each(localeCodes)('is a real page in %s, indexable, with snippets for all six cities', (locale) => {
    const path = sectionPath(locale, 'linkToUs');
    const $ = page(path);
    expect(isNoindex($)).toBe(false);
    expect($('main').text()).not.toContain(translate(locale, 'comingSoon.text'));
    for (const city of cityOrder) {
      expect($(`#city-${city} pre[data-snippet]`).length, city).toBe(7);
      // The webmaster learns which addresses may frame the city's widget.
      for (const origin of widgetFrameOrigins[city]) expect($(`#city-${city}`).text(), city).toContain(origin);
    }
    expect(snippets(locale)).toHaveLength(cityOrder.length * 7 + 2);
  });

  it.each(localeCodes)('shows snippets whose every URL is absolute on the site’s origin and resolves to a built file (%s)', (locale) => {
    const urls = snippets(locale).flatMap(urlsOf);
    // Per city: the text link, two badges (link and image each), the widget, two feeds and the calendar; then two open-data files.
    expect(urls.length).toBe(cityOrder.length * 9 + 2);
    for (const url of urls) {
      expect(url.startsWith(`${testOrigin}/`), url).toBe(true);
      expect(exists(pathOf(url)), url).toBe(true);
    }
    // Each city's widget, badges, feeds and calendar are among them.
    for (const city of cityOrder) expect(urls).toContain(`${testOrigin}${widgetPath(locale, city)}`);
    for (const variant of badgeVariants) expect(urls).toContain(`${testOrigin}${badgePath(locale, variant)}`);
  });

  it.each(localeCodes)('previews exactly the code it shows, with site paths (%s)', (locale) => {
    const withPreview = snippets(locale).filter((snippet) => snippet.kind === 'html');
    expect(withPreview).toHaveLength(cityOrder.length * 4);
    for (const snippet of withPreview) {
      const code = load(snippet.code, null, false);
      const preview = load(snippet.preview ?? '', null, false);
      const attributes = ($: typeof code) =>
        $('*')
          .map((_, element) => JSON.stringify([$(element).prop('tagName'), $(element).attr()]))
          .get();
      expect(attributes(preview)).toStrictEqual(attributes(code).map((entry) => entry.replaceAll(`${testOrigin}/`, '/')));
      expect(preview.root().text()).toBe(code.root().text());
    }
  });

  it.each(localeCodes)('gives every badge an alt text and every frame a title and size (%s)', (locale) => {
    const html = snippets(locale)
      .filter((snippet) => snippet.kind === 'html')
      .map((snippet) => load(snippet.code, null, false));
    const images = html.flatMap(($) =>
      $('img')
        .map((_, img) => $(img).attr('alt'))
        .get(),
    );
    const frames = html.flatMap(
      ($) =>
        $('iframe')
          .map((_, frame) => [[$(frame).attr('title'), $(frame).attr('width'), $(frame).attr('height')]])
          .get() as string[][],
    );
    expect(images).toHaveLength(cityOrder.length * 2);
    for (const alt of images) expect(alt).toMatch(/\S/);
    expect(frames).toHaveLength(cityOrder.length);
    for (const [title, width, height] of frames) {
      expect(title).toMatch(/\S/);
      expect(Number(width)).toBeGreaterThanOrEqual(280);
      expect(Number(height)).toBeGreaterThan(0);
    }
  });
});

describe('badges', () => {
  it.each(localeCodes)('are well-formed SVG files in %s, light and dark, with an accessible name in the language', (locale) => {
    const fills = new Set<string>();
    for (const variant of badgeVariants) {
      const svg = readFileSync(fileOf(badgePath(locale, variant)), 'utf8');
      expect(strictXml(svg).name).toBe('svg');
      const $ = load(svg, { xml: true });
      expect($('svg').attr('role')).toBe('img');
      expect($('svg').attr('lang')).toBe(locales[locale].lang);
      expect($('svg > title').text()).toBe(
        translate(locale, 'portals.badgeTitle', { short: cluster.shortName, cluster: cluster.name[locale] }),
      );
      expect($('text').last().text()).toBe(translate(locale, 'portals.badgeLine'));
      expect($('script, foreignObject')).toHaveLength(0);
      fills.add($('svg > rect').attr('fill')!);
    }
    expect(fills.size).toBe(2);
  });
});
