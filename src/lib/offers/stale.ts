/** How long an offer's facts stay current after they were last verified with the owner (DESIGN §3). */
export const staleAfterMonths = 6;

/**
 * A calendar date `months` later, in UTC, clamped to the end of a shorter month.
 * @example addMonthsUtc(new Date('2025-08-31'), 6).toISOString().slice(0, 10) // '2026-02-28'
 */
export function addMonthsUtc(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** The calendar day of a date in UTC, as a sortable number (YYYYMMDD). */
function dayNumber(date: Date): number {
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/**
 * True when an offer was last verified more than six months before `asOf` (the build date),
 * compared by calendar day: verified on 1 Dec, it is still current on 1 Jun and stale from 2 Jun.
 * @example isStale(new Date('2025-11-30'), new Date('2026-06-01T12:00:00Z')) // true
 */
export function isStale(lastVerified: Date, asOf: Date): boolean {
  return dayNumber(asOf) > dayNumber(addMonthsUtc(lastVerified, staleAfterMonths));
}

/** An offer as far as staleness goes. */
interface VerifiedOffer {
  slug: string;
  facts: { data: { lastVerified: Date } };
}

/**
 * The stale offers as of `asOf` that have waited longest for verification, oldest first (ties by slug), at most
 * `limit` of them, and how many stale offers that leaves out.
 * @example longestStale(offers, new Date('2026-06-01'), 30) // { shown: [the 30 verified longest ago], more: 4 }
 */
export function longestStale<O extends VerifiedOffer>(offers: readonly O[], asOf: Date, limit: number): { shown: O[]; more: number } {
  const stale = offers
    .filter((offer) => isStale(offer.facts.data.lastVerified, asOf))
    .sort((a, b) => a.facts.data.lastVerified.getTime() - b.facts.data.lastVerified.getTime() || a.slug.localeCompare(b.slug));
  return { shown: stale.slice(0, limit), more: Math.max(0, stale.length - limit) };
}
