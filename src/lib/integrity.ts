/** A content entry as the integrity checks see it. */
export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

/** What `reference()` leaves in validated data. */
interface ReferenceValue {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is ReferenceValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as ReferenceValue).collection === 'string' && typeof (value as ReferenceValue).id === 'string';
}

/**
 * Every reference in `entries` whose target does not exist, as messages naming the file and field.
 * `exists(collection, id)` tells whether a target exists.
 * @example danglingReferences([{ collection: 'stories', id: 'x', filePath: 'content/stories/x/story.yaml', data: { cities: [{ collection: 'cities', id: 'nowhere' }] } }], () => false)
 * // ['content/stories/x/story.yaml: field "cities[0]" refers to "nowhere", but there is no such entry in content/cities/.']
 */
export function danglingReferences(entries: readonly CheckedEntry[], exists: (collection: string, id: string) => boolean): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string, entry: CheckedEntry) => {
    if (isReference(value)) {
      if (!exists(value.collection, value.id)) {
        problems.push(`${entry.filePath ?? `${entry.collection}/${entry.id}`}: field "${path}" refers to "${value.id}", but there is no such entry in content/${value.collection}/.`);
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, entry));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, entry);
    }
  };
  for (const entry of entries) walk(entry.data, '', entry);
  return problems;
}

/** Thrown when content breaks a rule the schemas alone cannot check; lists every problem at once. */
export class ContentIntegrityError extends Error {
  constructor(problems: readonly string[]) {
    super(`Content check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentIntegrityError';
  }
}
