import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { badgePath, badgeSize, badgeSvg, badgeVariants } from '../../src/lib/badge';
import { escapeHtml } from '../../src/lib/html-escape';
import { badgeSnippet, iframeSnippet, linkSnippet } from '../../src/lib/portal-snippets';
import { widgetEvents, widgetStories } from '../../src/lib/queries/widget-items';
import { widgetFrameSize, widgetPath } from '../../src/lib/widget-paths';
import { cityOrder, localeCodes, locales } from '../../src/site.config';
import { strictXml } from '../helpers/xml';

describe('widgetPath', () => {
  it('puts each city under the translated widgets slug', () => {
    expect(widgetPath('pl', 'gliwice')).toBe('/pl/widzety/gliwice/');
    expect(widgetPath('en', 'jastrzebie-zdroj')).toBe('/en/widgets/jastrzebie-zdroj/');
    expect(widgetPath('cs', 'rybnik')).toBe('/cs/widgety/rybnik/');
  });

  it('gives every city and locale its own path inside the widgets section', () => {
    const paths = localeCodes.flatMap((locale) => cityOrder.map((city) => widgetPath(locale, city)));
    expect(paths).toHaveLength(24);
    expect(new Set(paths).size).toBe(24);
    for (const locale of localeCodes) {
      for (const city of cityOrder) expect(widgetPath(locale, city)).toBe(`/${locale}/${locales[locale].slugs.widgets}/${city}/`);
    }
  });

  it('recommends a frame at least as wide as the narrowest width the widget supports', () => {
    expect(widgetFrameSize.minWidth).toBe(280);
    expect(widgetFrameSize.width).toBeGreaterThanOrEqual(widgetFrameSize.minWidth);
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>R&D</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;');
  });
});

describe('portal snippets', () => {
  it('writes a text link', () => {
    expect(linkSnippet('https://x.org/pl/miasta/gliwice/', 'Gliwice – IŚKCTW')).toBe(
      '<a href="https://x.org/pl/miasta/gliwice/">Gliwice – IŚKCTW</a>',
    );
  });

  it('writes a linked badge with its size and alt text', () => {
    expect(badgeSnippet('/pl/', '/b.svg', 'IŚKCTW', { width: 200, height: 48 })).toBe(
      '<a href="/pl/"><img src="/b.svg" width="200" height="48" alt="IŚKCTW"></a>',
    );
  });

  it('writes an iframe with a title, its size and lazy loading', () => {
    expect(iframeSnippet('/pl/widzety/gliwice/', 'Gliwice', { width: 360, height: 460 })).toBe(
      '<iframe src="/pl/widzety/gliwice/" title="Gliwice" width="360" height="460" loading="lazy"></iframe>',
    );
  });

  it('never lets text or a URL break out of its attribute or element', () => {
    const hostile = `"><script>alert(1)</script><b x='`;
    for (const html of [
      linkSnippet(hostile, hostile),
      badgeSnippet(hostile, hostile, hostile, { width: 1, height: 1 }),
      iframeSnippet(hostile, hostile, { width: 1, height: 1 }),
    ]) {
      const $ = load(html, null, false);
      expect($('script')).toHaveLength(0);
      expect($('b')).toHaveLength(0);
      expect($.root().children()).toHaveLength(1);
    }
    expect(load(linkSnippet('/x/', hostile), null, false)('a').text()).toBe(hostile);
    expect(load(iframeSnippet(hostile, 't', { width: 1, height: 1 }), null, false)('iframe').attr('src')).toBe(hostile);
  });
});

describe('badge', () => {
  const text = { lang: 'pl', title: 'Miasto członkowskie klastra IŚKCTW', heading: 'IŚKCTW', line: 'Miasto członkowskie' };

  it('lives beside the portals page, one file per variant', () => {
    expect(badgeVariants).toEqual(['light', 'dark']);
    expect(badgePath('pl', 'light')).toBe('/pl/dla-portali-miejskich/badge-light.svg');
    expect(badgePath('de', 'dark')).toBe('/de/fuer-stadtportale/badge-dark.svg');
  });

  it('is a well-formed SVG with its size, language and accessible name', () => {
    for (const variant of badgeVariants) {
      const svg = badgeSvg(text, variant);
      expect(strictXml(svg).name).toBe('svg');
      const $ = load(svg, { xml: true });
      const root = $('svg');
      expect(root.attr('width')).toBe(String(badgeSize.width));
      expect(root.attr('height')).toBe(String(badgeSize.height));
      expect(root.attr('role')).toBe('img');
      expect(root.attr('lang')).toBe('pl');
      expect(root.attr('aria-labelledby')).toBe('badge-title');
      expect($('#badge-title').text()).toBe(text.title);
      expect(
        $('text')
          .map((_, el) => $(el).text())
          .get(),
      ).toEqual(['IŚKCTW', 'Miasto członkowskie']);
    }
  });

  it('differs between the light and dark variants', () => {
    const light = load(badgeSvg(text, 'light'), { xml: true })('svg > rect').attr('fill');
    const dark = load(badgeSvg(text, 'dark'), { xml: true })('svg > rect').attr('fill');
    expect(light).toBe('#ffffff');
    expect(dark).not.toBe(light);
  });

  it('escapes its text and drops characters XML does not allow', () => {
    const svg = badgeSvg({ lang: 'en"><x', title: 'A & <b>\u0001', heading: '</text><script/>', line: 'x\n y' }, 'light');
    expect(strictXml(svg).name).toBe('svg');
    const $ = load(svg, { xml: true });
    expect($('script')).toHaveLength(0);
    expect($('x')).toHaveLength(0);
    expect($('#badge-title').text()).toBe('A & <b>');
    expect($('text').last().text()).toBe('x y');
  });
});

describe('widget items', () => {
  const story = (slug: string, date: string, city: string, example = false) => ({
    slug,
    facts: { data: { date: new Date(date), cities: [{ id: city }], partners: [], topics: [], example } },
  });
  const event = (slug: string, date: string, city: string, example = false) => ({
    slug,
    facts: { data: { start: { date }, city: { id: city }, example } },
  });
  const asOf = new Date('2026-06-01T12:00:00Z');

  it('lists a city’s newest real stories, never example ones, at most n', () => {
    const stories = [
      story('old', '2015-06-26', 'katowice'),
      story('example-new', '2026-01-01', 'katowice', true),
      story('new', '2020-01-14', 'katowice'),
      story('middle', '2018-01-01', 'katowice'),
      story('elsewhere', '2025-01-01', 'gliwice'),
    ];
    expect(widgetStories(stories, 'katowice', 2).map((s) => s.slug)).toEqual(['new', 'middle']);
    expect(widgetStories(stories, 'katowice', 5).map((s) => s.slug)).toEqual(['new', 'middle', 'old']);
    expect(widgetStories(stories, 'rybnik', 3)).toEqual([]);
  });

  it('lists the next real events, soonest first, and leaves out examples', () => {
    const events = [
      event('far', '2027-09-01', 'gliwice'),
      event('example-soon', '2026-06-10', 'gliwice', true),
      event('soon', '2026-07-01', 'gliwice'),
      event('today', '2026-06-01', 'gliwice'),
      event('past', '2006-05-29', 'gliwice'),
      event('elsewhere', '2026-06-02', 'tychy'),
    ];
    const result = widgetEvents(events, 'gliwice', asOf, 2);
    expect(result.when).toBe('upcoming');
    expect(result.events.map((e) => e.slug)).toEqual(['today', 'soon']);
  });

  it('falls back to the latest past real events when none is announced', () => {
    const events = [
      event('example-soon', '2027-04-22', 'jaworzno', true),
      event('older', '2009-03-16', 'jaworzno'),
      event('newer', '2013-09-10', 'jaworzno'),
    ];
    const result = widgetEvents(events, 'jaworzno', asOf, 3);
    expect(result.when).toBe('past');
    expect(result.events.map((e) => e.slug)).toEqual(['newer', 'older']);
    expect(widgetEvents([event('example', '2027-04-22', 'jaworzno', true)], 'jaworzno', asOf, 3)).toEqual({ when: 'past', events: [] });
  });
});
