import { describe, expect, it } from 'vitest';
import { eachLimited } from '../../src/lib/each-limited';

describe('eachLimited', () => {
  it('runs every item once, in order of start, never more than the limit at a time', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const done = eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running--;
    });
    // Release the waiting tasks one by one until every item has run.
    while (started.length < 7 || running > 0) {
      await Promise.resolve();
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(started).toStrictEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects with a task’s failure and does nothing for no items', async () => {
    await expect(
      eachLimited(['a', 'b'], 4, async (item) => {
        if (item === 'b') throw new Error('b failed');
      }),
    ).rejects.toThrow('b failed');
    let calls = 0;
    await eachLimited([], 4, async () => {
      calls++;
    });
    expect(calls).toBe(0);
  });
});
