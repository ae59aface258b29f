import type { z } from 'astro/zod';
import { contactSchema, dateSchema, geoPointSchema, sourceSchema } from '../../schemas/common';
import { localDateTimeSchema } from '../../schemas/event';
import { checksOf, defOf, isRequired, markingTools, objectFields, wrappedSchema, type SchemaDef } from '../schema-introspection';

/**
 * What the CMS needs to know of one schema field: its kind and the constraints a form can check. Read from the zod
 * schemas themselves (src/schemas/), so the CMS configuration cannot drift from the rules the build applies.
 */
export type CmsNode =
  | { kind: 'string'; minLength?: number; maxLength?: number; format?: 'url' | 'email'; pattern?: string }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'literal'; values: string[] }
  | { kind: 'reference'; collection: string }
  | { kind: 'image' }
  | { kind: 'object'; fields: CmsSchemaField[] }
  | { kind: 'list'; element: CmsNode; min?: number }
  | { kind: 'map'; keys: string[]; value: CmsNode }
  | { kind: 'choice'; options: CmsNode[] };

/** A named field: whether the data must state it, its default, and its comment key (`impact.jobs.value`, `shared.source.title`). */
export interface CmsSchemaField {
  name: string;
  key: string;
  required: boolean;
  default?: unknown;
  node: CmsNode;
}

type Def = SchemaDef;

const marks = markingTools();

/**
 * Schema tools that mark each reference and image, so the walk knows a city reference from any text.
 * @example describeForCms(storySchema(cmsSchemaTools)) // …{ kind: 'reference', collection: 'cities' }…
 */
export const cmsSchemaTools = marks.tools;

/** Schemas shared by several collections: their fields carry `shared.<name>.*` comment keys, as in src/lib/scaffold/. */
const sharedPrefixes = new Map<z.ZodType, string>([
  [sourceSchema, 'shared.source'],
  [contactSchema, 'shared.contact'],
  [geoPointSchema, 'shared.geoPoint'],
]);

function stringNode(def: Def): CmsNode {
  const node: CmsNode = { kind: 'string' };
  if (def.format === 'url' || def.format === 'email') node.format = def.format;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length' && check.minimum !== undefined) node.minLength = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) node.maxLength = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) node.pattern = check.pattern.source;
  }
  return node;
}

function numberNode(def: Def): CmsNode {
  const node: CmsNode = { kind: 'number', integer: false };
  for (const check of checksOf(def)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) node.integer = true;
    // An exclusive bound (`positive()`) has no form equivalent; the validator names it.
    if (check.check === 'greater_than' && check.inclusive) node.min = check.value!;
    if (check.check === 'less_than' && check.inclusive) node.max = check.value!;
  }
  return node;
}

/** The node of one schema, seen through optional, default and pipes. */
function nodeOf(schema: z.ZodType, key: string): CmsNode {
  if (schema === dateSchema) return { kind: 'date' };
  if (schema === localDateTimeSchema) return { kind: 'datetime' };
  const collection = marks.referenceOf(schema);
  if (collection) return { kind: 'reference', collection };
  if (marks.isImage(schema)) return { kind: 'image' };
  const def = defOf(schema);
  const inner = wrappedSchema(def);
  if (inner) return nodeOf(inner, key);
  switch (def.type) {
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema, sharedPrefixes.get(schema) ?? key) };
    case 'array': {
      const min = checksOf(def).find((check) => check.check === 'min_length')?.minimum;
      return min === undefined
        ? { kind: 'list', element: nodeOf(def.element!, `${key}[]`) }
        : { kind: 'list', element: nodeOf(def.element!, `${key}[]`), min };
    }
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'literal', values: (def.values ?? []).map(String) };
    case 'union':
      return { kind: 'choice', options: def.options!.map((option) => nodeOf(option, key)) };
    case 'record': {
      const keys = nodeOf(def.keyType!, key);
      if (keys.kind !== 'enum') throw new Error(`${key}: a map's keys must be a fixed list`);
      return { kind: 'map', keys: keys.values, value: nodeOf(def.valueType!, key) };
    }
    case 'string':
      return stringNode(def);
    case 'number':
      return numberNode(def);
    case 'boolean':
      return { kind: 'boolean' };
    default:
      throw new Error(`${key}: no CMS field for a zod ${def.type}`);
  }
}

/** The fields of an object schema, in schema order. */
function fieldsOf(schema: z.ZodType, prefix: string): CmsSchemaField[] {
  return objectFields(schema, prefix).map(({ name, key, schema: child }) => {
    const def = defOf(child);
    const field: CmsSchemaField = { name, key, required: isRequired(child), node: nodeOf(child, key) };
    if (def.type === 'default' && typeof def.defaultValue !== 'object') field.default = def.defaultValue;
    return field;
  });
}

/**
 * The fields of a collection's schema as the CMS sees them.
 * @example describeForCms(documentSchema)[0] // { name: 'file', key: 'file', required: true, node: { kind: 'string', pattern: '^[a-z0-9]…' } }
 */
export function describeForCms(schema: z.ZodType): CmsSchemaField[] {
  return fieldsOf(schema, '');
}
