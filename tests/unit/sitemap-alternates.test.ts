import { describe, expect, it } from 'vitest';
import { alternatesOf, isNoindex } from '../../src/integrations/sitemap-alternates';

describe('sitemap helpers', () => {
  it('reads hreflang alternates from a page head', () => {
    const head =
      '<link rel="canonical" href="https://x/pl/"><link rel="alternate" hreflang="pl" href="https://x/pl/"><link rel="alternate" hreflang="x-default" href="https://x/pl/"><link rel="alternate" type="application/rss+xml" href="https://x/feed.xml">';
    expect(alternatesOf(head)).toEqual([
      { lang: 'pl', url: 'https://x/pl/' },
      { lang: 'x-default', url: 'https://x/pl/' },
    ]);
  });

  it('detects noindex', () => {
    expect(isNoindex('<meta name="robots" content="noindex, follow">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
  });
});
