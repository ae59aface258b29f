/**
 * Editors' view of the sanitiser: which raw HTML (and which link or image URLs) in a Markdown or MDX body the build
 * would remove, with positions. It parses with Sätteri, as the build does, and asks the build's own sanitiser
 * (`sanitize.ts`, `sanitize-schema.ts`) about each element, so the two cannot disagree on what is allowed.
 * Plain Node module: no `.astro` files, no `astro:*` imports (the content validator runs it through tsx).
 */
import type { Element, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { message } from '../../schemas/messages';
import { isIntrinsicName, jsxProperties, sanitizeTree } from './sanitize';
import { sanitizeSchema } from './sanitize-schema';

/** One piece of HTML the sanitiser would remove: an element, one of its attributes, or a URL with a forbidden scheme. */
export interface HtmlViolation {
  /** 1-based line in the string passed in. */
  line: number;
  /** 1-based column in the string passed in. */
  column: number;
  kind: 'element' | 'attribute' | 'url';
  /** Tag name (`script`), attribute name as written (`onerror`), or the URL's attribute (`href`, `src`). */
  name: string;
}

interface Point {
  line: number;
  column: number;
}
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: Point };
}

/** What the sanitiser removes from one element out of context: the element itself, or some of its properties. */
export interface ElementVerdict {
  element: boolean;
  /** Removed properties (hast names) and whether each was removed for its URL scheme. */
  properties: { property: string; url: boolean }[];
}

/**
 * Asks the build's sanitiser about one element and its properties.
 * @example elementVerdict('img', { src: 'x', onError: 'alert(1)' }) // { element: false, properties: [{ property: 'onError', url: false }] }
 */
export function elementVerdict(tagName: string, properties: Properties): ElementVerdict {
  const clean = sanitizeTree({ type: 'root', children: [{ type: 'element', tagName, properties, children: [] }] });
  const kept = clean.children[0];
  if (kept?.type !== 'element' || kept.tagName !== tagName) return { element: true, properties: [] };
  const removed: ElementVerdict['properties'] = [];
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const after = kept.properties[property];
    const lost = after === undefined || (Array.isArray(value) && (!Array.isArray(after) || after.length < value.length));
    if (lost) removed.push({ property, url: property in (sanitizeSchema.protocols ?? {}) && !urlAllowed(property, String(value)) });
  }
  return { element: false, properties: removed };
}

/**
 * Whether a URL in this property passes the schema's scheme list (relative URLs always do).
 * @example urlAllowed('href', 'javascript:alert(1)') // false
 */
export function urlAllowed(property: 'href' | 'src' | 'cite' | string, url: string): boolean {
  const clean = sanitizeTree({
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: property === 'src' ? 'img' : property === 'cite' ? 'q' : 'a',
        properties: { [property]: url },
        children: [],
      },
    ],
  });
  const kept = clean.children[0];
  return kept?.type === 'element' && kept.properties[property] !== undefined;
}

/** Violations of one element at `at`, attribute names as the author wrote them when known. */
function verdictViolations(
  element: Pick<Element, 'tagName' | 'properties'>,
  at: Point,
  attributeAt: (property: string) => Point,
  nameOf: (property: string) => string,
): HtmlViolation[] {
  const verdict = elementVerdict(element.tagName, element.properties);
  if (verdict.element) return [{ ...at, kind: 'element', name: element.tagName }];
  return verdict.properties.map(({ property, url }) => ({
    ...attributeAt(property),
    kind: url ? 'url' : 'attribute',
    name: nameOf(property),
  }));
}

/** A node's start as a 1-based line and column (the body's start when the parser gave none). */
function pointOf(node: MdNode): Point {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** Maps a point inside a raw HTML chunk to the body, allowing for container prefixes (`> `, list indents) on later lines. */
function mapPoint(point: Point, chunkStart: Point, chunk: string, sourceLines: readonly string[]): Point {
  if (point.line === 1) return { line: chunkStart.line, column: chunkStart.column + point.column - 1 };
  const line = chunkStart.line + point.line - 1;
  const chunkLine = chunk.split('\n')[point.line - 1] ?? '';
  const sourceLine = sourceLines[line - 1] ?? '';
  const offset = sourceLine.endsWith(chunkLine) ? sourceLine.length - chunkLine.length : 0;
  return { line, column: offset + point.column };
}

/** Violations in one raw HTML chunk of a Markdown body. */
function rawHtmlViolations(chunk: string, start: Point, sourceLines: readonly string[]): HtmlViolation[] {
  const out: HtmlViolation[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const element = node;
      const at = (point: Point | undefined) => mapPoint(point ?? { line: 1, column: 1 }, start, chunk, sourceLines);
      const positions =
        (element.data as { position?: { properties?: Record<string, { start: Point } | undefined> } } | undefined)?.position?.properties ??
        {};
      const violations = verdictViolations(
        element,
        at(element.position?.start),
        (property) => at(positions[property]?.start ?? element.position?.start),
        (property) => find(html, property).attribute,
      );
      out.push(...violations);
      // Content of a stripped element goes with it: one report is enough.
      if (violations.some((violation) => violation.kind === 'element') && (sanitizeSchema.strip ?? []).includes(element.tagName)) return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(chunk, { fragment: true, verbose: true }));
  return out;
}

/**
 * Raw HTML in a Markdown or MDX body that the sanitiser would remove, and link or image URLs with a forbidden scheme
 * (`javascript:`, `data:`…). Positions are 1-based and relative to `body`. MDX bodies must parse (an MDX syntax
 * error throws Sätteri's error).
 * @example htmlViolations('<img src=x onerror=alert(1)>', 'md') // [{ line: 1, column: 12, kind: 'attribute', name: 'onerror' }]
 */
export function htmlViolations(body: string, format: 'md' | 'mdx'): HtmlViolation[] {
  const tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as MdNode;
  const sourceLines = body.split(/\r?\n/);
  const out: HtmlViolation[] = [];
  const walk = (node: MdNode) => {
    const at = pointOf(node);
    let skipChildren = false;
    if (node.type === 'html' && typeof node.value === 'string') {
      out.push(...rawHtmlViolations(node.value, at, sourceLines));
    } else if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string' && !urlAllowed('href', node.url)) {
      out.push({ ...at, kind: 'url', name: 'href' });
    } else if (node.type === 'image' && typeof node.url === 'string' && !urlAllowed('src', node.url)) {
      out.push({ ...at, kind: 'url', name: 'src' });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isIntrinsicName(node.name)) {
      const properties = jsxProperties(node.attributes ?? []);
      const written = new Map((node.attributes ?? []).filter((a) => a.name).map((a) => [find(html, a.name!).property, a.name!]));
      const violations = verdictViolations(
        { tagName: node.name, properties },
        at,
        () => at,
        (property) => written.get(property) ?? property,
      );
      out.push(...violations);
      skipChildren = violations.some((violation) => violation.kind === 'element') && (sanitizeSchema.strip ?? []).includes(node.name);
    }
    if (!skipChildren) for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

/**
 * A violation in the catalogue's words (`src/schemas/messages.ts`).
 * @example describeHtmlViolation({ line: 1, column: 1, kind: 'element', name: 'script' }) // 'the HTML element <script> is not allowed in content → …'
 */
export function describeHtmlViolation(violation: HtmlViolation): string {
  const id = violation.kind === 'element' ? 'html.element' : violation.kind === 'attribute' ? 'html.attribute' : 'html.url';
  return message(id, { name: violation.name });
}
