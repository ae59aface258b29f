import { z } from 'astro/zod';
import { partnerStatuses, sectors } from '../data/vocabularies';
import {
  dateSchema,
  lineSchema,
  localizedStringSchema,
  sourceSchema,
  translationBase,
  urlSchema,
  yearSchema,
  type SchemaTools,
} from './common';

/** Facts of one partner organisation: `content/partners/<slug>/partner.yaml`. */
export const partnerSchema = ({ image, reference }: SchemaTools) =>
  z.strictObject({
    /** Official name (in its own language). */
    name: lineSchema(2, 200),
    /** Short name or acronym, e.g. "GIG-PIB". */
    shortName: lineSchema(2, 40).optional(),
    /** Names it had before, newest first, e.g. "Instytut Chemicznej Przeróbki Węgla". */
    formerNames: z.array(lineSchema(2, 200)).default([]),
    sector: z.enum(sectors),
    /** The member city it is based in, if any. */
    city: reference('cities').optional(),
    /** Its seat when that is not a member city, e.g. "Zabrze". */
    locality: lineSchema(2, 100).optional(),
    website: urlSchema.optional(),
    /** Logo, only when the content ships a file the organisation provided. */
    logo: z.strictObject({ src: image(), alt: localizedStringSchema }).optional(),
    /** A founding partner of 2005. */
    founding: z.boolean().default(false),
    joined: yearSchema.optional(),
    status: z.enum(partnerStatuses).default('active'),
    /** The organisation that took over its role, if it merged or was dissolved. */
    successor: reference('partners').optional(),
    sources: z.array(sourceSchema).default([]),
    updated: dateSchema.optional(),
  });

/** Text of a partner in one language: `content/partners/<slug>/<locale>.md(x)`; the body tells what became of it. */
export const partnerTextSchema = z.strictObject({ ...translationBase });
