import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testBuildDate, testSiteDir } from '../helpers/site';

/**
 * Builds the site once per test run into `testSiteDir` (`.dist-test Kraków ŚĆ/`, or `TEST_SITE_DIR`), with the build date
 * pinned so that "upcoming" and "stale" do not move with the calendar, and with the fixture redirects of
 * `tests/fixtures/redirects.yaml` added to those of `content/`. `REUSE_TEST_BUILD=1` skips the build
 * when that folder already exists (handy while writing tests; CI never sets it).
 */
export default function setup() {
  if (process.env.REUSE_TEST_BUILD === '1' && existsSync(testSiteDir)) return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_OUT_DIR: testSiteDir, BUILD_DATE: testBuildDate, SITE_URL: 'https://iskctw.example.org', BASE_PATH: '/', REDIRECTS_EXTRA: 'tests/fixtures/redirects.yaml' },
  });
  if (result.status !== 0) throw new Error('The test build of the site failed (see its output above).');
}
