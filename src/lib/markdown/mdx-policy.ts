/**
 * What MDX may contain beyond Markdown (DESIGN §10): the site's registered content components with plain-string
 * attributes, and nothing that runs code: no `import`/`export`, no `{…}` expressions, no expression-valued or spread
 * attributes, no other components. One implementation for the editors' validator and the build (plugins.ts).
 * Plain Node module: no `.astro` files, no `astro:*` imports (the content validator runs it through tsx).
 */
import { mdxToMdast } from 'satteri';
import { message } from '../../schemas/messages';
import { formatProblem } from '../validation/problem';
import { isIntrinsicName } from './sanitize';

/**
 * Components MDX authors may use without importing them; `src/components/content/index.ts` must register exactly
 * these (it is type-checked against this list).
 */
export const allowedContentComponents = ['SectionLink', 'PartnerCitiesTable', 'A11yValue', 'PrivacyValue'] as const;
/** Name of a registered content component. */
export type ContentComponentName = (typeof allowedContentComponents)[number];

/**
 * The line for an `.mdx` text outside `content/pages/` (only free pages may be MDX), in the catalogue's words.
 * @example mdxNotAllowedMessage('content/stories/x/pl.mdx') // 'content/stories/x/pl.mdx  —  MDX files are allowed for free pages only (content/pages/) → …'
 */
export function mdxNotAllowedMessage(path: string): string {
  return formatProblem({ file: path, message: message('file.mdxNotAllowed') });
}

/** One piece of MDX that could run code or render something other than the registered components. */
export interface MdxViolation {
  /** 1-based line in the string passed in. */
  line: number;
  /** 1-based column in the string passed in. */
  column: number;
  kind: 'esm' | 'expression' | 'attribute-expression' | 'component';
  /** Component name (`Foo`, `<>` for a fragment) or attribute name (`title`, `{...props}` for a spread). */
  name?: string;
}

interface Point {
  line: number;
  column: number;
}
interface MdxNode {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: Point };
}

/**
 * Everything in an MDX body that the policy forbids, in document order, positions relative to `body`. HTML-named
 * elements (`<p>`, `<abbr>`) are not components: `htmlViolations(body, 'mdx')` judges them. An MDX syntax error
 * throws Sätteri's error.
 * @example mdxViolations('import x from "node:fs"', allowedContentComponents) // [{ line: 1, column: 1, kind: 'esm' }]
 */
export function mdxViolations(body: string, allowedComponents: readonly string[]): MdxViolation[] {
  const allowed = new Set(allowedComponents);
  const out: MdxViolation[] = [];
  const walk = (node: MdxNode) => {
    const start = node.position?.start;
    const at = start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
    switch (node.type) {
      case 'mdxjsEsm':
        out.push({ ...at, kind: 'esm' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        out.push({ ...at, kind: 'expression' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!name || (!isIntrinsicName(name) && !allowed.has(name))) out.push({ ...at, kind: 'component', name: name || '<>' });
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute')
            out.push({ ...at, kind: 'attribute-expression', name: `{${String(attribute.value ?? '')}}` });
          else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')
            out.push({ ...at, kind: 'attribute-expression', name: attribute.name ?? '' });
        }
        break;
      }
      default:
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as MdxNode);
  return out;
}

/**
 * A violation in the catalogue's words (`src/schemas/messages.ts`), with the field to show it under.
 * @example describeMdxViolation({ line: 1, column: 1, kind: 'esm' }).field // 'import/export'
 */
export function describeMdxViolation(
  violation: MdxViolation,
  allowed: readonly string[] = allowedContentComponents,
): { field: string; message: string } {
  const components = allowed.map((name) => `<${name}>`).join(', ');
  switch (violation.kind) {
    case 'esm':
      return { field: 'import/export', message: message('mdx.esm', { components }) };
    case 'expression':
      return { field: '{…}', message: message('mdx.expression') };
    case 'attribute-expression':
      return { field: violation.name ?? '', message: message('mdx.attributeExpression', { name: violation.name }) };
    case 'component':
      return { field: `<${violation.name ?? ''}>`, message: message('mdx.component', { name: violation.name, components }) };
  }
}
