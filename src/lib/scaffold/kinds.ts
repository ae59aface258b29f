import type { z } from 'astro/zod';
import { documentSchema } from '../../schemas/document';
import { eventSchema, eventTextSchema } from '../../schemas/event';
import type { MessageLanguage } from '../../schemas/messages';
import { offerSchema, offerTextSchema } from '../../schemas/offer';
import { pageTextSchema } from '../../schemas/page';
import { partnerSchema, partnerTextSchema } from '../../schemas/partner';
import { storySchema, storyTextSchema } from '../../schemas/story';
import { scaffoldTools } from './schema-tree';

/** What `npm run new` can add. */
export const kindNames = ['story', 'event', 'offer', 'partner', 'document', 'page'] as const;
export type KindName = (typeof kindNames)[number];

/** One kind of entry: where it goes, its schemas, and which facts the questions fill in. */
export interface ScaffoldKind {
  /** Folder under `content/`. */
  collection: string;
  /** The facts file, or none (free pages). */
  factsFile?: string;
  facts?: z.ZodType;
  /** Schema of each `<locale>.md`, or none (documents). */
  text?: z.ZodType;
  /** The facts field the city answer goes into (a list field takes it as its one item). */
  cityField?: string;
  /** The facts field the date answer goes into, and whether a time of day is allowed. */
  dateField?: { name: string; time: boolean };
  /** The facts field the title answer also goes into (a partner's name, a document's Polish title). */
  titleField?: string;
  /** What it is called, for the questions. */
  label: Record<MessageLanguage, string>;
}

export const scaffoldKinds: Record<KindName, ScaffoldKind> = {
  story: {
    collection: 'stories',
    factsFile: 'story.yaml',
    facts: storySchema(scaffoldTools),
    text: storyTextSchema,
    cityField: 'cities',
    dateField: { name: 'date', time: false },
    label: { pl: 'historia sukcesu', en: 'success story' },
  },
  event: {
    collection: 'events',
    factsFile: 'event.yaml',
    facts: eventSchema(scaffoldTools),
    text: eventTextSchema,
    cityField: 'city',
    dateField: { name: 'start', time: true },
    label: { pl: 'wydarzenie', en: 'event' },
  },
  offer: {
    collection: 'offers',
    factsFile: 'offer.yaml',
    facts: offerSchema(scaffoldTools),
    text: offerTextSchema,
    cityField: 'city',
    dateField: { name: 'lastVerified', time: false },
    label: { pl: 'oferta inwestycyjna', en: 'investment offer' },
  },
  partner: {
    collection: 'partners',
    factsFile: 'partner.yaml',
    facts: partnerSchema(scaffoldTools),
    text: partnerTextSchema,
    cityField: 'city',
    titleField: 'name',
    label: { pl: 'partner', en: 'partner' },
  },
  document: {
    collection: 'documents',
    factsFile: 'document.yaml',
    facts: documentSchema,
    dateField: { name: 'published', time: false },
    titleField: 'title',
    label: { pl: 'dokument (broszura, prezentacja)', en: 'document (brochure, presentation)' },
  },
  page: {
    collection: 'pages',
    text: pageTextSchema,
    label: { pl: 'strona opisowa', en: 'free page' },
  },
};
