/**
 * The Sätteri pipeline content goes through (astro.config.mjs `markdown.processor`; `@astrojs/mdx` inherits it):
 * raw HTML parsed into elements, MDX held to `mdx-policy.ts` (the build fails), and every tree sanitised
 * (`sanitize.ts`) before Astro's own plugins give headings ids and hand images to astro:assets.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, HastPluginEntry, MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { urlAllowed } from './html-policy';
import { isLocale } from '../../i18n/locales';
import { builtHref } from '../content-links';
import { formatProblem } from '../validation/problem';
import { allowedContentComponents, describeMdxViolation, mdxViolations, type MdxViolation } from './mdx-policy';
import { sanitizeTree } from './sanitize';

/** Sätteri features for content: raw HTML becomes elements the sanitiser can judge (not opaque `raw` nodes). */
export const contentFeatures = { rawHtml: true } as const;

/**
 * One line per violation, as `path:line:column  field  problem → what to write`, in the catalogue's words.
 * @example mdxViolationMessage('content/pages/about/pl.mdx', { line: 3, column: 1, kind: 'esm' }) // 'content/pages/about/pl.mdx:3:1  import/export  import and export are not allowed in content → …'
 */
export function mdxViolationMessage(file: string, violation: MdxViolation, allowed: readonly string[] = allowedContentComponents): string {
  const { field, message } = describeMdxViolation(violation, allowed);
  return formatProblem({ file, line: violation.line, column: violation.column, field, message });
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
      throw new MdxPolicyError(
        `Content that could run code is not allowed in MDX:\n${violations.map((violation) => mdxViolationMessage(file, violation, allowed)).join('\n')}`,
        first.line,
        first.column,
      );
    }
    return null;
  };
}

/** Key in Sätteri's per-document data bag: set when a Markdown body has something for the sanitiser to judge. */
const needsSanitising = 'iskctwNeedsSanitising';

/**
 * Marks a Markdown body that has raw HTML, a task-list checkbox, or a link, image or definition whose URL the
 * sanitiser would remove. Everything else Markdown produces is safe, so the sanitiser can leave such a body alone
 * and the build stays fast (only these node types cross from Sätteri's parser to JavaScript).
 */
export function sanitizeProbePlugin(): MdastPluginDefinition {
  const mark = (ctx: { data: Record<string, unknown> }) => {
    ctx.data[needsSanitising] = true;
  };
  return {
    name: 'iskctw-sanitize-probe',
    html: (_node, ctx) => mark(ctx),
    listItem: (node, ctx) => (typeof node.checked === 'boolean' ? mark(ctx) : undefined),
    link: (node, ctx) => (urlAllowed('href', node.url) ? undefined : mark(ctx)),
    definition: (node, ctx) => (urlAllowed('href', node.url) ? undefined : mark(ctx)),
    image: (node, ctx) => (urlAllowed('src', node.url) ? undefined : mark(ctx)),
  };
}

/**
 * Replaces a body's hast by its sanitised copy: every MDX body (keeping the allowed content components), and every
 * Markdown body the probe marked (without the probe in the pipeline, every Markdown body).
 */
export function sanitizePlugin(allowed: readonly string[] = allowedContentComponents, { probed = false } = {}): HastPluginDefinition {
  return {
    name: 'iskctw-sanitize',
    before(root, ctx) {
      if (ctx.sourceFormat !== 'mdx' && probed && !ctx.data[needsSanitising]) return;
      ctx.replaceNode(root, sanitizeTree(root as Root, ctx.sourceFormat === 'mdx' ? allowed : []));
    },
  };
}

/** The content policy's mdast plugins: the probe that tells the sanitiser which Markdown bodies need it. */
export function contentMdastPlugins(): MdastPluginEntry[] {
  return [sanitizeProbePlugin()];
}

/**
 * Resolves content links in the text's language (taken from the file name, `<locale>.md`): `entry:<section>/<folder>`
 * and `section:<key>` become the page's path, site paths (`/pl/…`) get the base path. Runs before the sanitiser,
 * which then judges the resolved address.
 */
export function contentLinksPlugin(): HastPluginEntry {
  return (ctx) => {
    const locale = ctx.fileURL ? /(?:^|\/)([a-z]{2})\.mdx?$/.exec(ctx.fileURL.pathname)?.[1] : undefined;
    if (!isLocale(locale)) return null;
    return {
      name: 'iskctw-content-links',
      element: {
        filter: ['a'],
        visit(node, visit) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const built = builtHref(href, locale);
          if (built !== href) visit.setProperty(node, 'href', built);
        },
      },
    };
  };
}

/** The content policy's hast plugins, in order: the MDX check (MDX only), content links, then the sanitiser. */
export function contentHastPlugins(): HastPluginEntry[] {
  return [mdxPolicyPlugin(), contentLinksPlugin(), sanitizePlugin(allowedContentComponents, { probed: true })];
}

/** Options for `satteri()`: the content policy's plugins and features. */
export function contentProcessorOptions(): SatteriProcessorOptions {
  return { features: { ...contentFeatures }, mdastPlugins: contentMdastPlugins(), hastPlugins: contentHastPlugins() };
}

/** The Markdown processor for astro.config.mjs (`markdown.processor`), used for `.md` and, through `@astrojs/mdx`, `.mdx`. */
export function contentMarkdownProcessor() {
  return satteri(contentProcessorOptions());
}
