import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { assembleProject } from '../../scripts/bench/project';
import { generateSyntheticContent, scaleEntries } from '../../scripts/bench/synthetic-content';
import { validatedFlag } from '../../src/integrations/validated-flag';
import {
  basePathSiteDir,
  scaleSiteDir,
  testBasePath,
  testBuildDate,
  testListPageSizes,
  testMapMarkerLimit,
  testOrigin,
  testSiteDir,
  testStaleOffersListed,
  testTranslationRows,
} from '../helpers/site';
import { assembleTestProject, minimalContent, projectRoot, testProjectDir } from '../helpers/test-project';

/** The fixture redirects the root and base-path test builds add to those of their content (tests/fixtures/redirects.yaml). */
const redirectsFixture = 'tests/fixtures/redirects.yaml';

/** Astro's command-line entry, run through this same Node. */
const astroBin = (() => {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.astro!);
})();

interface TestBuild {
  name: string;
  out: string;
  base: string;
  /** Makes the build's project folder; returns it. */
  assemble: () => string;
  /** What to run in the project folder, with which environment on top of the suite's. */
  command: string[];
  env: Record<string, string>;
}

/** What the root and base-path builds share: the whole `npm run build` on the tests' fixtures, small list pages. */
const fixtureBuild = (name: string, out: string, base: string, content: string): TestBuild => ({
  name,
  out,
  base,
  assemble: () => {
    const dir = assembleTestProject(name, [content]);
    mkdirSync(join(dir, 'tests/fixtures'), { recursive: true });
    cpSync(join(projectRoot, redirectsFixture), join(dir, redirectsFixture));
    return dir;
  },
  command: ['scripts/build.mjs'],
  env: {
    SITE_OUT_DIR: out,
    BUILD_DATE: testBuildDate,
    SITE_URL: testOrigin,
    BASE_PATH: base,
    REDIRECTS_EXTRA: redirectsFixture,
    LIST_PAGE_SIZES: testListPageSizes,
    MAP_MARKER_LIMIT: String(testMapMarkerLimit),
    TRANSLATION_ROWS: String(testTranslationRows),
    STALE_OFFERS_LISTED: String(testStaleOffersListed),
  },
});

/** The three test builds: they run at the same time, each from a project folder of its own. */
const builds: TestBuild[] = [
  // Every build and browser test: the sample content plus the tests' own entries, served from the root.
  fixtureBuild('root', testSiteDir, '/', join(projectRoot, 'content')),
  // The base-path checks (tests/build/base-path.test.ts): the smallest valid content plus the tests' entries, under /klaster/.
  fixtureBuild('base', basePathSiteDir, testBasePath, minimalContent),
  // The page weight at scale (tests/build/scale.test.ts): the benchmark's synthetic content at its small scale (about
  // 1,000 pages) with the configured bounds. Only what changes page weight is done: the content is generated valid
  // (so `astro build` runs directly with the validated flag: no content check, Pagefind or host files), without images
  // (not part of the page budget; the `<picture>` markup they add is checked from the root build) and with no Open Graph
  // images drawn (the heads are the same).
  {
    name: 'scale',
    out: scaleSiteDir,
    base: '/',
    assemble: () => {
      const dir = assembleProject(testProjectDir('scale'));
      generateSyntheticContent({ dir: join(dir, 'content'), entries: scaleEntries('small'), buildDate: testBuildDate, images: false });
      return dir;
    },
    command: [astroBin, 'build'],
    env: {
      ASTRO_OUT_DIR: scaleSiteDir,
      [validatedFlag]: '1',
      OG_IMAGES: 'skip',
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: testBuildDate,
      SITE_URL: testOrigin,
      BASE_PATH: '/',
      // The configured bounds, whatever the shell says.
      LIST_PAGE_SIZES: '',
      MAP_MARKER_LIMIT: '',
      TRANSLATION_ROWS: '',
      STALE_OFFERS_LISTED: '',
    },
  },
];

/** Runs a build's command in its project folder; resolves with its exit code, its output kept for a failure. */
function run(dir: string, command: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

/**
 * Builds the test sites once per run, all three at the same time: the root build into `testSiteDir` (`.dist-test Kraków ŚĆ/`,
 * or `TEST_SITE_DIR`), the base-path build into `basePathSiteDir` and the scale build into `scaleSiteDir`. Each is built
 * from a project folder of its own (tests/helpers/test-project.ts: a copy of the sources, node_modules linked). The root
 * and base-path builds run `npm run build`'s script on content with the tests' fixture entries added
 * (tests/fixtures/site-content/), with the build date pinned so that "upcoming" and "stale" do not move with the
 * calendar, with the fixture redirects, and with small list pages, a low map marker limit and a short translation status
 * page (`testListPageSizes`, `testMapMarkerLimit`, `testTranslationRows`, `testStaleOffersListed`) so that pagination,
 * grouped map markers and the stale offers' bound are exercised. The scale build is described in `builds` above.
 * `REUSE_TEST_BUILD=1` skips the builds when all three folders already exist (handy while writing tests; CI never sets it).
 */
export default async function setup() {
  if (process.env.REUSE_TEST_BUILD === '1' && builds.every((site) => existsSync(site.out))) return;
  const results = await Promise.all(
    builds.map(async (site) => {
      const started = Date.now();
      const dir = site.assemble();
      const result = await run(dir, site.command, site.env);
      return { ...site, ...result, seconds: (Date.now() - started) / 1000 };
    }),
  );
  for (const result of results) {
    if (result.code !== 0) process.stdout.write(result.output);
    console.log(
      `Test build "${result.name}" (base ${result.base}): ${result.code === 0 ? 'built' : 'FAILED'} in ${result.seconds.toFixed(1)} s.`,
    );
  }
  const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
  if (failed.length > 0) throw new Error(`The test build of the site failed (${failed.join(', ')}; see its output above).`);
}
