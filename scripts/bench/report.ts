/**
 * The scale benchmark's report (pure, unit-tested): one row per build with ratios, the Pagefind and first-query
 * tables, and the targets with what was measured and whether each is met.
 */

export interface BuildRow {
  name: string;
  /** HTML pages written. */
  pages: number;
  seconds: number;
  peakBytes: number | undefined;
  outputBytes: number;
  files: number;
}

export interface IndexRow {
  locale: string;
  pages: number;
  files: number;
  bytes: number;
}

export interface QueryRow {
  path: string;
  query: string;
  requests: number;
  bytes: number;
}

/** A static host's documented limit on the number of files per deployment. */
export interface HostLimit {
  host: string;
  maxFiles: number;
  source: string;
}

/** Limits of common static hosts (as documented in 2026; the README links them). */
export const hostFileLimits: readonly HostLimit[] = [
  { host: 'Cloudflare Pages (free plan)', maxFiles: 20_000, source: 'https://developers.cloudflare.com/pages/platform/limits/' },
  { host: 'Cloudflare Pages (paid plans)', maxFiles: 100_000, source: 'https://developers.cloudflare.com/pages/platform/limits/' },
];

/** A static host's documented limit on the size of a published site. */
export interface HostSizeLimit {
  host: string;
  maxBytes: number;
  source: string;
}

/** GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB" (as documented in 2026). */
export const hostSizeLimits: readonly HostSizeLimit[] = [
  {
    host: 'GitHub Pages',
    maxBytes: 1024 ** 3,
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
];

export interface Targets {
  coldVsBare: number;
  peakBytes: number;
  peakAtPages: number;
  warmSpeedup: number;
  firstQueryBytes: number;
}

/** The targets (#12): cold ≤ 1.25× bare Astro, peak < 3 GB at 10,000 pages, warm ≥ 3× faster, first query < 100 kB. */
export const targets: Targets = {
  coldVsBare: 1.25,
  peakBytes: 3 * 1024 ** 3,
  peakAtPages: 10_000,
  warmSpeedup: 3,
  firstQueryBytes: 100 * 1024,
};

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** @example bytesText(1536) // '1.5 kB' */
export function bytesText(bytes: number): string {
  if (bytes < 1024 ** 2) return `${oneDecimal.format(bytes / 1024)} kB`;
  if (bytes < 1024 ** 3) return `${oneDecimal.format(bytes / 1024 ** 2)} MB`;
  return `${twoDecimals.format(bytes / 1024 ** 3)} GB`;
}

/** @example ratioText(1.234) // '1.23×' */
export const ratioText = (ratio: number) => `${twoDecimals.format(ratio)}×`;

/** Pages per second of a row; 0 when nothing was measured. */
export const pagesPerSecond = (row: BuildRow) => (row.seconds > 0 ? row.pages / row.seconds : 0);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The builds as a Markdown table: time, throughput, memory, output and the time against bare Astro (`reference`) and
 * the floor (`floor`), both names of rows.
 */
export function buildTable(rows: readonly BuildRow[], reference: string, floor: string): string {
  const time = (name: string) => rows.find((row) => row.name === name)?.seconds;
  const bare = time(reference);
  const base = time(floor);
  return table(
    ['build', 'HTML pages', 'wall time', 'pages/s', 'peak memory (process tree)', 'output', 'files', 'time vs bare Astro', 'time vs floor'],
    rows.map((row) => [
      row.name,
      integer.format(row.pages),
      `${oneDecimal.format(row.seconds)} s`,
      integer.format(pagesPerSecond(row)),
      row.peakBytes === undefined ? 'n/a' : bytesText(row.peakBytes),
      bytesText(row.outputBytes),
      integer.format(row.files),
      bare ? ratioText(row.seconds / bare) : 'n/a',
      base ? ratioText(row.seconds / base) : 'n/a',
    ]),
  );
}

export function indexTable(rows: readonly IndexRow[]): string {
  return table(
    ['locale', 'pages indexed', 'index files', 'index bytes'],
    rows.map((row) => [row.locale, integer.format(row.pages), integer.format(row.files), bytesText(row.bytes)]),
  );
}

export function queryTable(rows: readonly QueryRow[]): string {
  return table(
    ['search page, query', 'Pagefind requests', 'bytes transferred'],
    rows.map((row) => [`${row.path} "${row.query}"`, integer.format(row.requests), bytesText(row.bytes)]),
  );
}

export interface Verdict {
  target: string;
  measured: string;
  met: 'yes' | 'no' | 'not measured at this scale';
}

export interface VerdictInput {
  bare: BuildRow;
  cold: BuildRow;
  warm: BuildRow | undefined;
  /** The heaviest first query over the search pages, in bytes. */
  firstQueryBytes: number | undefined;
}

/** Each target of the issue with what this run measured. Memory and first-query targets apply at 10,000 pages. */
export function verdicts({ bare, cold, warm, firstQueryBytes }: VerdictInput): Verdict[] {
  const atScale = cold.pages >= targets.peakAtPages * 0.9;
  const coldRatio = cold.seconds / bare.seconds;
  const list: Verdict[] = [
    {
      target: `cold build ≤ ${ratioText(targets.coldVsBare)} bare Astro`,
      measured: ratioText(coldRatio),
      met: coldRatio <= targets.coldVsBare ? 'yes' : 'no',
    },
  ];
  if (cold.peakBytes !== undefined) {
    const under = cold.peakBytes < targets.peakBytes;
    list.push({
      target: `peak memory < ${bytesText(targets.peakBytes)} at ${integer.format(targets.peakAtPages)} pages`,
      measured: `${bytesText(cold.peakBytes)} at ${integer.format(cold.pages)} pages`,
      met: under ? (atScale ? 'yes' : 'not measured at this scale') : 'no',
    });
  }
  if (warm) {
    const speedup = cold.seconds / warm.seconds;
    list.push({
      target: `warm rebuild ≥ ${ratioText(targets.warmSpeedup)} faster than cold`,
      measured: `${ratioText(speedup)} (${oneDecimal.format(warm.seconds)} s vs ${oneDecimal.format(cold.seconds)} s)`,
      met: speedup >= targets.warmSpeedup ? 'yes' : 'no',
    });
  }
  if (firstQueryBytes !== undefined) {
    const under = firstQueryBytes < targets.firstQueryBytes;
    list.push({
      target: `first query < ${bytesText(targets.firstQueryBytes)} at ${integer.format(targets.peakAtPages)} pages`,
      measured: `${bytesText(firstQueryBytes)} at ${integer.format(cold.pages)} pages`,
      met: under ? (atScale ? 'yes' : 'not measured at this scale') : 'no',
    });
  }
  for (const limit of hostFileLimits) {
    list.push({
      target: `files ≤ ${integer.format(limit.maxFiles)} (${limit.host})`,
      measured: integer.format(cold.files),
      met: cold.files <= limit.maxFiles ? 'yes' : 'no',
    });
  }
  for (const limit of hostSizeLimits) {
    list.push({
      target: `output ≤ ${bytesText(limit.maxBytes)} (${limit.host})`,
      measured: bytesText(cold.outputBytes),
      met: cold.outputBytes <= limit.maxBytes ? 'yes' : 'no',
    });
  }
  return list;
}

export function verdictTable(list: readonly Verdict[]): string {
  return table(
    ['target', 'measured', 'met'],
    list.map((verdict) => [verdict.target, verdict.measured, verdict.met]),
  );
}

/**
 * The project build's own account of its time: its steps (`Step times:` line), Astro's page rendering and image
 * optimisation inside `astro build`, the Open Graph images (inside `astro build` when Astro draws them; beside the
 * search index in `npm run build`) and Pagefind's indexing.
 */
export interface Phases {
  steps: Record<string, number>;
  routesSeconds: number | undefined;
  imagesSeconds: number | undefined;
  ogSeconds: number | undefined;
  searchSeconds: number | undefined;
}

/**
 * Seconds of an Astro duration: `12.00s`, `850ms`, `3m 36s`.
 * @example astroSeconds('3m 36s') // 216
 */
export function astroSeconds(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)s)?$|^(\d+(?:\.\d+)?)ms$/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined)) return undefined;
  if (match[3] !== undefined) return Number(match[3]) / 1000;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/**
 * Reads the build's output lines for its step times, Astro's "generating static routes" and "generating optimized
 * images" durations, and the Open Graph integration's time.
 */
export function phasesOf(lines: readonly string[]): Phases {
  const phases: Phases = { steps: {}, routesSeconds: undefined, imagesSeconds: undefined, ogSeconds: undefined, searchSeconds: undefined };
  let stage: 'routesSeconds' | 'imagesSeconds' | undefined;
  for (const line of lines) {
    const steps = /Step times: (.*)$/.exec(line)?.[1];
    if (steps) {
      for (const part of steps.split(' · ')) {
        const match = /^(.+) (\d+(?:\.\d+)?) s$/.exec(part.trim());
        if (match) phases.steps[match[1]!] = Number(match[2]);
      }
    }
    if (/generating static routes/.test(line)) stage = 'routesSeconds';
    else if (/generating optimized images/.test(line)) stage = 'imagesSeconds';
    const completed = /✓ Completed in (.+?)\.?$/.exec(line)?.[1];
    if (stage && completed && !/\[build\]/.test(line)) {
      phases[stage] = astroSeconds(completed);
      stage = undefined;
    }
    const og = /Open Graph images \(.*\), .* in (\d+(?:\.\d+)?) s/.exec(line)?.[1];
    if (og) phases.ogSeconds = Number(og);
    const search = /Pagefind: indexed .* in (\d+(?:\.\d+)?) s$/.exec(line)?.[1];
    if (search) phases.searchSeconds = Number(search);
  }
  return phases;
}

/** Where the project's time goes, cold and warm, with bare Astro's whole build beside the project's page rendering. */
export function phaseTable(cold: Phases, warm: Phases | undefined, bareSeconds: number): string {
  const names = [...new Set([...Object.keys(cold.steps), ...Object.keys(warm?.steps ?? {})])];
  const seconds = (value: number | undefined) => (value === undefined ? 'n/a' : `${oneDecimal.format(value)} s`);
  // `npm run build` draws the cards in a step of their own, beside the search index; `astro build` alone inside its step.
  const cardsStep = names.find((name) => name.includes('Open Graph'));
  const ogRow = ['… Open Graph images', seconds(cold.ogSeconds), seconds(warm?.ogSeconds)];
  const rest = (phases: Phases | undefined) => {
    const total = phases?.steps['astro build'];
    if (!phases || total === undefined) return undefined;
    return total - (phases.routesSeconds ?? 0) - (phases.imagesSeconds ?? 0) - (cardsStep ? 0 : (phases.ogSeconds ?? 0));
  };
  const rows = names.flatMap((name) => {
    const main = [name, seconds(cold.steps[name]), seconds(warm?.steps[name])];
    if (name === cardsStep) return [main, ['… search index (Pagefind)', seconds(cold.searchSeconds), seconds(warm?.searchSeconds)], ogRow];
    if (name !== 'astro build') return [main];
    return [
      main,
      [`… rendering pages (bare Astro's whole build: ${seconds(bareSeconds)})`, seconds(cold.routesSeconds), seconds(warm?.routesSeconds)],
      ['… optimising images', seconds(cold.imagesSeconds), seconds(warm?.imagesSeconds)],
      ...(cardsStep ? [] : [ogRow]),
      ['… the rest (start, content layer, bundling, sitemap, redirects)', seconds(rest(cold)), seconds(rest(warm))],
    ];
  });
  return table(['project build step', 'cold', 'warm'], rows);
}
