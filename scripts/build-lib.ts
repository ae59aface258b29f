/**
 * The decisions of `scripts/build.mjs`, as pure functions: where the build writes, who holds the lock,
 * which folders a dead build left behind, and whether an output may replace the published site.
 * No file system or process access here (the caller passes what it observed), so every rule is unit-tested.
 * Plain erasable TypeScript: Node runs it directly (type stripping), `astro check` types it.
 */
import { basename, dirname, join, resolve } from 'node:path';

/** The folders and files one build uses, all absolute and all in the output folder's parent. */
export interface BuildPaths {
  /** The published output (`dist/`). */
  final: string;
  /** Its folder name, for messages (`dist`). */
  name: string;
  /** The folder holding the output, its staging folder and its lock. */
  parent: string;
  /** Where this process builds (`dist.staging-<pid>`). */
  staging: string;
  /** Where the old output waits during the swap (`dist.previous-<pid>`). */
  previous: string;
  /** The lock file of the output (`.dist.lock`). */
  lock: string;
}

/**
 * The paths of a build into `outDir` (relative to the project root, or absolute), for process `pid`.
 * Plain file paths throughout: spaces and non-ASCII letters stay as they are (never a URL's percent-encoding).
 * @example buildPaths('/p/Klaster IŚKCTW', 'dist', 7).staging // '/p/Klaster IŚKCTW/dist.staging-7'
 */
export function buildPaths(root: string, outDir: string, pid: number): BuildPaths {
  const final = resolve(root, outDir);
  const name = basename(final);
  const parent = dirname(final);
  return {
    final,
    name,
    parent,
    staging: join(parent, `${name}.staging-${pid}`),
    previous: join(parent, `${name}.previous-${pid}`),
    lock: join(parent, `${name.startsWith('.') ? '' : '.'}${name}.lock`),
  };
}

/** Who holds a build lock. */
export interface LockHolder {
  pid: number;
  /** ISO 8601 time the build started. */
  startedAt: string;
}

/**
 * The text of a lock file.
 * @example lockContent(42, new Date('2026-06-01T10:00:00Z')) // '{"pid":42,"startedAt":"2026-06-01T10:00:00.000Z"}\n'
 */
export function lockContent(pid: number, startedAt: Date): string {
  return `${JSON.stringify({ pid, startedAt: startedAt.toISOString() })}\n`;
}

/**
 * The holder named in a lock file's text, or `undefined` when the text is not a lock this script wrote.
 * @example parseLock('{"pid":42,"startedAt":"2026-06-01T10:00:00.000Z"}') // { pid: 42, startedAt: '2026-06-01T10:00:00.000Z' }
 */
export function parseLock(text: string): LockHolder | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0 || typeof startedAt !== 'string') return undefined;
    return { pid, startedAt };
  } catch {
    return undefined;
  }
}

/**
 * Whether an existing lock may be taken over: only when it names a process that is no longer alive.
 * A lock that cannot be read is kept (it may be one being written this very moment); the message says how to clear it.
 * @example canTakeOverLock({ pid: 42, startedAt: '…' }, () => false) // true
 */
export function canTakeOverLock(holder: LockHolder | undefined, isAlive: (pid: number) => boolean): boolean {
  return holder !== undefined && !isAlive(holder.pid);
}

/**
 * What a second build prints when the output is locked.
 * @example lockHeldMessage({ pid: 42, startedAt: '2026-06-01T10:00:00.000Z' }, '/p/.dist.lock')
 * // 'Another build is running (pid 42, started at 2026-06-01T10:00:00.000Z); wait for it or remove /p/.dist.lock if it crashed.'
 */
export function lockHeldMessage(holder: LockHolder | undefined, lockPath: string): string {
  const who = holder ? `pid ${holder.pid}, started at ${holder.startedAt}` : 'its lock file cannot be read';
  return `Another build is running (${who}); wait for it or remove ${lockPath} if it crashed.`;
}

/** What a new build does with the folders earlier builds left beside the output. */
export interface LeftoverPlan {
  /** A `<name>.previous-<pid>` of a dead build to rename back to the output, which is missing (the build died mid-swap). */
  restore?: string;
  /** Folder names of dead builds to delete. */
  remove: string[];
}

/**
 * Which `<name>.staging-<pid>` and `<name>.previous-<pid>` folders among `entries` (names in the output's parent)
 * belong to dead builds. They are removed, except that when the output itself is missing, a dead build's
 * previous output is restored first (the build was killed between the two renames of its swap).
 * @example leftoverPlan('dist', ['dist', 'dist.staging-7', 'src'], true, () => false) // { remove: ['dist.staging-7'] }
 */
export function leftoverPlan(
  name: string,
  entries: readonly string[],
  finalExists: boolean,
  isAlive: (pid: number) => boolean,
): LeftoverPlan {
  const dead: { entry: string; kind: string }[] = [];
  for (const entry of [...entries].sort()) {
    if (!entry.startsWith(`${name}.`)) continue;
    const match = /^(staging|previous)-([1-9]\d*)$/.exec(entry.slice(name.length + 1));
    if (match && !isAlive(Number(match[2]))) dead.push({ entry, kind: match[1]! });
  }
  const restore = finalExists ? undefined : dead.find((item) => item.kind === 'previous')?.entry;
  const remove = dead.map((item) => item.entry).filter((entry) => entry !== restore);
  return restore === undefined ? { remove } : { restore, remove };
}

/** What the build observed in its staging output. */
export interface OutputFacts {
  /** HTML files written by Astro. */
  htmlPages: number;
  /** Pages in the search index per language (`undefined` before indexing). */
  indexed?: Readonly<Record<string, number>>;
}

/**
 * Why this output must not replace the published site, or `undefined` when it may.
 * @example swapRefusal({ htmlPages: 0 }) // 'the build wrote no HTML page'
 */
export function swapRefusal(facts: OutputFacts): string | undefined {
  if (facts.htmlPages <= 0) return 'the build wrote no HTML page';
  if (facts.indexed === undefined) return undefined;
  const total = Object.values(facts.indexed).reduce((sum, count) => sum + count, 0);
  if (total <= 0) return `the search index holds no page (of ${facts.htmlPages} HTML files)`;
  return undefined;
}

/**
 * The one-line summary of the search index, languages in the site's locale order (others after them).
 * @example formatIndexed({ cs: 61, pl: 62, en: 62, de: 61 }, ['pl', 'en', 'de', 'cs']) // 'Pagefind: indexed 246 pages (pl 62, en 62, de 61, cs 61)'
 */
export function formatIndexed(counts: Readonly<Record<string, number>>, order: readonly string[]): string {
  const rank = (lang: string) => (order.includes(lang) ? order.indexOf(lang) : order.length);
  const langs = Object.keys(counts).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const total = langs.reduce((sum, lang) => sum + counts[lang]!, 0);
  return `Pagefind: indexed ${total} ${total === 1 ? 'page' : 'pages'} (${langs.map((lang) => `${lang} ${counts[lang]}`).join(', ')})`;
}

/**
 * How long each step of the build took, on one line (the scale benchmark reads it: keep the form).
 * @example formatStepTimes([{ name: 'content check', seconds: 1.42 }, { name: 'astro build', seconds: 35 }]) // 'Step times: content check 1.4 s · astro build 35.0 s'
 */
export function formatStepTimes(times: readonly { name: string; seconds: number }[]): string {
  return `Step times: ${times.map((time) => `${time.name} ${time.seconds.toFixed(1)} s`).join(' · ')}`;
}

/**
 * The exit code of a process stopped by a signal, as shells report it (128 + signal number).
 * @example signalExitCode('SIGINT') // 130
 */
export function signalExitCode(signal: 'SIGINT' | 'SIGTERM'): number {
  return signal === 'SIGINT' ? 130 : 143;
}
