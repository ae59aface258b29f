/**
 * Build warnings that are known to be harmless and cannot be fixed in this project, each with the reason.
 * Everything else reaches the console unchanged: a warning an editor or maintainer should act on stays visible.
 */

/** The part of a Rolldown log this filter reads. */
export interface BuildLog {
  code?: string | undefined;
  message: string;
}

interface KnownWarning {
  code: string;
  matches: (message: string) => boolean;
}

const knownHarmless: readonly KnownWarning[] = [
  {
    // Astro wraps every MDX content entry in an asset-propagation module that starts with the directive
    // "use astro:head-inject"; nothing reads that directive any more (withastro/astro#17095 removed its last reader),
    // and Rolldown warns once per MDX file (26 blocks here) that it "may not be preserved when bundling".
    // The module is generated inside Astro (content/vite-plugin-content-assets.js), so there is no cause to fix here.
    // Upstream: https://github.com/withastro/astro/issues/18087. Drop this entry once Astro stops emitting it.
    code: 'MODULE_LEVEL_DIRECTIVE',
    matches: (message) => message.includes('"use astro:head-inject"') && message.includes('?astroPropagatedAssets'),
  },
];

/**
 * True for a build warning listed above as known-harmless.
 * @example isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.' }) // false
 */
export function isKnownHarmlessWarning(log: BuildLog): boolean {
  return knownHarmless.some((known) => known.code === log.code && known.matches(log.message));
}

/**
 * A Rolldown `onLog` handler (Vite's `build.rolldownOptions.onLog`) that drops the known-harmless warnings and passes every other log on.
 * @example quietKnownWarnings('warn', { code: 'EVAL', message: 'Use of eval…' }, console.warn) // passed on
 */
export function quietKnownWarnings<Log extends BuildLog, Level extends string>(
  level: Level,
  log: Log,
  handler: (level: Level, log: Log) => void,
): void {
  if (level === 'warn' && isKnownHarmlessWarning(log)) return;
  handler(level, log);
}
