import { describe, expect, it } from 'vitest';
import { newestItems } from '../../src/lib/queries/feed-input';
import { calendarWindow, eventsTimeline, type EventLike } from '../../src/lib/queries/events';
import { countByCity } from '../../src/lib/queries/map-points';

const event = (slug: string, start: string, end?: string): EventLike => ({
  slug,
  facts: { data: { start: { date: start }, ...(end ? { end: { date: end } } : {}) } },
});
const asOf = new Date('2026-06-01T12:00:00Z');

describe('feeds carry the newest items only', () => {
  it('keeps the newest n, newest first, ties in a stable order', () => {
    const items = Array.from({ length: 50 }, (_, index) => ({
      url: `https://x/${String(index).padStart(2, '0')}`,
      date: new Date(2000, 0, 1 + index),
    }));
    const newest = newestItems(items, 30);
    expect(newest).toHaveLength(30);
    expect(newest[0]!.url).toBe('https://x/49');
    expect(newest[29]!.url).toBe('https://x/20');
    const tied = [
      { url: 'https://x/b', date: new Date(0) },
      { url: 'https://x/a', date: new Date(0) },
    ];
    expect(newestItems(tied, 1).map((item) => item.url)).toStrictEqual(['https://x/a']);
    expect(newestItems(items, 0)).toStrictEqual([]);
  });
});

describe('the events list and the calendars', () => {
  const events = [
    event('old', '2005-05-30'),
    event('last-spring', '2025-05-30'),
    event('year-ago', '2025-05-31'),
    event('long-one', '2025-05-20', '2025-06-02'),
    event('recent', '2026-03-01'),
    event('today', '2026-06-01'),
    event('next', '2026-09-01'),
  ];

  it('orders the list upcoming soonest first, then past most recent first', () => {
    expect(eventsTimeline(events, asOf).map((e) => e.slug)).toStrictEqual([
      'today',
      'next',
      'recent',
      'year-ago',
      'last-spring',
      'long-one',
      'old',
    ]);
  });

  it('keeps in calendars upcoming events and those whose last day is within the window, earliest first', () => {
    expect(calendarWindow(events, asOf, 366).map((e) => e.slug)).toStrictEqual(['long-one', 'year-ago', 'recent', 'today', 'next']);
    expect(calendarWindow(events, asOf, 0).map((e) => e.slug)).toStrictEqual(['today', 'next']);
  });
});

describe('map markers per city', () => {
  it('counts offers per city in the cities’ order, unknown cities last', () => {
    const offer = (city: string) => ({ facts: { data: { city: { id: city } } } });
    const counts = countByCity([offer('rybnik'), offer('gliwice'), offer('rybnik'), offer('zabrze'), offer('katowice')]);
    expect([...counts]).toStrictEqual([
      ['katowice', 1],
      ['gliwice', 1],
      ['rybnik', 2],
      ['zabrze', 1],
    ]);
  });
});
