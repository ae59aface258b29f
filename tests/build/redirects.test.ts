import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exists, fileOf, isNoindex, page, testOrigin } from '../helpers/site';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The fixture redirects the test build adds (tests/setup/build-site.ts). */
const fixture = parse(readFileSync(join(root, 'tests/fixtures/redirects.yaml'), 'utf8')) as { from: string; to: string }[];

describe('redirects (tests/fixtures/redirects.yaml in the test build)', () => {
  it('has fixture redirects to test', () => expect(fixture.length).toBeGreaterThanOrEqual(2));

  it.each(fixture.map((redirect) => [redirect.from, redirect.to]))(
    '%s is a noindex page refreshing to %s, canonical to it, with a visible link and no script',
    (from, to) => {
      expect(exists(to), to).toBe(true);
      const $ = page(from);
      expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${to}`);
      expect($('link[rel="canonical"]').attr('href')).toBe(`${testOrigin}${to}`);
      expect(isNoindex($)).toBe(true);
      expect($('html').attr('lang')).toBe(from.split('/')[1]);
      expect($('main a').attr('href')).toBe(to);
      expect($('main a').text().trim()).not.toBe('');
      expect($('script')).toHaveLength(0);
      expect($('[data-pagefind-body]')).toHaveLength(0);
    },
  );

  it('writes _redirects and an nginx snippet with every redirect', () => {
    const netlify = readFileSync(fileOf('/_redirects'), 'utf8');
    const nginx = readFileSync(fileOf('/nginx-redirects.conf'), 'utf8');
    for (const { from, to } of fixture) {
      expect(netlify).toContain(`${from} ${to} 301\n`);
      expect(nginx).toContain(`location = ${from} { return 301 ${to}; }`);
    }
  });

  it('keeps redirect pages out of the sitemap (and, having no data-pagefind-body, out of the search index)', () => {
    const sitemap = readFileSync(fileOf('/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${testOrigin}/pl/</loc>`);
    for (const { from } of fixture) expect(sitemap).not.toContain(`<loc>${testOrigin}${from}</loc>`);
  });
});
