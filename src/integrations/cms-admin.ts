import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { adminFiles, adminInitScript, adminPageHtml, cmsBackendFromEnv } from '../lib/cms/admin-page';
import { cmsConfig } from '../lib/cms/config';
import { localFonts } from '../lib/cms/local-fonts';
import { localeModule, localeModuleImports } from '../lib/cms/ui-locales';

/** The prebuilt ES module build of Sveltia CMS in node_modules (`npm/`: the app, its chunks, fonts and icons). */
function cmsBuild(root: string): string {
  return dirname(createRequire(join(root, 'package.json')).resolve('@sveltia/cms'));
}

/** The generated files of /admin/: the page, the configuration generated from the schemas, the start script. */
function adminOutput(base: string, site: string): Record<string, string> {
  const config = cmsConfig(cmsBackendFromEnv(process.env), site);
  const header = '# Generated from src/schemas/ by src/lib/cms/ at build time: change the schemas, not this file.\n';
  return {
    [adminFiles.page]: adminPageHtml(base),
    [adminFiles.config]: header + stringify(config, { lineWidth: 0 }),
    [adminFiles.script]: adminInitScript,
  };
}

/**
 * A file of the app as /admin/ serves it: the package's own, except that its main module loads its fonts from the
 * package's copies instead of a CDN (src/lib/cms/local-fonts.ts). Undefined for anything outside the package build.
 */
function appFile(root: string, name: string): string | Buffer | undefined {
  const build = cmsBuild(root);
  const file = resolve(build, name);
  if (!file.startsWith(`${build}${sep}`) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  if (name !== 'index.js') return readFileSync(file);
  return localeModuleImports(localFonts(readFileSync(file, 'utf8'), readdirSync(join(build, 'assets')), `${adminFiles.app}/assets/`)).code;
}

/** The interface languages of the app as modules (`locales/<code>.js` beside the app folder), by file name. */
function uiLocaleFiles(root: string): Record<string, string> {
  const folder = join(cmsBuild(root), '..', 'locales');
  const { locales } = localeModuleImports(readFileSync(join(cmsBuild(root), 'index.js'), 'utf8'));
  return Object.fromEntries(
    locales
      .filter((code) => existsSync(join(folder, `${code}.json`)))
      .map((code) => [`${code}.js`, localeModule(readFileSync(join(folder, `${code}.json`), 'utf8'))]),
  );
}

const contentTypes: Record<string, string> = {
  html: 'text/html',
  yml: 'application/yaml',
  js: 'text/javascript',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  png: 'image/png',
  txt: 'text/plain',
};

/**
 * The browser CMS at `<base>admin/` (README "Editing in the browser"). Written after Astro has written the site, so
 * the page stays out of the sitemap and of the search index (no `data-pagefind-body`) and keeps its own CSP. In
 * `astro dev` the same files are served from memory.
 */
export function cmsAdmin(): AstroIntegration {
  let root = '';
  let base = '/';
  let site = '';
  return {
    name: 'iskctw-cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        site = config.site ?? '';
      },
      'astro:server:setup': ({ server }) => {
        const folder = `${base.replace(/\/?$/, '/')}admin/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(folder)) return next();
          const name = path.slice(folder.length) || adminFiles.page;
          const body =
            adminOutput(base, site)[name] ??
            (name.startsWith(`${adminFiles.app}/`)
              ? appFile(root, name.slice(adminFiles.app.length + 1))
              : name.startsWith('locales/')
                ? uiLocaleFiles(root)[name.slice('locales/'.length)]
                : undefined);
          const type = contentTypes[name.split('.').pop() ?? ''];
          if (body === undefined || !type) return next();
          res.setHeader('Content-Type', type);
          res.end(body);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        for (const [name, text] of Object.entries(adminOutput(base, site))) writeFileSync(join(out, name), text);
        // The package's build without its source maps (10 MB the browser never asks for).
        const app = join(out, adminFiles.app);
        cpSync(cmsBuild(root), app, { recursive: true, filter: (source) => !source.endsWith('.map') });
        writeFileSync(join(app, 'index.js'), appFile(root, 'index.js')!);
        mkdirSync(join(out, 'locales'), { recursive: true });
        for (const [name, text] of Object.entries(uiLocaleFiles(root))) writeFileSync(join(out, 'locales', name), text);
      },
    },
  };
}
