/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` (pure helpers and schemas, fast) and `site` (builds the site once in
 * `tests/setup/build-site.ts`, starts one Chromium and one static server in `tests/setup/browser.ts`, then asserts
 * on the output and drives Chromium over it; see tests/helpers/browser.ts for how to write a browser test).
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/browser.ts'],
          testTimeout: 60_000,
          // Browser tabs at a time for `concurrent` tests (measured on 2 cores: see the README).
          maxConcurrency: Number(process.env.TEST_TABS ?? 4),
          hookTimeout: 300_000,
          fileParallelism: false,
          // The files share one module graph: tests/helpers/site.ts parses each built page once per run, not once per
          // file (measured: build tests 95 s → 48 s). So a site test must not change a module it imports.
          isolate: false,
        },
      },
    ],
  },
});
