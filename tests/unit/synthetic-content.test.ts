import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  collectionCounts,
  collectionWeights,
  generateSyntheticContent,
  scaleEntries,
  syntheticCollections,
  type SyntheticSummary,
} from '../../scripts/bench/synthetic-content';
import { validateContent } from '../../src/lib/validation/validate';

const root = mkdtempSync(join(tmpdir(), 'synthetic-content-'));
const entries = 40;
const buildDate = '2026-06-01';
let summary: SyntheticSummary;

/** Every file under `dir`, relative and sorted. */
function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** One hash of a tree: every file's path and bytes. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesOf(dir))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}

const entryFolders = (collection: string) => readdirSync(join(root, 'content', collection)).sort();

beforeAll(() => {
  summary = generateSyntheticContent({ dir: join(root, 'content'), entries, seed: 7, buildDate });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateSyntheticContent', () => {
  it('writes content that passes the project validator', async () => {
    const report = await validateContent({ root, content: 'content' });
    expect(report.problems).toEqual([]);
    expect(report.files).toBeGreaterThan(entries * 2);
  }, 60_000);

  it('is deterministic: the same seed writes the same bytes, another seed other bytes', () => {
    const again = join(root, 'again');
    const other = join(root, 'other');
    generateSyntheticContent({ dir: again, entries, seed: 7, buildDate });
    generateSyntheticContent({ dir: other, entries, seed: 8, buildDate });
    expect(treeHash(again)).toBe(treeHash(join(root, 'content')));
    expect(treeHash(other)).not.toBe(treeHash(again));
  }, 60_000);

  it('writes the requested number of entries in the mix of the sample content', () => {
    const written = Object.fromEntries(syntheticCollections.map((collection) => [collection, entryFolders(collection).length]));
    expect(written).toStrictEqual(collectionCounts(entries));
    expect(summary.entries).toStrictEqual(written);
    expect(Object.values(written).reduce((a, b) => a + b, 0)).toBe(entries);
    expect(collectionCounts(39)).toStrictEqual(collectionWeights);
  });

  it('keeps the six member cities and the free pages, with their MDX, and MDX nowhere else', () => {
    expect(entryFolders('cities')).toHaveLength(6);
    const mdx = filesOf(join(root, 'content')).filter((file) => file.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(0);
    expect(mdx.every((file) => file.startsWith('pages/'))).toBe(true);
    expect(summary.mdxFiles).toBe(mdx.length);
  });

  it('leaves some translations out, never the Polish source, and counts them', () => {
    for (const collection of ['stories', 'events', 'offers', 'partners'] as const) {
      const missing = { pl: 0, en: 0, de: 0, cs: 0 };
      for (const slug of entryFolders(collection)) {
        const files = readdirSync(join(root, 'content', collection, slug));
        for (const locale of ['pl', 'en', 'de', 'cs'] as const) if (!files.includes(`${locale}.md`)) missing[locale] += 1;
      }
      expect(missing.pl).toBe(0);
      expect(summary.missingTranslations[collection]).toStrictEqual(missing);
    }
    const missingCs = Object.values(summary.missingTranslations).reduce((sum, byLocale) => sum + byLocale.cs, 0);
    expect(missingCs).toBeGreaterThan(0);
  });

  it('writes cross-references that resolve to generated entries', () => {
    const content = join(root, 'content');
    const targets: string[] = [];
    for (const file of filesOf(content)) {
      const text = readFileSync(join(content, file), 'utf8');
      for (const match of text.matchAll(/\]\(entry:([a-z]+)\/([a-z0-9-]+)\)/g)) targets.push(`${match[1]}/${match[2]}`);
      if (file.endsWith('story.yaml')) {
        const story = parse(text) as { partners: { partner: string }[]; relatedEvents: string[]; relatedOffers: string[] };
        targets.push(...story.partners.map((p) => `partners/${p.partner}`), ...story.relatedEvents.map((slug) => `events/${slug}`));
        targets.push(...story.relatedOffers.map((slug) => `offers/${slug}`));
      }
    }
    expect(targets.length).toBeGreaterThan(entries / 2);
    expect(new Set(targets.map((target) => target.split('/')[0])).size).toBeGreaterThanOrEqual(3);
    const missing = targets.filter((target) => !statSync(join(content, target), { throwIfNoEntry: false })?.isDirectory());
    expect(missing).toEqual([]);
  });

  it('writes images, some events upcoming and most past, and a calendar sequence for every event', () => {
    const content = join(root, 'content');
    const pngs = filesOf(content).filter((file) => file.endsWith('.png') && !file.startsWith('cities/') && !file.startsWith('pages/'));
    expect(pngs.length).toBe(summary.images);
    expect(pngs.length).toBeGreaterThan(0);
    expect(readFileSync(join(content, pngs[0]!)).subarray(1, 4).toString()).toBe('PNG');
    const starts = entryFolders('events').map((slug) =>
      String((parse(readFileSync(join(content, 'events', slug, 'event.yaml'), 'utf8')) as { start: string }).start),
    );
    const upcoming = starts.filter((start) => start.slice(0, 10) > buildDate).length;
    expect(upcoming).toBe(summary.upcomingEvents);
    expect(upcoming).toBeGreaterThan(0);
    expect(upcoming).toBeLessThan(starts.length / 2);
    const sequences = parse(readFileSync(join(content, 'calendar-sequence.yaml'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(sequences).sort()).toStrictEqual(entryFolders('events'));
  });
});

describe('generateSyntheticContent with examples', () => {
  it('marks the entries example: true only when asked', () => {
    const marked = join(root, 'marked');
    generateSyntheticContent({ dir: marked, entries: 12, seed: 3, buildDate, examples: true });
    const facts = (collection: string, file: string, dir: string) =>
      readdirSync(join(dir, collection)).map(
        (slug) => parse(readFileSync(join(dir, collection, slug, file), 'utf8')) as { example?: boolean },
      );
    expect(facts('stories', 'story.yaml', marked).every((story) => story.example === true)).toBe(true);
    expect(facts('offers', 'offer.yaml', marked).every((offer) => offer.example === true)).toBe(true);
    expect(facts('stories', 'story.yaml', join(root, 'content')).some((story) => story.example === true)).toBe(false);
  }, 60_000);
});

describe('generateSyntheticContent without images', () => {
  it('leaves out every image and its facts, and changes nothing else', () => {
    const bare = join(root, 'bare');
    const bareSummary = generateSyntheticContent({ dir: bare, entries, seed: 7, buildDate, images: false });
    const withImages = filesOf(join(root, 'content'));
    const isImage = (file: string) => file.endsWith('.png');
    expect(withImages.filter(isImage).length).toBeGreaterThan(0);
    expect(filesOf(bare).filter(isImage)).toEqual([]);
    expect(bareSummary.images).toBe(0);
    const unlisted = (text: string) => text.replace(/^(cover|images):\n(?: .*\n)*/gm, '');
    let changed = 0;
    for (const file of withImages.filter((name) => !isImage(name))) {
      const before = readFileSync(join(root, 'content', file), 'utf8');
      const after = readFileSync(join(bare, file), 'utf8');
      if (before !== after) changed += 1;
      expect(after, file).toBe(unlisted(before));
    }
    expect(changed).toBeGreaterThan(0);
  }, 60_000);
});

describe('scaleEntries', () => {
  it('maps the named scales and numbers to entry counts', () => {
    expect(scaleEntries(undefined)).toBe(2500);
    expect(scaleEntries('default')).toBe(2500);
    expect(scaleEntries('small')).toBeGreaterThan(150);
    expect(scaleEntries('small')).toBeLessThan(250);
    expect(scaleEntries('120')).toBe(120);
    expect(() => scaleEntries('large')).toThrow(/--scale/);
    expect(() => scaleEntries('0')).toThrow(/--scale/);
  });
});
