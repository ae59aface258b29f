import { describe, expect, it } from 'vitest';
import { commentTables, fieldComment } from '../../../src/lib/scaffold/field-comments';
import { kindNames, scaffoldKinds } from '../../../src/lib/scaffold/kinds';
import { commentKeys, describeSchema } from '../../../src/lib/scaffold/schema-tree';
import { hasPlaceholder, isWithin, placeholderLines, placeholderPaths } from '../../../src/lib/validation/placeholders';

/** Every comment key the scaffold can write, per table (`text` for the text files). */
function keysByTable(): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  const add = (table: string, key: string) => tables.set(table, (tables.get(table) ?? new Set()).add(key));
  for (const name of kindNames) {
    const kind = scaffoldKinds[name];
    if (kind.facts)
      for (const key of commentKeys(describeSchema(kind.facts))) add(key.startsWith('shared.') ? 'shared' : kind.collection, key);
    if (kind.text) for (const key of commentKeys(describeSchema(kind.text))) add(key.startsWith('shared.') ? 'shared' : 'text', key);
  }
  return tables;
}

describe('the field comments of npm run new', () => {
  const tables = keysByTable();

  it('cover every field of every schema the scaffold writes, in Polish and English', () => {
    expect(tables.get('stories')?.has('impact.jobs.source')).toBe(true);
    expect(tables.get('shared')?.has('shared.source.title')).toBe(true);
    const missing: string[] = [];
    for (const [table, keys] of tables) {
      for (const key of keys) {
        for (const language of ['pl', 'en'] as const) {
          const comment = fieldComment(table === 'text' ? 'text' : table, key, language);
          if (!comment?.trim()) missing.push(`${table} ${key} (${language})`);
        }
      }
    }
    expect(missing).toStrictEqual([]);
  });

  it('hold no comment for a field that is gone', () => {
    const written = new Set([...tables.values()].flatMap((keys) => [...keys]));
    const stale = [
      ...Object.keys(commentTables.shared),
      ...Object.keys(commentTables.text),
      ...Object.values(commentTables.facts).flatMap((table) => Object.keys(table)),
    ].filter((key) => !written.has(key));
    expect(stale).toStrictEqual([]);
  });

  it('are Polish in Polish and English in English', () => {
    expect(fieldComment('stories', 'date', 'pl')).toMatch(/RRRR-MM-DD/);
    expect(fieldComment('stories', 'date', 'en')).toMatch(/YYYY-MM-DD/);
  });
});

describe('placeholders', () => {
  it('are found in values, lists and nested fields, and in body lines', () => {
    expect(hasPlaceholder('UZUPEŁNIJ')).toBe(true);
    expect(hasPlaceholder('uzupełnij później')).toBe(false);
    expect(placeholderPaths({ title: 'FILL IN', n: 3, cities: ['gliwice', 'UZUPEŁNIJ'], location: { lat: 'FILL IN' } })).toStrictEqual([
      ['title'],
      ['cities', 1],
      ['location', 'lat'],
    ]);
    expect(placeholderLines('Text\nUZUPEŁNIJ: the body\n')).toStrictEqual([2]);
    expect(isWithin(['impact', 'jobs', 'value'], ['impact', 'jobs'])).toBe(true);
    expect(isWithin(['impact'], ['impact', 'jobs'])).toBe(false);
  });
});
