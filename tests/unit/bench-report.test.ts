import { describe, expect, it } from 'vitest';
import {
  astroSeconds,
  buildTable,
  bytesText,
  pagesPerSecond,
  phasesOf,
  phaseTable,
  ratioText,
  verdicts,
  type BuildRow,
} from '../../scripts/bench/report';
import { descendantsOf, parseProcStat } from '../../scripts/bench/proc-stat';
import { splitFrontMatter } from '../../scripts/bench/markdown-files';

const row = (name: string, pages: number, seconds: number, peakBytes?: number, files = pages): BuildRow => ({
  name,
  pages,
  seconds,
  peakBytes,
  outputBytes: pages * 10_000,
  files,
});

describe('scale benchmark report', () => {
  it('writes sizes and ratios as people read them', () => {
    expect(bytesText(1536)).toBe('1.5 kB');
    expect(bytesText(5 * 1024 ** 2)).toBe('5.0 MB');
    expect(bytesText(3 * 1024 ** 3)).toBe('3.00 GB');
    expect(ratioText(1.234)).toBe('1.23×');
    expect(pagesPerSecond(row('x', 500, 2))).toBe(250);
    expect(pagesPerSecond(row('x', 500, 0))).toBe(0);
  });

  it('puts each build in a row with its time against bare Astro and against the floor', () => {
    const table = buildTable(
      [row('floor', 1000, 0.5, 100 * 1024 ** 2), row('bare', 1000, 5), row('project', 2000, 10, 2 * 1024 ** 3)],
      'bare',
      'floor',
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('| floor | 1,000 | 0.5 s | 2,000 | 100.0 MB | 9.5 MB | 1,000 | 0.10× | 1.00× |');
    expect(lines[3]).toContain('| n/a |');
    expect(lines[4]).toBe('| project | 2,000 | 10.0 s | 200 | 2.00 GB | 19.1 MB | 2,000 | 2.00× | 20.00× |');
  });

  it('judges each target, and does not call a memory or search target met below ten thousand pages', () => {
    const small = verdicts({
      bare: row('bare', 1000, 10),
      cold: row('cold', 1000, 12, 1024 ** 3),
      warm: row('warm', 1000, 3),
      firstQueryBytes: 50 * 1024,
    });
    expect(small.map((verdict) => verdict.met)).toEqual([
      'yes',
      'not measured at this scale',
      'yes',
      'not measured at this scale',
      'yes',
      'yes',
      'yes',
    ]);
    const large = verdicts({
      bare: row('bare', 10_000, 10),
      cold: { ...row('cold', 10_000, 20, 4 * 1024 ** 3, 30_000), outputBytes: 2 * 1024 ** 3 },
      warm: row('warm', 10_000, 10),
      firstQueryBytes: 150 * 1024,
    });
    expect(large.map((verdict) => verdict.met)).toEqual(['no', 'no', 'no', 'no', 'no', 'yes', 'no']);
    expect(large[0]!.measured).toBe('2.00×');
  });
});

describe('process tree memory', () => {
  it('reads pid, parent and resident memory from a /proc stat line, whatever the command name holds', () => {
    expect(parseProcStat('42 (node (x) y) S 7 42 42 0 -1 0 0 0 0 0 0 0 0 0 20 0 11 0 1 100 25 0', 4096)).toEqual({
      pid: 42,
      ppid: 7,
      rssBytes: 25 * 4096,
    });
    expect(parseProcStat('garbage', 4096)).toBeUndefined();
  });

  it('sums the tree below a process, not its siblings', () => {
    const stats = [
      { pid: 1, ppid: 0, rssBytes: 1 },
      { pid: 10, ppid: 1, rssBytes: 10 },
      { pid: 11, ppid: 10, rssBytes: 100 },
      { pid: 12, ppid: 11, rssBytes: 1000 },
      { pid: 20, ppid: 1, rssBytes: 10_000 },
    ];
    expect(descendantsOf(stats, 10).map((stat) => stat.pid)).toEqual([10, 11, 12]);
    expect(descendantsOf(stats, 99)).toEqual([]);
  });
});

describe('front matter of the floor', () => {
  it('takes the title and leaves the body', () => {
    expect(splitFrontMatter('---\ntitle: "A: b"\nsummary: x\n---\n# Body\n')).toEqual({ title: 'A: b', body: '# Body\n' });
    expect(splitFrontMatter('No front matter')).toEqual({ title: '', body: 'No front matter' });
  });
});

describe('the project build phases', () => {
  const cold = phasesOf([
    'noise',
    ' generating static routes ',
    '12:45:42 ✓ Completed in 12.00s.',
    ' generating optimized images ',
    '12:46:02 ✓ Completed in 1m 19s.',
    '12:46:02 [build] ✓ Completed in 35.52s.',
    '12:46:31 [iskctw-og-images] 360 Open Graph images (360 drawn, 0 from the cache), 8423 kB, in 29.3 s (19.3 s of CPU)',
    'Step times: content check 1.4 s · astro build 135.0 s · output check 0.0 s · search index 5.2 s · host files 0.1 s',
  ]);

  it('reads Astro durations as seconds', () => {
    expect(astroSeconds('12.00s')).toBe(12);
    expect(astroSeconds('3m 36s')).toBe(216);
    expect(astroSeconds('850ms')).toBe(0.85);
    expect(astroSeconds('soon')).toBeUndefined();
  });

  it('reads the step times, page rendering, images and Open Graph time from the build output', () => {
    expect(cold).toStrictEqual({
      steps: { 'content check': 1.4, 'astro build': 135, 'output check': 0, 'search index': 5.2, 'host files': 0.1 },
      routesSeconds: 12,
      imagesSeconds: 79,
      ogSeconds: 29.3,
      searchSeconds: undefined,
    });
    expect(phasesOf(['nothing here'])).toStrictEqual({
      steps: {},
      routesSeconds: undefined,
      imagesSeconds: undefined,
      ogSeconds: undefined,
      searchSeconds: undefined,
    });
  });

  it('splits the Astro step into pages, images, Open Graph images and the rest', () => {
    const table = phaseTable(cold, undefined, 2.85);
    expect(table).toContain("| … rendering pages (bare Astro's whole build: 2.9 s) | 12.0 s | n/a |");
    expect(table).toContain('| … optimising images | 79.0 s | n/a |');
    expect(table).toContain('| … Open Graph images | 29.3 s | n/a |');
    expect(table).toContain('| … the rest (start, content layer, bundling, sitemap, redirects) | 14.7 s | n/a |');
    expect(table.split('\n')).toHaveLength(2 + 5 + 4);
  });

  it('shows the Open Graph images beside the search index when the build draws them in a step of their own', () => {
    const lines = [
      ' generating static routes ',
      '12:45:42 ✓ Completed in 12.00s.',
      ' generating optimized images ',
      '12:46:02 ✓ Completed in 20.00s.',
      '[og-images] 360 Open Graph images (360 drawn, 0 from the cache), 8423 kB, in 29.3 s (19.3 s of CPU)',
      'Pagefind: indexed 244 pages (pl 62, en 62, de 60, cs 60) in 6.4 s',
      'Step times: content check 1.4 s · astro build 40.0 s · output check 0.0 s · search index and Open Graph images 29.5 s · host files 0.1 s',
    ];
    const phases = phasesOf(lines);
    expect(phases.searchSeconds).toBe(6.4);
    expect(phases.ogSeconds).toBe(29.3);
    const table = phaseTable(phases, undefined, 2.85);
    // Astro's step no longer holds the cards: the rest is 40 − 12 − 20.
    expect(table).toContain('| … the rest (start, content layer, bundling, sitemap, redirects) | 8.0 s | n/a |');
    expect(table).toContain('| search index and Open Graph images | 29.5 s | n/a |');
    const rows = table.split('\n');
    const step = rows.indexOf('| search index and Open Graph images | 29.5 s | n/a |');
    expect(rows.slice(step + 1, step + 3)).toStrictEqual([
      '| … search index (Pagefind) | 6.4 s | n/a |',
      '| … Open Graph images | 29.3 s | n/a |',
    ]);
    expect(rows.filter((row) => row.startsWith('| … Open Graph images'))).toHaveLength(1);
  });
});
