// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentValidation } from './src/integrations/content-validation';
import { quietKnownWarnings } from './src/integrations/known-warnings';
import { sitemapFromHtml } from './src/integrations/sitemap-alternates';
import { basePath, defaultLocale, localeCodes, siteUrl } from './src/site.config';

// `npm run build` builds into a staging folder (ASTRO_OUT_DIR, absolute or relative to the project) and swaps it in
// only on success. A plain file path, never a URL's `.pathname`: folders with spaces or Polish letters
// (`Klaster IŚKCTW`) would otherwise turn into percent-encoded names.
const outDirPath = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.ASTRO_OUT_DIR ?? 'dist');
const outDir = pathToFileURL(`${outDirPath}${sep}`);

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir: outDirPath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Locales come from the one locale table in src/site.config.ts; routes are ours (translated slugs).
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The site has no code blocks; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Known-harmless bundler warnings only (each explained in src/integrations/known-warnings.ts); all others stay visible.
  vite: { build: { rolldownOptions: { onLog: quietKnownWarnings } } },
  integrations: [contentValidation(), mdx(), sitemap({ serialize: sitemapFromHtml({ outDir, siteBase: new URL(basePath, siteUrl).href }) })],
});
