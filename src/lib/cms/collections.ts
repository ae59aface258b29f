import type { z } from 'astro/zod';
import { citySchema, cityTextSchema } from '../../schemas/city';
import { documentSchema } from '../../schemas/document';
import { eventSchema, eventTextSchema } from '../../schemas/event';
import { offerSchema, offerTextSchema } from '../../schemas/offer';
import { pageTextSchema } from '../../schemas/page';
import { partnerSchema, partnerTextSchema } from '../../schemas/partner';
import { storySchema, storyTextSchema } from '../../schemas/story';
import { cmsSchemaTools } from './schema-fields';

/**
 * One kind of content as `src/content.config.ts` registers it: `content/<folder>/<slug>/<factsFile>.yaml` (the facts)
 * and `content/<folder>/<slug>/<locale>.md` (the text in each language).
 */
export interface ContentKind {
  /** Folder under `content/` (also the name of the facts collection in `src/content.config.ts`). */
  folder: string;
  /** What editors call it, in Polish (the editors are Polish city and cluster staff). */
  label: string;
  /** A short form for the CMS's narrow list of collections. */
  short: string;
  /** Name of the facts file without `.yaml`, and its schema; none for free pages. */
  facts?: { file: string; schema: z.ZodType };
  /** Schema of each `<locale>.md`; none for documents. */
  text?: { schema: z.ZodType };
  /** Whether editors may add entries (the six member cities are fixed in `src/site.config.ts`). */
  create: boolean;
  /** The facts field naming an entry in lists and pickers; the folder name where the facts have none. */
  display: string;
}

/** The content kinds in the order editors see them. */
export const contentKinds: readonly ContentKind[] = [
  {
    folder: 'stories',
    label: 'Historie sukcesu',
    short: 'Historie',
    facts: { file: 'story', schema: storySchema(cmsSchemaTools) },
    text: { schema: storyTextSchema },
    create: true,
    display: '{{slug}}',
  },
  {
    folder: 'events',
    label: 'Wydarzenia',
    short: 'Wydarzenia',
    facts: { file: 'event', schema: eventSchema(cmsSchemaTools) },
    text: { schema: eventTextSchema },
    create: true,
    display: '{{slug}}',
  },
  {
    folder: 'offers',
    label: 'Oferty inwestycyjne',
    short: 'Oferty',
    facts: { file: 'offer', schema: offerSchema(cmsSchemaTools) },
    text: { schema: offerTextSchema },
    create: true,
    display: '{{slug}}',
  },
  {
    folder: 'partners',
    label: 'Partnerzy',
    short: 'Partnerzy',
    facts: { file: 'partner', schema: partnerSchema(cmsSchemaTools) },
    text: { schema: partnerTextSchema },
    create: true,
    display: 'name',
  },
  {
    folder: 'cities',
    label: 'Miasta',
    short: 'Miasta',
    facts: { file: 'city', schema: citySchema(cmsSchemaTools) },
    text: { schema: cityTextSchema },
    create: false,
    display: 'name',
  },
  {
    folder: 'documents',
    label: 'Dokumenty',
    short: 'Dokumenty',
    facts: { file: 'document', schema: documentSchema },
    create: true,
    display: 'title.pl',
  },
  { folder: 'pages', label: 'Strony opisowe', short: 'Strony', text: { schema: pageTextSchema }, create: true, display: 'title' },
];
