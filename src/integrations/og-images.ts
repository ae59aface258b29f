import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { eachLimited } from '../lib/each-limited';
import { ogCardHash, ogImageFolder, ogImagePath, type OgCard } from '../lib/og-image';
import { basePath, cluster } from '../site.config';
import { loadCardAssets, renderCard } from './og-card-render';

/**
 * Draws the Open Graph image of every page that names one (DESIGN §10), after Astro has written the site. Each page's
 * head says what its card shows (`og:title`, `og:site_name`, and `data-og-title`/`-section`/`-label` on `og:image`,
 * written by src/components/Head.astro); the image's name carries the hash of that card, so it is checked here
 * against the page and doubles as the cache key. Images are cached in `node_modules/.cache/og-images/`
 * (`OG_CACHE_DIR` to move it): an unchanged card is copied, not drawn again. Cache that folder in CI.
 *
 * `npm run build` sets `OG_IMAGES=later` for Astro and draws the images itself once Astro is done, beside the search
 * index (scripts/og-images.ts): the two steps are independent and each leaves a core idle at times.
 *
 * `OG_IMAGES=skip` draws nothing (and writes no image), for builds that only measure pages: the test suite's scale
 * build (tests/setup/build-site.ts) checks page weight, which the images are not part of. The pages' heads are the same
 * either way (Head.astro writes them); only the PNG files their `og:image` names are missing, so never set it for a site.
 */
export function ogImages(): AstroIntegration {
  let root = '';
  return {
    name: 'iskctw-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.OG_IMAGES === 'skip') {
          logger.warn('OG_IMAGES=skip: no Open Graph image drawn; the pages name images this output does not have.');
          return;
        }
        // `npm run build` draws them itself, beside the search index (scripts/build.mjs).
        if (process.env.OG_IMAGES === 'later') return;
        logger.info(await drawOgImages(root, fileURLToPath(dir)));
      },
    },
  };
}

/**
 * Draws (or copies from the cache) the Open Graph image of every page of the built site in `out` that names one, for
 * the project at `root`; returns what it did as one line. Throws when a page names an image its card does not make.
 */
export async function drawOgImages(root: string, out: string): Promise<string> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const jobs: { card: OgCard; file: string }[] = [];
  const files = new Set<string>();
  for (const page of await htmlPages(out)) {
    const html = await readFile(join(out, page), 'utf8');
    const found = ogImageInHead(html.slice(0, Math.max(0, html.indexOf('</head>'))));
    if (!found) continue;
    const pagePath = `/${page.split(sep).join('/')}`.replace(/index\.html$/, '');
    if (!ogImageFits(pagePath, found)) {
      throw new AstroError(
        `${page}: its og:image is ${found.path}, but its card makes ${ogImagePath(pagePath, found.card)}.`,
        'Build og:image with ogImageOf() (src/lib/og-card.ts).',
      );
    }
    // Later pages of a list name their first page's image: drawn (or copied) once.
    if (!files.has(found.path)) jobs.push({ card: found.card, file: found.path.slice(1) });
    files.add(found.path);
  }
  const assets = await loadCardAssets(root, cluster.shortName);
  const cacheDir = resolve(root, process.env.OG_CACHE_DIR ?? 'node_modules/.cache/og-images');
  await mkdir(cacheDir, { recursive: true });
  await mkdir(join(out, ogImageFolder), { recursive: true });
  let drawn = 0;
  let bytes = 0;
  // Four cards in flight: sharp works on other threads meanwhile.
  await eachLimited(jobs, 4, async ({ card, file }) => {
    const target = join(out, file);
    if (await writeCached(target, join(cacheDir, cacheFileName(card, assets.fingerprint)), () => renderCard(card, assets))) drawn++;
    const { size } = await stat(target);
    bytes += size;
  });
  await pruneCache(cacheDir, assets.fingerprint);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
  return `${jobs.length} Open Graph images (${drawn} drawn, ${jobs.length - drawn} from the cache), ${Math.round(bytes / 1024)} kB, in ${seconds} s (${cpuSeconds} s of CPU)`;
}

/** The HTML files of the output (relative paths), without build internals. */
async function htmlPages(out: string): Promise<string[]> {
  const entries = await readdir(out, { recursive: true });
  return entries.filter((file) => file.endsWith('.html') && !file.startsWith(`_astro${sep}`) && !file.startsWith(`pagefind${sep}`)).sort();
}

const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The attributes of each `<meta>` tag of a head, entities decoded. */
function metaTags(head: string): Record<string, string>[] {
  return (head.match(/<meta\b[^>]*>/gi) ?? []).map((tag) =>
    Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), decode(value!)])),
  );
}

/**
 * The card a page's head asks for and the site path (without the base path) of its image, or undefined when the page
 * has no `og:image`. Only an image under the site's own `_astro/og/` is accepted.
 * @example ogImageInHead('<meta property="og:site_name" content="…"><meta property="og:title" content="Gliwice"><meta property="og:image" content="https://x.org/_astro/og/pl-miasta-gliwice.0123456789ab.png" data-og-section="Miasta">')
 * // { path: '/_astro/og/pl-miasta-gliwice.0123456789ab.png', card: { title: 'Gliwice', section: 'Miasta', siteName: '…', label: undefined } }
 */
export function ogImageInHead(head: string): { path: string; card: OgCard } | undefined {
  const tags = metaTags(head);
  const property = (name: string) => tags.find((tag) => tag['property'] === name);
  const image = property('og:image');
  if (!image?.['content']) return undefined;
  const pathname = new URL(image['content']).pathname;
  const prefix = `${basePath}${ogImageFolder}/`;
  if (!pathname.startsWith(prefix) || !/^[a-z0-9-]+\.[0-9a-f]{12}\.png$/.test(pathname.slice(prefix.length))) {
    throw new AstroError(`og:image ${image['content']} is not an image of this site's ${ogImageFolder}/ folder.`);
  }
  const card: OgCard = {
    // A later page of a list shows its first page's card, whose title is on the image (`data-og-title`).
    title: image['data-og-title'] ?? property('og:title')?.['content'] ?? '',
    section: image['data-og-section'],
    siteName: property('og:site_name')?.['content'] ?? '',
    label: image['data-og-label'],
  };
  return { path: `/${pathname.slice(basePath.length)}`, card };
}

/**
 * Whether a page's image is the one its card makes: for this page, or for a page above it (a later page of a list
 * shows its first page's card, `cardOf` in src/lib/page-meta.ts).
 * @example ogImageFits('/pl/historie-sukcesu/strona/2/', ogImageInHead(head)!) // true when it names pl-historie-sukcesu.<hash>.png
 */
export function ogImageFits(pagePath: string, found: { path: string; card: OgCard }): boolean {
  if (ogImagePath(pagePath, found.card) === found.path) return true;
  const segments = pagePath.split('/').filter(Boolean);
  return segments.some((_, index) => ogImagePath(`/${segments.slice(0, index + 1).join('/')}/`, found.card) === found.path);
}

/** The cache's file for a card drawn with a given fingerprint (fonts, mark, colours, drawing code). */
export function cacheFileName(card: OgCard, fingerprint: string): string {
  return `${ogCardHash(card)}.${fingerprint}.png`;
}

/**
 * Writes an image to `target` from the cache file when there is one; otherwise draws it, keeps it in the cache and
 * writes it. True when it was drawn.
 */
export async function writeCached(target: string, cached: string, draw: () => Promise<Buffer>): Promise<boolean> {
  try {
    await copyFile(cached, target);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await draw();
  // Written under a temporary name first: a build killed mid-write leaves no half image in the cache.
  const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, cached);
  await writeFile(target, png);
  return true;
}

/**
 * Removes cached images drawn with other fonts, mark, colours or design, and temporary files a killed build left a day
 * ago or earlier (a newer one may belong to a build running beside this one, e.g. the test build).
 */
export async function pruneCache(cacheDir: string, fingerprint: string): Promise<void> {
  for (const file of await readdir(cacheDir)) {
    if (file.endsWith(`.${fingerprint}.png`)) continue;
    const path = join(cacheDir, file);
    if (file.endsWith('.tmp') && Date.now() - (await stat(path)).mtimeMs < 86_400_000) continue;
    await rm(path, { force: true });
  }
}
