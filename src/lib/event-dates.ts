import { translate } from '../i18n/translate';
import { locales, type Locale } from '../site.config';
import { eventTimeZone, localParts, warsawInstant, type LocalDateTime } from './warsaw-time';
import { dateTimeFormat } from './intl-cache';

/** How an event's date (and time) reads in one language. */
export interface EventWhen {
  /** The date or date range, with times for a timed event, e.g. "22 April 2027, 09:30–15:00". */
  text: string;
  /** For a timed event: the zone's abbreviation at its start in the reader's language (CET/CEST, MEZ/MESZ, SEČ/SELČ). */
  zone?: string | undefined;
}

/** A date-only value as a UTC midnight, so that formatting in UTC keeps the day it names. */
function utcDay(value: LocalDateTime): Date {
  const { year, month, day } = localParts(value);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * An event's date, or dates and times, in the reader's language: a date-only event shows dates alone
 * (29 May 2006 stays 29 May wherever the site is built); a timed event shows Europe/Warsaw times and names the zone.
 * A start and end written differently (one with a time, one without) read as dates alone.
 * @example eventWhen({ date: '2009-04-15' }, { date: '2009-04-17' }, 'en').text // '15 – 17 April 2009'
 */
export function eventWhen(start: LocalDateTime, end: LocalDateTime | undefined, locale: Locale): EventWhen {
  // Lists, cards, calendars and the event's own page all ask for the same few thousand values: format each once.
  const key = `${locale} ${start.date} ${start.time ?? ''} ${end?.date ?? ''} ${end?.time ?? ''}`;
  let when = formatted.get(key);
  if (!when) formatted.set(key, (when = formatWhen(start, end, locale)));
  return { ...when };
}

/** `eventWhen` results by locale and values. */
const formatted = new Map<string, EventWhen>();

function formatWhen(start: LocalDateTime, end: LocalDateTime | undefined, locale: Locale): EventWhen {
  const intl = locales[locale].intl;
  const timed = Boolean(start.time) && (!end || Boolean(end.time));
  if (!timed) {
    const format = dateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
    const text =
      !end || end.date === start.date ? format.format(utcDay(start)) : format.formatRange(utcDay(start), utcDay({ date: end.date }));
    return { text };
  }
  const format = dateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone: eventTimeZone });
  const from = warsawInstant(start);
  const text = end ? format.formatRange(from, warsawInstant(end)) : format.format(from);
  const zone = dateTimeFormat(intl, { timeZone: eventTimeZone, timeZoneName: 'short' })
    .formatToParts(from)
    .find((part) => part.type === 'timeZoneName')?.value;
  return { text, zone };
}

/**
 * `eventWhen` as one phrase: for a timed event the time is followed by the zone, in the reader's language.
 * @example eventWhenLabel({ date: '2027-02-16', time: '10:00' }, undefined, 'en') // '16 February 2027 at 10:00 Polish time (CET)'
 */
export function eventWhenLabel(start: LocalDateTime, end: LocalDateTime | undefined, locale: Locale): string {
  const when = eventWhen(start, end, locale);
  return when.zone ? translate(locale, 'events.localTime', { time: when.text, zone: when.zone }) : when.text;
}
