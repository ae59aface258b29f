import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { assembleProject, projectRoot } from '../../scripts/bench/project';
import { contentEvents } from '../../scripts/calendar-sequence';
import { firstSequenceOf, formatSequenceTable, parseSequenceTable, updateSequenceTable } from '../../src/lib/calendar-sequence';
import { realOfferFacts, realOfferSlug } from '../fixtures/real-offer';
import { testBuildDate } from './site';

/** The project this suite tests. */
export { projectRoot };

/** Entries the tests own (`tests/fixtures/site-content/`), added to the content of every test build. */
export const siteFixtures = fileURLToPath(new URL('../fixtures/site-content/', import.meta.url));
/** The smallest valid content tree (`tests/fixtures/content/`): the content of the base-path test build. */
export const minimalContent = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/**
 * The folder of one test project, outside the repository (so that `astro check` and vitest never see it) and stable
 * across runs (so that its image cache in `node_modules/.astro/` stays warm).
 */
export function testProjectDir(name: string): string {
  const id = createHash('sha256').update(projectRoot).digest('hex').slice(0, 12);
  return join(tmpdir(), `iskctw-test-projects-${id}`, name);
}

/**
 * Builds a project folder for a test build: a copy of the project's sources, node_modules linked package by package
 * (each project keeps its own caches, so two test builds can run at once), and `content/` made of `contentLayers`
 * laid over each other, then the fixtures of `tests/fixtures/site-content/` and the real-offer fixture
 * (`tests/fixtures/real-offer.ts`). A fixture entry whose folder the content already has is an error: fixtures add, never
 * replace. Returns the project folder.
 */
export function assembleTestProject(name: string, contentLayers: string[]): string {
  const dir = assembleProject(testProjectDir(name));
  const content = join(dir, 'content');
  for (const layer of contentLayers) cpSync(layer, content, { recursive: true });
  for (const collection of readdirSync(siteFixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const entry of readdirSync(join(siteFixtures, collection.name))) {
      const target = join(content, collection.name, entry);
      if (existsSync(target))
        throw new Error(`The fixture ${collection.name}/${entry} would replace an entry of the content: rename the fixture.`);
      cpSync(join(siteFixtures, collection.name, entry), target, { recursive: true });
    }
  }
  const realOffer = `# Test fixture (tests/fixtures/real-offer.ts), not published content.\n${stringify(realOfferFacts)}`;
  writeFileSync(join(content, 'offers', realOfferSlug, 'offer.yaml'), realOffer);
  recordCalendarSequences(dir);
  return dir;
}

/**
 * Records the test project's events in its `content/calendar-sequence.yaml`, as `npm run calendar:sequence` does after
 * an editor adds an event, dated the test build's day: the fixture events are then as recorded as the sample ones.
 */
function recordCalendarSequences(dir: string): void {
  const path = join(dir, 'content', 'calendar-sequence.yaml');
  const table = existsSync(path) ? parseSequenceTable(readFileSync(path, 'utf8')) : {};
  const events = contentEvents(dir);
  const fingerprints = Object.fromEntries(Object.entries(events).map(([slug, event]) => [slug, event.fingerprint]));
  const first = (slug: string) => firstSequenceOf(events[slug]?.status ?? 'scheduled');
  writeFileSync(path, formatSequenceTable(updateSequenceTable(table, fingerprints, testBuildDate, first)));
}

/**
 * The content the root test build was built from (`content/` plus the fixtures), in its project folder: tests that
 * walk every entry read it here, so that they see the fixture entries too.
 */
export const testContentDir = join(testProjectDir('root'), 'content');

/** The synthetic content the scale test build was built from (tests/setup/build-site.ts), in its project folder. */
export const scaleContentDir = join(testProjectDir('scale'), 'content');

/** The entry folders of one collection of the root test build's content, sorted; `draft: true` entries left out. */
export function testEntrySlugs(collection: string): string[] {
  const dir = join(testContentDir, collection);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((slug) => !/^draft: true$/m.test(testEntryFacts(collection, slug)))
    .sort();
}

/** The facts file (YAML text) of an entry of the root test build's content (`stories`, `slug` → `stories/slug/story.yaml`). */
export function testEntryFacts(collection: string, slug: string): string {
  const file = readdirSync(join(testContentDir, collection, slug)).find((name) => name.endsWith('.yaml'));
  if (!file) throw new Error(`${collection}/${slug} has no facts file in ${testContentDir}`);
  return readFileSync(join(testContentDir, collection, slug, file), 'utf8');
}
