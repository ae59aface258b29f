/**
 * The build's sanitiser for the hast of a Markdown or MDX body: `hast-util-sanitize` with `sanitize-schema.ts`.
 * MDX trees also hold JSX: HTML-named JSX elements (`<p id="…">`) become plain hast elements and are sanitised like
 * raw HTML; the allow-listed content components survive (their props are plain strings, checked by mdx-policy.ts)
 * and their children are sanitised; expressions and ESM are dropped (the MDX policy fails the build on them first).
 */
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { clobberPrefix, keepsId, sanitizeSchema } from './sanitize-schema';

/** An MDX JSX attribute as Sätteri's trees carry it. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
/** An MDX JSX element as Sätteri's trees carry it. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
  position?: unknown;
  data?: Record<string, unknown>;
}

/**
 * True for a JSX name that means an HTML element rather than a component (JSX's own rule: lower-case start, no dot).
 * @example isIntrinsicName('p') // true; isIntrinsicName('SectionLink') // false
 */
export function isIntrinsicName(name: string): boolean {
  return /^[a-z]/.test(name) && !name.includes('.');
}

/**
 * The hast properties of HTML-named JSX attributes (`class` → `className`, valueless → `true`); expression-valued
 * attributes are left out.
 * @example jsxProperties([{ type: 'mdxJsxAttribute', name: 'colspan', value: '2' }]) // { colSpan: '2' }
 */
export function jsxProperties(attributes: readonly JsxAttribute[]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value =
      attribute.value === null || attribute.value === undefined ? true : typeof attribute.value === 'string' ? attribute.value : undefined;
    if (value === undefined) continue;
    const info = find(html, attribute.name);
    properties[info.property] =
      typeof value === 'string' && (info.spaceSeparated || info.commaSeparated)
        ? value
            .split(info.commaSeparated ? ',' : /\s+/)
            .map((part) => part.trim())
            .filter(Boolean)
        : value;
  }
  return properties;
}

const jsxKey = 'contentComponent';

/** Turns JSX into hast elements: HTML-named ones for good, allow-listed components as placeholders to restore. */
function toHast(node: unknown, components: ReadonlySet<string>): unknown {
  if (!node || typeof node !== 'object') return node;
  const unsafe = node as { type?: unknown; children?: unknown };
  if (unsafe.type === 'mdxJsxFlowElement' || unsafe.type === 'mdxJsxTextElement') {
    const jsx = node as JsxElement;
    const children = (jsx.children ?? []).map((child) => toHast(child, components));
    const base = { type: 'element', children, ...(jsx.position ? { position: jsx.position } : {}) };
    if (jsx.name && isIntrinsicName(jsx.name)) return { ...base, tagName: jsx.name, properties: jsxProperties(jsx.attributes ?? []) };
    if (jsx.name && components.has(jsx.name)) {
      // The placeholder's tag name keeps its capitals, which no HTML parser produces.
      const stash = { type: jsx.type, name: jsx.name, attributes: jsx.attributes, data: jsx.data ?? {} };
      return { ...base, tagName: jsx.name, properties: {}, data: { [jsxKey]: stash } };
    }
    return undefined;
  }
  if (Array.isArray(unsafe.children)) {
    const { children, ...rest } = unsafe as { children: unknown[] } & Record<string, unknown>;
    return { ...rest, children: children.map((child) => toHast(child, components)).filter((child) => child !== undefined) };
  }
  return node;
}

/** Restores component placeholders and gives author-written ids the clobber prefix unless they are kept ids. */
function finish<T extends Nodes>(node: T, components: ReadonlySet<string>): T {
  if (node.type === 'element') {
    const stash = node.data?.[jsxKey as keyof NonNullable<Element['data']>] as JsxElement | undefined;
    const children = node.children.map((child) => finish(child, components));
    if (stash && components.has(node.tagName)) {
      const { [jsxKey as 'x']: _, ...data } = (node.data ?? {}) as Record<string, unknown>;
      return {
        ...stash,
        data: { ...stash.data, ...data },
        children,
        ...(node.position ? { position: node.position } : {}),
      } as unknown as T;
    }
    const id = node.properties['id'];
    const properties = typeof id === 'string' && !keepsId(id) ? { ...node.properties, id: clobberPrefix + id } : node.properties;
    return { ...node, properties, children: children as ElementContent[] };
  }
  if (node.type === 'root') return { ...node, children: node.children.map((child) => finish(child, components)) as RootContent[] };
  return node;
}

/**
 * A sanitised copy of a Markdown or MDX body's hast: only what `sanitizeSchema` allows, plus the given MDX components.
 * @example sanitizeTree(fromHtml('<p onclick="x">a<script>b</script></p>', { fragment: true })) // root > p > "a"
 */
export function sanitizeTree(tree: Readonly<Root>, components: readonly string[] = []): Root {
  const allowed = new Set(components);
  const schema: Schema =
    components.length === 0 ? sanitizeSchema : { ...sanitizeSchema, tagNames: [...(sanitizeSchema.tagNames ?? []), ...components] };
  const clean = sanitize(toHast(tree, allowed) as Nodes, schema);
  const root: Root = clean.type === 'root' ? clean : { type: 'root', children: clean.type === 'doctype' ? [] : [clean as RootContent] };
  return finish(root, allowed);
}
