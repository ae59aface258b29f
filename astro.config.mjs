// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cmsAdmin } from './src/integrations/cms-admin';
import { contentValidation } from './src/integrations/content-validation';
import { quietKnownWarnings } from './src/integrations/known-warnings';
import { ogImages } from './src/integrations/og-images';
import { redirectPages } from './src/integrations/redirect-pages';
import { sitemapFromHtml } from './src/integrations/sitemap-alternates';
import { cspDirectives, scriptResources } from './src/lib/csp';
import { contentMarkdownProcessor } from './src/lib/markdown/plugins';
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
  build: {
    format: 'directory',
    // Four pages rendered at a time: while one page's files are written, the next renders (measured at 11,315 pages on
    // 2 cores: 52–54 s → 44–46 s for the whole `astro build`; 2: 49 s, 8: 44 s; the output is the same, byte for byte).
    concurrency: 4,
  },
  // Locales come from the one locale table in src/site.config.ts; routes are ours (translated slugs).
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // AVIF at sharp's effort 2 instead of its default 4: five times faster to encode (0.25 s instead of 1.4 s for a
  // 1200 px cover on the benchmark machine) for about 10 % more bytes; covers are encoded for every entry at three widths.
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  // The site has no code blocks; Shiki's inline styles would break the CSP.
  // Content is untrusted (DESIGN §10): raw HTML is sanitised and MDX held to the registered components
  // (src/lib/markdown/); `@astrojs/mdx` inherits this processor.
  markdown: { syntaxHighlight: false, processor: contentMarkdownProcessor() },
  security: {
    csp: {
      // One list for the <meta> tag and the header CSP of the host files (src/lib/csp.ts).
      directives: [...cspDirectives],
      // The site's scripts are all inlined (see `vite` below) and allowed by hash; why no 'self': src/lib/csp.ts.
      scriptDirective: { resources: [...scriptResources], strictDynamic: true },
    },
  },
  vite: {
    build: {
      // Every client script inline (so the CSP can allow it by hash); documents always as files, never as data: URLs.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? true : file.includes('/content/documents/') ? false : undefined),
      // Known-harmless bundler warnings only (each explained in src/integrations/known-warnings.ts); all others stay visible.
      rolldownOptions: { onLog: quietKnownWarnings },
    },
  },
  integrations: [
    contentValidation(),
    mdx(),
    redirectPages(),
    ogImages(),
    sitemap({ serialize: sitemapFromHtml({ outDir, siteBase: new URL(basePath, siteUrl).href }) }),
    cmsAdmin(),
  ],
});
