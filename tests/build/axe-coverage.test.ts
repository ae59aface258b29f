import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/site.config';
import { templates } from '../e2e/templates';
import { exists, htmlPaths, page } from '../helpers/site';

/**
 * What a page shows of the site's components: every CSS class on it (components and their variants), plus
 * `[lang]` when part of its main content is in another language than the page (fallback text).
 */
const known = new Map<string, Set<string>>();
function partsOf(path: string): Set<string> {
  const cached = known.get(path);
  if (cached) return cached;
  const parts = new Set<string>();
  const $ = page(path);
  $('body [class]').each((_, element) => {
    for (const name of ($(element).attr('class') ?? '').split(/\s+/)) if (name) parts.add(`.${name}`);
  });
  const lang = $('html').attr('lang');
  if ($('main [lang]').filter((_, element) => $(element).attr('lang') !== lang).length > 0) parts.add('[lang]');
  known.set(path, parts);
  return parts;
}

/** Pages of one locale, or (`undefined`) the pages outside every locale (`/`, `/404.html`). */
const inGroup = (locale: string | undefined) => (path: string) =>
  locale ? path.startsWith(`/${locale}/`) : !localeCodes.some((code) => path.startsWith(`/${code}/`));
const groups = [...localeCodes.map((locale) => ({ name: locale, locale })), { name: 'outside the locales', locale: undefined }];

describe('pages the browser tests check (tests/e2e/templates.ts)', () => {
  it('all exist in the built site', () => {
    expect(templates.length).toBeGreaterThan(localeCodes.length * 20);
    expect(templates.filter((path) => !exists(path))).toStrictEqual([]);
    expect(new Set(templates).size).toBe(templates.length);
  });

  it.each(groups)('show together every component and variant that any page shows ($name)', ({ locale }) => {
    const pages = htmlPaths().filter(inGroup(locale));
    const checked = templates.filter(inGroup(locale));
    expect(checked.length).toBeGreaterThan(0);
    const covered = new Set(checked.flatMap((path) => [...partsOf(path)]));
    const missing = new Map<string, string>();
    for (const path of pages) for (const part of partsOf(path)) if (!covered.has(part) && !missing.has(part)) missing.set(part, path);
    // The list of classes is long enough that an empty page set or a class-less build cannot pass by accident.
    expect(covered.size).toBeGreaterThan(locale ? 100 : 5);
    expect([...missing].map(([part, path]) => `${part} (e.g. on ${path})`)).toStrictEqual([]);
  });
});
