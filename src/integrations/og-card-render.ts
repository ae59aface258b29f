import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { badgeText, fitLine, layoutTitle, ogImageSize, type OgCard } from '../lib/og-image';
import { cssTokens, markSvg } from '../lib/og-mark';

/**
 * Draws one Open Graph card: satori lays it out as SVG (text as outlines, from the bundled Noto Sans, never a system
 * or network font), sharp turns that into a palette PNG.
 */

const { width, height } = ogImageSize;
const padding = 72;
const textWidth = width - 2 * padding;
const bandHeight = 150;
const markSize = 96;
/** The code that draws a card: a change to it redraws every cached image. */
const drawingSources = ['src/integrations/og-card-render.ts', 'src/lib/og-image.ts', 'src/lib/og-mark.ts'];
/** Example cards are framed in the accent colour; their content keeps its place inside the frame. */
const exampleFrame = 14;
/**
 * 64 colours keep the text's edges smooth on both backgrounds at half the bytes of a full-colour PNG. No dithering: the
 * card is flat colour and anti-aliased text, which look the same without it (mean difference 0.003 of 255, measured),
 * and quantising takes about 12 ms of CPU a card instead of 20.
 */
const pngOptions = { palette: true, colours: 64, effort: 1, dither: 0, compressionLevel: 6 } as const;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

export interface CardAssets {
  fonts: Font[];
  /** The mark as a PNG of `markSize` pixels. */
  mark: Buffer;
  colours: { primary: string; primaryDark: string; accent: string; text: string; onDark: string };
  shortName: string;
  /**
   * Changes with anything besides the card that shapes an image (fonts, mark, colours, the drawing code, library
   * versions): the second half of the cache key.
   */
  fingerprint: string;
}

/**
 * Fonts from `@fontsource/noto-sans` (Latin and Latin Extended: Polish and Czech letters), the mark from
 * `src/components/Logo.astro` and the colours from `src/styles/global.css`.
 */
export async function loadCardAssets(root: string, shortName: string): Promise<CardAssets> {
  const require = createRequire(join(root, 'package.json'));
  const fontPackage = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  const font = (subset: string, weight: 400 | 700): Font => ({
    // Satori uses fonts in order for glyphs the first one lacks, but only under different names.
    name: `Noto Sans ${subset}`,
    data: readFileSync(join(fontPackage, 'files', `noto-sans-${subset}-${weight}-normal.woff`)),
    weight,
    style: 'normal',
  });
  const fonts = [font('latin', 700), font('latin-ext', 700), font('latin', 400), font('latin-ext', 400)];
  const tokens = cssTokens(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));
  const svg = markSvg(readFileSync(join(root, 'src/components/Logo.astro'), 'utf8'), tokens, markSize);
  const colours = {
    primary: tokens['colour-primary'] ?? '#0b4f6c',
    primaryDark: tokens['colour-primary-dark'] ?? '#073547',
    accent: tokens['colour-accent'] ?? '#c8a200',
    text: tokens['colour-text'] ?? '#1b1f23',
    onDark: '#d7e7ee',
  };
  const versions = ['@fontsource/noto-sans', 'satori', 'sharp'].map(
    (name) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version,
  );
  const code = drawingSources.map((file) => readFileSync(join(root, file), 'utf8'));
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([versions, svg, colours, shortName, code]))
    .digest('hex')
    .slice(0, 8);
  const mark = await sharp(Buffer.from(svg)).png().toBuffer();
  return { fonts, mark, colours, shortName, fingerprint };
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/** The card's element tree. */
function cardTree(card: OgCard, assets: CardAssets): Node {
  const { colours } = assets;
  const title = layoutTitle(card.title, textWidth);
  const badge = card.label ? badgeText(card.label) : undefined;
  // Satori falls back along the list for glyphs the first font lacks (ą, ę, ł, ř, ů…), by weight.
  const fontFamily = "'Noto Sans latin', 'Noto Sans latin-ext'";
  const sectionWidth = badge ? textWidth - 360 : textWidth;
  const frame = badge ? exampleFrame : 0;
  return h(
    'div',
    {
      width,
      height,
      display: 'flex',
      fontFamily,
      // Example cards are framed in the accent colour as well as labelled (DESIGN §9: invented content shows it).
      background: colours.accent,
      padding: frame,
    },
    h('div', { display: 'flex', flexDirection: 'column', width: width - 2 * frame, height: height - 2 * frame, background: '#ffffff' }, [
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${64 - frame}px ${padding - frame}px 0` }, [
        h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 52 }, [
          h(
            'div',
            { display: 'flex', fontSize: 34, fontWeight: 700, color: colours.primary },
            card.section ? fitLine(card.section, 34, sectionWidth) : '',
          ),
          ...(badge
            ? [
                h(
                  'div',
                  {
                    display: 'flex',
                    fontSize: 30,
                    fontWeight: 700,
                    color: colours.text,
                    background: colours.accent,
                    padding: '6px 22px',
                    borderRadius: 8,
                    letterSpacing: 1,
                  },
                  badge,
                ),
              ]
            : []),
        ]),
        h(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            marginTop: 22,
            fontSize: title.fontSize,
            fontWeight: 700,
            lineHeight: 1.15,
            color: colours.primaryDark,
          },
          title.lines.map((line) => h('div', { display: 'flex', whiteSpace: 'pre' }, line)),
        ),
      ]),
      h(
        'div',
        { display: 'flex', alignItems: 'center', height: bandHeight, padding: `0 ${padding - frame}px`, background: colours.primaryDark },
        [
          // The mark's place: sharp draws it there (satori would wrap it in a full-size mask that costs 90 ms a card).
          h('div', { width: markSize, height: markSize, flexShrink: 0 }),
          h('div', { display: 'flex', flexDirection: 'column', marginLeft: 28, color: '#ffffff' }, [
            h('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, assets.shortName),
            // The home page's title is the cluster's name already.
            ...(card.siteName !== card.title
              ? [
                  h(
                    'div',
                    { display: 'flex', fontSize: 25, fontWeight: 400, color: colours.onDark },
                    fitLine(card.siteName, 25, textWidth - markSize - 40),
                  ),
                ]
              : []),
          ]),
        ],
      ),
    ]),
  );
}

/** The card as a PNG of 1200×630 pixels. */
export async function renderCard(card: OgCard, assets: CardAssets): Promise<Buffer> {
  const svg = await satori(cardTree(card, assets) as unknown as Parameters<typeof satori>[0], { width, height, fonts: assets.fonts });
  const frame = card.label ? exampleFrame : 0;
  return sharp(Buffer.from(svg))
    .composite([{ input: assets.mark, left: padding, top: height - frame - bandHeight + (bandHeight - markSize) / 2 }])
    .png(pngOptions)
    .toBuffer();
}
