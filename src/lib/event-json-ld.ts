import type { z } from 'astro/zod';
import type { eventSchema } from '../schemas/event';
import { isoLocal } from './warsaw-time';

type EventData = z.output<ReturnType<typeof eventSchema>>;

/** JSON-LD objects are plain data: schema.org types with absolute URLs. */
export type JsonLdObject = Record<string, unknown>;

export interface EventJsonLdInput {
  data: Pick<
    EventData,
    | 'start'
    | 'end'
    | 'status'
    | 'previousStart'
    | 'attendance'
    | 'venue'
    | 'organisers'
    | 'speakers'
    | 'languages'
    | 'pricePln'
    | 'registration'
  >;
  name: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** The city, named in the page's language, when the event has one. */
  cityName?: string | undefined;
}

const statuses = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' } as const;
const modes = { inPerson: 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', mixed: 'MixedEventAttendanceMode' } as const;

/** Drop undefined values and empty arrays, so a block carries only what is known. */
function compact(object: JsonLdObject): JsonLdObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

/** Where the event happens: a Place (with address and coordinates where known), a VirtualLocation, or both. */
function location(input: EventJsonLdInput): JsonLdObject | JsonLdObject[] | undefined {
  const { data, cityName } = input;
  const place =
    data.venue || cityName
      ? compact({
          '@type': 'Place',
          name: data.venue?.name ?? cityName,
          address: compact({
            '@type': 'PostalAddress',
            streetAddress: data.venue?.address,
            addressLocality: cityName,
            addressCountry: 'PL',
          }),
          geo: data.venue?.location && { '@type': 'GeoCoordinates', latitude: data.venue.location.lat, longitude: data.venue.location.lon },
        })
      : undefined;
  const virtual = compact({ '@type': 'VirtualLocation', url: data.registration?.url ?? input.url });
  if (data.attendance === 'online') return virtual;
  if (data.attendance === 'mixed') return place ? [place, virtual] : virtual;
  return place;
}

/**
 * A schema.org `Event`: dates as ISO 8601 with the Warsaw offset for timed events (date only for all-day ones),
 * status, attendance mode, place, organisers, speakers, languages and price where known. Pages pass nothing
 * for example entries (DESIGN §9).
 * @example eventJsonLd({ data, name: 'Future EU Energy Mix', description: '…', url }).startDate // '2006-05-29'
 */
export function eventJsonLd(input: EventJsonLdInput): JsonLdObject {
  const { data } = input;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    description: input.description,
    url: input.url,
    startDate: isoLocal(data.start),
    endDate: data.end ? isoLocal(data.end) : undefined,
    previousStartDate: data.status === 'postponed' && data.previousStart ? isoLocal(data.previousStart) : undefined,
    eventStatus: `https://schema.org/${statuses[data.status]}`,
    eventAttendanceMode: `https://schema.org/${modes[data.attendance]}`,
    location: location(input),
    organizer: data.organisers.map((organiser) => ({ '@type': 'Organization', name: organiser.name })),
    performer: data.speakers.map((speaker) =>
      compact({
        '@type': 'Person',
        name: speaker.name,
        affiliation: speaker.affiliation && { '@type': 'Organization', name: speaker.affiliation },
      }),
    ),
    inLanguage: data.languages.length === 1 ? data.languages[0] : data.languages,
    isAccessibleForFree: data.pricePln === undefined ? undefined : data.pricePln === 0,
    offers:
      data.pricePln === undefined
        ? undefined
        : compact({
            '@type': 'Offer',
            price: data.pricePln,
            priceCurrency: 'PLN',
            url: data.registration?.url ?? input.url,
            validThrough: data.registration?.deadline?.toISOString().slice(0, 10),
          }),
  });
}
