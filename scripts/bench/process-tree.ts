/**
 * Runs a command and measures it as a benchmark sees it: wall time and the peak memory of the whole process tree
 * (the command and every process it starts: Astro's workers, Pagefind, sharp's threads are inside their processes).
 * Memory is sampled from /proc every `intervalMs` (Linux); elsewhere the peak is reported as unknown.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { descendantsOf, type ProcessStat, parseProcStat } from './proc-stat.ts';

export interface Measured {
  /** Wall time in seconds. */
  seconds: number;
  /** Highest sum of resident memory of the tree seen, in bytes; `undefined` where /proc is not available. */
  peakBytes: number | undefined;
  /** The command's exit code. */
  code: number | null;
  /** The command's last output lines (stdout and stderr), for error messages. */
  tail: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each complete output line (progress). */
  onLine?: (line: string) => void;
  intervalMs?: number;
}

const procAvailable = existsSync('/proc/self/stat');
const pageSize = 4096;

/** Every process's parent and resident memory, read from /proc. */
function snapshot(): ProcessStat[] {
  const stats: ProcessStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'), pageSize);
      if (stat) stats.push(stat);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return stats;
}

export function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  const sample = () => {
    if (!procAvailable || child.pid === undefined) return;
    const tree = descendantsOf(snapshot(), child.pid);
    peak = Math.max(
      peak,
      tree.reduce((sum, stat) => sum + stat.rssBytes, 0),
    );
  };
  const timer = setInterval(sample, options.intervalMs ?? 200);
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 40) lines.shift();
        options.onLine?.(line);
      }
    });
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - start) / 1000,
        peakBytes: procAvailable ? peak : undefined,
        code,
        tail: lines.join('\n'),
      });
    });
  });
}
