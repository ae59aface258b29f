import { describe, expect, it } from 'vitest';
import { homePath, withBase } from '../../src/i18n';
import { localeCodes } from '../../src/site.config';
import { page } from '../helpers/site';

describe('language chooser at /', () => {
  it("sends visitors to each locale's home under the base path, not relative to the address it was reached at", () => {
    const $ = page('/');
    const targets = JSON.parse($('#locales').text()) as { code: string; href: string }[];
    expect(targets.map((target) => target.code)).toEqual([...localeCodes]);
    for (const target of targets) expect(target.href, target.code).toBe(withBase(homePath(target.code as (typeof localeCodes)[number])));
    expect(targets.every((target) => target.href.startsWith('/'))).toBe(true);
    expect($('script:not([type])').text()).not.toContain('location.href');
  });
});
