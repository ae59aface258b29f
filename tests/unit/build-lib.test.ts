import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPaths,
  canTakeOverLock,
  formatIndexed,
  formatStepTimes,
  leftoverPlan,
  lockContent,
  lockHeldMessage,
  parseLock,
  signalExitCode,
  swapRefusal,
} from '../../scripts/build-lib.ts';

const alive =
  (...pids: number[]) =>
  (pid: number) =>
    pids.includes(pid);

describe('buildPaths', () => {
  it('keeps spaces and Polish letters as they are (no percent-encoding) and puts everything beside the output', () => {
    const root = join('/home', 'jan', 'Pulpit', 'Klaster IŚKCTW');
    const paths = buildPaths(root, 'dist', 4242);
    expect(paths).toEqual({
      final: join(root, 'dist'),
      name: 'dist',
      parent: root,
      staging: join(root, 'dist.staging-4242'),
      previous: join(root, 'dist.previous-4242'),
      lock: join(root, '.dist.lock'),
    });
    expect(JSON.stringify(paths)).not.toContain('%');
  });

  it('takes an absolute output folder as it is, and does not double a leading dot in the lock name', () => {
    const out = join('/tmp', 'Jan Kowalski', '.dist-test Kraków ŚĆ');
    const paths = buildPaths('/elsewhere', out, 7);
    expect(paths.final).toBe(out);
    expect(paths.staging).toBe(`${out}.staging-7`);
    expect(paths.lock).toBe(`${out}.lock`);
  });
});

describe('the build lock', () => {
  it('reads back what it writes', () => {
    expect(parseLock(lockContent(4242, new Date('2026-06-01T10:00:00Z')))).toEqual({ pid: 4242, startedAt: '2026-06-01T10:00:00.000Z' });
  });

  it('does not take a lock it cannot read, or one naming no real process id', () => {
    for (const text of [
      '',
      '{"pid":',
      'null',
      '{"pid":"42","startedAt":"x"}',
      '{"pid":0,"startedAt":"x"}',
      '{"pid":1.5,"startedAt":"x"}',
      '{"pid":42}',
    ]) {
      expect(parseLock(text), text).toBeUndefined();
    }
    expect(canTakeOverLock(undefined, alive())).toBe(false);
  });

  it('is taken over when its build is dead', () => {
    expect(canTakeOverLock({ pid: 4242, startedAt: '2026-06-01T10:00:00.000Z' }, alive(1, 99))).toBe(true);
  });

  it('is refused while its build is alive, with who holds it and how to clear it', () => {
    const holder = { pid: 4242, startedAt: '2026-06-01T10:00:00.000Z' };
    expect(canTakeOverLock(holder, alive(4242))).toBe(false);
    expect(lockHeldMessage(holder, '/p/Klaster IŚKCTW/.dist.lock')).toBe(
      'Another build is running (pid 4242, started at 2026-06-01T10:00:00.000Z); wait for it or remove /p/Klaster IŚKCTW/.dist.lock if it crashed.',
    );
    expect(lockHeldMessage(undefined, '/p/.dist.lock')).toContain('remove /p/.dist.lock if it crashed');
  });
});

describe('leftoverPlan', () => {
  const entries = [
    'dist',
    'dist.staging-11',
    'dist.previous-12',
    'dist.staging-13',
    'dist.staging-abc',
    'dist.stagingx-14',
    'distant.staging-15',
    'dist-test.staging-16',
    '.dist.lock',
    'src',
  ];

  it('removes the staging and previous folders of dead builds only, and nothing that merely looks alike', () => {
    expect(leftoverPlan('dist', entries, true, alive(13))).toEqual({ remove: ['dist.previous-12', 'dist.staging-11'] });
  });

  it('leaves every folder of a live build alone', () => {
    expect(leftoverPlan('dist', entries, true, alive(11, 12, 13))).toEqual({ remove: [] });
  });

  it('restores the previous output when a build died between the two renames of its swap', () => {
    expect(leftoverPlan('dist', ['dist.previous-12', 'dist.staging-11'], false, alive())).toEqual({
      restore: 'dist.previous-12',
      remove: ['dist.staging-11'],
    });
  });

  it('matches output names with spaces, Polish letters and regular-expression characters literally', () => {
    const name = '.dist-test Kraków ŚĆ (1)';
    expect(leftoverPlan(name, [`${name}.staging-5`, '.dist-test Kraków ŚĆ 1.staging-6'], true, alive())).toEqual({
      remove: [`${name}.staging-5`],
    });
  });
});

describe('swapRefusal', () => {
  it('refuses an output without HTML pages', () => {
    expect(swapRefusal({ htmlPages: 0 })).toBe('the build wrote no HTML page');
    expect(swapRefusal({ htmlPages: 0, indexed: { pl: 3 } })).toBe('the build wrote no HTML page');
  });

  it('refuses an output whose search index holds no page', () => {
    expect(swapRefusal({ htmlPages: 334, indexed: {} })).toBe('the search index holds no page (of 334 HTML files)');
    expect(swapRefusal({ htmlPages: 334, indexed: { pl: 0, en: 0 } })).toBe('the search index holds no page (of 334 HTML files)');
  });

  it('accepts pages before indexing, and pages with an index', () => {
    expect(swapRefusal({ htmlPages: 334 })).toBeUndefined();
    expect(swapRefusal({ htmlPages: 334, indexed: { pl: 65, en: 0 } })).toBeUndefined();
  });
});

describe('formatStepTimes', () => {
  it('names each step with its seconds, in order', () => {
    expect(
      formatStepTimes([
        { name: 'content check', seconds: 1.42 },
        { name: 'astro build', seconds: 35 },
      ]),
    ).toBe('Step times: content check 1.4 s · astro build 35.0 s');
  });
});

describe('formatIndexed', () => {
  it('counts indexed pages per language in the locale order, unknown languages last', () => {
    expect(formatIndexed({ cs: 61, de: 61, en: 62, pl: 62 }, ['pl', 'en', 'de', 'cs'])).toBe(
      'Pagefind: indexed 246 pages (pl 62, en 62, de 61, cs 61)',
    );
    expect(formatIndexed({ uk: 2, pl: 1 }, ['pl', 'en'])).toBe('Pagefind: indexed 3 pages (pl 1, uk 2)');
    expect(formatIndexed({ pl: 1 }, ['pl'])).toBe('Pagefind: indexed 1 page (pl 1)');
  });
});

describe('signalExitCode', () => {
  it('reports a stop the way shells do', () => {
    expect(signalExitCode('SIGINT')).toBe(130);
    expect(signalExitCode('SIGTERM')).toBe(143);
  });
});
