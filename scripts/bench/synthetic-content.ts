/**
 * Synthetic content for the scale benchmark (issue #12): writes a complete, valid `content/` tree of N entries in the
 * collection mix of the sample content, with realistic Markdown bodies in four languages (some translations missing, so
 * the fallbacks work), cross-references, images and the support files the build reads. Everything follows from `seed`.
 *
 *   npx tsx scripts/bench/synthetic-content.ts --scale small --out /tmp/synth [--seed 1] [--build-date 2026-12-01] [--examples]
 *
 * Cities and free pages are not generated: cities are the six member cities fixed by `src/site.config.ts`, and free
 * pages are the section keys of the config (`content/pages/<key>/`), so both are copied from the project's `content/`
 * (the pages carry all of the content's MDX: 32 of 44 page files, none elsewhere, as DESIGN §10 requires).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import { stringify } from 'yaml';
import {
  calendarFingerprint,
  firstSequenceOf,
  formatSequenceTable,
  updateSequenceTable,
  type CalendarFacts,
} from '../../src/lib/calendar-sequence';
import { scaffoldTools } from '../../src/lib/scaffold/schema-tree';
import { sourceHash } from '../../src/lib/translation-status';
import { eventSchema } from '../../src/schemas/event';
import { topics, audiences, eventKinds, offerKinds, sectors } from '../../src/data/vocabularies';
import { cityOrder, type CitySlug, type Locale } from '../../src/site.config';
import { headings, imageAlt, listItems, sectionLinkText, sentences, seeAlso, summaries, tableLabels, titles } from './synthetic-text';

/** The generated collections, in the order of their weights. */
export const syntheticCollections = ['stories', 'events', 'offers', 'partners', 'documents'] as const;
export type SyntheticCollection = (typeof syntheticCollections)[number];

/** Entries per collection in the sample content (content/, 2026-12-02): the mix the generator keeps at any scale. */
export const collectionWeights: Record<SyntheticCollection, number> = { stories: 10, events: 11, offers: 9, partners: 8, documents: 1 };

/** Share of entries translated into each locale (Polish is the source of every entry). */
export const translationShare: Record<Locale, number> = { pl: 1, en: 0.9, de: 0.6, cs: 0.5 };

/** Distinct images generated and reused across entries: enough for the image pipeline to have real work. */
export const distinctImages = 20;

/** The build date when none is given (tests and the bench runner pass theirs; `BUILD_DATE` of the build must match). */
export const defaultBuildDate = '2026-12-01';

/**
 * HTML pages of a project build that do not grow with the entries (home, section and filter pages, cities, widgets, free
 * pages, search, open data), measured on 2026-12-02: `--scale 250` built 1,247 HTML pages (64 stories → 86 pages per locale
 * with the filter pages, 72 events, 70 offers, 52 partners per locale; 6 documents have no page of their own), and
 * `--scale small` (192 entries) built 1,019, where 250 + 3.9 × 192 predicts 999.
 */
export const fixedPages = 250;

/** HTML pages per generated entry: one per locale (an untranslated entry still has its fallback page), documents none. */
export const pagesPerEntry = 4 * (1 - collectionWeights.documents / Object.values(collectionWeights).reduce((a, b) => a + b, 0));

export interface SyntheticOptions {
  /** The folder that becomes the project's `content/` (emptied first). */
  dir: string;
  /** Entries to generate across the collections (cities and free pages come on top). */
  entries: number;
  /** Seed of the generator: same seed, same bytes. */
  seed?: number;
  /** The build date (`YYYY-MM-DD`) the dates are placed around: some events upcoming, most past. */
  buildDate?: string;
  /**
   * Mark the entries `example: true` (default false). Example entries are `noindex`, left out of the sitemap, the search
   * index and structured data (DESIGN §9): the benchmark leaves them unmarked so the build does for them everything it does
   * for real entries. The titles and summaries say the entries were generated, and the tree is never published.
   */
  examples?: boolean;
  /** The project's content folder to copy cities and pages from (default: this project's `content/`). */
  sourceContent?: string;
  /**
   * Write the images (default true): story covers and offer images. False leaves them out, every other byte the same;
   * the test suite's scale build does, as images are not part of a page's weight budget and optimising them would
   * be most of its time with a cold cache (tests/setup/build-site.ts).
   */
  images?: boolean;
}

export interface SyntheticSummary {
  entries: Record<SyntheticCollection, number>;
  /** Copied, not generated. */
  cities: number;
  pages: number;
  markdownFiles: number;
  mdxFiles: number;
  /** Image files written (copies of `distinctImages` distinct images). */
  images: number;
  /** Locale texts missing, per collection and locale (the page falls back: en → pl, de/cs → en → pl). */
  missingTranslations: Record<SyntheticCollection, Record<Locale, number>>;
  /** Cross-references written (facts fields and body links). */
  crossReferences: number;
  upcomingEvents: number;
  buildDate: string;
}

const locales: readonly Locale[] = ['pl', 'en', 'de', 'cs'];

/** Member cities' names as they appear in running text (the same in the four languages' nominative). */
const cityNames: Record<CitySlug, string> = {
  katowice: 'Katowice',
  gliwice: 'Gliwice',
  tychy: 'Tychy',
  jaworzno: 'Jaworzno',
  'jastrzebie-zdroj': 'Jastrzębie-Zdrój',
  rybnik: 'Rybnik',
};

/** Rough city centres, for offer map points. */
const cityPoints: Record<CitySlug, [number, number]> = {
  katowice: [50.259, 19.021],
  gliwice: [50.294, 18.666],
  tychy: [50.125, 18.987],
  jaworzno: [50.205, 19.275],
  'jastrzebie-zdroj': [49.958, 18.574],
  rybnik: [50.098, 18.545],
};

/**
 * A small seeded PRNG (mulberry32): uniform floats in [0, 1).
 * @example const next = prng(1); next() === prng(1)() // true
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The entry count for a `--scale` value: `small` ≈ 1,000 HTML pages, `default` (or none) ≈ 2,500 entries (≈ 10,000 pages),
 * a number that many entries.
 * @example scaleEntries('small') // 192
 */
export function scaleEntries(scale: string | undefined): number {
  if (scale === undefined || scale === 'default') return 2500;
  if (scale === 'small') return Math.round((1000 - fixedPages) / pagesPerEntry);
  const entries = Number(scale);
  if (!Number.isInteger(entries) || entries < 1)
    throw new Error(`--scale must be small, default or a whole number of entries, not “${scale}”`);
  return entries;
}

/**
 * Entries per collection for a total, in the weights' proportions (largest remainders), every collection at least one.
 * @example collectionCounts(39) // { stories: 10, events: 11, offers: 9, partners: 8, documents: 1 }
 */
export function collectionCounts(total: number): Record<SyntheticCollection, number> {
  const sum = Object.values(collectionWeights).reduce((a, b) => a + b, 0);
  const exact = syntheticCollections.map((name) => (total * collectionWeights[name]) / sum);
  const counts = exact.map((value) => Math.max(1, Math.floor(value)));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left -= 1) counts[order[i]!.index]! += 1;
  return Object.fromEntries(syntheticCollections.map((name, index) => [name, counts[index]!])) as Record<SyntheticCollection, number>;
}

/** Minimal PNG encoder (RGB, 8 bits): deterministic bytes without depending on an image library's version. */
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = pixel(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Distinct image `index` of `seed`: a 1200×630 striped graphic with a soft glow, its own colours, angle and stripe width. */
function makeImage(seed: number, index: number): Buffer {
  const random = prng(seed * 7919 + index);
  const base = [40 + random() * 160, 40 + random() * 160, 40 + random() * 160];
  const angle = random() * Math.PI;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const period = 30 + Math.floor(random() * 90);
  const [cx, cy] = [random() * 1200, random() * 630];
  return png(1200, 630, (x, y) => {
    const stripe = Math.floor((x * dx + y * dy) / period) % 2 === 0 ? 1 : 0.75;
    const glow = 1 - Math.min(1, Math.hypot(x - cx, y - cy) / 900) * 0.4;
    return base.map((c) => Math.min(255, Math.round(c * stripe * glow + (x + y) / 40))) as [number, number, number];
  });
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pad = (n: number) => String(n).padStart(4, '0');
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** A day `offset` days from `date`, `YYYY-MM-DD`. */
function shiftDay(date: string, offset: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A body planned once and rendered in every locale alike (translations say the same thing). */
type Block =
  | { kind: 'paragraph'; sentences: number[]; link?: { href: string; text: Record<Locale, string> } }
  | { kind: 'heading'; index: number }
  | { kind: 'list'; items: number[] }
  | { kind: 'table'; rows: [number, number][] };

/** Body lengths in words like the sample content's (measured per collection: minimum, typical, maximum). */
const bodyWords: Record<SyntheticCollection, [number, number, number]> = {
  stories: [50, 170, 260],
  events: [50, 110, 430],
  offers: [50, 68, 175],
  partners: [120, 150, 200],
  documents: [0, 0, 0],
};

/** A triangular draw between min and max around mode. */
function triangular(random: () => number, [min, mode, max]: [number, number, number]): number {
  const u = random();
  const split = (mode - min) / (max - min);
  return Math.round(u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode)));
}

function planBody(random: () => number, words: number, links: { href: string; text: Record<Locale, string> }[], table: boolean): Block[] {
  const blocks: Block[] = [];
  let written = 0;
  let sinceHeading = 0;
  const pending = [...links];
  while (written < words) {
    if (sinceHeading >= 2 && random() < 0.6) {
      blocks.push({ kind: 'heading', index: int(random, 0, headings.pl.length - 1) });
      sinceHeading = 0;
    }
    const count = int(random, 2, 5);
    const chosen = Array.from({ length: count }, () => int(random, 0, sentences.pl.length - 1));
    const link = pending.shift();
    blocks.push(link ? { kind: 'paragraph', sentences: chosen, link } : { kind: 'paragraph', sentences: chosen });
    written += count * 13;
    sinceHeading += 1;
    if (random() < 0.15) {
      blocks.push({ kind: 'list', items: Array.from({ length: int(random, 3, 5) }, (_, i) => i) });
      written += 20;
    }
  }
  if (table)
    blocks.push({ kind: 'table', rows: Array.from({ length: int(random, 3, 5) }, (_, i) => [2015 + i * 2, int(random, 100, 9000)]) });
  for (const link of pending) blocks.push({ kind: 'paragraph', sentences: [], link });
  return blocks;
}

function renderBody(blocks: Block[], locale: Locale, values: Record<string, string | number>): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`## ${headings[locale][block.index]}`);
    else if (block.kind === 'list') out.push(block.items.map((i) => `- ${listItems[locale][i]}`).join('\n'));
    else if (block.kind === 'table') {
      const labels = tableLabels[locale];
      const rows = block.rows.map(([year, value]) => `| ${year} | ${value} |`);
      out.push([`| ${labels.year} | ${labels.value} (${labels.unit}) |`, '| ---: | ---: |', ...rows].join('\n'));
    } else {
      const text = block.sentences.map((i) => fill(sentences[locale][i]!, values));
      if (block.link) text.push(seeAlso[locale](`[${block.link.text[locale]}](${block.link.href})`));
      out.push(text.join(' '));
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** One generated entry before it is written. */
interface Planned {
  collection: SyntheticCollection;
  slug: string;
  number: number;
  city: CitySlug;
  titles: Record<Locale, string>;
  locales: Locale[];
}

/**
 * Writes the synthetic `content/` tree into `options.dir` (emptied first) and returns what it wrote.
 * @example generateSyntheticContent({ dir: '/tmp/synth/content', entries: 250, seed: 1 }).entries.stories // 64
 */
export function generateSyntheticContent(options: SyntheticOptions): SyntheticSummary {
  const seed = options.seed ?? 1;
  const buildDate = options.buildDate ?? defaultBuildDate;
  const dir = resolve(options.dir);
  const source = options.sourceContent ?? fileURLToPath(new URL('../../content/', import.meta.url));
  const random = prng(seed);
  const exampleMark = options.examples ? { example: true } : {};
  const counts = collectionCounts(options.entries);
  const images: Buffer[] = [];
  const summary: SyntheticSummary = {
    entries: counts,
    cities: 0,
    pages: 0,
    markdownFiles: 0,
    mdxFiles: 0,
    images: 0,
    missingTranslations: Object.fromEntries(
      syntheticCollections.map((name) => [name, Object.fromEntries(locales.map((locale) => [locale, 0]))]),
    ) as SyntheticSummary['missingTranslations'],
    crossReferences: 0,
    upcomingEvents: 0,
    buildDate,
  };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const fixed of ['cities', 'pages'] as const) {
    cpSync(join(source, fixed), join(dir, fixed), { recursive: true });
    const folders = readdirSync(join(dir, fixed));
    summary[fixed] = folders.length;
    for (const folder of folders) {
      for (const name of readdirSync(join(dir, fixed, folder))) {
        if (name.endsWith('.mdx')) summary.mdxFiles += 1;
        else if (name.endsWith('.md')) summary.markdownFiles += 1;
      }
    }
  }

  // Plan every entry first, so that cross-references can point anywhere.
  const slugWords: Record<SyntheticCollection, string> = {
    stories: 'syntetyczna-historia',
    events: 'syntetyczne-wydarzenie',
    offers: 'syntetyczna-oferta',
    partners: 'syntetyczny-partner',
    documents: 'syntetyczny-dokument',
  };
  const planned: Record<SyntheticCollection, Planned[]> = { stories: [], events: [], offers: [], partners: [], documents: [] };
  const kindOf = { stories: 'story', events: 'event', offers: 'offer', partners: 'partner', documents: 'document' } as const;
  for (const collection of syntheticCollections) {
    for (let number = 1; number <= counts[collection]; number += 1) {
      const city = pick(random, cityOrder);
      const variant = int(random, 0, titles.pl[kindOf[collection]].length - 1);
      const entryTitles = Object.fromEntries(
        locales.map((locale) => [locale, fill(titles[locale][kindOf[collection]][variant]!, { n: number, city: cityNames[city] })]),
      ) as Record<Locale, string>;
      const entryLocales = locales.filter((locale) => locale === 'pl' || random() < translationShare[locale]);
      for (const locale of locales) if (!entryLocales.includes(locale)) summary.missingTranslations[collection][locale] += 1;
      planned[collection].push({
        collection,
        slug: `${slugWords[collection]}-${pad(number)}`,
        number,
        city,
        titles: entryTitles,
        locales: entryLocales,
      });
    }
  }

  const linkTo = (target: Planned) => ({ href: `entry:${target.collection}/${target.slug}`, text: target.titles });
  const sectionLink = (key: 'offers' | 'events' | 'stories') => ({
    href: `section:${key}`,
    text: Object.fromEntries(locales.map((locale) => [locale, sectionLinkText[locale][key]])) as Record<Locale, string>,
  });
  const localized = (entry: Planned, text: Record<Locale, string>) =>
    Object.fromEntries(entry.locales.map((locale) => [locale, text[locale]])) as Record<string, string>;
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  let imageIndex = 0;
  const withImages = options.images ?? true;
  /** Writes the next image as `folder/name` and returns its facts, or returns nothing when images are left out. */
  const nextImage = (folder: string, name: string, alt: Record<string, string>) => {
    if (!withImages) return undefined;
    const index = imageIndex % distinctImages;
    images[index] ??= makeImage(seed, index);
    write(join(folder, name), images[index]);
    imageIndex += 1;
    summary.images += 1;
    return { src: `./${name}`, alt };
  };

  /** Writes the texts of one entry: `pl.md` the source, the others translations recording its hash. */
  const writeTexts = (entry: Planned, folder: string, blocks: Block[], extra: (locale: Locale) => Record<string, unknown> = () => ({})) => {
    const values = {
      city: cityNames[entry.city],
      n: 3 + (entry.number % 17),
      k: 8 + (entry.number % 31),
      year: 2008 + (entry.number % 18),
    };
    let sourceText = '';
    for (const locale of entry.locales) {
      const front: Record<string, unknown> = {
        title: entry.titles[locale],
        summary: fill(summaries[locale], { title: entry.titles[locale] }),
        ...extra(locale),
      };
      if (locale !== 'pl') front.translatedFrom = { locale: 'pl', hash: sourceHash(sourceText) };
      const text = `---\n${stringify(front, { lineWidth: 0 })}---\n${blocks.length > 0 ? renderBody(blocks, locale, values) : ''}`;
      if (locale === 'pl') sourceText = text;
      write(join(folder, `${locale}.md`), text);
      summary.markdownFiles += 1;
    }
  };
  const related = <T>(list: readonly T[], max: number): T[] => {
    if (list.length === 0) return [];
    const chosen = new Set<T>();
    for (let i = int(random, 0, max); i > 0; i -= 1) chosen.add(pick(random, list));
    return [...chosen];
  };

  // Partners: each belongs to a member city; a few merged into an earlier one.
  for (const entry of planned.partners) {
    const folder = join(dir, 'partners', entry.slug);
    const earlier = planned.partners.slice(0, entry.number - 1);
    const merged = earlier.length > 0 && random() < 0.1 ? pick(random, earlier) : undefined;
    const facts: Record<string, unknown> = {
      name: entry.titles.pl,
      shortName: `SP-${pad(entry.number)}`,
      sector: pick(random, sectors),
      city: entry.city,
      website: `https://partner-${pad(entry.number)}.example.com/`,
      founding: entry.number <= 3,
      joined: 2005 + (entry.number % 20),
      status: merged ? 'merged' : 'active',
    };
    if (merged) {
      facts.successor = merged.slug;
      summary.crossReferences += 1;
    }
    summary.crossReferences += 1;
    write(
      join(folder, 'partner.yaml'),
      `# Synthetic benchmark entry (scripts/bench/synthetic-content.ts), not real content.\n${stringify(facts)}`,
    );
    const links = related(planned.stories, 2).map(linkTo);
    summary.crossReferences += links.length;
    writeTexts(entry, folder, planBody(random, triangular(random, bodyWords.partners), links, random() < 0.05));
  }

  // Offers: in a member city, about a third with an image.
  for (const entry of planned.offers) {
    const folder = join(dir, 'offers', entry.slug);
    const [lat, lon] = cityPoints[entry.city];
    const kind = pick(random, offerKinds);
    const facts: Record<string, unknown> = {
      ...exampleMark,
      city: entry.city,
      kind,
      status: pick(random, ['available', 'available', 'available', 'reserved', 'sold'] as const),
      location: { lat: Number((lat + (random() - 0.5) * 0.04).toFixed(4)), lon: Number((lon + (random() - 0.5) * 0.06).toFixed(4)) },
      areaHa: Number((0.2 + random() * 40).toFixed(1)),
      ...(['hall', 'office', 'lab'].includes(kind) ? { floorAreaM2: int(random, 200, 20000) } : {}),
      zoning: { localPlan: pick(random, ['adopted', 'inPreparation', 'none'] as const), symbols: ['P/U'] },
      miningAreaCategory: pick(random, ['notMiningArea', '0', 'I', 'II', 'III', 'unknown'] as const),
      ownership: pick(random, ['municipal', 'stateTreasury', 'private', 'economicZone', 'mixed'] as const),
      transaction: [pick(random, ['sale', 'lease', 'perpetualUsufruct'] as const)],
      pricePlnPerM2: random() < 0.3 ? 'negotiable' : int(random, 40, 900),
      utilities: { electricity: { availability: 'onSite' }, water: { availability: pick(random, ['onSite', 'nearby'] as const) } },
      distancesKm: { motorwayJunction: { name: pick(random, ['A1', 'A4']), km: int(random, 1, 25) }, airportKatowice: int(random, 10, 90) },
      lastVerified: shiftDay(buildDate, -int(random, 10, 400)),
    };
    summary.crossReferences += 1;
    if (random() < 0.35) {
      const image = nextImage(folder, 'plan.png', localized(entry, imageAlt));
      if (image) facts.images = [image];
    }
    write(
      join(folder, 'offer.yaml'),
      `# Synthetic benchmark entry (scripts/bench/synthetic-content.ts), not real content.\n${stringify(facts)}`,
    );
    writeTexts(entry, folder, planBody(random, triangular(random, bodyWords.offers), [sectionLink('offers')], random() < 0.15));
  }

  // Events: most past (up to 20 years back), one in six upcoming (within a year); some with times of day.
  const sequences: Record<string, string> = {};
  const statuses: Record<string, string> = {};
  const schema = eventSchema(scaffoldTools);
  for (const entry of planned.events) {
    const folder = join(dir, 'events', entry.slug);
    const upcoming = entry.number % 6 === 1;
    const day = shiftDay(buildDate, upcoming ? int(random, 3, 365) : -int(random, 1, 7300));
    if (upcoming) summary.upcomingEvents += 1;
    const timed = random() < 0.4;
    const hour = int(random, 9, 15);
    const length = timed ? 0 : int(random, 0, 2);
    const status = random() < 0.04 ? 'cancelled' : 'scheduled';
    const facts: Record<string, unknown> = {
      ...exampleMark,
      kind: pick(random, eventKinds),
      start: timed ? `${day}T${String(hour).padStart(2, '0')}:00` : day,
      ...(timed ? { end: `${day}T${String(hour + 2).padStart(2, '0')}:30` } : length > 0 ? { end: shiftDay(day, length) } : {}),
      attendance: pick(random, ['inPerson', 'inPerson', 'online', 'mixed'] as const),
      status,
      city: entry.city,
      audiences: related(audiences, 2),
      topics: related(topics, 2),
      languages: ['pl'],
      organisers: [{ name: 'Innowacyjny Śląski Klaster Czystych Technologii Węglowych' }],
    };
    summary.crossReferences += 1;
    const text = `# Synthetic benchmark entry (scripts/bench/synthetic-content.ts), not real content.\n${stringify(facts)}`;
    write(join(folder, 'event.yaml'), text);
    const parsed = schema.parse(facts) as CalendarFacts;
    sequences[entry.slug] = calendarFingerprint(parsed);
    statuses[entry.slug] = status;
    const links = [...related(planned.stories, 2).map(linkTo), sectionLink('events')];
    summary.crossReferences += links.length;
    const agenda = (locale: Locale) => (timed ? { agenda: [`${String(hour).padStart(2, '0')}:00 ${headings[locale][0]}`] } : {});
    writeTexts(entry, folder, planBody(random, triangular(random, bodyWords.events), links, random() < 0.05), agenda);
  }
  const table = updateSequenceTable({}, sequences, buildDate, (slug) => firstSequenceOf(statuses[slug] ?? 'scheduled'));
  write(join(dir, 'calendar-sequence.yaml'), formatSequenceTable(table));

  // Stories: partners, related events and offers, links to other stories; about 40 % with a cover.
  for (const entry of planned.stories) {
    const folder = join(dir, 'stories', entry.slug);
    const date = shiftDay(buildDate, -int(random, 30, 6000));
    const partners = related(planned.partners, 2).map((partner) => ({ partner: partner.slug, role: pick(random, sectors) }));
    const relatedEvents = related(planned.events, 2).map((event) => event.slug);
    const relatedOffers = related(planned.offers, 1).map((offer) => offer.slug);
    const facts: Record<string, unknown> = {
      ...exampleMark,
      date,
      published: shiftDay(buildDate, -int(random, 0, 900)),
      cities: [entry.city],
      partners,
      topics: related(topics, 2).length > 0 ? related(topics, 2) : [pick(random, topics)],
      relatedEvents,
      relatedOffers,
    };
    if ((facts.topics as string[]).length === 0) facts.topics = [topics[0]];
    summary.crossReferences += 1 + partners.length + relatedEvents.length + relatedOffers.length;
    if (random() < 0.4) {
      const image = nextImage(folder, 'cover.png', localized(entry, imageAlt));
      if (image) facts.cover = image;
    }
    write(
      join(folder, 'story.yaml'),
      `# Synthetic benchmark entry (scripts/bench/synthetic-content.ts), not real content.\n${stringify(facts)}`,
    );
    const links = [...related(planned.stories, 2).map(linkTo), linkTo({ ...entry, collection: 'stories' }), sectionLink('stories')].filter(
      (link) => link.href !== `entry:stories/${entry.slug}`,
    );
    summary.crossReferences += links.length;
    const problem = (locale: Locale) => ({
      problem: fill(sentences[locale][10]!, {}),
      result: fill(sentences[locale][2]!, { k: 5 + (entry.number % 40) }),
    });
    writeTexts(entry, folder, planBody(random, triangular(random, bodyWords.stories), links, random() < 0.12), problem);
  }

  // Documents: a small text file with localized titles.
  for (const entry of planned.documents) {
    const folder = join(dir, 'documents', entry.slug);
    const file = `${entry.slug}.txt`;
    write(join(folder, file), `${entry.titles.pl}\n\n${sentences.pl.join('\n')}\n`);
    const facts = {
      file,
      language: 'pl',
      published: shiftDay(buildDate, -int(random, 30, 6000)),
      title: localized(entry, entry.titles),
      description: localized(
        entry,
        Object.fromEntries(locales.map((l) => [l, fill(summaries[l], { title: entry.titles[l] })])) as Record<Locale, string>,
      ),
      ...exampleMark,
    };
    write(
      join(folder, 'document.yaml'),
      `# Synthetic benchmark entry (scripts/bench/synthetic-content.ts), not real content.\n${stringify(facts)}`,
    );
  }

  write(join(dir, 'redirects.yaml'), '# No redirects: synthetic benchmark content.\n[]\n');
  write(
    join(dir, 'published-urls.txt'),
    '# Synthetic benchmark content: nothing published, nothing to keep (tests/build/published-urls.test.ts reads the real list).\n',
  );
  return summary;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'build-date': { type: 'string' },
      examples: { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    console.error(
      'Usage: npx tsx scripts/bench/synthetic-content.ts --scale small|default|<entries> --out <folder> [--seed N] [--build-date YYYY-MM-DD]',
    );
    process.exit(2);
  }
  const started = performance.now();
  const summary = generateSyntheticContent({
    dir: values.out,
    entries: scaleEntries(values.scale),
    seed: values.seed === undefined ? 1 : Number(values.seed),
    examples: values.examples,
    ...(values['build-date'] ? { buildDate: values['build-date'] } : {}),
  });
  console.log(JSON.stringify(summary, null, 2));
  console.log(`Written to ${resolve(values.out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
