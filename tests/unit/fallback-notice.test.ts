import { describe, expect, it } from 'vitest';
import { fallbackExtent } from '../../src/lib/fallback-notice';

describe('fallbackExtent', () => {
  it('says the whole page when not even the title is translated, whatever else holds', () => {
    expect(fallbackExtent({ isFallback: true, isPartial: false })).toBe('page');
    expect(fallbackExtent({ isFallback: true, isPartial: false }, true)).toBe('page');
  });

  it('says the main text when only title and summary are translated', () => {
    expect(fallbackExtent({ isFallback: false, isPartial: true })).toBe('mainText');
    expect(fallbackExtent({ isFallback: false, isPartial: true }, true)).toBe('mainText');
  });

  it('says some details when only per-language facts fall back, and nothing when all is translated', () => {
    expect(fallbackExtent({ isFallback: false, isPartial: false }, true)).toBe('details');
    expect(fallbackExtent({ isFallback: false, isPartial: false })).toBeUndefined();
  });
});
