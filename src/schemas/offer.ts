import { z } from 'astro/zod';
import {
  localPlanStatuses,
  miningAreaCategories,
  offerKinds,
  offerStatuses,
  ownershipTypes,
  transactionTypes,
  utilityAvailability,
  utilityKinds,
} from '../data/vocabularies';
import {
  contactSchema,
  dateSchema,
  geoPointSchema,
  lineSchema,
  localizedStringSchema,
  sourceSchema,
  translationBase,
  urlSchema,
  type SchemaTools,
} from './common';

/** One utility: whether it is on site, how far away otherwise, and its capacity where known. */
const utilitySchema = z.strictObject({
  availability: z.enum(utilityAvailability),
  distanceM: z.number().min(0).optional(),
  capacity: z.string().optional(),
});

/** Facts of one investment offer: `content/offers/<slug>/offer.yaml`. */
export const offerSchema = ({ image, reference }: SchemaTools) =>
  z.strictObject({
    city: reference('cities'),
    kind: z.enum(offerKinds),
    status: z.enum(offerStatuses),
    address: lineSchema(3, 200).optional(),
    parcels: z.array(z.string()).default([]),
    location: geoPointSchema,
    /** Total area in hectares and the largest single plot. */
    areaHa: z.number().positive(),
    largestPlotHa: z.number().positive().optional(),
    /** Floor area in m² for halls, offices and labs. */
    floorAreaM2: z.number().positive().optional(),
    zoning: z.strictObject({ localPlan: z.enum(localPlanStatuses), symbols: z.array(z.string()).default([]) }),
    /** Mining-damage risk category of the ground (a Silesian must). */
    miningAreaCategory: z.enum(miningAreaCategories),
    currentUse: localizedStringSchema.optional(),
    previousUse: localizedStringSchema.optional(),
    ownership: z.enum(ownershipTypes),
    legalStatus: localizedStringSchema.optional(),
    transaction: z.array(z.enum(transactionTypes)).min(1),
    /** Net price in PLN per m², or "negotiable". */
    pricePlnPerM2: z.union([z.number().positive(), z.literal('negotiable')]),
    economicZone: z
      .strictObject({ inZone: z.boolean(), subzone: z.string().optional(), incentives: localizedStringSchema.optional() })
      .optional(),
    utilities: z.partialRecord(z.enum(utilityKinds), utilitySchema).default({}),
    /** Distances in km. */
    distancesKm: z
      .strictObject({
        motorwayJunction: z.strictObject({ name: z.string(), km: z.number().min(0) }).optional(),
        airportKatowice: z.number().min(0).optional(),
        railStation: z.number().min(0).optional(),
        nearestCityCentre: z.number().min(0).optional(),
      })
      .default({}),
    contact: contactSchema.optional(),
    images: z.array(z.strictObject({ src: image(), alt: localizedStringSchema })).default([]),
    attachments: z.array(z.strictObject({ title: localizedStringSchema, url: urlSchema })).default([]),
    /** Id of the offer in the national investment-offer database, where there is one. */
    nationalDatabaseId: z.string().optional(),
    /** When the offer's facts were last confirmed with its owner. */
    lastVerified: dateSchema,
    sources: z.array(sourceSchema).default([]),
    example: z.boolean().default(false),
    draft: z.boolean().default(false),
    updated: dateSchema.optional(),
  });

/** Text of an offer in one language: `content/offers/<slug>/<locale>.md(x)`. */
export const offerTextSchema = z.strictObject({ ...translationBase });
