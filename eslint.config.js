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
    // The build scripts, tests and configuration run on Node.
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions the benchmark passes to the browser (`page.waitForFunction`). TypeScript and Astro files need no
    // globals here: the compiler checks their names (typescript-eslint turns `no-undef` off for them).
    files: ['scripts/bench.mjs'],
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
      // With `verbatimModuleSyntax` (Astro's strictest tsconfig) `import { type X }` would still load the module:
      // a declaration that imports only types says `import type`.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
);
