import type { z } from 'astro/zod';
import { contactSchema, dateSchema, geoPointSchema, localizedStringSchema, sourceSchema } from '../../schemas/common';
import { localDateTimeSchema } from '../../schemas/event';
import { defOf, isRequired, markingTools, objectFields, wrappedSchema } from '../schema-introspection';

/** Schemas shared by several collections: their fields are described once (`shared.*` in the comment table). */
export const sharedSchemas = { source: sourceSchema, contact: contactSchema, geoPoint: geoPointSchema } as const;
export type SharedName = keyof typeof sharedSchemas;

/** One field of a schema, as the scaffold writes it. */
export type FieldNode =
  | { type: 'object'; fields: Field[]; shared?: SharedName | undefined }
  | { type: 'array'; element: FieldNode }
  | { type: 'enum'; values: string[] }
  | { type: 'reference'; collection: string }
  | { type: 'text' | 'number' | 'boolean' | 'date' | 'datetime' | 'image' | 'localized' | 'map' | 'other' };

/** A named field: whether the entry must state it, and its comment key (`impact.jobs.value`, `partners[].role`). */
export interface Field {
  name: string;
  key: string;
  required: boolean;
  node: FieldNode;
}

const marks = markingTools();

/**
 * Schema tools that leave a mark on each reference and image, so the tree knows a city from any text.
 * @example describeSchema(storySchema(scaffoldTools)) // fields with { type: 'reference', collection: 'cities' }
 */
export const scaffoldTools = marks.tools;

/** The node of one schema, seen through optional, default and pipes. */
function nodeOf(schema: z.ZodType, key: string): FieldNode {
  if (schema === dateSchema) return { type: 'date' };
  if (schema === localDateTimeSchema) return { type: 'datetime' };
  if (schema === localizedStringSchema) return { type: 'localized' };
  const collection = marks.referenceOf(schema);
  if (collection) return { type: 'reference', collection };
  if (marks.isImage(schema)) return { type: 'image' };
  const def = defOf(schema);
  const inner = wrappedSchema(def);
  if (inner) return nodeOf(inner, key);
  switch (def.type) {
    case 'object': {
      const shared = (Object.keys(sharedSchemas) as SharedName[]).find((name) => sharedSchemas[name] === schema);
      const prefix = shared ? `shared.${shared}` : key;
      return { type: 'object', shared, fields: fieldsOf(schema, prefix) };
    }
    case 'array':
      return { type: 'array', element: nodeOf(def.element!, `${key}[]`) };
    case 'enum':
      return { type: 'enum', values: Object.values(def.entries ?? {}) };
    case 'union':
      // A text or a text per language (funding, credit), a number or "negotiable": the first form is the plain one.
      return nodeOf(def.options![0]!, key);
    case 'string':
      return { type: 'text' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'record':
      return { type: 'map' };
    default:
      return { type: 'other' };
  }
}

/** The fields of an object schema, in schema order. */
function fieldsOf(schema: z.ZodType, prefix: string): Field[] {
  return objectFields(schema, prefix).map(({ name, key, schema: child }) => ({
    name,
    key,
    required: isRequired(child),
    node: nodeOf(child, key),
  }));
}

/**
 * The fields of a collection's schema as a tree (what `npm run new` writes and what the comment table covers).
 * @example describeSchema(documentSchema)[0] // { name: 'file', key: 'file', required: true, node: { type: 'text' } }
 */
export function describeSchema(schema: z.ZodType): Field[] {
  return fieldsOf(schema, '');
}

/**
 * Every comment key of a tree, shared schemas' fields included once each (for the table's coverage test).
 * @example commentKeys(describeSchema(z.object({ a: z.object({ b: z.string() }) }))) // ['a', 'a.b']
 */
export function commentKeys(fields: readonly Field[]): string[] {
  const keys: string[] = [];
  const visit = (node: FieldNode) => {
    if (node.type === 'object') for (const field of node.fields) walk(field);
    if (node.type === 'array') visit(node.element);
  };
  const walk = (field: Field) => {
    keys.push(field.key);
    visit(field.node);
  };
  fields.forEach(walk);
  return [...new Set(keys)];
}
