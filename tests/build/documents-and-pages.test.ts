import { readFileSync, statSync } from 'node:fs';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { openDataPaths } from '../../src/lib/offers/open-data';
import { pageCount } from '../../src/lib/pagination';
import { cluster, localeCodes, type Locale } from '../../src/site.config';
import { csvObjects } from '../helpers/csv';
import { fileOf, isNoindex, listPages, page, testStaleOffersListed, testTranslationRows } from '../helpers/site';
import { testContentDir } from '../helpers/test-project';
import { contentStates, needsWork } from '../helpers/translation-states';

describe('documents', () => {
  it.each(localeCodes)('lists each file with its language, format and size in %s, linking to the file', (locale) => {
    const $ = page(sectionPath(locale, 'documents'));
    const row = $('tbody tr').first();
    const link = row.find('a[download]');
    expect(link.attr('hreflang')).toBe('pl');
    const href = link.attr('href')!;
    expect(href).toMatch(/^\/_astro\/.+\.txt$/);
    const bytes = statSync(fileOf(href)).size;
    expect(bytes).toBeGreaterThan(5000);
    expect(row.find('td').eq(0).text()).toMatch(/polski|Polish|Polnisch|polština/);
    expect(row.find('td').eq(1).text()).toBe('TXT');
    expect(row.find('td').eq(2).text()).toMatch(/kB/);
  });
});

describe('audience pages and MDX content components', () => {
  it('link to sections in the page’s own language', () => {
    for (const locale of ['pl', 'en'] as const) {
      const links = page(sectionPath(locale, 'investors'))('.prose a')
        .map((_, a) => page(sectionPath(locale, 'investors'))(a).attr('href'))
        .get();
      expect(links).toContain(sectionPath(locale, 'offers'));
      expect(links).toContain(sectionPath(locale, 'openData'));
    }
  });

  it('show every city’s partner cities on the international page, with country names in the reader’s language', () => {
    const $ = page(sectionPath('de', 'international'));
    const rows = $('.prose table tbody tr');
    expect(rows.length).toBe(6);
    expect($('.prose table').text()).toContain('Bottrop (Deutschland)');
  });
});

describe('accessibility statement', () => {
  const ids = [
    'a11y-podmiot',
    'a11y-url',
    'a11y-data-publikacja',
    'a11y-data-aktualizacja',
    'a11y-status',
    'a11y-ocena',
    'a11y-data-sporzadzenie',
    'a11y-audytor',
    'a11y-kontakt',
    'a11y-osoba',
    'a11y-email',
    'a11y-telefon',
    'a11y-procedura',
    'a11y-architektura',
    'a11y-aplikacje',
  ];

  it.each(localeCodes)('in %s carries every element id the national monitoring reads, dates as YYYY-MM-DD', (locale) => {
    const $ = page(sectionPath(locale, 'accessibility'));
    for (const id of ids) expect($(`#${id}`).length, `${locale} #${id}`).toBe(1);
    for (const id of ['a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-data-sporzadzenie']) {
      expect($(`#${id}`).is('time'), id).toBe(true);
      expect($(`#${id}`).attr('datetime'), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect($('#a11y-email').attr('href')).toMatch(/^mailto:/);
  });

  it('names the contact in each page’s own language, as the configuration gives it', () => {
    const names = localeCodes.map((locale) => cluster.accessibility.contact.person[locale]);
    expect(new Set(names).size).toBe(localeCodes.length);
    for (const locale of localeCodes) {
      expect(page(sectionPath(locale, 'accessibility'))('#a11y-osoba').text(), locale).toBe(cluster.accessibility.contact.person[locale]);
    }
  });

  it('is linked from every page’s footer', () => {
    for (const locale of localeCodes) {
      for (const path of [`/${locale}/`, sectionPath(locale, 'cities')]) {
        expect(page(path)(`footer a[href="${sectionPath(locale, 'accessibility')}"]`).length, path).toBe(1);
      }
    }
  });
});

describe('privacy policy', () => {
  const { controller } = cluster.privacy;
  /** How each language cites an article of the GDPR ("art. 15 RODO", "Article 15 GDPR", "Art. 15 DSGVO", "čl. 15 GDPR"). */
  const cite = {
    pl: (n: number) => `art. ${n} RODO`,
    en: (n: number) => `Article ${n} GDPR`,
    de: (n: number) => `Art. ${n} DSGVO`,
    cs: (n: number) => `čl. ${n} GDPR`,
  };

  it.each(localeCodes)('names the controller from the configuration, flagged while it is a placeholder, in %s', (locale) => {
    const $ = page(sectionPath(locale, 'privacy'));
    const block = $('main #privacy-controller');
    expect(block.length).toBe(1);
    expect(block.find('strong').text()).toBe(controller.name[locale]);
    expect(block.find('a').attr('href')).toBe(`mailto:${controller.email}`);
    expect(block.find('.placeholder-note').length).toBe(controller.placeholder ? 1 : 0);
    // The Polish postal address is marked as Polish on the other languages' pages.
    expect(block.find('[lang="pl"]').text()).toBe(locale === 'pl' ? '' : controller.address);
    expect(block.text()).toContain(controller.address);
  });

  it.each(localeCodes)('gives the legal bases, the visitor’s rights and the supervisory authority in %s', (locale) => {
    const $ = page(sectionPath(locale, 'privacy'));
    const text = $('main').text().replace(/\s+/g, ' ');
    for (const article of [15, 16, 17, 18, 20, 21, 22, 28, 77])
      expect(text, `${locale}: ${cite[locale](article)}`).toContain(cite[locale](article));
    expect(text).toMatch(/6 ?(ust\. 1 lit\. |\(1\)\(|Abs\. 1 lit\. |odst\. 1 písm\. )f/);
    expect(text).toContain('Prezes Urzędu Ochrony Danych Osobowych');
    expect(text).toContain('ul. Stawki 2, 00-193 Warszawa');
    expect($('main a[href="https://uodo.gov.pl/"]').length).toBe(1);
    expect($(`main a[href="mailto:${controller.email}"]`).length).toBe(2);
    if (locale !== 'pl')
      expect($('main [lang="pl"]').filter((_, el) => $(el).text() === 'Prezes Urzędu Ochrony Danych Osobowych').length).toBe(1);
  });
});

describe('translation status page for editors', () => {
  const listPath = sectionPath('en', 'translationStatus');
  const pages = listPages(listPath);
  /** The state of every text of the root build's content, read from its files (as `npm run translations` does). */
  const expected = contentStates(testContentDir);
  const needingWork = expected.filter(needsWork);
  const entriesOf = ($: CheerioAPI) =>
    $('.translation-table tbody tr')
      .map((_, tr) => $(tr).find('th').text().trim())
      .get();
  const statesOf = ($: CheerioAPI, name: string) =>
    $('.translation-table tbody tr')
      .filter((_, tr) => $(tr).find('th').text().trim() === name)
      .find('td')
      .map((_, td) => $(td).text())
      .get();
  /** A summary cell's counts by state, from its items' classes (`state--outdated`) and numbers. */
  const countsIn = ($: CheerioAPI, cell: Cheerio<AnyNode>) =>
    Object.fromEntries(
      cell
        .find('li')
        .map((_, li) => [[$(li).attr('class')!.replace('state--', ''), Number($(li).text().match(/\d+$/)![0])]])
        .get() as [string, number][],
    );

  it('sums up every entry per collection and language on page 1, counts that match the content', () => {
    const $ = page(listPath);
    const rows = $('.translation-summary tbody tr');
    const collections = [...new Set(expected.map((row) => row.collection))];
    expect(rows.map((_, tr) => $(tr).find('th').text().trim()).get()).toStrictEqual(collections);
    expect($('.translation-summary thead th[scope="col"]').length).toBe(localeCodes.length + 1);
    const count = (rowsOf: typeof expected, locale: Locale) => {
      const counts: Record<string, number> = {};
      for (const row of rowsOf) counts[row.states[locale]] = (counts[row.states[locale]] ?? 0) + 1;
      return counts;
    };
    for (const [index, collection] of collections.entries()) {
      const cells = rows.eq(index).find('td');
      for (const [column, locale] of localeCodes.entries()) {
        expect(countsIn($, cells.eq(column)), `${collection} ${locale}`).toStrictEqual(
          count(
            expected.filter((row) => row.collection === collection),
            locale,
          ),
        );
      }
    }
    const totals = $('.translation-summary tfoot td');
    for (const [column, locale] of localeCodes.entries())
      expect(countsIn($, totals.eq(column)), locale).toStrictEqual(count(expected, locale));
    // The test content has texts in every state but "outdated" at least (its fixtures: tests/fixtures/site-content/).
    expect(count(expected, 'de')).toMatchObject({
      current: expect.any(Number),
      unchecked: expect.any(Number),
      partial: expect.any(Number),
    });
    expect($('.translation-summary .state--missing').length).toBeGreaterThan(0);
  });

  it('lists, from page 1 on, only the entries that need work, with their state per language, and is never indexed', () => {
    const $ = page(listPath);
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(pages.flatMap((path) => entriesOf(page(path)))).toStrictEqual(needingWork.map((row) => row.name));
    expect(entriesOf($).length).toBe(Math.min(testTranslationRows, needingWork.length));
    // Complete entries are counted in the summary only.
    expect(expected.find((row) => row.name === 'cities/gliwice')?.states).toStrictEqual({
      pl: 'source',
      en: 'current',
      de: 'current',
      cs: 'current',
    });
    expect(pages.some((path) => entriesOf(page(path)).includes('cities/gliwice'))).toBe(false);
    // A fixture in Polish and English only (tests/fixtures/site-content/).
    const untranslated = pages.map((path) => statesOf(page(path), 'stories/fixture-pl-en-story')).find((states) => states.length > 0);
    expect(untranslated).toStrictEqual(['source text', 'source not recorded', 'missing', 'missing']);
    expect($('main p code').first().text()).toBe('npm run translations');
  });

  it('splits the entries into pages of the configured size; later pages leave the summary and the offers to page 1', () => {
    expect(pages.length).toBe(pageCount(needingWork.length, testTranslationRows));
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, path] of pages.entries()) {
      const $ = page(path);
      expect(entriesOf($).length, path).toBe(Math.min(testTranslationRows, needingWork.length - index * testTranslationRows));
      expect($('.pagination [aria-current="page"]').text().trim(), path).toBe(String(index + 1));
      expect(isNoindex($), path).toBe(true);
      // A utility page: no share card, on page 1 as on the later pages that would show page 1's (src/lib/og-card.ts).
      expect($('meta[property="og:image"]').length, path).toBe(0);
      if (index === 0) continue;
      expect($('.translation-summary, #stale-offers').length, path).toBe(0);
      expect($(`main p > a[href="${listPath}"]`).length, path).toBe(1);
      expect($('h1').text(), path).toContain(`page ${index + 1} of ${pages.length}`);
    }
  });

  it('lists the offers editors must verify again (not verified for 6 months as of the build date): those waiting longest, then how many more', () => {
    const $ = page(listPath);
    const listed = $('#stale-offers + p + ul a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const href of listed) expect(page(href)('.stale-flag, .offer-stale, [class*="stale"]').length, href).toBeGreaterThan(0);
    // The open data marks every stale offer; the test build lists fewer than it has (`testStaleOffersListed`).
    const stale = csvObjects(readFileSync(fileOf(openDataPaths.csv), 'utf8'))
      .filter((row) => row['stale'] === 'true')
      .sort((a, b) => a['last_verified']!.localeCompare(b['last_verified']!) || a['id']!.localeCompare(b['id']!));
    expect(stale.length).toBeGreaterThan(testStaleOffersListed);
    expect(listed).toStrictEqual(stale.slice(0, testStaleOffersListed).map((row) => entryPath('en', 'offers', row['id']!)));
    const more = $('#stale-offers + p + ul + p');
    expect(more.text()).toContain(`not listed here: ${stale.length - testStaleOffersListed}.`);
    expect(more.find('a').attr('href')).toBe(openDataPaths.csv);
  });
});
