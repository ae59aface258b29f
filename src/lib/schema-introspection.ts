import { z } from 'astro/zod';
import type { SchemaTools } from '../schemas/common';

/**
 * What the schema walkers (the scaffold's `src/lib/scaffold/schema-tree.ts`, the CMS's `src/lib/cms/schema-fields.ts`)
 * read of a zod schema's internal definition.
 */
export interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  format?: string;
  defaultValue?: unknown;
  checks?: {
    _zod: {
      def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp };
    };
  }[];
}

/** A schema's definition. @example defOf(z.string()).type // 'string' */
export const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The definitions of a schema's checks (lengths, bounds, formats). */
export const checksOf = (def: SchemaDef) => (def.checks ?? []).map((check) => check._zod.def);

/** Schema tools that mark each reference and image they make, and the marks to read back while walking. */
export interface MarkingTools {
  tools: SchemaTools;
  /** The collection a reference field points to. */
  referenceOf: (schema: z.ZodType) => string | undefined;
  isImage: (schema: z.ZodType) => boolean;
}

/**
 * Schema tools for walking a collection's schema outside Astro: `image()` and `reference()` return plain strings that
 * the walker recognises afterwards, so it can tell a city reference or an image from any text.
 * @example const { tools, referenceOf } = markingTools(); referenceOf(storySchema(tools).shape.city) // 'cities'
 */
export function markingTools(): MarkingTools {
  const references = new WeakMap<z.ZodType, string>();
  const images = new WeakSet<z.ZodType>();
  const tools = {
    image: () => {
      const schema = z.string();
      images.add(schema);
      return schema;
    },
    reference: (collection: string) => {
      const schema = z.string();
      references.set(schema, collection);
      return schema;
    },
  } as unknown as SchemaTools;
  return { tools, referenceOf: (schema) => references.get(schema), isImage: (schema) => images.has(schema) };
}

/**
 * The schema a wrapper stands for, one level in: optional, default and nullable wrap their inner type, a pipe its input;
 * `undefined` for a schema that wraps none. The walkers look through one level at a time, so that a wrapped schema they
 * know by identity (`dateSchema.optional()`) is still recognised once unwrapped.
 * @example wrappedSchema(defOf(z.string().optional()))?.type // 'string'
 */
export function wrappedSchema(def: SchemaDef): z.ZodType | undefined {
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return def.innerType;
    case 'pipe':
      return def.in;
    default:
      return undefined;
  }
}

/** Whether the data must state a field: it is neither optional nor has a default. @example isRequired(z.number().default(0)) // false */
export function isRequired(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type !== 'optional' && type !== 'default';
}

/** One field of an object schema and its comment key. */
export interface ObjectField {
  name: string;
  /** The field's comment key: its name under the prefix (`impact.jobs`, `shared.source.title`). */
  key: string;
  schema: z.ZodType;
}

/**
 * The fields of an object schema in schema order, each with its comment key under `prefix` (none for `''`).
 * @example objectFields(z.object({ jobs: z.number() }), 'impact')[0].key // 'impact.jobs'
 */
export function objectFields(schema: z.ZodType, prefix: string): ObjectField[] {
  return Object.entries(defOf(schema).shape ?? {}).map(([name, child]) => ({
    name,
    key: prefix ? `${prefix}.${name}` : name,
    schema: child,
  }));
}
