/**
 * Registers the content collections. Schemas live in `src/schemas/`, one module per concept.
 *
 * Layout (DESIGN §3): one folder per entry, e.g. `content/cities/gliwice/`, holding
 * - `city.yaml`: the language-neutral facts, stated once (collection `cities`, id `gliwice`);
 * - `pl.md`, `en.md`, …: the text in each language (collection `cityTexts`, ids `gliwice/pl`, …);
 * - images beside them.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxNotAllowedMessage } from './lib/markdown/mdx-policy';
import { localeCodes } from './site.config';
import { citySchema, cityTextSchema } from './schemas/city';
import type { SchemaTools } from './schemas/common';
import { documentSchema } from './schemas/document';
import { eventSchema, eventTextSchema } from './schemas/event';
import { offerSchema, offerTextSchema } from './schemas/offer';
import { pageTextSchema } from './schemas/page';
import { partnerSchema, partnerTextSchema } from './schemas/partner';
import { storySchema, storyTextSchema } from './schemas/story';

const locales = `{${localeCodes.join(',')}}`;

/** Facts: `content/<folder>/<slug>/<file>.yaml`, id = the entry's folder name. */
function facts(folder: string, file: string) {
  return glob({ base: `./content/${folder}`, pattern: `*/${file}.yaml`, generateId: ({ entry }) => entry.split('/')[0]! });
}

/**
 * Texts: `content/<folder>/<slug>/<locale>.md`, id = `<slug>/<locale>`. Only free pages may also be MDX (`.mdx`,
 * held to the registered content components by src/lib/markdown/mdx-policy.ts); an `.mdx` file in any other
 * collection stops the build with a message saying so.
 */
function texts(folder: string, { mdx = false } = {}) {
  return glob({
    base: `./content/${folder}`,
    pattern: `*/${locales}.{md,mdx}`,
    generateId: ({ entry }) => {
      if (!mdx && entry.endsWith('.mdx')) throw new Error(mdxNotAllowedMessage(`content/${folder}/${entry}`));
      return entry.replace(/\.mdx?$/, '');
    },
  });
}

/** Astro's `image()` and `reference()` for the schemas (`npm run validate` passes stand-ins of its own). */
const tools = (context: SchemaContext): SchemaTools => ({ ...context, reference });

export const collections = {
  cities: defineCollection({ loader: facts('cities', 'city'), schema: (context) => citySchema(tools(context)) }),
  cityTexts: defineCollection({ loader: texts('cities'), schema: cityTextSchema }),
  stories: defineCollection({ loader: facts('stories', 'story'), schema: (context) => storySchema(tools(context)) }),
  storyTexts: defineCollection({ loader: texts('stories'), schema: storyTextSchema }),
  events: defineCollection({ loader: facts('events', 'event'), schema: eventSchema({ reference }) }),
  eventTexts: defineCollection({ loader: texts('events'), schema: eventTextSchema }),
  offers: defineCollection({ loader: facts('offers', 'offer'), schema: (context) => offerSchema(tools(context)) }),
  offerTexts: defineCollection({ loader: texts('offers'), schema: offerTextSchema }),
  partners: defineCollection({ loader: facts('partners', 'partner'), schema: (context) => partnerSchema(tools(context)) }),
  partnerTexts: defineCollection({ loader: texts('partners'), schema: partnerTextSchema }),
  pages: defineCollection({ loader: texts('pages', { mdx: true }), schema: pageTextSchema }),
  documents: defineCollection({ loader: facts('documents', 'document'), schema: documentSchema }),
};
