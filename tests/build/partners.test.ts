import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { exists, page } from '../helpers/site';

const founding = ['gig', 'politechnika-slaska', 'itpe', 'iich-pan', 'pke', 'kompania-weglowa', 'jsw', 'khw'];

describe('partners', () => {
  it.each(localeCodes)('lists the founding partners grouped by sector in %s, with the six cities as local government', (locale) => {
    const $ = page(sectionPath(locale, 'partners'));
    for (const sector of ['industry', 'science', 'localGovernment']) expect($(`#sector-${sector}`).length, sector).toBe(1);
    const linked = $('main a').map((_, a) => $(a).attr('href')).get();
    for (const slug of founding) expect(linked).toContain(entryPath(locale, 'partners', slug));
    expect(linked).toContain(entryPath(locale, 'cities', 'rybnik'));
  });

  it('has a detail page per partner in every locale, with a parseable Organization block', () => {
    for (const locale of localeCodes) {
      for (const slug of founding) {
        const path = entryPath(locale, 'partners', slug);
        expect(exists(path), path).toBe(true);
        const blocks = page(path)('script[type="application/ld+json"]').map((_, el) => JSON.parse(page(path)(el).text())).get();
        expect(blocks.map((block) => block['@type']), path).toEqual(['Organization']);
      }
    }
  });

  it('says what became of a partner', () => {
    const $ = page(entryPath('en', 'partners', 'itpe'));
    expect($('.facts').text()).toContain('active under a new name');
    expect($('.facts').text()).toContain('Instytut Chemicznej Przeróbki Węgla');
    expect(page(entryPath('pl', 'partners', 'khw'))('.facts').text()).toContain('połączony z inną organizacją');
  });
});
