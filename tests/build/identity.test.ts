import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryPath, homePath } from '../../src/i18n';
import { formatNumber } from '../../src/lib/format';
import { openDataPaths } from '../../src/lib/offers/open-data';
import { localeCodes } from '../../src/site.config';
import { fileOf, page } from '../helpers/site';
import { testEntryFacts, testEntrySlugs } from '../helpers/test-project';

const cities = testEntrySlugs('cities');
const offers = (
  JSON.parse(readFileSync(fileOf(openDataPaths.geojson), 'utf8')) as {
    features: { properties: { city: string; status: string; example: boolean } }[];
  }
).features.map((feature) => feature.properties);

/** The population stated in a city's facts file. */
function population(slug: string): number {
  const match = /^population:\s*\n\s+value:\s*(\d+)/m.exec(testEntryFacts('cities', slug));
  if (!match) throw new Error(`${slug}: no population in city.yaml`);
  return Number(match[1]);
}

describe('city hero', () => {
  it('the test build has cities', () => {
    expect(cities.length).toBeGreaterThanOrEqual(2);
  });
  for (const locale of localeCodes) {
    it(`${locale}: every city page opens with its name, key figures and the city on a locator map`, () => {
      for (const slug of cities) {
        const $ = page(entryPath(locale, 'cities', slug));
        const hero = $('.city-hero');
        expect(hero.length, slug).toBe(1);
        expect($('h1').length, slug).toBe(1);
        const name = hero.find('h1').text().trim();
        expect(name.length, slug).toBeGreaterThan(0);
        const values = hero
          .find('.key-figure__value')
          .map((_, el) => $(el).text().trim())
          .get();
        expect(values[0], slug).toBe(formatNumber(population(slug), locale, 0));
        expect(values[1], slug).toMatch(/km²$/);
        hero.find('.key-figure__note time').each((_, el) => expect($(el).attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/));
        expect(hero.find('.key-figure__note time').length, slug).toBe(2);

        const onMarket = offers.filter((offer) => offer.city === slug && offer.status !== 'sold');
        const offerLink = hero.find('a[href="#city-offers"]');
        expect(offerLink.length, slug).toBe(onMarket.length > 0 ? 1 : 0);
        if (onMarket.length > 0) {
          expect(offerLink.closest('.key-figure').find('.key-figure__value').text().trim(), slug).toBe(
            formatNumber(onMarket.length, locale, 0),
          );
          expect($('#city-offers').length, slug).toBe(1);
        }
        if (hero.find('a[href="#city-stories"]').length > 0) expect($('#city-stories').length, slug).toBe(1);

        const locator = hero.find('.city-locator svg[role="img"]');
        expect(locator.length, slug).toBe(1);
        expect($(`#${locator.attr('aria-labelledby')}`).text(), slug).toContain(name);
        expect(locator.find('circle').length, slug).toBeGreaterThanOrEqual(cities.length);
        expect(locator.find('image, foreignObject, use, script').length, slug).toBe(0);
      }
    });
  }
});

describe('icons', () => {
  for (const locale of localeCodes) {
    it(`${locale}: sector and audience cards carry decorative inline icons`, () => {
      const $ = page(homePath(locale));
      const sectorIcons = $('.card--sector h3 svg.icon');
      expect(sectorIcons.length).toBe(3);
      const audienceIcons = $('.cards--audiences h3 svg.icon');
      expect(audienceIcons.length).toBe(5);
      $('svg.icon').each((_, el) => {
        expect($(el).attr('aria-hidden')).toBe('true');
        expect($(el).attr('viewBox')).toBe('0 0 24 24');
        expect($(el).children().length).toBeGreaterThan(0);
      });
      expect(new Set(sectorIcons.map((_, el) => $(el).html()).get()).size).toBe(3);
    });
  }
  it('offer pages show an icon for each utility and for the offer kind', () => {
    const slugs = testEntrySlugs('offers');
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const path = entryPath('en', 'offers', slug);
      const $ = page(path);
      const rows = $('#offer-utilities-caption').closest('table').find('tbody tr');
      expect(rows.length, path).toBe(7);
      rows.each((_, row) => expect($(row).find('th svg.icon').length, path).toBe(1));
      expect($('td .with-icon svg.icon').length, path).toBeGreaterThanOrEqual(1);
    }
  });
  it('events show their kind with an icon, in lists and on their pages', () => {
    const slugs = testEntrySlugs('events');
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const $ = page(entryPath('en', 'events', slug));
      expect($('.facts dd .with-icon svg.icon').length, slug).toBeGreaterThanOrEqual(1);
    }
  });
  it('story topics carry icons on story cards', () => {
    const $ = page(homePath('pl'));
    const topics = $('.story-card__topics');
    expect(topics.length).toBeGreaterThan(0);
    topics.each((_, el) => expect($(el).find('svg.icon').length).toBeGreaterThan(0));
  });
});
