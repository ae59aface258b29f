import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourTokens, contrastRatio } from '../../src/lib/contrast';

describe('contrastRatio', () => {
  it('follows WCAG 2.1: black on white is 21, a colour on itself 1, #767676 on white just passes 4.5', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#0b4f6c', '#0b4f6c')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a #rrggbb colour/);
  });
});

/**
 * The design tokens of `src/styles/global.css` in the pairs the site uses for text (WCAG 2.1 AA: 4.5:1 for text,
 * 3:1 for focus indicators and borders that carry meaning). A token changed to a paler value fails here first.
 */
describe('colour tokens of the stylesheet', () => {
  const tokens = colourTokens(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8'));
  const white = '#ffffff';
  const textPairs: [string, string, string][] = [
    ['text', tokens.text!, tokens.bg!],
    ['text on surface', tokens.text!, tokens.surface!],
    ['text on notice', tokens.text!, tokens.notice!],
    ['text on focus', tokens.text!, tokens.focus!],
    ['muted on background', tokens.muted!, tokens.bg!],
    ['muted on surface', tokens.muted!, tokens.surface!],
    ['link', tokens.link!, tokens.bg!],
    ['link on surface', tokens.link!, tokens.surface!],
    ['visited link', tokens['link-visited']!, tokens.bg!],
    ['header text on primary', white, tokens.primary!],
    ['menu text on primary-dark', white, tokens['primary-dark']!],
    ['headings (primary-dark) on background', tokens['primary-dark']!, tokens.bg!],
    ['key figures (primary-dark) on surface', tokens['primary-dark']!, tokens.surface!],
  ];

  it('reads the tokens it checks', () => {
    for (const name of ['primary', 'primary-dark', 'accent', 'text', 'muted', 'bg', 'surface', 'link', 'link-visited', 'focus', 'notice'])
      expect(tokens[name], name).toMatch(/^#/);
  });

  it.each(textPairs)('%s has at least 4.5:1', (_, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus colour stands out 3:1 against the header it is drawn on', () => {
    expect(contrastRatio(tokens.focus!, tokens.primary!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(tokens.focus!, tokens['primary-dark']!)).toBeGreaterThanOrEqual(3);
  });
});
