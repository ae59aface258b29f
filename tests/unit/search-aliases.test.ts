import { describe, expect, it } from 'vitest';
import { cityAliases, topicAliases } from '../../src/data/search-aliases';
import { translate } from '../../src/i18n';
import { cityAliasesFor, filterAliasesFor } from '../../src/lib/search-aliases';
import { cityOrder } from '../../src/site.config';
import { isIndexable, pageUrl, withWordBoundaries } from '../../scripts/pagefind.mjs';

describe('search aliases', () => {
  it('gives each city its exonyms and Czech forms, and nothing for a locale without any', () => {
    expect(cityAliasesFor('katowice', 'de')).toStrictEqual(['Kattowitz']);
    expect(cityAliasesFor('gliwice', 'de')).toStrictEqual(['Gleiwitz']);
    expect(cityAliasesFor('tychy', 'de')).toStrictEqual(['Tichau']);
    expect(cityAliasesFor('katowice', 'cs')).toContain('v Katovicích');
    expect(cityAliasesFor('rybnik', 'pl')).toStrictEqual([]);
    expect(cityAliasesFor('zabrze', 'de')).toStrictEqual([]);
    // Every city has its Czech locative (Pagefind has no Czech stemmer).
    for (const city of cityOrder)
      expect(
        cityAliases[city].cs?.some((alias) => /^(v|ve městě) /.test(alias)),
        city,
      ).toBe(true);
  });

  it('finds the forms of the sectors and topics a page is tagged with, from their labels in the page’s language', () => {
    const methane = translate('cs', 'topic.methane-use');
    const industry = translate('cs', 'sector.industry');
    const forms = filterAliasesFor('cs', { topic: [methane], sector: [industry], city: ['Katovice'] });
    expect(forms).toStrictEqual([...new Set(['průmyslu', 'průmyslem', 'průmyslové', 'průmyslový', ...topicAliases['methane-use']!.cs!])]);
    // A label of another language matches nothing; a page without filters has no forms.
    expect(filterAliasesFor('cs', { topic: [translate('pl', 'topic.methane-use')] })).toStrictEqual([]);
    expect(filterAliasesFor('de', undefined)).toStrictEqual([]);
    expect(filterAliasesFor('en', { topic: [translate('en', 'topic.carbon-capture')] })).toStrictEqual(['CO2']);
  });
});

describe('what Pagefind is given to index', () => {
  it('keeps words apart after definition terms, descriptions, table cells and captions', () => {
    expect(withWordBoundaries('<dl><div><dt>Miasto</dt><dd>Gliwice</dd></div></dl>')).toBe(
      '<dl><div><dt>Miasto</dt> <dd>Gliwice</dd> </div></dl>',
    );
    expect(withWordBoundaries('<table><caption>Lista</caption><tr><th>Oferta</th><TD>Gliwice</TD></tr></table>')).toBe(
      '<table><caption>Lista</caption> <tr><th>Oferta</th> <TD>Gliwice</TD> </tr></table>',
    );
    expect(withWordBoundaries('<p>Jastrzębie-<b>Zdrój</b></p>')).toBe('<p>Jastrzębie-<b>Zdrój</b></p>');
  });

  it('sends Pagefind only pages the layout marked as searchable', () => {
    expect(isIndexable('<body><main id="main" tabindex="-1" data-pagefind-body>Gliwice</main></body>')).toBe(true);
    expect(isIndexable('<body><main id="main" tabindex="-1">Gliwice</main></body>')).toBe(false);
  });

  it('records the same site paths as Pagefind’s own directory indexing', () => {
    expect(pageUrl('/site', '/site/pl/miasta/gliwice/index.html')).toBe('/pl/miasta/gliwice/');
    expect(pageUrl('/site', '/site/index.html')).toBe('/');
    expect(pageUrl('/site', '/site/404.html')).toBe('/404.html');
  });
});
