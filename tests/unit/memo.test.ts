import { describe, expect, it } from 'vitest';
import { memoByObject, memoPerObject } from '../../src/lib/memo';

describe('memoPerObject', () => {
  it('computes once per object and key, and again for another key or object', () => {
    const calls: string[] = [];
    const atLeast = memoPerObject((list: readonly number[], min: number) => {
      calls.push(`${list.length}:${min}`);
      return list.filter((n) => n >= min);
    });
    const list = [1, 2, 3];
    const first = atLeast(list, 2);
    expect(first).toEqual([2, 3]);
    expect(atLeast(list, 2)).toBe(first);
    expect(atLeast(list, 3)).toEqual([3]);
    expect(atLeast([1, 2, 3], 2)).toEqual([2, 3]);
    expect(calls).toEqual(['3:2', '3:3', '3:2']);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const nothing = memoPerObject((_: object, __: string) => {
      calls += 1;
      return undefined;
    });
    const object = {};
    nothing(object, 'a');
    nothing(object, 'a');
    expect(calls).toBe(1);
  });
});

describe('memoByObject', () => {
  it('computes once per object', () => {
    let calls = 0;
    const size = memoByObject((list: readonly number[]) => {
      calls += 1;
      return list.length;
    });
    const list = [1, 2];
    expect(size(list)).toBe(2);
    expect(size(list)).toBe(2);
    expect(size([1, 2, 3])).toBe(3);
    expect(calls).toBe(2);
  });
});
