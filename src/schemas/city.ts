import { z } from 'astro/zod';
import { institutionKinds } from '../data/vocabularies';
import {
  contactSchema,
  geoPointSchema,
  lineSchema,
  localizedStringSchema,
  sourceSchema,
  translationBase,
  urlSchema,
  yearSchema,
  dateSchema,
  type SchemaTools,
} from './common';
import { message } from './messages';

/** A statistic with the date it describes and where it comes from. */
const statisticSchema = z.strictObject({
  value: z.number().positive(),
  /** The date the figure describes (e.g. 2024-06-30 for a mid-year GUS estimate). */
  asOf: dateSchema,
  source: sourceSchema,
});

/** A strategy document with a link, if the city publishes one. */
const strategySchema = z.strictObject({
  /** The document's title in Polish, as the city publishes it. */
  title: lineSchema(3, 300),
  url: urlSchema,
  /** Year adopted or the period it covers, e.g. "2021–2030". */
  period: z.string().optional(),
});

/** Facts about one member city: `content/cities/<slug>/city.yaml`. */
export const citySchema = ({ image }: Pick<SchemaTools, 'image'>) =>
  z.strictObject({
    /** Official Polish name, e.g. "Jastrzębie-Zdrój". */
    name: lineSchema(2, 100),
    /** Year the city joined the cluster. */
    memberSince: yearSchema,
    /** The city's official portal (home page). */
    portal: urlSchema,
    /** The city's Public Information Bulletin (BIP). */
    bip: urlSchema,
    /** The portal address the 2006 talk listed, kept for history. */
    portal2006: z.string().optional(),
    location: geoPointSchema.extend({ source: sourceSchema.optional() }),
    population: statisticSchema,
    /** Area in km². */
    area: statisticSchema,
    /** True for a city with county rights (miasto na prawach powiatu). */
    cityWithCountyRights: z.boolean(),
    /** Coat of arms, when the editors ship the file; with alt text in each language. */
    emblem: z.strictObject({ src: image(), alt: localizedStringSchema }).optional(),
    investorContact: contactSchema.optional(),
    /** Special economic zone and subzone, e.g. { zone: "Katowicka SSE", subzone: "gliwicka" }. */
    economicZone: z.strictObject({ zone: z.string(), subzone: z.string().optional(), source: sourceSchema.optional() }).optional(),
    /** Universities and research bodies in the city, official Polish names. */
    institutions: z
      .array(
        z.strictObject({
          name: lineSchema(3, 200),
          kind: z.enum(institutionKinds),
          url: urlSchema.optional(),
          /** Extra context in each language, e.g. "branch campus". */
          note: localizedStringSchema.optional(),
        }),
      )
      .default([]),
    /** The three strategy levels named by the 2006 talk; each only when its document is known. */
    strategies: z
      .strictObject({
        development: strategySchema.optional(),
        education: strategySchema.optional(),
        entrepreneurship: strategySchema.optional(),
      })
      .default({}),
    /** Partner (twin) cities abroad, with ISO 3166 country codes. */
    partnerCities: z
      .array(
        z.strictObject({
          /** The city's own name, as its country writes it. */
          name: lineSchema(2, 100),
          /** Its name in the site's languages where they have one of their own (Köln: Kolonia, Cologne, Kolín nad Rýnem): all four, or none. */
          names: localizedStringSchema.optional(),
          country: z.string().regex(/^[A-Z]{2}$/, { error: (issue) => message('countryCode', { value: String(issue.input) }) }),
        }),
      )
      .default([]),
    /** Sources for everything above not cited field by field. */
    sources: z.array(sourceSchema).default([]),
    /** When the facts were last checked. */
    updated: dateSchema,
  });

/** Text of a city page in one language: `content/cities/<slug>/<locale>.md(x)`; the body is the main text. */
export const cityTextSchema = z.strictObject({
  ...translationBase,
  /** The city's fields of action in the cluster (DESIGN §1): a paragraph each, where known. */
  fields: z
    .strictObject({
      rd: z.string().optional(),
      environment: z.string().optional(),
      humanCapital: z.string().optional(),
    })
    .default({}),
});

export type CityData = z.infer<ReturnType<typeof citySchema>>;
export type CityText = z.infer<typeof cityTextSchema>;
