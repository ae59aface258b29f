import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  basePathSiteDir,
  testBasePath,
  testBuildDate,
  testListPageSizes,
  testMapMarkerLimit,
  testOrigin,
  testSiteDir,
} from '../helpers/site';
import { assembleTestProject, minimalContent, projectRoot } from '../helpers/test-project';

/** The fixture redirects both test builds add to those of their content (tests/fixtures/redirects.yaml). */
const redirectsFixture = 'tests/fixtures/redirects.yaml';

/** The two test builds: they run at the same time, each from a project folder of its own. */
const builds = [
  // Every build and browser test: the sample content plus the tests' own entries, served from the root.
  { name: 'root', out: testSiteDir, base: '/', content: [join(projectRoot, 'content')] },
  // The base-path checks (tests/build/base-path.test.ts): the smallest valid content plus the tests' entries, under /klaster/.
  { name: 'base', out: basePathSiteDir, base: testBasePath, content: [minimalContent] },
];

/** Runs `npm run build`'s script in a test project; resolves with its exit code, its output kept for a failure. */
function build(dir: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
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
 * Builds the test sites once per run, both at the same time: the root build into `testSiteDir` (`.dist-test Kraków ŚĆ/`,
 * or `TEST_SITE_DIR`) and the base-path build into `basePathSiteDir`. Each is built from a project folder of its own
 * (tests/helpers/test-project.ts: a copy of the sources, node_modules linked) whose content has the tests' fixture entries
 * added (tests/fixtures/site-content/), with the build date pinned so that "upcoming" and "stale" do not move with the
 * calendar, with the fixture redirects, and with small list pages and a low map marker limit
 * (`testListPageSizes`, `testMapMarkerLimit`) so that pagination and grouped map markers are exercised.
 * `REUSE_TEST_BUILD=1` skips the builds when both folders already exist
 * (handy while writing tests; CI never sets it).
 */
export default async function setup() {
  if (process.env.REUSE_TEST_BUILD === '1' && builds.every((site) => existsSync(site.out))) return;
  const results = await Promise.all(
    builds.map(async (site) => {
      const dir = assembleTestProject(site.name, site.content);
      mkdirSync(join(dir, 'tests/fixtures'), { recursive: true });
      cpSync(join(projectRoot, redirectsFixture), join(dir, redirectsFixture));
      const started = Date.now();
      const env = {
        SITE_OUT_DIR: site.out,
        BUILD_DATE: testBuildDate,
        SITE_URL: testOrigin,
        BASE_PATH: site.base,
        REDIRECTS_EXTRA: redirectsFixture,
        LIST_PAGE_SIZES: testListPageSizes,
        MAP_MARKER_LIMIT: String(testMapMarkerLimit),
      };
      const result = await build(dir, env);
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
