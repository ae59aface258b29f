import { describe, expect, it } from 'vitest';
import { cacheControl } from '../../src/lib/host-headers';
import { headersFor, hostDefaultsFor, parseHeadersFile, slashRedirect } from '../../src/lib/static-host';

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile(
    '# comment\n/*\n  X-Content-Type-Options: nosniff\n/pl/*\n  Cache-Control: no-cache\n/pl/\n  Cache-Control: max-age=1\n  Content-Security-Policy: a; b\n',
  );

  it('reads patterns and their headers, values with colons and semicolons intact', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      { pattern: '/pl/*', headers: [['Cache-Control', 'no-cache']] },
      {
        pattern: '/pl/',
        headers: [
          ['Cache-Control', 'max-age=1'],
          ['Content-Security-Policy', 'a; b'],
        ],
      },
    ]);
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/Not a header line/);
  });

  it('sends the headers of every matching rule, joining a repeated header as hosts do', () => {
    expect(headersFor(rules, '/pl/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache, max-age=1',
      'Content-Security-Policy': 'a; b',
    });
    expect(headersFor(rules, '/pl/miasta/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    expect(headersFor(rules, '/en/')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
  });

  it('matches placeholders and names after a splat as Cloudflare Pages does', () => {
    const found = parseHeadersFile('/:top/widzety/gliwice/*\n  X-Frame: gliwice\n/*/feed.json\n  Content-Type: application/feed+json\n');
    expect(headersFor(found, '/pl/widzety/gliwice/')).toEqual({ 'X-Frame': 'gliwice' });
    expect(headersFor(found, '/pl/x/widzety/gliwice/')).toEqual({});
    expect(headersFor(found, '/pl/miasta/gliwice/feed.json')).toEqual({ 'Content-Type': 'application/feed+json' });
  });
});

describe('hostDefaultsFor', () => {
  it("sends what the hosts send without a rule: revalidation, and a calendar's type", () => {
    expect(hostDefaultsFor('/pl/wydarzenia/x.ics')).toEqual({
      'Cache-Control': cacheControl.revalidate,
      'Content-Type': 'text/calendar; charset=utf-8',
    });
    expect(hostDefaultsFor('/pl/')).toEqual({ 'Cache-Control': cacheControl.revalidate });
  });
});

describe('slashRedirect', () => {
  const folders = new Set(['/pl/', '/pl/miasta/']);
  const isFolderPage = (path: string) => folders.has(path);

  it('adds the slash to a folder page asked without it, keeping the query', () => {
    expect(slashRedirect('/pl/miasta', isFolderPage)).toBe('/pl/miasta/');
    expect(slashRedirect('/pl?utm_source=gliwice.eu', isFolderPage)).toBe('/pl/?utm_source=gliwice.eu');
  });

  it('leaves files, addresses with the slash and unknown paths alone', () => {
    expect(slashRedirect('/pl/miasta/', isFolderPage)).toBeUndefined();
    expect(slashRedirect('/pl/rss.xml', isFolderPage)).toBeUndefined();
    expect(slashRedirect('/pl/nie-ma', isFolderPage)).toBeUndefined();
  });
});
