import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import type { SchemaTools } from '../../schemas/common';
import { message, messageLanguage, type MessageId } from '../../schemas/messages';
import { cityOrder, localeCodes, sectionKeys, type Locale } from '../../site.config';
import { closest } from './closest';
import { contentLayout, imageExtensions, type FolderLayout } from './content-layout';
import { environmentProblems } from './environment';
import { exampleLabelIn } from './example-title';
import { maxImageBytes, oversizedImage, formatBytes, usefulImagePixels } from './images';
import { resolveLink } from './links';
import { pageExists, redirectIssues, type RedirectPaths } from './redirects';
import { redirectsFiles } from '../redirects-file';
import { redirectSchema, redirectsSchema } from '../../schemas/redirect';
import { describeHtmlViolation, htmlViolations } from '../markdown/html-policy';
import { allowedContentComponents, describeMdxViolation, mdxViolations } from '../markdown/mdx-policy';
import { bodyItems, decorativeTitle } from './markdown-body';
import { fieldPath, sortProblems, type Problem } from './problem';
import { keysAt } from './schema-keys';
import { isWithin, placeholderIn, placeholderLines, placeholderPaths } from './placeholders';
import { parseYaml, splitFrontmatter, type YamlSource } from './yaml-source';
import { explainIssue, valueAt } from './zod-issues';

export interface ValidateOptions {
  /** Project root: paths in messages are relative to it. */
  root: string;
  /** The content folder, relative to the root or absolute (default `content`). */
  content?: string;
  /** Environment to check (`BUILD_DATE`, `SITE_URL`, `BASE_PATH`); leave out to skip. */
  env?: Record<string, string | undefined>;
}

/** What a validation found, and how many content files it read. */
export interface ValidationReport {
  problems: Problem[];
  files: number;
}

/** An entry folder name: lower-case ASCII letters and digits, words joined by single hyphens. */
export const folderName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The folder name an editor most likely meant: Polish letters folded, spaces and other characters as hyphens.
 * @example folderSuggestion('Kopalnia Bzie–Dębina') // 'kopalnia-bzie-debina'
 */
export function folderSuggestion(name: string): string {
  return name
    .replace(/[łŁ]/g, 'l')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const imageMark = Symbol('image');
const referenceMark = Symbol('reference');

/** The schemas' tools for validation: images and references are kept with a mark, then checked here. */
const markingTools = {
  image: () =>
    z
      .string()
      .min(1)
      .transform((src) => ({ [imageMark]: src })),
  reference: (collection: string) =>
    z
      .string()
      .min(1)
      .transform((id) => ({ [referenceMark]: true, collection, id })),
} as unknown as SchemaTools;

interface Marked {
  path: PropertyKey[];
  value: Record<PropertyKey, unknown>;
}

/** Every image and reference in validated data, with its path. */
function marked(data: unknown): Marked[] {
  const found: Marked[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (value === null || typeof value !== 'object' || value instanceof Date) return;
    const record = value as Record<PropertyKey, unknown>;
    if (imageMark in record || referenceMark in record) {
      found.push({ path, value: record });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(data, []);
  return found;
}

interface PendingReference {
  file: string;
  source: YamlSource;
  path: PropertyKey[];
  collection: string;
  id: string;
}

interface PendingLink {
  file: string;
  line: number;
  column: number;
  href: string;
  locale: Locale;
}

/**
 * Checks all content in one pass and returns every problem, sorted by file and line (DESIGN §10: one set of rules,
 * run by `npm run validate` and first thing by the build). Nothing is built and no page is rendered.
 */
export async function validateContent(options: ValidateOptions): Promise<ValidationReport> {
  const root = options.root;
  const contentDir = join(root, options.content ?? 'content');
  const problems: Problem[] = options.env ? environmentProblems(options.env) : [];
  const rel = (file: string) => relative(root, file).split(sep).join('/');
  const add = (
    file: string,
    id: MessageId,
    params: Record<string, string | number | undefined> = {},
    where: { line?: number; column?: number; field?: string } = {},
  ) => problems.push({ file: rel(file), ...where, message: message(id, params) });

  /** Each collection's facts schema, built once (building a zod schema costs more than checking an entry with it). */
  const factsSchemas = new Map<FolderLayout, z.ZodType>();
  const factsSchemaOf = (layout: FolderLayout) => {
    const built = factsSchemas.get(layout) ?? layout.factsSchema!(markingTools);
    factsSchemas.set(layout, built);
    return built;
  };

  const entries = new Map(contentLayout.map((layout) => [layout.folder, new Set<string>()]));
  const references: PendingReference[] = [];
  const links: PendingLink[] = [];
  const images: { file: string; line: number; column: number; field: string; path: string; src: string }[] = [];

  /** Validates one YAML or frontmatter source against a schema and reports its issues with positions. */
  let files = 0;
  const checkData = (file: string, source: YamlSource, schema: z.ZodType, textFile?: string): unknown => {
    files += 1;
    for (const error of source.errors) add(file, 'yaml.syntax', { detail: error.detail }, { line: error.line, column: error.column });
    if (source.errors.length > 0) return undefined;
    // A placeholder left by `npm run new` is reported as such, once, instead of what the schema makes of it.
    const unfilled = placeholderPaths(source.data);
    for (const path of unfilled) {
      problems.push({
        file: rel(file),
        ...source.position(path),
        field: fieldPath(path),
        message: message('placeholder.unfilled', { placeholder: placeholderIn(String(valueAt(source.data, path))) }),
      });
    }
    const result = schema.safeParse(source.data ?? {});
    if (result.success) return unfilled.length > 0 ? undefined : result.data;
    for (const issue of result.error.issues) {
      if (unfilled.some((path) => isWithin(issue.path, path))) continue;
      for (const explained of explainIssue(issue, source.data, { knownKeys: (path) => keysAt(schema, path), textFile })) {
        const where = source.position(explained.missing ? explained.path.slice(0, -1) : explained.path, { key: explained.atKey });
        problems.push({ file: rel(file), ...where, field: fieldPath(explained.path), message: explained.message });
      }
    }
    return undefined;
  };

  for (const layout of contentLayout) {
    const folder = join(contentDir, layout.folder);
    if (!existsSync(folder)) continue;
    const seen = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (!statSync(path).isDirectory()) {
        if (name !== '.gitkeep') add(path, 'file.unexpected', { name, fix: 'folder' });
        continue;
      }
      const lower = name.toLowerCase();
      const clash = seen.get(lower);
      if (clash) add(path, 'folder.caseClash', { other: clash });
      seen.set(lower, name);
      if (layout.sectionFolders) {
        const keys = ['home', ...sectionKeys];
        if (!keys.includes(name)) add(path, 'page.unknownKey', { key: name, keys: keys.join(', ') });
      } else if (!folderName.test(name)) {
        add(path, 'folder.name', { name, suggestion: folderSuggestion(name) });
      }
      checkEntry(layout, name, path);
    }
  }

  function checkEntry(layout: FolderLayout, slug: string, folder: string) {
    const files = readdirSync(folder).sort();
    let hasText = false;
    let facts: unknown;
    const factsPath = layout.factsFile ? join(folder, layout.factsFile) : undefined;
    const factsSource = factsPath && existsSync(factsPath) ? parseYaml(readFileSync(factsPath, 'utf8')) : undefined;
    if (factsPath && factsSource) {
      entries.get(layout.folder)!.add(slug);
      facts = checkData(factsPath, factsSource, factsSchemaOf(layout));
      if (facts !== undefined) collectMarks(factsPath, factsSource, facts);
    }
    for (const name of files) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        add(path, 'file.unexpected', { name });
        continue;
      }
      if (name === layout.factsFile) continue;
      const match = /^(.*)\.(mdx?|ya?ml)$/i.exec(name);
      const extension = name.split('.').pop()!.toLowerCase();
      if (match && /^mdx?$/i.test(match[2]!) && layout.textSchema) {
        const [, base, ext] = match;
        if (!(localeCodes as readonly string[]).includes(base!)) {
          add(path, 'file.unknownLocale', { name: base, files: localeCodes.map((code) => `${code}.md`).join(', ') });
          continue;
        }
        if (ext!.toLowerCase() === 'mdx' && !layout.mdx) add(path, 'file.mdxNotAllowed');
        hasText = true;
        checkText(layout, slug, folder, path, base as Locale, ext!.toLowerCase() === 'mdx' ? 'mdx' : 'md');
      } else if (match || (!(imageExtensions as readonly string[]).includes(extension) && layout.folder !== 'documents')) {
        add(path, 'file.unexpected', { name });
      }
    }
    if (layout.factsFile && !factsSource && (hasText || layout.folder !== 'documents')) {
      add(folder, 'entry.noFacts', { file: layout.factsFile });
    }
    if (layout.textSchema && !hasText) add(folder, 'entry.noText', { file: 'pl.md' });
    if (layout.folder === 'documents' && factsPath && factsSource) {
      for (const code of localeCodes) checkTitleLabel(factsPath, factsSource, ['title', code]);
    }
    if (layout.folder === 'documents' && facts && typeof facts === 'object' && 'file' in facts) {
      const file = String((facts as { file: unknown }).file);
      if (factsPath && factsSource && !existsSync(join(folder, file))) {
        add(factsPath, 'document.fileMissing', { file }, { ...factsSource.position(['file']), field: 'file' });
      }
    }
  }

  function checkText(layout: FolderLayout, slug: string, folder: string, path: string, locale: Locale, format: 'md' | 'mdx') {
    const parts = splitFrontmatter(readFileSync(path, 'utf8'));
    if (!parts) {
      add(path, 'frontmatter.missing', {}, { line: 1, column: 1 });
      return;
    }
    const source = parseYaml(parts.frontmatter, parts.frontmatterLine);
    const factsFile = layout.factsFile ? `content/${layout.folder}/${slug}/${layout.factsFile}` : undefined;
    checkData(path, source, layout.textSchema!, factsFile);
    checkTitleLabel(path, source, ['title']);
    const body = bodyItems(parts.body, format);
    const line = (item: { line: number }) => item.line + parts.bodyLine - 1;
    const bodyLines = parts.body.split('\n');
    for (const at of placeholderLines(parts.body)) {
      add(
        path,
        'placeholder.unfilled',
        { placeholder: placeholderIn(bodyLines[at - 1]!), where: 'body' },
        { line: line({ line: at }), column: 1 },
      );
    }
    for (const image of body.images) {
      const where = { line: line(image), column: image.column };
      if (/^(https?:)?\/\//i.test(image.src)) add(path, 'image.remote', { src: image.src }, where);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(image.src)) add(path, 'link.unsafe', { href: image.src }, where);
      else images.push({ file: path, ...where, field: '', path: join(folder, decodeURI(image.src.split(/[?#]/)[0]!)), src: image.src });
      if (!image.alt.trim() && image.title !== decorativeTitle) add(path, 'image.alt', { src: image.src }, where);
    }
    for (const link of body.links) links.push({ file: path, line: line(link), column: link.column, href: link.href, locale });
    // What the build's sanitiser would remove, and in MDX what could run code, as problems for the editor to fix.
    for (const violation of htmlViolations(parts.body, format)) {
      if (violation.kind === 'url' && isLinkOrImageAt(body, violation)) continue; // reported with the link or image itself
      problems.push({
        file: rel(path),
        line: line(violation),
        column: violation.column,
        field: violation.kind === 'element' ? `<${violation.name}>` : violation.name,
        message: describeHtmlViolation(violation),
      });
    }
    if (format === 'mdx') {
      for (const violation of mdxViolations(parts.body, allowedContentComponents)) {
        const { field, message: text } = describeMdxViolation(violation);
        problems.push({ file: rel(path), line: line(violation), column: violation.column, field, message: text });
      }
    }
  }

  /** A title with an example label written into it: the site adds the label itself (DESIGN §9), so it would show twice. */
  function checkTitleLabel(file: string, source: YamlSource, path: PropertyKey[]) {
    const title = valueAt(source.data, path);
    const found = typeof title === 'string' ? exampleLabelIn(title) : undefined;
    if (!found) return;
    problems.push({
      file: rel(file),
      ...source.position(path),
      field: fieldPath(path),
      message: message('example.titleLabel', { label: found.label, suggestion: found.plain }),
    });
  }

  /** Whether a Markdown link or image starts at this place (its unsafe URL is then reported with it). */
  function isLinkOrImageAt(body: ReturnType<typeof bodyItems>, at: { line: number; column: number }): boolean {
    return [...body.links, ...body.images].some((item) => item.line === at.line && item.column === at.column);
  }

  function collectMarks(file: string, source: YamlSource, data: unknown) {
    for (const { path, value } of marked(data)) {
      if (imageMark in value) {
        const src = String(value[imageMark]);
        images.push({ file, ...source.position(path), field: fieldPath(path), path: join(dirname(file), src), src });
      } else {
        references.push({ file, source, path, collection: String(value.collection), id: String(value.id) });
      }
    }
  }

  for (const slug of cityOrder) {
    if (!entries.get('cities')!.has(slug)) add(join(contentDir, 'cities', slug), 'city.missing', { slug });
  }

  for (const reference of references) {
    const known = entries.get(reference.collection);
    if (known?.has(reference.id)) continue;
    const suggestion = closest(reference.id, [...(known ?? [])]);
    problems.push({
      file: rel(reference.file),
      ...reference.source.position(reference.path),
      field: fieldPath(reference.path),
      message: message('reference.missing', { id: reference.id, collection: reference.collection, suggestion }),
    });
  }

  for (const link of links) {
    const verdict = resolveLink(link.href, link.locale, entries);
    if (!verdict.ok)
      add(link.file, verdict.id, { href: link.href, suggestion: verdict.suggestion }, { line: link.line, column: link.column });
  }

  // content/redirects.yaml (optional): old published paths and the pages that replace them.
  const redirects: { file: string; source: YamlSource; index: number; paths: RedirectPaths }[] = [];
  for (const file of redirectsFiles(root, contentDir, options.env)) {
    if (!existsSync(file)) continue;
    const source = parseYaml(readFileSync(file, 'utf8'));
    const list = checkData(file, source, redirectsSchema) as RedirectPaths[] | undefined;
    // With a mistake in one redirect, the others are still checked against each other and the pages.
    const items: unknown[] = list ?? (Array.isArray(source.data) ? source.data : []);
    items.forEach((item, index) => {
      const valid = list ? item : redirectSchema.safeParse(item).data;
      if (valid) redirects.push({ file, source, index, paths: valid as RedirectPaths });
    });
  }
  for (const issue of redirectIssues(
    redirects.map((redirect) => redirect.paths),
    (path) => pageExists(path, entries),
  )) {
    const at = redirects[issue.index]!;
    add(at.file, issue.id, issue.params, { ...at.source.position([at.index, issue.field]), field: fieldPath([at.index, issue.field]) });
  }

  for (const image of images) {
    const where = { line: image.line, column: image.column, field: image.field };
    if (!existsSync(image.path)) {
      add(image.file, 'image.missing', { src: image.src }, where);
      continue;
    }
    const oversized = await oversizedImage(image.path, messageLanguage());
    if (oversized)
      add(
        image.file,
        'image.tooLarge',
        { src: image.src, ...oversized, max: formatBytes(maxImageBytes, messageLanguage()), useful: usefulImagePixels },
        where,
      );
  }

  return { problems: sortProblems(problems), files };
}
