/**
 * Strict reading of the dates editors write (DESIGN §10): `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` where a time of day
 * is allowed; real calendar days only, hours 00–23, minutes 00–59. A date written the Polish way (`12.05.2027`)
 * is refused with the ISO form as the suggestion, never guessed month-first.
 */

export type DateReading =
  | { ok: true; date: string; time?: string | undefined }
  | { ok: false; reason: 'format' | 'impossible' | 'time'; suggestion?: string | undefined };

const pad = (value: string | number) => String(value).padStart(2, '0');

/**
 * True when year, month and day name a day of the proleptic Gregorian calendar.
 * @example isCalendarDay(2027, 2, 30) // false
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * The ISO form of a date written another common way (day first, as in Poland), or undefined.
 * @example suggestIsoDate('12.05.2027') // '2027-05-12'
 */
export function suggestIsoDate(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const yearFirst = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(trimmed);
  const [year, month, day] = dayFirst
    ? [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!]
    : yearFirst
      ? [yearFirst[1]!, yearFirst[2]!, yearFirst[3]!]
      : [];
  if (!year || !month || !day) return undefined;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a calendar date written as `YYYY-MM-DD`.
 * @example readDate('2027-02-30') // { ok: false, reason: 'impossible' }
 */
export function readDate(text: string): DateReading {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { ok: false, reason: 'format', suggestion: suggestIsoDate(text) };
  if (!isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return { ok: false, reason: 'impossible' };
  return { ok: true, date: text };
}

/**
 * Reads a date (`YYYY-MM-DD`) or a local date and time (`YYYY-MM-DDTHH:MM`, seconds `:00` tolerated).
 * @example readDateTime('2027-05-12T25:99') // { ok: false, reason: 'time' }
 */
export function readDateTime(text: string): DateReading {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::00)?)?$/.exec(text);
  if (!match) {
    const [datePart, timePart] = text.trim().split(/[T ]+/);
    const date = datePart ? (readDate(datePart).ok ? datePart : suggestIsoDate(datePart)) : undefined;
    const time = timePart && /^\d{1,2}[:.]\d{2}$/.test(timePart) ? timePart.replace('.', ':').padStart(5, '0') : undefined;
    return { ok: false, reason: 'format', suggestion: date ? (timePart ? (time ? `"${date}T${time}"` : undefined) : date) : undefined };
  }
  const date = readDate(match[1]!);
  if (!date.ok) return date;
  if (match[2] === undefined) return { ok: true, date: match[1]! };
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return { ok: false, reason: 'time' };
  return { ok: true, date: match[1]!, time: `${match[2]}:${match[3]}` };
}

/**
 * The `YYYY-MM-DD` of a `Date` that a YAML parser made from an unquoted date (midnight UTC), or undefined when the
 * value carries a time of day (then it was not written as a plain date).
 * @example dayOfYamlDate(new Date('2027-05-12')) // '2027-05-12'
 */
export function dayOfYamlDate(value: Date): string | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : undefined;
}
