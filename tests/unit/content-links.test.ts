import { describe, expect, it } from 'vitest';
import { builtHref, contentLinkPath } from '../../src/lib/content-links';

describe('content links', () => {
  it('resolves entry and section links in the text’s language, keeping the fragment', () => {
    expect(contentLinkPath('entry:cities/gliwice', 'pl')).toBe('/pl/miasta/gliwice/');
    expect(contentLinkPath('entry:cities/gliwice#fakty', 'de')).toBe('/de/staedte/gliwice/#fakty');
    expect(contentLinkPath('entry:stories/trolejbusy-tychy/', 'cs')).toBe('/cs/pribehy-uspechu/trolejbusy-tychy/');
    expect(contentLinkPath('section:offers', 'en')).toBe('/en/investment-offers/');
  });

  it('leaves other addresses to the validator and the page', () => {
    expect(contentLinkPath('entry:town/gliwice', 'pl')).toBeUndefined();
    expect(contentLinkPath('section:nowhere', 'pl')).toBeUndefined();
    expect(builtHref('https://gliwice.eu/', 'pl')).toBe('https://gliwice.eu/');
    expect(builtHref('//evil.example/', 'pl')).toBe('//evil.example/');
    expect(builtHref('/pl/miasta/', 'pl')).toBe('/pl/miasta/');
    expect(builtHref('section:offers', 'pl')).toBe('/pl/oferty-inwestycyjne/');
  });
});
