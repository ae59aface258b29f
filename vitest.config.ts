/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` (pure helpers and schemas, fast) and `site` (builds the site once in
 * `tests/setup/build-site.ts`, then asserts on the output and drives Chromium over it).
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
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
