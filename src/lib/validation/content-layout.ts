import type { z } from 'astro/zod';
import { citySchema, cityTextSchema } from '../../schemas/city';
import type { SchemaTools } from '../../schemas/common';
import { documentSchema } from '../../schemas/document';
import { eventSchema, eventTextSchema } from '../../schemas/event';
import { offerSchema, offerTextSchema } from '../../schemas/offer';
import { pageTextSchema } from '../../schemas/page';
import { partnerSchema, partnerTextSchema } from '../../schemas/partner';
import { storySchema, storyTextSchema } from '../../schemas/story';

/** How one folder of `content/` is laid out (the same layout `src/content.config.ts` registers with Astro). */
export interface FolderLayout {
  /** Folder under `content/`. */
  folder: string;
  /** The facts file of each entry, or none (free pages are text only). */
  factsFile?: string | undefined;
  factsSchema?: ((tools: SchemaTools) => z.ZodType) | undefined;
  /** Schema of each `<locale>.md` text; none for documents. */
  textSchema?: z.ZodType | undefined;
  /** Whether texts may be MDX (DESIGN §10: free pages only). */
  mdx: boolean;
  /** Entry folders are named after section keys (free pages) rather than `lowercase-with-hyphens`. */
  sectionFolders?: boolean;
}

export const contentLayout: readonly FolderLayout[] = [
  { folder: 'cities', factsFile: 'city.yaml', factsSchema: citySchema, textSchema: cityTextSchema, mdx: false },
  { folder: 'stories', factsFile: 'story.yaml', factsSchema: storySchema, textSchema: storyTextSchema, mdx: false },
  { folder: 'events', factsFile: 'event.yaml', factsSchema: eventSchema, textSchema: eventTextSchema, mdx: false },
  { folder: 'offers', factsFile: 'offer.yaml', factsSchema: offerSchema, textSchema: offerTextSchema, mdx: false },
  { folder: 'partners', factsFile: 'partner.yaml', factsSchema: partnerSchema, textSchema: partnerTextSchema, mdx: false },
  { folder: 'documents', factsFile: 'document.yaml', factsSchema: () => documentSchema, mdx: false },
  { folder: 'pages', textSchema: pageTextSchema, mdx: true, sectionFolders: true },
];

/** File types that may sit next to an entry's texts (images, and documents' own files). */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'svg', 'gif'] as const;
