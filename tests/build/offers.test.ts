import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { offerColumnNames, offerColumns } from '../../src/lib/offers/columns';
import { openDataPaths } from '../../src/lib/offers/open-data';
import { localeCodes, type Locale } from '../../src/site.config';
import { csvObjects, parseCsv } from '../helpers/csv';
import { fileOf, htmlPaths, isNoindex, page, testBuildDate } from '../helpers/site';

const offersDir = new URL('../../content/offers/', import.meta.url);
/** Every offer folder of the sample content that is not a draft. */
const slugs = readdirSync(offersDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !/^draft: true$/m.test(readFileSync(new URL(`${entry.name}/offer.yaml`, offersDir), 'utf8')))
  .map((entry) => entry.name)
  .sort();
const factsOf = (slug: string) => readFileSync(new URL(`${slug}/offer.yaml`, offersDir), 'utf8');
const isExample = (slug: string) => /^example: true$/m.test(factsOf(slug));
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
  it('has sample content: at least 8 offers spread over all six cities, of several kinds, statuses and mining categories', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
    const values = (column: string) => new Set(geojson.features.map((feature) => feature.properties[column]));
    expect(values('city').size).toBe(6);
    expect(values('kind').size).toBeGreaterThanOrEqual(4);
    expect(values('status').size).toBe(3);
    expect(values('mining_area_category').size).toBeGreaterThanOrEqual(4);
    expect(slugs).toContain('przyklad-teren-poprzemyslowy-rybnik');
  });

  it.each(localeCodes)('builds the index, every offer and the open-data page in %s', (locale) => {
    expect(pages).toContain(index(locale));
    expect(pages).toContain(sectionPath(locale, 'openData'));
    for (const slug of slugs) expect(pages, slug).toContain(detail(locale, slug));
    const $ = page(index(locale));
    const linked = $('.offers-table tbody tr th a').map((_, a) => $(a).attr('href')!).get();
    expect(linked.sort()).toEqual(slugs.map((slug) => detail(locale, slug)).sort());
  });

  it.each(localeCodes)('gives the index in %s a filter form (hidden until its script runs), a note and links to filter pages for readers without JavaScript, and the full list with every fact', (locale) => {
    const $ = page(index(locale));
    const form = $('form[data-offer-filters]');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe(index(locale));
    for (const name of ['city', 'kind', 'status', 'areaMin', 'areaMax', 'utilities']) expect(form.find(`[name="${name}"]`).length, name).toBeGreaterThan(0);
    expect(form.find('select[name="city"] option').length).toBe(7);
    expect(form.attr('hidden')).toBeDefined();
    expect($('[data-offer-nojs]').text().length).toBeGreaterThan(20);
    const filterLinks = $('nav.offer-browse a').map((_, a) => $(a).attr('href')!).get();
    expect(filterLinks.length).toBeGreaterThan(2);
    for (const href of filterLinks) expect(pages, href).toContain(href);
    expect($('[role="status"][data-offer-count]').text()).toContain(String(slugs.length));
    const rows = $('tr[data-offer-row]');
    expect(rows.length).toBe(slugs.length);
    rows.each((_, row) => {
      expect($(row).find('td').length).toBe(6);
      expect($(row).find('time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const attribute of ['data-city', 'data-kind', 'data-status', 'data-area']) expect($(row).attr(attribute), attribute).toBeTruthy();
    });
  });

  it('says "to negotiate" where there is no price, and gives prices per m² net', () => {
    const $ = page(index('en'));
    const prices = $('tr[data-offer-row] td:nth-of-type(4)').map((_, td) => $(td).text().trim()).get();
    expect(prices).toContain('to negotiate');
    expect(prices.some((price) => /^PLN [\d,]+\/m² net$/.test(price))).toBe(true);
  });

  it('flags stale offers (not verified for 6 months before the build date) in the list and on their pages, and only those', () => {
    expect(staleSlugs.length).toBeGreaterThan(0);
    expect(staleSlugs.length).toBeLessThan(slugs.length);
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
    expect(page(detail('en', staleSlugs[0]!))('.notice--stale').text()).toContain('have not been verified for more than 6 months');
  });

  it('links the index to the open-data files and their documentation', () => {
    for (const locale of localeCodes) {
      const hrefs = page(index(locale))('.offer-open-data a').map((_, a) => page(index(locale))(a).attr('href')).get();
      expect(hrefs).toEqual([openDataPaths.geojson, openDataPaths.csv, sectionPath(locale, 'openData')]);
    }
  });

  it('draws the map as small inline SVG with a title, a caption and text lists of cities and offers', () => {
    const $ = page(index('pl'));
    const svg = $('.region-map svg[role="img"]');
    expect(svg.length).toBe(1);
    expect(svg.find('title').text()).toBeTruthy();
    expect($(`#${svg.attr('aria-describedby')}`).text()).toContain('Jastrzębie-Zdrój');
    expect($.html(svg).length).toBeLessThan(8000);
    expect($('.region-map__cities a').length).toBe(6);
    expect($('.region-map__points a').length).toBe(slugs.length);
    expect(svg.find('[data-offer-mark]').length).toBe(slugs.length);
    expect(svg.find('image, foreignObject, use[href^="http"]').length).toBe(0);
  });
});

describe('offer pages', () => {
  it('show every fact in a table with a caption and row headers, the mining category with what it means, utilities and distances', () => {
    const $ = page(detail('en', 'przyklad-teren-poprzemyslowy-rybnik'));
    const facts = $('table.offer-facts');
    expect(facts.find('caption').text()).toBe('Site facts');
    const rows = Object.fromEntries(facts.find('tbody tr').map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().replace(/\s+/g, ' ').trim()]]).get() as [string, string][]);
    expect(rows['Total area']).toBe('4.2 ha');
    expect(rows['Price']).toBe('PLN 120/m² net');
    expect(rows['Address']).toBe('not stated');
    expect(rows['Parcel numbers']).toBe('0000/1, 0000/2');
    expect(rows['Mining-area category']).toMatch(/^category II .*moderate ground deformation/);
    expect(rows['Available for']).toBe('sale, perpetual usufruct');
    expect(rows['Economic zone']).toContain('outside special economic zones');
    const utilities = $('table.offer-table').first();
    expect(utilities.find('thead th').length).toBe(4);
    expect(utilities.find('tbody tr').length).toBe(7);
    expect(utilities.text()).toContain('300\u00a0m');
    expect($('table.offer-table').eq(1).text()).toContain('Motorway junction (A1)');
    expect($('.offer-contact').text()).toContain('No contact has been stated.');
    expect($('.print-only').text()).toContain('https://iskctw.example.org/en/investment-offers/przyklad-teren-poprzemyslowy-rybnik/');
  });

  it('show images as AVIF and WebP with alt text', () => {
    const $ = page(detail('de', 'przyklad-teren-inwestycyjny-tychy'));
    const picture = $('.offer-images picture');
    expect(picture.find('source[type="image/avif"]').length).toBe(1);
    expect(picture.find('source[type="image/webp"]').length).toBe(1);
    expect(picture.find('img').attr('alt')).toContain('Schematische Zeichnung');
  });

  it('use the fallback pattern: German and Czech texts carry title and summary, the body comes from English with its lang', () => {
    for (const locale of ['de', 'cs'] as const) {
      const $ = page(detail(locale, 'przyklad-hala-tychy'));
      expect($('.notice--fallback').length).toBe(1);
      expect($('h1').attr('lang')).toBeUndefined();
      expect($('.offer-description .prose').attr('lang')).toBe('en');
      expect($('.offer-description .prose').attr('data-pagefind-ignore')).toBe('');
    }
    expect(page(detail('pl', 'przyklad-hala-tychy'))('.notice--fallback').length).toBe(0);
  });

  it('carry no structured data when they are examples, and are noindex with the example banner', () => {
    expect(slugs.filter(isExample).length).toBeGreaterThan(0);
    for (const slug of slugs.filter(isExample)) {
      for (const locale of localeCodes) {
        const $ = page(detail(locale, slug));
        expect(jsonLd($).filter((block) => block['@type'] === 'Place'), `${locale} ${slug}`).toEqual([]);
        expect(isNoindex($)).toBe(true);
        expect($('.notice--example').length).toBe(1);
      }
    }
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
    expect(rows.find((row) => row['id'] === 'przyklad-teren-inwestycyjny-jaworzno')).toMatchObject({ city_name: 'Jaworzno', area_ha: '24', price_pln_per_m2: '95', price_negotiable: 'false' });
    // Titles as the editors wrote them: the example column, not a label in the title, says an entry is invented.
    expect(rows.find((row) => row['id'] === 'przyklad-teren-pogorniczy-jastrzebie-zdroj')).toMatchObject({ title_pl: 'Teren pogórniczy w Jastrzębiu-Zdroju', example: 'true' });
    for (const row of rows) for (const locale of ['pl', 'en'] as const) expect(row[`title_${locale}`], row['id']).not.toContain(translate(locale, 'example.label'));
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
    const documented = $('table.open-data-columns tbody th code').map((_, code) => $(code).text()).get();
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

/**
 * Every offer of the sample content is an example, so the shared test build has no real offer page. The Place
 * builder is tested on a real-offer fixture in tests/unit/offer-json-ld.test.ts; this build of a copy with one
 * offer turned real checks that the offer page wires it in.
 */
describe('a real (non-example) offer', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  let dir: string | undefined;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gets a schema.org Place with geo, address, the city and its facts, which an example never gets', { timeout: 300_000 }, () => {
    dir = mkdtempSync(join(tmpdir(), 'iskctw-offers-'));
    for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const file = join(dir, 'content/offers/przyklad-teren-inwestycyjny-jaworzno/offer.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^example: true$/m, 'example: false'));
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, BUILD_DATE: testBuildDate, SITE_URL: 'https://iskctw.example.org', BASE_PATH: '/', ASTRO_OUT_DIR: 'dist' },
    });
    expect(result.status, result.stderr).toBe(0);
    const read = (path: string) => load(readFileSync(join(dir!, 'dist', path, 'index.html'), 'utf8'));
    const [place] = jsonLd(read(detail('en', 'przyklad-teren-inwestycyjny-jaworzno'))).filter((block) => block['@type'] === 'Place');
    expect(place).toBeDefined();
    expect(place!['name']).toBe('Large building site in Jaworzno');
    expect(place!['url']).toBe('https://iskctw.example.org/en/investment-offers/przyklad-teren-inwestycyjny-jaworzno/');
    expect(place!['geo']).toMatchObject({ '@type': 'GeoCoordinates', latitude: 50.183, longitude: 19.295 });
    expect(place!['address']).toMatchObject({ addressLocality: 'Jaworzno', addressCountry: 'PL' });
    expect(place!['containedInPlace']).toMatchObject({ '@type': 'City', name: 'Jaworzno', url: 'https://iskctw.example.org/en/cities/jaworzno/' });
    const properties = Object.fromEntries((place!['additionalProperty'] as { name: string; value: unknown }[]).map((p) => [p.name, p.value]));
    expect(properties).toMatchObject({ area: 24, price: 95, miningAreaCategory: 'I' });
    // The other offers are still examples: no structured data.
    expect(jsonLd(read(detail('en', 'przyklad-hala-tychy'))).filter((block) => block['@type'] === 'Place')).toEqual([]);
  });
});
