import { entryPath, homePath, sectionPath } from '../i18n/paths';
import type { Locale } from '../site.config';

/** One page Lighthouse audits: a label for the table and its site path. */
export interface AuditPage {
  label: string;
  path: string;
}

/** The entries standing for their templates (real entries, not examples). */
export interface AuditEntries {
  city: string;
  story: string;
  event: string;
}

/**
 * The key templates of one language, as the issue "Visitors" lists them: home, a city, a story, an event, the offers
 * index and the search page.
 * @example auditPages('pl', { city: 'gliwice', story: 's', event: 'e' })[0] // { label: 'pl home', path: '/pl/' }
 */
export function auditPages(locale: Locale, entries: AuditEntries): AuditPage[] {
  return [
    { label: `${locale} home`, path: homePath(locale) },
    { label: `${locale} city`, path: entryPath(locale, 'cities', entries.city) },
    { label: `${locale} story`, path: entryPath(locale, 'stories', entries.story) },
    { label: `${locale} event`, path: entryPath(locale, 'events', entries.event) },
    { label: `${locale} offers`, path: sectionPath(locale, 'offers') },
    { label: `${locale} search`, path: sectionPath(locale, 'search') },
  ];
}

/** What this script reads of a Lighthouse result (`lhr`). */
export interface LighthouseResult {
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>;
  audits: Record<string, { numericValue?: number | undefined }>;
}

export interface AuditRow extends AuditPage {
  /** Performance, accessibility, best practices, SEO: 0–100, median over the runs; `–` when Lighthouse gave none. */
  scores: (number | '–')[];
  /** Bytes transferred on load, in kB (median). */
  kB: number;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * The median of each score and of the transferred bytes over several runs of one page.
 * @example medianReport(page, [lhr]).scores // [100, 100, 100, 100]
 */
export function medianReport(page: AuditPage, results: readonly LighthouseResult[]): AuditRow {
  if (results.length === 0) throw new Error(`${page.path}: no Lighthouse result`);
  const scores = categories.map((category) => {
    const values = results.map((result) => result.categories[category].score).filter((score): score is number => score !== null);
    return values.length === 0 ? ('–' as const) : Math.round(median(values) * 100);
  });
  const bytes = median(results.map((result) => result.audits['total-byte-weight']?.numericValue ?? 0));
  return { ...page, scores, kB: Math.round(bytes / 102.4) / 10 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
