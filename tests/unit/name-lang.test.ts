import { describe, expect, it } from 'vitest';
import { foreignLang } from '../../src/lib/name-lang';

describe('foreignLang', () => {
  it('marks a Polish name on the other languages’ pages, not on Polish ones', () => {
    expect(foreignLang(undefined, 'de')).toBe('pl');
    expect(foreignLang(undefined, 'cs')).toBe('pl');
    expect(foreignLang(undefined, 'pl')).toBeUndefined();
  });

  it('marks a name in another language everywhere but on that language’s pages', () => {
    expect(foreignLang('en', 'pl')).toBe('en');
    expect(foreignLang('en', 'en')).toBeUndefined();
  });
});
