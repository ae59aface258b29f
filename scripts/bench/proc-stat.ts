/** Pure parsing of Linux's /proc/<pid>/stat and the process tree below a process (unit-tested). */

export interface ProcessStat {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/**
 * The pid, parent pid and resident memory of one `/proc/<pid>/stat` line. The command name (field 2) is in parentheses
 * and may itself hold spaces and parentheses, so fields are counted from the last `)`.
 * @example parseProcStat('42 (node (x)) S 7 42 42 0 -1 0 0 0 0 0 0 0 0 0 20 0 11 0 1 100 25 0', 4096) // { pid: 42, ppid: 7, rssBytes: 102400 }
 */
export function parseProcStat(line: string, pageSize: number): ProcessStat | undefined {
  const close = line.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(line, 10);
  // After ")": state(3) ppid(4) … rss is field 24; index 0 here is field 3.
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { pid, ppid, rssBytes: rssPages * pageSize };
}

/** The process `root` and all its descendants among `stats`. */
export function descendantsOf(stats: readonly ProcessStat[], root: number): ProcessStat[] {
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const found: ProcessStat[] = [];
  const queue = stats.filter((stat) => stat.pid === root);
  while (queue.length > 0) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return found;
}
