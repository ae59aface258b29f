/**
 * A problem found in content: where it is (file, line, column, field) and what to do (one catalogue message).
 * `npm run validate`, the build and the dev server print these; the pull-request workflow turns them into annotations.
 */
export interface Problem {
  /** Path relative to the project root, with `/` separators (`content/stories/x/story.yaml`). */
  file: string;
  /** 1-based line, where the source has lines. */
  line?: number | undefined;
  /** 1-based column. */
  column?: number | undefined;
  /** The field at fault, as a dotted path (`impact.jobs.source`, `cities[0]`); empty for a whole file. */
  field?: string | undefined;
  /** `problem → what to write instead`, in the chosen language. */
  message: string;
}

/** `file:line:column` (as far as known). */
function location(problem: Problem): string {
  return [problem.file, problem.line, problem.line !== undefined ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
}

/**
 * One problem as a line: `path:line:column  field  problem → fix`.
 * @example formatProblem({ file: 'content/a/b.yaml', line: 3, column: 7, field: 'date', message: 'x → y' }) // 'content/a/b.yaml:3:7  date  x → y'
 */
export function formatProblem(problem: Problem): string {
  return [location(problem), problem.field || '—', problem.message].join('  ');
}

/** GitHub Actions' workflow command escaping for a property value or the message. */
function escapeCommand(text: string, property: boolean): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/**
 * One problem as a GitHub Actions annotation on its file and line.
 * @example formatGithub({ file: 'content/a.yaml', line: 2, column: 1, field: 'date', message: 'x → y' }) // '::error file=content/a.yaml,line=2,col=1,title=date::x → y'
 */
export function formatGithub(problem: Problem): string {
  const properties = [`file=${escapeCommand(problem.file, true)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.line !== undefined && problem.column !== undefined) properties.push(`col=${problem.column}`);
  if (problem.field) properties.push(`title=${escapeCommand(problem.field, true)}`);
  return `::error ${properties.join(',')}::${escapeCommand(problem.message, false)}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * A dotted field path from a parse path: `['impact', 'jobs', 'source']` → `impact.jobs.source`, indices as `[0]`.
 * @example fieldPath(['cities', 0]) // 'cities[0]'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
