import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionPath } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
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
      const links = page(sectionPath(locale, 'investors'))('.prose a').map((_, a) => page(sectionPath(locale, 'investors'))(a).attr('href')).get();
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
