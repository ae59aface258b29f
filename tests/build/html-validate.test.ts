import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/site.config';
import { fileOf, htmlPaths } from '../helpers/site';

/**
 * Every built page is valid HTML. Rules switched off, each with its reason:
 * - `no-inline-style`: Astro's CSP hashes the few inline styles it emits; they are allowed by hash, not by `unsafe-inline`.
 * - `long-title`: an SEO display hint (70 characters); official names of institutions are longer, and the full name
 *   in the title serves screen-reader users better than a cut one.
 * - `form-dup-name` allows shared names for checkboxes too: a group of checkboxes with one name is how HTML
 *   forms send several values (`?kind=hall&kind=lab`).
 * - `no-trailing-whitespace`, `attr-case`, `void-style`: formatting of generated markup, not validity.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'no-trailing-whitespace': 'off',
    'attr-case': 'off',
    'void-style': 'off',
    'long-title': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

/** The built pages in groups (one per locale, one for the pages outside them), so that no single test runs for long. */
const groups = [
  ...localeCodes.map((locale) => ({ name: locale, prefix: `/${locale}/` })),
  { name: 'outside the locales', prefix: undefined },
];
const inGroup = (prefix: string | undefined) => (path: string) =>
  prefix ? path.startsWith(prefix) : !localeCodes.some((locale) => path.startsWith(`/${locale}/`));

describe('HTML validity', () => {
  it.each(groups)('every built page passes html-validate ($name)', async ({ prefix }) => {
    const failures: string[] = [];
    const paths = htmlPaths().filter(inGroup(prefix));
    expect(paths.length).toBeGreaterThan(prefix ? 50 : 1);
    for (const path of paths) {
      const report = await validator.validateString(readFileSync(fileOf(path), 'utf8'), path);
      for (const result of report.results)
        for (const message of result.messages)
          failures.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(failures).toEqual([]);
  });
});
