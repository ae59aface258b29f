import { describe, expect, it } from 'vitest';
import { homePath, sectionPath, translate } from '../../src/i18n';
import { localeCodes, type Locale } from '../../src/site.config';
import { htmlPaths, page } from '../helpers/site';

/**
 * The region map's context layers (issue "Visitors", a map that helps): wherever the map is, it draws the rivers and
 * Katowice Airport and the Silesian Voivodeship's border, names them in its key, and says under it where the data comes from and under which licence.
 */
const withMap = htmlPaths().filter((path) => page(path)('svg.region-map__svg').length > 0);
const localeOf = (path: string) => path.split('/')[1] as Locale;

describe('region map context layers', () => {
  it('are on the home page and the offers index of every locale, and on city pages', () => {
    for (const locale of localeCodes) {
      expect(withMap, locale).toContain(homePath(locale));
      expect(withMap, locale).toContain(sectionPath(locale, 'offers'));
    }
    expect(withMap.filter((path) => path.startsWith(sectionPath('pl', 'cities'))).length).toBeGreaterThan(0);
  });

  it('draw rivers with their names, the voivodeship border and the airport with its code on every map', () => {
    for (const path of withMap) {
      const $ = page(path);
      const svg = $('svg.region-map__svg').first();
      expect(svg.find('path.region-map__river').length, path).toBeGreaterThanOrEqual(1);
      // The voivodeship border is dash-dot (a dash, a dot), unlike the national border's plain dashes.
      const region = svg.find('path.region-map__region-border');
      expect(region.length, path).toBe(1);
      expect(region.attr('stroke-dasharray')?.split(' ').length, path).toBe(4);
      const riverNames = svg
        .find('.region-map__river-label')
        .map((_, text) => $(text).text())
        .get();
      expect(riverNames, path).toContain(translate(localeOf(path), 'map.river.wisla'));
      expect(svg.find('.region-map__airport-label').text(), path).toBe('KTW');
    }
  });

  it('carry a key and a line with the sources and licences under every map, in the page’s language', () => {
    for (const path of withMap) {
      const $ = page(path);
      const locale = localeOf(path);
      const legend = $('.region-map__legend').first().text();
      for (const key of ['map.legendCity', 'map.legendRiver', 'map.legendAirport', 'map.legendBorder', 'map.legendRegionBorder'] as const)
        expect(legend, `${path} ${key}`).toContain(translate(locale, key));
      const credit = $('.region-map__credit').first();
      expect(credit.text(), path).toContain(translate(locale, 'map.credit'));
      expect(credit.text(), path).toContain(translate(locale, 'map.publicDomain'));
      const links = credit
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links, path).toStrictEqual([
        'https://www.naturalearthdata.com/',
        'https://openflights.org/data.php',
        'https://opendatacommons.org/licenses/odbl/1-0/',
      ]);
    }
  });

  it('are described in words for screen readers, the drawing itself being one image', () => {
    for (const path of withMap) {
      const $ = page(path);
      const locale = localeOf(path);
      const caption = $('.region-map__caption').first().text();
      expect(caption, path).toContain(translate(locale, 'map.river.wisla'));
      expect(caption, path).toContain(translate(locale, 'offer.airportKatowice'));
      expect(caption, path).toContain(translate(locale, 'map.regionBorder'));
      expect($('svg.region-map__svg').first().attr('role'), path).toBe('img');
    }
  });
});
