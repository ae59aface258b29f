/**
 * Placeholders that `npm run new` writes where a value is still to come (`UZUPEŁNIJ`, or `FILL IN` in English).
 * They are ordinary text to YAML and Markdown, so the validator looks for them itself: every one left is a problem
 * naming its field, until the editor writes the value.
 */

/** The placeholder words, by the language of the questions that wrote them. */
export const placeholders = { pl: 'UZUPEŁNIJ', en: 'FILL IN' } as const;

const pattern = new RegExp(Object.values(placeholders).join('|'));

/**
 * Whether a text still holds a placeholder (written in capitals, as `npm run new` writes it).
 * @example hasPlaceholder('UZUPEŁNIJ') // true
 */
export function hasPlaceholder(text: string): boolean {
  return pattern.test(text);
}

/**
 * The placeholder a text holds, for the message (`UZUPEŁNIJ` when it holds none).
 * @example placeholderIn('FILL IN') // 'FILL IN'
 */
export function placeholderIn(text: string): string {
  return pattern.exec(text)?.[0] ?? placeholders.pl;
}

/**
 * The paths of every value in parsed YAML that still holds a placeholder, in document order.
 * @example placeholderPaths({ title: 'FILL IN', cities: ['UZUPEŁNIJ'] }) // [['title'], ['cities', 0]]
 */
export function placeholderPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof data === 'string') return hasPlaceholder(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...path, key]));
  }
  return [];
}

/**
 * The 1-based numbers of the lines of a Markdown body that still hold a placeholder.
 * @example placeholderLines('Text\nUZUPEŁNIJ\n') // [2]
 */
export function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, index) => (hasPlaceholder(line) ? [index + 1] : []));
}

/**
 * Whether a path lies at or inside another (a schema issue inside a placeholder is the placeholder's).
 * @example isWithin(['impact', 'jobs', 'value'], ['impact', 'jobs']) // true
 */
export function isWithin(path: readonly PropertyKey[], outer: readonly PropertyKey[]): boolean {
  return outer.length <= path.length && outer.every((key, index) => String(path[index]) === String(key));
}
