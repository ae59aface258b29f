import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { defOf, isRequired, objectFields, wrappedSchema } from '../../src/lib/schema-introspection';

describe('schema introspection', () => {
  it('looks one level into optional, default, nullable and pipe, and into nothing else', () => {
    const text = z.string();
    expect(wrappedSchema(defOf(text.optional()))).toBe(text);
    expect(wrappedSchema(defOf(text.default('x')))).toBe(text);
    expect(wrappedSchema(defOf(text.nullable()))).toBe(text);
    expect(wrappedSchema(defOf(text.pipe(z.string().min(1))))).toBe(text);
    const twice = text.optional();
    expect(wrappedSchema(defOf(twice.nullable()))).toBe(twice);
    expect(wrappedSchema(defOf(text))).toBeUndefined();
    expect(wrappedSchema(defOf(z.object({ a: text })))).toBeUndefined();
    expect(wrappedSchema(defOf(z.array(text)))).toBeUndefined();
  });

  it('counts a field as required unless it is optional or has a default', () => {
    expect(isRequired(z.string())).toBe(true);
    expect(isRequired(z.string().nullable())).toBe(true);
    expect(isRequired(z.string().optional())).toBe(false);
    expect(isRequired(z.number().default(0))).toBe(false);
  });

  it('lists an object’s fields in schema order with their comment keys', () => {
    const jobs = z.number();
    const schema = z.object({ jobs, note: z.string().optional() });
    expect(objectFields(schema, 'impact')).toStrictEqual([
      { name: 'jobs', key: 'impact.jobs', schema: jobs },
      { name: 'note', key: 'impact.note', schema: schema.shape.note },
    ]);
    expect(objectFields(schema, '').map((field) => field.key)).toStrictEqual(['jobs', 'note']);
    expect(objectFields(z.string(), 'x')).toStrictEqual([]);
  });
});
