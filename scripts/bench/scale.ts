/**
 * `npm run bench -- --scale small|default|<entries>`: the build at scale, against bare Astro and the Markdown floor.
 *
 * 1. Generates a synthetic cluster (scripts/bench/synthetic-content.ts) into a project copy in a temporary folder.
 * 2. Builds the same Markdown and MDX bodies three ways, each measured for wall time, peak memory of the whole process
 *    tree, output bytes and files: the floor (marked, one thread, minimal HTML), bare Astro (same version, minimal
 *    layout, MDX only), and the project's full build (`scripts/build.mjs`: validation, MDX, images, sitemap, feeds,
 *    calendars, open data, Open Graph images, Pagefind, host files) cold, then warm with its caches kept.
 * 3. Measures Pagefind's index per locale and a first query's transfer on the project's output.
 * Prints progress, then Markdown tables with ratios and the targets of issue #12; writes them to a results file
 * (`--results <file>`, default `<work folder>/results.md`). `--work <folder>` sets the work folder (default in the
 * system's temp folder); `--no-query` skips the browser.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, localeCodes } from '../../src/site.config.ts';
import { writeBareAstroProject } from './bare-astro.ts';
import { markdownFiles } from './markdown-files.ts';
import { measure, type Measured } from './process-tree.ts';
import { assembleProject, ownCaches } from './project.ts';
import {
  buildTable,
  bytesText,
  indexTable,
  phasesOf,
  phaseTable,
  queryTable,
  verdicts,
  verdictTable,
  type BuildRow,
  type Phases,
} from './report.ts';
import { firstQueries, outputSize, searchIndexSizes } from './site-metrics.ts';
import { generateSyntheticContent, scaleEntries } from './synthetic-content.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const scale = option('--scale') ?? 'default';
const entries = scaleEntries(scale);
const work = resolve(option('--work') ?? join(tmpdir(), `iskctw-bench-${scale}`));
const resultsFile = resolve(option('--results') ?? join(work, 'results.md'));
const buildDate = new Date().toISOString().slice(0, 10);
const astroVersion = (JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: buildDate };

/** Astro's command-line entry, run through this same Node. */
const astroBin = (() => {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.astro!);
})();

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const say = (text: string) => console.log(`[bench ${elapsed()}] ${text}`);
/** Output lines of the builds worth showing as progress. */
const progress = (prefix: string) => (line: string) => {
  if (
    /\[build\] (Building|Collecting|✓|Rearranging|Waiting)|generating static routes|Pagefind|Host files|Step times|Open Graph images|optimized images|Built |floor:|error|Error|problem/.test(
      line,
    )
  )
    say(`${prefix}: ${line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()}`);
};

function check(result: Measured, what: string): Measured {
  if (result.code !== 0) {
    console.error(result.tail);
    throw new Error(`${what} failed (exit code ${result.code}); its last output is above. The work folder is ${work}.`);
  }
  return result;
}

function clearCaches(dir: string) {
  for (const cache of ownCaches) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
}

mkdirSync(work, { recursive: true });
const project = join(work, 'project');
const content = join(project, 'content');
say(`scale ${scale}: ${entries} entries, work folder ${work}`);
assembleProject(project, root);
const summary = generateSyntheticContent({ dir: content, entries, buildDate });
const texts = markdownFiles(content);
say(
  `content generated: ${texts.length} Markdown/MDX files (${texts.filter((file) => file.format === 'mdx').length} MDX); ${JSON.stringify(summary)}`,
);

const rows: BuildRow[] = [];
const row = (name: string, result: Measured, dir: string, pages?: number): BuildRow => {
  const size = outputSize(dir);
  const built = {
    name,
    pages: pages ?? size.htmlPages,
    seconds: result.seconds,
    peakBytes: result.peakBytes,
    outputBytes: size.bytes,
    files: size.files,
  };
  rows.push(built);
  say(
    `${name}: ${built.pages} pages in ${result.seconds.toFixed(1)} s, peak ${result.peakBytes === undefined ? 'n/a' : bytesText(result.peakBytes)}`,
  );
  return built;
};

// 1. The floor.
const floorOut = join(work, 'floor-out');
say('floor: rendering with marked');
const floor = check(
  await measure(process.execPath, [join(root, 'scripts/bench/floor.ts'), content, floorOut], { cwd: root, env, onLine: progress('floor') }),
  'The floor',
);
row('floor: marked, one thread', floor, floorOut);

// 2. Bare Astro.
const bareDir = join(work, 'bare');
writeBareAstroProject(root, bareDir, content);
clearCaches(bareDir);
const bareOut = join(bareDir, 'dist');
rmSync(bareOut, { recursive: true, force: true });
say(`bare Astro ${astroVersion}: building`);
const bare = row(
  `bare Astro ${astroVersion}`,
  check(await measure(process.execPath, [astroBin, 'build'], { cwd: bareDir, env, onLine: progress('bare') }), 'The bare Astro build'),
  bareOut,
);

// 3. The project, cold then warm.
clearCaches(project);
const projectOut = join(project, 'dist');
rmSync(projectOut, { recursive: true, force: true });
/** The project build's output lines, per run, for its phases. */
const buildLines: Record<'cold' | 'warm', string[]> = { cold: [], warm: [] };
const buildProject = (what: 'cold' | 'warm') =>
  measure(process.execPath, [join(project, 'scripts/build.mjs')], {
    cwd: project,
    env: { ...env, SITE_OUT_DIR: 'dist' },
    onLine: (line) => {
      buildLines[what].push(line);
      progress(what)(line);
    },
  });
say('project: cold build (no caches)');
const cold = row('project, cold', check(await buildProject('cold'), 'The cold project build'), projectOut);
const largest = outputSize(projectOut).largestHtml;
say('project: warm build (content, image and Open Graph caches kept)');
const warm = row('project, warm (caches kept)', check(await buildProject('warm'), 'The warm project build'), projectOut);

const coldPhases: Phases = phasesOf(buildLines.cold);
const warmPhases: Phases = phasesOf(buildLines.warm);

// 4. Search.
const index = searchIndexSizes(projectOut);
const searches = localeCodes.map((locale) => ({ path: `/${locale}/${locales[locale].slugs.search}/`, query: 'Gliwice' }));
let queries: Awaited<ReturnType<typeof firstQueries>> = [];
if (!args.includes('--no-query') && existsSync('/usr/bin/chromium')) {
  say('search: first queries in Chromium');
  queries = await firstQueries(projectOut, searches);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${bytesText(totalmem())} RAM, Node ${process.version}, ${process.platform}`;
const report = [
  `## Scale benchmark: ${scale} (${entries} entries, ${texts.length} Markdown/MDX bodies), ${buildDate}`,
  '',
  `Machine: ${machine}. Reproduce: \`npm run bench -- --scale ${scale}\`.`,
  '',
  buildTable(rows, bare.name, rows[0]!.name),
  '',
  phaseTable(coldPhases, warmPhases, bare.seconds),
  '',
  `Largest HTML page of the project: ${largest ? `${largest.path} (${bytesText(largest.bytes)} uncompressed)` : 'n/a'}.`,
  '',
  indexTable(index),
  '',
  ...(queries.length > 0 ? [queryTable(queries), ''] : []),
  verdictTable(
    verdicts({ bare, cold, warm, firstQueryBytes: queries.length > 0 ? Math.max(...queries.map((query) => query.bytes)) : undefined }),
  ),
  '',
].join('\n');
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, report);
console.log(`\n${report}`);
say(`results written to ${resultsFile}`);
