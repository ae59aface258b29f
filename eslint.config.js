// @ts-check
/**
 * ESLint: bugs and risky patterns in TypeScript, JavaScript and Astro files. Formatting is Prettier's job
 * (`.prettierrc.json`); none of the configs below turns on a formatting rule. Run with `npm run lint`;
 * `npm test` runs it too.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Same list as .prettierignore: generated output, installed packages and the editors' content.
  globalIgnores(['dist/', 'dist.*/', '.dist-staging/', '.dist-test*/', '.astro/', 'content/', 'tests/fixtures/**/*.{md,mdx,yaml}']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The build scripts, tests and configuration run on Node; the site's own scripts run in the browser.
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // An unused name is a leftover or a bug; a leading underscore marks one kept on purpose (a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Type-only imports are erased at build time; marking them keeps module side effects and import cycles honest.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
);
