import { readFileSync } from 'node:fs';
import type { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { offerColumnNames, offerColumns } from '../../src/lib/offers/columns';
import { openDataPaths } from '../../src/lib/offers/open-data';
import { localeCodes, type Locale } from '../../src/site.config';
import { realOfferFacts, realOfferSlug } from '../fixtures/real-offer';
import { csvObjects, parseCsv } from '../helpers/csv';
import { fileOf, htmlPaths, isNoindex, page, testBuildDate } from '../helpers/site';
import { testEntryFacts, testEntrySlugs } from '../helpers/test-project';

/** Every offer of the test build that is not a draft: the sample content's and the tests' fixtures (tests/fixtures/site-content/). */
const slugs = testEntrySlugs('offers');
const isExample = (slug: string) => /^example: true$/m.test(testEntryFacts('offers', slug));
/** An example offer of the fixtures: not verified for more than six months, price to negotiate, one image. */
const staleExample = 'fixture-stale-example-offer';
const pages = htmlPaths();
const detail = (locale: Locale, slug: string) => entryPath(locale, 'offers', slug);
const index = (locale: Locale) => sectionPath(locale, 'offers');

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}
const geojson = JSON.parse(readFileSync(fileOf(openDataPaths.geojson), 'utf8')) as { type: string; features: Feature[] };
const csv = readFileSync(fileOf(openDataPaths.csv), 'utf8');
const staleSlugs = geojson.features.filter((feature) => feature.properties['stale'] === true).map((feature) => feature.id);

/** The JSON-LD blocks of a built page. */
function jsonLd($: ReturnType<typeof load>): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, script) => {
    blocks.push(JSON.parse($(script).text()) as Record<string, unknown>);
  });
  return blocks;
}

describe('investment offers', () => {
  it('has offers to test: the real and the stale example fixture among them, of several kinds, statuses and mining categories', () => {
    expect(slugs).toEqual(expect.arrayContaining([realOfferSlug, staleExample]));
    expect(slugs.filter(isExample)).toContain(staleExample);
    expect(slugs.filter((slug) => !isExample(slug))).toContain(realOfferSlug);
    const values = (column: string) => new Set(geojson.features.map((feature) => feature.properties[column]));
    expect(values('city').size).toBeGreaterThanOrEqual(2);
    expect(values('kind').size).toBeGreaterThanOrEqual(2);
    expect(values('status').size).toBeGreaterThanOrEqual(2);
    expect(values('mining_area_category').size).toBeGreaterThanOrEqual(2);
  });

  it.each(localeCodes)('builds the index, every offer and the open-data page in %s', (locale) => {
    expect(pages).toContain(index(locale));
    expect(pages).toContain(sectionPath(locale, 'openData'));
    for (const slug of slugs) expect(pages, slug).toContain(detail(locale, slug));
    const $ = page(index(locale));
    const linked = $('.offers-table tbody tr th a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(linked.sort()).toEqual(slugs.map((slug) => detail(locale, slug)).sort());
  });

  it.each(localeCodes)(
    'gives the index in %s a filter form (hidden until its script runs), a note and links to filter pages for readers without JavaScript, and the full list with every fact',
    (locale) => {
      const $ = page(index(locale));
      const form = $('form[data-offer-filters]');
      expect(form.attr('method')).toBe('get');
      expect(form.attr('action')).toBe(index(locale));
      for (const name of ['city', 'kind', 'status', 'areaMin', 'areaMax', 'utilities'])
        expect(form.find(`[name="${name}"]`).length, name).toBeGreaterThan(0);
      expect(form.find('select[name="city"] option').length).toBe(7);
      expect(form.attr('hidden')).toBeDefined();
      expect($('[data-offer-nojs]').text().length).toBeGreaterThan(20);
      const filterLinks = $('nav.offer-browse a')
        .map((_, a) => $(a).attr('href')!)
        .get();
      expect(filterLinks.length).toBeGreaterThan(2);
      for (const href of filterLinks) expect(pages, href).toContain(href);
      expect($('[role="status"][data-offer-count]').text()).toContain(String(slugs.length));
      const rows = $('tr[data-offer-row]');
      expect(rows.length).toBe(slugs.length);
      rows.each((_, row) => {
        expect($(row).find('td').length).toBe(6);
        expect($(row).find('time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const attribute of ['data-city', 'data-kind', 'data-status', 'data-area'])
          expect($(row).attr(attribute), attribute).toBeTruthy();
      });
    },
  );

  it('says "to negotiate" where there is no price, and gives prices per m² net', () => {
    const $ = page(index('en'));
    const prices = $('tr[data-offer-row] td:nth-of-type(4)')
      .map((_, td) => $(td).text().trim())
      .get();
    expect(prices).toContain('to negotiate');
    expect(prices.some((price) => /^PLN [\d,]+\/m² net$/.test(price))).toBe(true);
  });

  it('flags stale offers (not verified for 6 months before the build date) in the list and on their pages, and only those', () => {
    expect(staleSlugs).toContain(staleExample);
    expect(staleSlugs).not.toContain(realOfferSlug);
    for (const feature of geojson.features) {
      const verified = new Date(String(feature.properties['last_verified']));
      const limit = new Date(testBuildDate);
      limit.setUTCMonth(limit.getUTCMonth() - 6);
      expect(feature.properties['stale'], feature.id).toBe(verified < limit);
    }
    for (const locale of localeCodes) {
      const $ = page(index(locale));
      const flagged = $('tr[data-offer-row]')
        .filter((_, row) => $(row).find('.stale-flag').length > 0)
        .map((_, row) => $(row).attr('data-slug')!)
        .get();
      expect(flagged.sort(), locale).toEqual([...staleSlugs].sort());
      for (const slug of slugs) {
        const warning = page(detail(locale, slug))('.notice--stale');
        expect(warning.length, `${locale} ${slug}`).toBe(staleSlugs.includes(slug) ? 1 : 0);
      }
    }
    expect(page(detail('en', staleExample))('.notice--stale').text()).toContain('have not been verified for more than 6 months');
  });

  it('links the index to the open-data files and their documentation', () => {
    for (const locale of localeCodes) {
      const hrefs = page(index(locale))('.offer-open-data a')
        .map((_, a) => page(index(locale))(a).attr('href'))
        .get();
      expect(hrefs).toEqual([openDataPaths.geojson, openDataPaths.csv, sectionPath(locale, 'openData')]);
    }
  });

  it('draws the map as small inline SVG with a title, a caption and text lists of cities and offers', () => {
    const $ = page(index('pl'));
    const svg = $('.region-map svg[role="img"]');
    expect(svg.length).toBe(1);
    expect(svg.find('title').text()).toBeTruthy();
    expect($(`#${svg.attr('aria-describedby')}`).text()).toContain('Jastrzębie-Zdrój');
    // Six cities, the offers, two rivers, two borders and the airport: the page budget test holds the bytes that count.
    expect($.html(svg).length).toBeLessThan(10_000);
    expect($('.region-map__cities a').length).toBe(6);
    expect($('.region-map__points a').length).toBe(slugs.length);
    expect(svg.find('[data-offer-mark]').length).toBe(slugs.length);
    expect(svg.find('image, foreignObject, use[href^="http"]').length).toBe(0);
  });
});

describe('offer pages', () => {
  it('show every fact in a table with a caption and row headers, the mining category with what it means, utilities and distances', () => {
    const $ = page(detail('en', realOfferSlug));
    const facts = $('table.offer-facts');
    expect(facts.find('caption').text()).toBe('Site facts');
    const rows = Object.fromEntries(
      facts
        .find('tbody tr')
        .map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().replace(/\s+/g, ' ').trim()]])
        .get() as [string, string][],
    );
    expect(rows['Total area']).toBe('1.5 ha');
    expect(rows['Floor area']).toBe('4,800 m²');
    expect(rows['Price']).toBe('PLN 210/m² net');
    expect(rows['Address']).toBe(realOfferFacts.address);
    expect(rows['Parcel numbers']).toBe('123/4');
    expect(rows['Legal status']).toBe('not stated');
    expect(rows['Mining-area category']).toMatch(/^category III .*considerable ground deformation/);
    expect(rows['Available for']).toBe('lease');
    expect(rows['Economic zone']).toBe('inside a special economic zone (gliwicka)');
    expect(rows['Details last verified']).toBe('1 May 2026');
    const utilities = $('table.offer-table').first();
    expect(utilities.find('thead th').length).toBe(4);
    expect(utilities.find('tbody tr').length).toBe(7);
    expect(utilities.text()).toContain('2 MW');
    expect($('table.offer-table').eq(1).text()).toContain('Motorway junction (A1/A4 Sośnica)');
    expect($('.offer-contact').text()).toContain('No contact has been stated.');
    expect($('.print-only').text()).toContain(`https://iskctw.example.org/en/investment-offers/${realOfferSlug}/`);
  });

  it('show images as AVIF and WebP with alt text', () => {
    const $ = page(detail('de', staleExample));
    const picture = $('.offer-images picture');
    expect(picture.find('source[type="image/avif"]').length).toBe(1);
    expect(picture.find('source[type="image/webp"]').length).toBe(1);
    expect(picture.find('img').attr('alt')).toBe('Balkendiagramm mit Testdaten (Testbild)');
  });

  it('use the fallback pattern: German and Czech texts carry title and summary, the body comes from English with its lang', () => {
    for (const locale of ['de', 'cs'] as const) {
      const $ = page(detail(locale, realOfferSlug));
      expect($('.notice--fallback').length, locale).toBe(1);
      expect($('h1').attr('lang')).toBeUndefined();
      expect($('.offer-description .prose').attr('lang')).toBe('en');
      expect($('.offer-description .prose').attr('data-pagefind-ignore')).toBe('');
      expect($('.offer-description .prose').text()).toContain('This offer exists only in the test build of the site.');
    }
    expect(page(detail('de', realOfferSlug))('h1').text()).toBe('Testhalle in Gliwice');
    expect(page(detail('pl', realOfferSlug))('.notice--fallback').length).toBe(0);
  });

  it('say in the notice how much is in another language: the main text, or only some details', () => {
    expect(page(detail('cs', realOfferSlug))('.notice--fallback').text()).toContain(
      'Hlavní text této stránky zatím není přeložen do češtiny',
    );
    // A fixture whose texts are translated but whose previous use is in Polish and English only.
    for (const locale of ['de', 'cs'] as const) {
      const $ = page(detail(locale, staleExample));
      expect($('.notice--fallback').length, locale).toBe(1);
      expect($('.notice--fallback').text(), locale).toContain(
        locale === 'de' ? 'Einige Angaben auf dieser Seite' : 'Některé údaje na této stránce',
      );
      expect($('.offer-description .prose').attr('lang'), locale).toBeUndefined();
      expect($('.offer-facts td[lang="en"]').text(), locale).toBe('workshop (test data)');
    }
    for (const locale of ['pl', 'en'] as const) expect(page(detail(locale, staleExample))('.notice--fallback').length, locale).toBe(0);
  });

  it('carry no structured data when they are examples, and are noindex with the example banner', () => {
    expect(slugs.filter(isExample)).toContain(staleExample);
    for (const slug of slugs.filter(isExample)) {
      for (const locale of localeCodes) {
        const $ = page(detail(locale, slug));
        expect(
          jsonLd($).filter((block) => block['@type'] === 'Place'),
          `${locale} ${slug}`,
        ).toStrictEqual([]);
        expect(isNoindex($)).toBe(true);
        expect($('.notice--example').length).toBe(1);
      }
    }
  });

  it('get a schema.org Place with geo, address, the city and its facts when they are real (the real-offer fixture), and no example banner', () => {
    const real = slugs.filter((slug) => !isExample(slug));
    expect(real).toContain(realOfferSlug);
    for (const slug of real) {
      for (const locale of localeCodes) {
        const $ = page(detail(locale, slug));
        expect(
          jsonLd($).filter((block) => block['@type'] === 'Place'),
          `${locale} ${slug}`,
        ).toHaveLength(1);
        expect($('.notice--example').length, `${locale} ${slug}`).toBe(0);
      }
    }
    const [place] = jsonLd(page(detail('en', realOfferSlug))).filter((block) => block['@type'] === 'Place');
    expect(place!['name']).toBe('Test hall in Gliwice');
    expect(place!['url']).toBe(`https://iskctw.example.org/en/investment-offers/${realOfferSlug}/`);
    expect(place!['geo']).toStrictEqual({
      '@type': 'GeoCoordinates',
      latitude: realOfferFacts.location.lat,
      longitude: realOfferFacts.location.lon,
    });
    expect(place!['address']).toMatchObject({ streetAddress: realOfferFacts.address, addressLocality: 'Gliwice', addressCountry: 'PL' });
    expect(place!['containedInPlace']).toStrictEqual({
      '@type': 'City',
      name: 'Gliwice',
      url: 'https://iskctw.example.org/en/cities/gliwice/',
    });
    expect(place!['identifier']).toBe(realOfferFacts.nationalDatabaseId);
    const properties = Object.fromEntries(
      (place!['additionalProperty'] as { name: string; value: unknown }[]).map((p) => [p.name, p.value]),
    );
    expect(properties).toMatchObject({
      area: 1.5,
      largestPlot: 1.2,
      floorArea: 4800,
      price: 210,
      miningAreaCategory: 'III',
      status: 'reserved',
      kind: 'hall',
    });
  });
});

describe('open data', () => {
  it('publishes all offers as a GeoJSON FeatureCollection of points with every column and the example flag', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(slugs.length).toBeGreaterThan(0);
    expect(geojson.features.map((feature) => feature.id).sort()).toEqual(slugs);
    for (const feature of geojson.features) {
      expect(feature.geometry.type).toBe('Point');
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon, feature.id).toBeGreaterThan(18);
      expect(lon, feature.id).toBeLessThan(20);
      expect(lat, feature.id).toBeGreaterThan(49.5);
      expect(lat, feature.id).toBeLessThan(50.6);
      expect(Object.keys(feature.properties)).toEqual(offerColumnNames);
      expect(feature.properties['example'], feature.id).toBe(isExample(feature.id));
      expect(feature.properties['longitude']).toBe(lon);
    }
  });

  it('publishes the same offers as UTF-8 CSV with a header row, one row per offer and an example column', () => {
    const [header] = parseCsv(csv);
    expect(header).toEqual(offerColumnNames);
    const rows = csvObjects(csv);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row['id']).sort()).toEqual(slugs);
    for (const row of rows) expect(row['example'], row['id']).toBe(String(isExample(row['id']!)));
    expect(rows.find((row) => row['id'] === realOfferSlug)).toMatchObject({
      city_name: 'Gliwice',
      area_ha: '1.5',
      price_pln_per_m2: '210',
      price_negotiable: 'false',
      example: 'false',
    });
    expect(rows.find((row) => row['id'] === staleExample)).toMatchObject({
      city_name: 'Katowice',
      price_negotiable: 'true',
      example: 'true',
    });
    expect(csv).toContain('Hala testowa w Gliwicach');
    // Titles as the editors wrote them: the example column, not a label in the title, says an entry is invented.
    for (const row of rows)
      for (const locale of ['pl', 'en'] as const)
        expect(row[`title_${locale}`], row['id']).not.toContain(translate(locale, 'example.label'));
  });

  it('leaves no CSV text cell that a spreadsheet would run as a formula', () => {
    const numeric = new Set(offerColumns.filter((column) => column.type === 'number').map((column) => column.name));
    const rows = csvObjects(csv);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const [name, value] of Object.entries(row)) {
        if (numeric.has(name)) expect(value, `${row['id']} ${name}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
        else expect(value, `${row['id']} ${name}`).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
      }
    }
  });

  it.each(localeCodes)('documents every column with its type, the licence and the example flag in %s', (locale) => {
    const $ = page(sectionPath(locale, 'openData'));
    expect(isNoindex($)).toBe(false);
    const documented = $('table.open-data-columns tbody th code')
      .map((_, code) => $(code).text())
      .get();
    expect(documented).toEqual(offerColumnNames);
    $('table.open-data-columns tbody tr').each((_, tr) => expect($(tr).find('td').eq(0).text().trim()).toBeTruthy());
    expect($('main').text()).toContain('CC BY 4.0');
    expect($('a[href="https://creativecommons.org/licenses/by/4.0/"]').length).toBe(1);
    expect($('main a[href="/open-data/offers.geojson"]').length).toBe(1);
    expect($('main a[href="/open-data/offers.csv"]').length).toBe(1);
    expect($('main').text()).toContain('example');
    expect($('main').text()).toContain(translate(locale, 'openData.formulas'));
  });
});
