import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { citySchema, cityTextSchema } from '../../src/schemas/city';
import { eventSchema as eventFactsSchema, eventTextSchema } from '../../src/schemas/event';
import { plainTools } from '../../src/lib/validation/schema-tools';
import { offerSchema } from '../../src/schemas/offer';
import { pageTextSchema } from '../../src/schemas/page';
import { partnerSchema } from '../../src/schemas/partner';
import { storySchema, storyTextSchema } from '../../src/schemas/story';

/** In unit tests an image is its file name and a reference its id; the build resolves real files. */
const context = plainTools;
const eventSchema = eventFactsSchema(plainTools);

const source = { title: 'GUS – Bank Danych Lokalnych', url: 'https://bdl.stat.gov.pl/' };
const validCity = {
  name: 'Gliwice',
  memberSince: 2005,
  portal: 'https://gliwice.eu/',
  bip: 'https://bip.gliwice.eu/',
  location: { lat: 50.283, lon: 18.667 },
  population: { value: 177049, asOf: '2020-12-31', source },
  area: { value: 133.88, asOf: '2020-12-31', source },
  cityWithCountyRights: true,
  emblem: { src: 'herb.svg', alt: { pl: 'Herb Gliwic' } },
  updated: '2026-11-27',
};
const validStory = {
  date: '2020-01-14',
  published: '2026-11-27',
  cities: ['katowice'],
  partners: [{ partner: 'gig', role: 'science' }],
  topics: ['research-infrastructure'],
  cover: { src: 'cover.jpg', alt: { pl: 'Laboratorium' } },
};
const validEvent = { kind: 'conference', start: new Date('2006-05-29'), attendance: 'inPerson', city: 'gliwice' };
const validOffer = {
  city: 'rybnik',
  kind: 'brownfield',
  status: 'available',
  location: { lat: 50.1, lon: 18.55 },
  areaHa: 4.2,
  zoning: { localPlan: 'adopted', symbols: ['P/U'] },
  miningAreaCategory: 'II',
  ownership: 'municipal',
  transaction: ['sale'],
  pricePlnPerM2: 'negotiable',
  utilities: { electricity: { availability: 'onSite' } },
  lastVerified: '2026-10-01',
  example: true,
};
const validPartner = { name: 'Politechnika Śląska', sector: 'science', city: 'gliwice', founding: true };
const validText = { title: 'Gliwice', summary: 'Miasto Politechniki Śląskiej i instytutów badawczych.' };

/** The dotted paths of the fields a parse complains about. */
function failingFields(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success, 'expected the fixture to be rejected').toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('valid fixtures pass', () => {
  it.each([
    ['city', citySchema(context), validCity],
    ['story', storySchema(context), validStory],
    ['event', eventSchema, validEvent],
    ['offer', offerSchema(context), validOffer],
    ['partner', partnerSchema(context), validPartner],
    ['city text', cityTextSchema, { ...validText, fields: { rd: 'Politechnika.' } }],
    ['story text', storyTextSchema, { ...validText, problem: 'P', solution: 'S', result: 'R' }],
    ['event text', eventTextSchema, { ...validText, agenda: ['10:00 Otwarcie'] }],
    ['page text', pageTextSchema, { ...validText, translatedFrom: { locale: 'pl', hash: '0123abcd' } }],
  ])('%s', (_name, schema, value) => {
    const result = (schema as z.ZodType).safeParse(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('invalid fixtures fail on the field at fault', () => {
  it.each([
    ['a city without a portal', citySchema(context), { ...validCity, portal: undefined }, 'portal'],
    ['a portal that is not a URL', citySchema(context), { ...validCity, portal: 'gliwice.eu' }, 'portal'],
    ['a population without its date', citySchema(context), { ...validCity, population: { value: 1, source } }, 'population.asOf'],
    ['a latitude off the globe', citySchema(context), { ...validCity, location: { lat: 95, lon: 18 } }, 'location.lat'],
    ['an emblem without alt text', citySchema(context), { ...validCity, emblem: { src: 'herb.svg' } }, 'emblem.alt'],
    [
      'alt text without the default language',
      citySchema(context),
      { ...validCity, emblem: { src: 'h.svg', alt: { en: 'Arms' } } },
      'emblem.alt.pl',
    ],
    ['a field the schema does not know', citySchema(context), { ...validCity, mayor: 'X' }, ''],
    ['a story without a city', storySchema(context), { ...validStory, cities: [] }, 'cities'],
    ['a topic outside the vocabulary', storySchema(context), { ...validStory, topics: ['fracking'] }, 'topics.0'],
    [
      'a partner role outside the sectors',
      storySchema(context),
      { ...validStory, partners: [{ partner: 'gig', role: 'sponsor' }] },
      'partners.0.role',
    ],
    ['a TRL above 9', storySchema(context), { ...validStory, impact: { trlAfter: 10 } }, 'impact.trlAfter'],
    ['an event kind outside the list', eventSchema, { ...validEvent, kind: 'party' }, 'kind'],
    ['an event time without quotes (parsed as UTC)', eventSchema, { ...validEvent, start: new Date('2026-03-10T10:00:00Z') }, 'start'],
    ['an event time in the wrong format', eventSchema, { ...validEvent, start: '10.03.2026' }, 'start'],
    ['an event ending before it starts', eventSchema, { ...validEvent, end: '2006-05-28' }, 'end'],
    [
      'an offer without a mining-area category',
      offerSchema(context),
      { ...validOffer, miningAreaCategory: undefined },
      'miningAreaCategory',
    ],
    ['an offer with a price in words', offerSchema(context), { ...validOffer, pricePlnPerM2: 'cheap' }, 'pricePlnPerM2'],
    ['an offer never verified', offerSchema(context), { ...validOffer, lastVerified: undefined }, 'lastVerified'],
    [
      'a utility with an unknown availability',
      offerSchema(context),
      { ...validOffer, utilities: { gas: { availability: 'maybe' } } },
      'utilities.gas.availability',
    ],
    ['a partner with no sector', partnerSchema(context), { ...validPartner, sector: undefined }, 'sector'],
    ['a text without a summary', cityTextSchema, { title: 'Gliwice' }, 'summary'],
    ['a translation carrying a fact', cityTextSchema, { ...validText, population: 1 }, ''],
    ['a bad translation hash', pageTextSchema, { ...validText, translatedFrom: { locale: 'pl', hash: 'xyz' } }, 'translatedFrom.hash'],
  ])('%s', (_name, schema, value, field) => {
    expect(failingFields(schema as z.ZodType, value)).toContain(field);
  });

  it('explains what is expected', () => {
    const result = citySchema(context).safeParse({ ...validCity, portal: 'gliwice.eu' });
    expect(result.error?.issues[0]?.message).toBe('“gliwice.eu” is not a web address → write the full address, starting with https://');
    const time = eventSchema.safeParse({ ...validEvent, start: '10.03.2026' });
    expect(time.error?.issues[0]?.message).toBe(
      '“10.03.2026” is neither a date (YYYY-MM-DD) nor a local time (YYYY-MM-DDTHH:MM, Warsaw time) → write 2026-03-10',
    );
  });
});

describe('event dates', () => {
  it('keeps date-only events as dates and local times as given', () => {
    expect(eventSchema.parse(validEvent).start).toEqual({ date: '2006-05-29' });
    expect(eventSchema.parse({ ...validEvent, start: '2026-03-10T10:00' }).start).toEqual({ date: '2026-03-10', time: '10:00' });
  });
});
