import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import { cluster, type Locale } from '../../src/site.config';
import { fileOf, htmlPaths, isNoindex, page, pathOf, testSiteDir } from '../helpers/site';

/** Issue 10, "Done when": every indexable page has an og:image that resolves to a 1200×630 image in the build. */
const pages = htmlPaths().map((path) => ({ path, $: page(path) }));
const indexable = pages.filter(({ $ }) => !isNoindex($));
const withImage = pages.filter(({ $ }) => $('meta[property="og:image"]').length > 0);
const imageOf = (path: string) => page(path)('meta[property="og:image"]').attr('content') ?? '';
/** The colour of one pixel of an image, as [r, g, b]. */
async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const data = await sharp(file).extract({ left: x, top: y, width: 1, height: 1 }).removeAlpha().raw().toBuffer();
  return [...data];
}
/** True when two colours differ by at most a few steps per channel (the PNG has a 64-colour palette). */
const near = (colour: number[], hex: string) =>
  colour.every((value, index) => Math.abs(value - parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16)) <= 8);

describe('Open Graph images', () => {
  it('every indexable page names a 1200×630 PNG of the build, with its type, size, alt text and a large Twitter card', async () => {
    expect(indexable.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const { path, $ } of indexable) {
      const url = imageOf(path);
      const meta = (property: string) => $(`meta[property="${property}"]`).attr('content');
      if (!url.startsWith('https://iskctw.example.org/_astro/og/')) {
        problems.push(`${path}: og:image is "${url}"`);
        continue;
      }
      const { width, height, format } = await sharp(fileOf(pathOf(url))).metadata();
      if (width !== 1200 || height !== 630 || format !== 'png') problems.push(`${path}: ${url} is ${format} ${width}×${height}`);
      if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630' || meta('og:image:type') !== 'image/png')
        problems.push(`${path}: size or type missing`);
      // A later page of a list shows its first page's card, whose title the image's head names.
      const shownTitle = $('meta[property="og:image"]').attr('data-og-title') ?? meta('og:title');
      if (!meta('og:image:alt')?.startsWith(shownTitle ?? '\u0000')) problems.push(`${path}: og:image:alt is "${meta('og:image:alt')}"`);
      if ($('meta[name="twitter:card"]').attr('content') !== 'summary_large_image') problems.push(`${path}: no large Twitter card`);
    }
    expect(problems).toEqual([]);
  });

  it('gives each page its own image (later list pages their first page’s), in the page’s language, and writes no image that no page names', () => {
    const named = withImage.map(({ path }) => pathOf(imageOf(path)));
    // An image named by several pages belongs to the first page of a list; the others are its later pages.
    const byImage = Map.groupBy(withImage, ({ path }) => pathOf(imageOf(path)));
    const shared = [...byImage.values()].filter((group) => group.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const group of shared) {
      const [first, ...later] = group.sort((a, b) => a.path.length - b.path.length);
      expect(first!.$('meta[property="og:image"]').attr('data-og-title'), first!.path).toBeUndefined();
      for (const { path, $ } of later) {
        expect(path.startsWith(first!.path) && $('link[rel="prev"], a[rel="prev"]').length > 0, path).toBe(true);
        expect($('meta[property="og:image"]').attr('data-og-title'), path).toBe(first!.$('meta[property="og:title"]').attr('content'));
      }
    }
    expect(named.filter((image, index) => !image.startsWith(`/_astro/og/${withImage[index]!.path.split('/')[1]}`))).toEqual([]);
    const written = readdirSync(join(testSiteDir, '_astro', 'og')).map((file) => `/_astro/og/${file}`);
    expect(written.sort()).toEqual([...new Set(named)].sort());
  });

  it('keeps og:locale and its alternates beside the image', () => {
    const $ = page('/de/staedte/gliwice/');
    expect($('meta[property="og:locale"]').attr('content')).toBe('de_DE');
    expect($('meta[property="og:locale:alternate"]').length).toBeGreaterThan(0);
    expect($('meta[property="og:image"]').attr('data-og-section')).toBe('Städte');
  });

  it('labels the image of an example entry, which a real entry’s image is not', async () => {
    const examples = withImage.filter(({ $ }) => $('.notice--example').length > 0);
    const real = withImage.filter(({ $ }) => $('.notice--example').length === 0 && $('meta[property="og:image"]').attr('data-og-section'));
    expect(examples.length).toBeGreaterThan(3);
    expect(real.length).toBeGreaterThan(100);
    for (const { path, $ } of examples) {
      const locale = path.split('/')[1] as Locale;
      expect($('meta[property="og:image"]').attr('data-og-label'), path).toBe(translate(locale, 'example.label'));
    }
    expect(new Set(examples.map(({ path }) => path.split('/')[1])).size).toBe(4);
    expect(real.filter(({ $ }) => $('meta[property="og:image"]').attr('data-og-label') !== undefined)).toEqual([]);
    // The example card is framed in the accent colour; a real card's edge is white.
    const accent = cluster.colours.accent;
    expect(near(await pixel(fileOf(pathOf(imageOf(examples[0]!.path))), 4, 300), accent)).toBe(true);
    expect(near(await pixel(fileOf(pathOf(imageOf(real[0]!.path))), 4, 300), '#ffffff')).toBe(true);
  });

  it('leaves utility and fallback pages without an image and with a small Twitter card', () => {
    const without = pages.filter(
      ({ $ }) => isNoindex($) && $('.notice--example').length === 0 && $('meta[property="og:title"]').length > 0,
    );
    expect(without.length).toBeGreaterThan(10);
    for (const { path, $ } of without) {
      expect($('meta[property="og:image"]').length, path).toBe(0);
      expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary');
    }
  });
});
