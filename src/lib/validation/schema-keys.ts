import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas a schema may be at one place (through optional, default, pipe, union…). */
function objectsOf(schema: z.ZodType | undefined, depth = 0): Def[] {
  if (!schema || depth > 10) return [];
  const def = defOf(schema);
  if (def.type === 'object') return [def];
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => objectsOf(option, depth + 1));
  if (def.type === 'pipe') return [...objectsOf(def.in, depth + 1), ...objectsOf(def.out, depth + 1)];
  return objectsOf(def.innerType, depth + 1);
}

/** The schema one step inside (an object field, a list element, a record value). */
function childOf(schema: z.ZodType | undefined, key: PropertyKey, depth = 0): z.ZodType | undefined {
  if (!schema || depth > 10) return undefined;
  const def = defOf(schema);
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  const objects = objectsOf(schema);
  for (const object of objects) if (object.shape && String(key) in object.shape) return object.shape[String(key)];
  if (def.innerType) return childOf(def.innerType, key, depth + 1);
  return undefined;
}

/**
 * The field names a schema accepts at a path of the data, for "did you mean" hints.
 * @example keysAt(z.object({ a: z.object({ b: z.string() }) }), ['a']) // ['b']
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) current = childOf(current, key);
  const def = current ? defOf(current) : undefined;
  if (def?.type === 'record' && def.keyType) {
    const keys = defOf(def.keyType).entries;
    if (keys) return Object.keys(keys);
  }
  return objectsOf(current).flatMap((object) => Object.keys(object.shape ?? {}));
}
