import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { exists, page } from '../helpers/site';
import { testEntryFacts, testEntrySlugs } from '../helpers/test-project';

/** Every partner of the test build: the sample content's and the tests' fixtures (tests/fixtures/site-content/). */
const partners = testEntrySlugs('partners');
const founding = partners.filter((slug) => /^founding: true$/m.test(testEntryFacts('partners', slug)));

describe('partners', () => {
  it.each(localeCodes)('lists the founding partners grouped by sector in %s, with the six cities as local government', (locale) => {
    const $ = page(sectionPath(locale, 'partners'));
    for (const sector of ['industry', 'science', 'localGovernment']) expect($(`#sector-${sector}`).length, sector).toBe(1);
    const linked = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(founding).toContain('fixture-merged-company');
    for (const slug of founding) expect(linked).toContain(entryPath(locale, 'partners', slug));
    expect(linked).toContain(entryPath(locale, 'cities', 'rybnik'));
  });

  it('has a detail page per partner in every locale, with a parseable Organization block', () => {
    expect(partners).toEqual(expect.arrayContaining(['fixture-merged-company', 'fixture-partner-institute']));
    for (const locale of localeCodes) {
      for (const slug of partners) {
        const path = entryPath(locale, 'partners', slug);
        expect(exists(path), path).toBe(true);
        const blocks = page(path)('script[type="application/ld+json"]')
          .map((_, el) => JSON.parse(page(path)(el).text()))
          .get();
        expect(
          blocks.map((block) => block['@type']),
          path,
        ).toEqual(['Organization']);
      }
    }
  });

  it('says what became of a partner', () => {
    const $ = page(entryPath('en', 'partners', 'fixture-partner-institute'));
    expect($('.facts').text()).toContain('active under a new name');
    expect($('.facts').text()).toContain('Fixture Old Institute Name');
    expect(page(entryPath('pl', 'partners', 'fixture-merged-company'))('.facts').text()).toContain('połączony z inną organizacją');
  });
});
