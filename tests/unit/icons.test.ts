import { describe, expect, it } from 'vitest';
import { audienceIcons, eventKindIcons, iconSources, offerKindIcons, sectorIcons, topicIcons, utilityIcons } from '../../src/data/icons';
import { eventKinds, offerKinds, sectors, topics, utilityKinds } from '../../src/data/vocabularies';
import { iconBody } from '../../src/lib/icon-svg';

describe('iconBody', () => {
  it('keeps the shapes inside the svg element and drops the whitespace between tags', () => {
    expect(iconBody('\n<svg class="x" viewBox="0 0 24 24">\n  <path d="M1 1h2" />\n  <circle cx="3" cy="3" r="1" />\n</svg>\n')).toBe(
      '<path d="M1 1h2" /><circle cx="3" cy="3" r="1" />',
    );
  });
  it('refuses what is not one svg element', () => {
    expect(() => iconBody('<path d="M1 1" />')).toThrow(/single <svg>/);
  });
  it('refuses markup that could run code', () => {
    expect(() => iconBody('<svg><script>alert(1)</script></svg>')).toThrow(/only draw shapes/);
    expect(() => iconBody('<svg><path onload="x()" d="M1 1" /></svg>')).toThrow(/only draw shapes/);
  });
});

describe('icon set', () => {
  it('every icon of the set is a Lucide svg with shapes only', () => {
    const names = Object.keys(iconSources) as (keyof typeof iconSources)[];
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const body = iconBody(iconSources[name]);
      expect(body, name).toMatch(/^<(path|circle|rect|line|polyline|polygon|ellipse)\b/);
      expect(body.length, `${name} stays a simple icon`).toBeLessThan(1200);
    }
  });
  it('gives every vocabulary value an icon of the set', () => {
    const maps: [readonly string[], Record<string, string>][] = [
      [sectors, sectorIcons],
      [topics, topicIcons],
      [offerKinds, offerKindIcons],
      [utilityKinds, utilityIcons],
      [eventKinds, eventKindIcons],
    ];
    for (const [values, map] of maps) {
      expect(Object.keys(map).sort()).toEqual([...values].sort());
      for (const value of values) expect(Object.keys(iconSources)).toContain(map[value]);
    }
    expect(Object.keys(audienceIcons)).toEqual(['residents', 'investors', 'schools', 'smes', 'international']);
  });
  it('keeps values of one vocabulary apart (no two sectors, topics, kinds or utilities share an icon)', () => {
    for (const map of [sectorIcons, topicIcons, offerKindIcons, utilityIcons, eventKindIcons, audienceIcons]) {
      const icons = Object.values(map);
      expect(new Set(icons).size).toBe(icons.length);
    }
  });
});
