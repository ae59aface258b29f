/**
 * The Sätteri pipeline content goes through (astro.config.mjs `markdown.processor`; `@astrojs/mdx` inherits it):
 * raw HTML parsed into elements, MDX held to `mdx-policy.ts` (the build fails), and every tree sanitised
 * (`sanitize.ts`) before Astro's own plugins give headings ids and hand images to astro:assets.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, HastPluginEntry, PluginFactoryContext } from 'satteri';
import { allowedContentComponents, mdxViolations, type MdxViolation } from './mdx-policy';
import { sanitizeTree } from './sanitize';

/** Sätteri features for content: raw HTML becomes elements the sanitiser can judge (not opaque `raw` nodes). */
export const contentFeatures = { rawHtml: true } as const;

/**
 * One line per violation, as `path:line:column  what  problem → what to write`, in English and Polish.
 * @example mdxViolationMessage('content/pages/about/pl.mdx', { line: 3, column: 1, kind: 'esm' }) // 'content/pages/about/pl.mdx:3:1  import/export  …'
 */
export function mdxViolationMessage(file: string, violation: MdxViolation, allowed: readonly string[] = allowedContentComponents): string {
  const where = `${file}:${violation.line}:${violation.column}`;
  const components = allowed.map((name) => `<${name}>`).join(', ');
  switch (violation.kind) {
    case 'esm':
      return `${where}  import/export  MDX pages may not import or export code → remove the line; ${components} work without an import. / Strony MDX nie mogą importować ani eksportować kodu → usuń ten wiersz.`;
    case 'expression':
      return `${where}  {…}  JavaScript expressions (and {/* comments */}) are not allowed → write plain text, or escape the brace as \\{. / Wyrażenia JavaScript są niedozwolone → napisz zwykły tekst albo \\{.`;
    case 'attribute-expression':
      return `${where}  ${violation.name ?? ''}  attribute values must be plain strings in quotes → write name="value". / Wartości atrybutów muszą być zwykłym tekstem w cudzysłowie.`;
    case 'component':
      return `${where}  <${violation.name ?? ''}>  is not a registered content component → use one of ${components}. / To nie jest zarejestrowany komponent treści.`;
  }
}

/** Path of the compiled file for messages, relative to the project when it is inside it. */
function fileLabel(ctx: PluginFactoryContext): string {
  if (!ctx.fileURL) return '(MDX)';
  const path = fileURLToPath(ctx.fileURL);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** An error Astro reports with the file, line and column of the first violation. */
class MdxPolicyError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'MdxPolicyError';
  }
}

/**
 * Fails the build on MDX that could run code or use unregistered components (checked on the source before it is
 * compiled, so nothing of it ever runs). Leaves itself out of the pipeline for Markdown.
 */
export function mdxPolicyPlugin(allowed: readonly string[] = allowedContentComponents): HastPluginEntry {
  return (ctx) => {
    if (ctx.sourceFormat !== 'mdx') return null;
    const violations = mdxViolations(ctx.source, allowed);
    const first = violations[0];
    if (first) {
      const file = fileLabel(ctx);
      throw new MdxPolicyError(`Content that could run code is not allowed in MDX:\n${violations.map((violation) => mdxViolationMessage(file, violation, allowed)).join('\n')}`, first.line, first.column);
    }
    return null;
  };
}

/** Replaces a Markdown or MDX body's hast by its sanitised copy (MDX keeps the allowed content components). */
export function sanitizePlugin(allowed: readonly string[] = allowedContentComponents): HastPluginDefinition {
  return {
    name: 'iskctw-sanitize',
    before(root, ctx) {
      ctx.replaceNode(root, sanitizeTree(root as Root, ctx.sourceFormat === 'mdx' ? allowed : []));
    },
  };
}

/** The content policy's hast plugins, in order: the MDX check (MDX only), then the sanitiser. */
export function contentHastPlugins(): HastPluginEntry[] {
  return [mdxPolicyPlugin(), sanitizePlugin()];
}

/** Options for `satteri()`: the content policy's plugins and features. */
export function contentProcessorOptions(): SatteriProcessorOptions {
  return { features: { ...contentFeatures }, hastPlugins: contentHastPlugins() };
}

/** The Markdown processor for astro.config.mjs (`markdown.processor`), used for `.md` and, through `@astrojs/mdx`, `.mdx`. */
export function contentMarkdownProcessor() {
  return satteri(contentProcessorOptions());
}
