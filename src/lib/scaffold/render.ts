import { stringify } from 'yaml';
import type { MessageLanguage } from '../../schemas/messages';
import { placeholders } from '../validation/placeholders';
import { fieldComment } from './field-comments';
import type { Field, FieldNode } from './schema-tree';

/** What the renderer needs besides the schema tree. */
export interface RenderOptions {
  /** Comment table to read (`stories`… for facts, `text` for a text file). */
  collection: string;
  language: MessageLanguage;
  /** Values already known, by top-level field name (from the questions). */
  values?: Record<string, unknown>;
  /** Existing entry folders per collection, named in the comments of references. */
  entries?: Record<string, readonly string[]>;
  /** Top-level fields to leave out altogether (`translatedFrom` in a source text). */
  omit?: readonly string[];
}

const words = {
  pl: {
    oneOf: 'Jedna z wartości:',
    listOf: 'Wartości z listy:',
    folders: 'Do wyboru:',
    optional: 'Pola nieobowiązkowe: aby użyć, usuń „# ” z początku wierszy i wpisz wartości; niepotrzebne pola zostaw albo usuń.',
  },
  en: {
    oneOf: 'One of:',
    listOf: 'Values from the list:',
    folders: 'Existing:',
    optional: 'Optional fields: to use one, remove "# " from the start of its lines and write the values; leave or delete the rest.',
  },
} as const;

/** A scalar as YAML writes it (quoted where it must be). */
const scalar = (value: unknown): string => stringify(value, { lineWidth: 0 }).trimEnd();

/** The comment above a field: its description, then the allowed values or existing folders. */
function commentFor(field: Field, options: RenderOptions): string {
  const text = fieldComment(options.collection, field.key, options.language) ?? '';
  const node = field.node.type === 'array' ? field.node.element : field.node;
  const w = words[options.language];
  if (node.type === 'enum') return `${text} ${field.node.type === 'array' ? w.listOf : w.oneOf} ${node.values.join(', ')}.`;
  if (node.type === 'reference') {
    const existing = options.entries?.[node.collection] ?? [];
    if (existing.length > 0 && existing.length <= 12) return `${text} ${w.folders} ${existing.join(', ')}.`;
  }
  return text;
}

/**
 * How an object's fields are written: `live` (required fields as they are, each with its comment, optional ones
 * commented out after them), `template` (inside a commented-out block: every field, no comments of its own),
 * `required` (the first item of a required list: its required fields only).
 */
type Mode = 'live' | 'template' | 'required';

/** The lines of one value at an indent: `key: value`, or `key:` and what is inside. */
function valueLines(name: string, node: FieldNode, indent: string, value: unknown, options: RenderOptions, mode: Mode): string[] {
  const placeholder = placeholders[options.language];
  if (value !== undefined) {
    if (Array.isArray(value)) return [`${indent}${name}:`, ...value.map((item) => `${indent}  - ${scalar(item)}`)];
    if (value !== null && typeof value === 'object')
      return [`${indent}${name}:`, ...Object.entries(value).map(([key, inner]) => `${indent}  ${key}: ${scalar(inner)}`)];
    return [`${indent}${name}: ${scalar(value)}`];
  }
  switch (node.type) {
    case 'object':
      return [`${indent}${name}:`, ...objectLines(node.fields, `${indent}  `, options, mode)];
    case 'array': {
      const inner = node.element;
      if (inner.type === 'object') {
        const lines = objectLines(inner.fields, `${indent}    `, options, mode === 'template' ? 'template' : 'required');
        return [`${indent}${name}:`, lines[0]!.replace(`${indent}    `, `${indent}  - `), ...lines.slice(1)];
      }
      return [`${indent}${name}:`, `${indent}  - ${placeholder}`];
    }
    case 'localized':
      return [`${indent}${name}:`, `${indent}  pl: ${placeholder}`];
    case 'map':
      return [`${indent}${name}: {}`];
    case 'boolean':
      return [`${indent}${name}: ${mode === 'template' ? 'false' : placeholder}`];
    default:
      return [`${indent}${name}: ${placeholder}`];
  }
}

/** The lines of an object's fields in one mode. */
function objectLines(fields: readonly Field[], indent: string, options: RenderOptions, mode: Mode): string[] {
  if (mode === 'template') return fields.flatMap((field) => valueLines(field.name, field.node, indent, undefined, options, 'template'));
  const required = fields.filter((field) => field.required);
  if (mode === 'required')
    return required.length > 0
      ? required.flatMap((field) => valueLines(field.name, field.node, indent, undefined, options, 'required'))
      : [`${indent}{}`];
  const lines: string[] = [];
  for (const field of required)
    lines.push(`${indent}# ${commentFor(field, options)}`, ...valueLines(field.name, field.node, indent, undefined, options, 'live'));
  for (const field of fields.filter((f) => !f.required)) {
    lines.push(
      `${indent}# ${commentFor(field, options)}`,
      ...valueLines(field.name, field.node, indent, undefined, options, 'template').map((line) => `# ${line}`),
    );
  }
  return lines;
}

/**
 * The YAML of a new entry: required fields first, each under a `#` comment, with the known values or a placeholder
 * that fails validation until replaced; then `example: false`; then every optional field commented out.
 * @example renderYaml(describeSchema(documentSchema), { collection: 'documents', language: 'en' }) // '# File name…\nfile: FILL IN\n…'
 */
export function renderYaml(fields: readonly Field[], options: RenderOptions): string {
  const values = options.values ?? {};
  const shown = fields.filter((field) => !options.omit?.includes(field.name));
  const lines: string[] = [];
  const emit = (field: Field, value: unknown, commented = false) => {
    lines.push(`# ${commentFor(field, options)}`);
    const body = valueLines(field.name, field.node, '', value, options, commented ? 'template' : 'live');
    lines.push(...(commented ? body.map((line) => `# ${line}`) : body));
  };
  for (const field of shown.filter((f) => f.required)) emit(field, values[field.name]);
  const example = shown.find((field) => field.name === 'example');
  if (example) emit(example, values.example ?? false);
  const optional = shown.filter((field) => !field.required && field !== example);
  const given = optional.filter((field) => values[field.name] !== undefined);
  for (const field of given) emit(field, values[field.name]);
  const rest = optional.filter((field) => values[field.name] === undefined);
  if (rest.length > 0) {
    lines.push('', `# ${words[options.language].optional}`);
    for (const field of rest) emit(field, undefined, true);
  }
  return `${lines.join('\n')}\n`;
}
