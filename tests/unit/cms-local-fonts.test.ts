import { describe, expect, it } from 'vitest';
import { localFonts } from '../../src/lib/cms/local-fonts';

describe('the CMS fonts, served from the site instead of a CDN', () => {
  const css =
    "@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2) format('woff2-variations')}" +
    "@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2) format('woff2')}";
  const assets = ['noto-mono-latin-400-normal-DiC8lJru.woff2', 'source-sans-3-latin-wght-normal-BqRLTx4X.woff2', 'heic_dec-ojH1Dp2m.wasm'];

  it('points every CDN font at the package file of the same font and subset', () => {
    expect(localFonts(css, assets, 'cms/assets/')).toBe(
      "@font-face{src:url(cms/assets/source-sans-3-latin-wght-normal-BqRLTx4X.woff2) format('woff2-variations')}" +
        "@font-face{src:url(cms/assets/noto-mono-latin-400-normal-DiC8lJru.woff2) format('woff2')}",
    );
  });

  it('stops when a font has no local copy, rather than loading it from the CDN', () => {
    expect(() => localFonts(css, assets.slice(0, 1), 'cms/assets/')).toThrow(/source-sans-3-latin-wght-normal-\*\.woff2/);
  });
});
