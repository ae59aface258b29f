import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionPath } from '../../src/i18n';
import { cluster, localeCodes } from '../../src/site.config';
import { fileOf, page } from '../helpers/site';

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
  it('lists every entry with its state per language and is never indexed', () => {
    const $ = page(sectionPath('en', 'translationStatus'));
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    const row = $('tbody tr').filter((_, tr) => $(tr).find('th').text().trim() === 'cities/gliwice');
    expect(
      row
        .find('td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['source text', 'up to date', 'up to date', 'up to date']);
    // A fixture in Polish and English only (tests/fixtures/site-content/).
    const untranslated = $('tbody tr').filter((_, tr) => $(tr).find('th').text().trim() === 'stories/fixture-pl-en-story');
    expect(
      untranslated
        .find('td')
        .map((_, td) => $(td).text())
        .get(),
    ).toStrictEqual(['source text', 'source not recorded', 'missing', 'missing']);
  });

  it('lists the offers editors must verify again (not verified for 6 months as of the build date)', () => {
    const $ = page(sectionPath('en', 'translationStatus'));
    const listed = $('#stale-offers + p + ul a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(listed.length).toBeGreaterThan(0);
    for (const href of listed) expect(page(href)('.stale-flag, .offer-stale, [class*="stale"]').length, href).toBeGreaterThan(0);
  });
});
