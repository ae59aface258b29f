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
  return list;
}

export function verdictTable(list: readonly Verdict[]): string {
  return table(
    ['target', 'measured', 'met'],
    list.map((verdict) => [verdict.target, verdict.measured, verdict.met]),
  );
}

/** The project build's own account of its time: its steps (`Step times:` line) and the Open Graph images inside `astro build`. */
export interface Phases {
  steps: Record<string, number>;
  ogSeconds: number | undefined;
}

/**
 * Reads the build's output lines for its step times and the Open Graph integration's time.
 * @example phasesOf(['Step times: content check 1.4 s · astro build 35.0 s', '[iskctw-og-images] 360 Open Graph images (360 drawn, 0 from the cache), 8423 kB, in 29.3 s (19.3 s of CPU)'])
 * // { steps: { 'content check': 1.4, 'astro build': 35 }, ogSeconds: 29.3 }
 */
export function phasesOf(lines: readonly string[]): Phases {
  const phases: Phases = { steps: {}, ogSeconds: undefined };
  for (const line of lines) {
    const steps = /Step times: (.*)$/.exec(line)?.[1];
    if (steps) {
      for (const part of steps.split(' · ')) {
        const match = /^(.+) (\d+(?:\.\d+)?) s$/.exec(part.trim());
        if (match) phases.steps[match[1]!] = Number(match[2]);
      }
    }
    const og = /Open Graph images \(.*\), .* in (\d+(?:\.\d+)?) s/.exec(line)?.[1];
    if (og) phases.ogSeconds = Number(og);
  }
  return phases;
}

/** Where the project's time goes, cold and warm, with bare Astro's time beside the part that compares to it. */
export function phaseTable(cold: Phases, warm: Phases | undefined, bareSeconds: number): string {
  const names = [...new Set([...Object.keys(cold.steps), ...Object.keys(warm?.steps ?? {})])];
  const seconds = (value: number | undefined) => (value === undefined ? 'n/a' : `${oneDecimal.format(value)} s`);
  const rows = names.flatMap((name) => {
    const main = [name, seconds(cold.steps[name]), seconds(warm?.steps[name])];
    if (name !== 'astro build') return [main];
    const coldPages = cold.steps[name] === undefined || cold.ogSeconds === undefined ? undefined : cold.steps[name]! - cold.ogSeconds;
    const warmPages = warm?.steps[name] === undefined || warm.ogSeconds === undefined ? undefined : warm.steps[name]! - warm.ogSeconds;
    return [
      main,
      ['… of which Open Graph images', seconds(cold.ogSeconds), seconds(warm?.ogSeconds)],
      [
        `… the rest (pages, images, sitemap; bare Astro: ${seconds(bareSeconds)})`,
        coldPages === undefined ? 'n/a' : `${seconds(coldPages)} (${ratioText(coldPages / bareSeconds)})`,
        warmPages === undefined ? 'n/a' : `${seconds(warmPages)} (${ratioText(warmPages / bareSeconds)})`,
      ],
    ];
  });
  return table(['project build step', 'cold', 'warm'], rows);
}
