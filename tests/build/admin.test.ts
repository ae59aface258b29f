import { Ajv } from 'ajv';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp } from '../../src/lib/cms/admin-page';
import { cmsConfig } from '../../src/lib/cms/config';
import { testOrigin, testSiteDir } from '../helpers/site';

/** The browser CMS at /admin/ (README "Editing in the browser (/admin/)"). */
const html = readFileSync(join(testSiteDir, 'admin', 'index.html'), 'utf8');
const $ = load(html);

describe('the browser CMS at /admin/', () => {
  it('is built, noindex, with its own CSP, loading only its own script and configuration', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    const csp = $('meta[http-equiv="content-security-policy"]').attr('content');
    expect(csp).toBe(adminCsp());
    // No inline script, no eval, nothing from a CDN: the one script is the bundle beside the page.
    expect(csp).toMatch(/(?:^|; )script-src 'self'(?:;|$)/);
    expect(csp).not.toContain('unsafe-eval');
    expect($('script:not([src])').length).toBe(0);
    expect(
      $('script[src]')
        .map((_, element) => $(element).attr('src'))
        .get(),
    ).toEqual(['/admin/init.js']);
    expect($('link[rel="cms-config-url"]').attr('href')).toBe('/admin/config.yml');
    expect($('[data-pagefind-body]').length).toBe(0);
  });

  it('is valid HTML', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, '/admin/');
    expect(
      report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
      ),
    ).toEqual([]);
  });

  it('serves the CMS from its npm package, with its fonts and without any CDN address for them', () => {
    const build = join(createRequire(import.meta.url).resolve('@sveltia/cms'), '..');
    const app = join(testSiteDir, 'admin', 'cms');
    const served = readFileSync(join(app, 'index.js'), 'utf8');
    expect(served.length).toBeGreaterThan(500_000);
    expect(served).not.toContain('cdn.jsdelivr.net/fontsource');
    const fonts = readdirSync(join(app, 'assets')).filter((name) => name.endsWith('.woff2'));
    expect(fonts.length).toBe(3);
    for (const font of fonts) {
      expect(served, font).toContain(`cms/assets/${font}`);
      expect(readFileSync(join(app, 'assets', font)).equals(readFileSync(join(build, 'assets', font))), font).toBe(true);
    }
    for (const chunk of readdirSync(join(build, 'chunks')).filter((name) => name.endsWith('.js')))
      expect(existsSync(join(app, 'chunks', chunk)), chunk).toBe(true);
    expect(readdirSync(app, { recursive: true }).filter((name) => String(name).endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(testSiteDir, 'admin', 'init.js'), 'utf8')).toContain("import { init } from './cms/index.js';");
    // Interface languages as modules a browser can import (the package's JSON needs a bundler).
    expect(served).not.toMatch(/import\(`\.\.\/locales\/[A-Za-z-]+\.json`\)/);
    expect(served).toContain('import(`../locales/pl.js`)');
    expect(readFileSync(join(testSiteDir, 'admin', 'locales', 'pl.js'), 'utf8')).toMatch(/^export default \{.*"Zapisz"/s);
  });

  it('has a configuration that Sveltia CMS accepts and that is the one generated from the schemas', () => {
    const config = parse(readFileSync(join(testSiteDir, 'admin', 'config.yml'), 'utf8')) as ReturnType<typeof cmsConfig>;
    const schema = JSON.parse(
      readFileSync(join(createRequire(import.meta.url).resolve('@sveltia/cms'), '..', '..', 'schema', 'sveltia-cms.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config).toEqual(cmsConfig({ repo: 'your-org/your-repo', branch: 'main' }, testOrigin));
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('is left out of the sitemap', () => {
    const sitemaps = readdirSync(testSiteDir).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(1);
    const text = sitemaps.map((name) => readFileSync(join(testSiteDir, name), 'utf8')).join('\n');
    expect(text).toContain(`${testOrigin}/pl/`);
    expect(text).not.toContain('/admin');
  });

  it('is left out of the search index', () => {
    const folder = join(testSiteDir, 'pagefind', 'fragment');
    expect(existsSync(folder)).toBe(true);
    // A Pagefind fragment is gzip of "pagefind_dcd" followed by the page's JSON.
    const urls = readdirSync(folder).map(
      (name) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(folder, name)))
              .subarray('pagefind_dcd'.length)
              .toString('utf8'),
          ) as { url: string }
        ).url,
    );
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => url.includes('/pl/'))).not.toEqual([]);
    expect(urls.filter((url) => url.includes('admin'))).toEqual([]);
  });
});
