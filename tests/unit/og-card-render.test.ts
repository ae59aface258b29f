import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadCardAssets, renderCard } from '../../src/integrations/og-card-render';
import { cluster } from '../../src/site.config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const card = {
  title: 'Zagospodarowanie terenów pogórniczych: łąka, źródło, řeka, ůčěšžý',
  section: 'Historie sukcesu',
  siteName: cluster.name.pl,
};

describe('renderCard', () => {
  it('draws a 1200×630 PNG from the bundled fonts, mark and colours', async () => {
    const assets = await loadCardAssets(root, cluster.shortName);
    expect(assets.fonts.map((font) => font.data.length).every((bytes) => bytes > 10_000)).toBe(true);
    expect(assets.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    const png = await renderCard(card, assets);
    const { width, height, format } = await sharp(png).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
    expect(png.length).toBeLessThan(80_000);
  });

  it('frames an example card in the accent colour', async () => {
    const assets = await loadCardAssets(root, cluster.shortName);
    const edge = async (png: Buffer) => [
      ...(await sharp(png).extract({ left: 4, top: 300, width: 1, height: 1 }).removeAlpha().raw().toBuffer()),
    ];
    const accent = [1, 3, 5].map((at) => parseInt(cluster.colours.accent.slice(at, at + 2), 16));
    const framed = await edge(await renderCard({ ...card, label: '(przykład)' }, assets));
    expect(framed.every((value, index) => Math.abs(value - accent[index]!) <= 8)).toBe(true);
    expect(await edge(await renderCard(card, assets))).toEqual([255, 255, 255]);
  });
});
