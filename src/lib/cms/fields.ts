import { fieldComment } from '../scaffold/field-comments';
import type { CmsNode, CmsSchemaField } from './schema-fields';

/** One field of the Sveltia CMS configuration (the subset of options this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/** A field's widget and its options (everything but name, label, required and hint). */
type WidgetOptions = { widget: string; [option: string]: unknown };

/** How a reference is stored and shown: the entry folder as the value, a readable field where the facts have one. */
export interface RelationTarget {
  /** CMS collection holding the referenced entries' facts. */
  collection: string;
  /** Field shown in the picker, or `{{slug}}` (the folder name) when the facts have no name. */
  display: string;
}

export interface FieldContext {
  /** Comment table of src/lib/scaffold/field-comments.ts: the collection for facts, `text` for text files. */
  comments: string;
  /** Reference targets by content collection (`cities` → the facts collection of cities). */
  relations: Record<string, RelationTarget>;
  /** A text file's own fields: plain strings there are paragraphs, so they get a multi-line box. */
  multiline: boolean;
}

/** How a union is shown: the form that can hold every value the content uses, with the other form named in the hint. */
const choiceHints = {
  localized: 'Jeden tekst dla wszystkich języków albo osobno dla każdego: w formularzu wpisuje się tekst w każdym języku (pl obowiązkowo).',
  literal: (values: string[]) =>
    `Formularz zapisuje liczbę; ${values.map((value) => `„${value}”`).join(', ')} wpisuje się w pliku w repozytorium.`,
} as const;

const hintOf = (field: CmsSchemaField, context: FieldContext, extra?: string): string | undefined => {
  const text = [fieldComment(context.comments, field.key, 'pl'), extra].filter(Boolean).join(' ');
  return text || undefined;
};

/** The widget options of a node (everything but name, label, required and hint). */
function widgetOf(node: CmsNode, field: CmsSchemaField, context: FieldContext): WidgetOptions {
  switch (node.kind) {
    case 'string': {
      const options: WidgetOptions = {
        widget: context.multiline && node.maxLength === undefined && !node.pattern && !node.format ? 'text' : 'string',
      };
      if (node.format) options.type = node.format;
      if (node.minLength !== undefined) options.minlength = node.minLength;
      if (node.maxLength !== undefined) options.maxlength = node.maxLength;
      if (node.pattern) options.pattern = [node.pattern, `Wartość nie pasuje do wzorca ${node.pattern}`];
      return options;
    }
    case 'number': {
      const options: WidgetOptions = { widget: 'number', value_type: node.integer ? 'int' : 'float' };
      if (node.min !== undefined) options.min = node.min;
      if (node.max !== undefined) options.max = node.max;
      return options;
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'datetime':
      // A day (all-day event) or a day and a time in Warsaw: one text field, as the content writes it.
      return { widget: 'string', pattern: ['^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$', 'RRRR-MM-DD albo RRRR-MM-DDTGG:MM'] };
    case 'enum':
    case 'literal':
      return { widget: 'select', options: node.values };
    case 'reference': {
      const target = context.relations[node.collection];
      if (!target) throw new Error(`${field.key}: no CMS collection for references to ${node.collection}`);
      return {
        widget: 'relation',
        collection: target.collection,
        value_field: '{{slug}}',
        display_fields: [target.display],
        search_fields: [target.display],
      };
    }
    case 'image':
      return { widget: 'image' };
    case 'object':
      return { widget: 'object', fields: node.fields.map((inner) => cmsField(inner, { ...context, multiline: false })) };
    case 'map':
      return {
        widget: 'object',
        fields: node.keys.map((key) =>
          cmsField({ name: key, key: `${field.key}.${key}`, required: false, node: node.value }, { ...context, multiline: false }),
        ),
      };
    case 'list': {
      const element = node.element;
      const options: WidgetOptions =
        element.kind === 'enum' || element.kind === 'reference'
          ? { ...widgetOf(element, field, context), multiple: true }
          : element.kind === 'object'
            ? { widget: 'list', fields: element.fields.map((inner) => cmsField(inner, { ...context, multiline: false })) }
            : { widget: 'list', field: { name: 'item', label: field.name, ...widgetOf(element, field, { ...context, multiline: false }) } };
      if (node.min !== undefined) options.min = node.min;
      return options;
    }
    case 'choice': {
      const object = node.options.find((option) => option.kind === 'object');
      if (object) return widgetOf(object, field, context);
      const number = node.options.find((option) => option.kind === 'number');
      if (number) return widgetOf(number, field, context);
      throw new Error(`${field.key}: no CMS field for this union`);
    }
  }
}

/** The note a union adds to the hint. */
function choiceNote(node: CmsNode): string | undefined {
  if (node.kind !== 'choice') return undefined;
  if (node.options.some((option) => option.kind === 'object')) return choiceHints.localized;
  const literal = node.options.find((option) => option.kind === 'literal');
  return literal && literal.kind === 'literal' ? choiceHints.literal(literal.values) : undefined;
}

/**
 * The CMS field of one schema field: its widget by type, `required: false` where the schema lets it out, the
 * scaffold's Polish comment as the hint.
 * @example cmsField({ name: 'sector', key: 'sector', required: true, node: { kind: 'enum', values: ['industry'] } }, context)
 *   // { name: 'sector', label: 'sector', widget: 'select', options: ['industry'] }
 */
export function cmsField(field: CmsSchemaField, context: FieldContext): CmsField {
  const out: CmsField = { name: field.name, label: field.name, ...widgetOf(field.node, field, context) };
  if (!field.required) out.required = false;
  if (field.default !== undefined) out.default = field.default;
  const hint = hintOf(field, context, choiceNote(field.node));
  if (hint) out.hint = hint;
  return out;
}
