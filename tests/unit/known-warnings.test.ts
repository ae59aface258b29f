import { describe, expect, it } from 'vitest';
import { isKnownHarmlessWarning, quietKnownWarnings, type BuildLog } from '../../src/integrations/known-warnings';

/** The warning Rolldown prints once per MDX entry today (Astro 7.3.5, Vite 8.3.8). */
const headInject: BuildLog = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/pages/investors/en.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('known-harmless build warnings', () => {
  it('recognises Astro’s unused head-inject directive on MDX entries', () => {
    expect(isKnownHarmlessWarning(headInject)).toBe(true);
  });

  it('keeps every other warning, even of the same kind', () => {
    expect(
      isKnownHarmlessWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: headInject.message.replace('use astro:head-inject', 'use client'),
      }),
    ).toBe(false);
    expect(
      isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: headInject.message.replace('?astroPropagatedAssets', '') }),
    ).toBe(false);
    expect(isKnownHarmlessWarning({ code: 'EVAL', message: headInject.message })).toBe(false);
    expect(isKnownHarmlessWarning({ message: headInject.message })).toBe(false);
  });

  it('drops only the known warning and passes every other log on unchanged', () => {
    const passed: [string, BuildLog][] = [];
    const handler = (level: string, log: BuildLog) => passed.push([level, log]);
    const other = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.js -> b.js -> a.js' };
    quietKnownWarnings('warn', headInject, handler);
    quietKnownWarnings('warn', other, handler);
    quietKnownWarnings('info', headInject, handler);
    expect(passed).toEqual([
      ['warn', other],
      ['info', headInject],
    ]);
  });
});
