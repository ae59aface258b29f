import { describe, expect, it } from 'vitest';
import { auditPages, medianReport, type LighthouseResult } from '../../src/lib/lighthouse-report';

const result = (performance: number, bytes: number, seo: number | null = 1): LighthouseResult => ({
  categories: { performance: { score: performance }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: seo } },
  audits: { 'total-byte-weight': { numericValue: bytes } },
});

describe('lighthouse report', () => {
  it('lists the six key templates of a language with their localized paths', () => {
    const pages = auditPages('de', { city: 'gliwice', story: 'trolejbusy-tychy', event: 'niska-emisja-rybnik-2018' });
    expect(pages.map((page) => page.label)).toStrictEqual(['de home', 'de city', 'de story', 'de event', 'de offers', 'de search']);
    expect(pages[1]!.path).toBe('/de/staedte/gliwice/');
    expect(new Set(pages.map((page) => page.path)).size).toBe(6);
  });

  it('takes the median score and weight over runs, in whole points and kB', () => {
    const row = medianReport({ label: 'pl home', path: '/pl/' }, [result(0.97, 10_240), result(1, 12_288), result(0.99, 11_264)]);
    expect(row.scores).toStrictEqual([99, 100, 100, 100]);
    expect(row.kB).toBe(11);
  });

  it('shows a category Lighthouse did not score as a dash, and refuses an empty list of runs', () => {
    expect(medianReport({ label: 'x', path: '/x/' }, [result(1, 1024, null)]).scores[3]).toBe('–');
    expect(() => medianReport({ label: 'x', path: '/x/' }, [])).toThrow(/no Lighthouse result/);
  });
});
