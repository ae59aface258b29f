import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDate, readDateTime } from '../../schemas/dates';
import { message, type MessageLanguage } from '../../schemas/messages';
import { sectionKeys } from '../../site.config';
import { closest } from '../validation/closest';
import { placeholders } from '../validation/placeholders';
import { folderName, folderSuggestion } from '../validation/validate';
import { scaffoldKinds, type KindName } from './kinds';
import { renderYaml } from './render';
import { describeSchema } from './schema-tree';

/** What the editor asked for (from the questions or the options). */
export interface ScaffoldRequest {
  kind: KindName;
  /** Folder name; for a free page, its section key. */
  slug: string;
  /** Language of the questions, comments and placeholders. */
  language: MessageLanguage;
  /** Plain title in Polish (never with "(przykład)": the site adds the label itself). */
  title?: string | undefined;
  /** Folder of a member city in `content/cities/`. */
  city?: string | undefined;
  /** The kind's main date (`YYYY-MM-DD`, for an event also `YYYY-MM-DDTHH:MM`). */
  date?: string | undefined;
  /** Invented content. */
  example?: boolean | undefined;
  /** Also write `en.md`. */
  english?: boolean | undefined;
}

/** One file to write, relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

export type ScaffoldPlan = { ok: true; folder: string; files: ScaffoldFile[] } | { ok: false; problems: string[] };

/**
 * The entry folders of each collection in a content folder.
 * @example existingEntries('content').cities // ['gliwice', 'jastrzebie-zdroj', …]
 */
export function existingEntries(contentDir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const collection of ['cities', 'stories', 'events', 'offers', 'partners', 'documents', 'pages']) {
    const folder = join(contentDir, collection);
    out[collection] = existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => statSync(join(folder, name)).isDirectory())
          .sort()
      : [];
  }
  return out;
}

/**
 * The problems with a request, in the chosen language (empty when it can be written): a folder name the validator
 * would refuse, a folder that exists, an unknown city, a date not written as the schema wants.
 * @example requestProblems({ kind: 'story', slug: 'Kopalnia X', language: 'en' }, entries) // ['the folder name “Kopalnia X” … → rename the folder to “kopalnia-x”']
 */
export function requestProblems(request: ScaffoldRequest, entries: Record<string, readonly string[]>): string[] {
  const kind = scaffoldKinds[request.kind];
  const language = request.language;
  const problems: string[] = [];
  const keys = ['home', ...sectionKeys];
  if (request.kind === 'page') {
    if (!keys.includes(request.slug)) problems.push(message('page.unknownKey', { key: request.slug, keys: keys.join(', ') }, language));
  } else if (!folderName.test(request.slug)) {
    problems.push(message('folder.name', { name: request.slug, suggestion: folderSuggestion(request.slug) }, language));
  }
  const taken = (entries[kind.collection] ?? []).some((name) => name.toLowerCase() === request.slug.toLowerCase());
  if (taken) problems.push(message('scaffold.exists', { path: `content/${kind.collection}/${request.slug}/` }, language));
  if (request.city !== undefined && kind.cityField) {
    const cities = entries.cities ?? [];
    if (!cities.includes(request.city))
      problems.push(
        message('reference.missing', { id: request.city, collection: 'cities', suggestion: closest(request.city, cities) }, language),
      );
  }
  if (request.date !== undefined && kind.dateField) {
    const reading = kind.dateField.time ? readDateTime(request.date) : readDate(request.date);
    if (!reading.ok)
      problems.push(
        message(
          reading.reason === 'impossible' ? 'date.impossible' : 'date.format',
          { value: request.date, suggestion: reading.suggestion },
          language,
        ),
      );
  }
  return problems;
}

/** A text file: frontmatter (required fields, then optional ones commented out) and a body to write. */
function textFile(request: ScaffoldRequest, locale: 'pl' | 'en'): string {
  const kind = scaffoldKinds[request.kind];
  const placeholder = placeholders[request.language];
  const values = locale === 'pl' && request.title ? { title: request.title } : {};
  const yaml = renderYaml(describeSchema(kind.text!), {
    collection: 'text',
    language: request.language,
    values,
    omit: locale === 'pl' ? ['translatedFrom'] : [],
  });
  const body =
    request.language === 'pl'
      ? `${placeholder}: główny tekst w Markdownie (śródtytuły jako ##).`
      : `${placeholder}: the main text in Markdown (headings as ##).`;
  return `---\n${yaml}---\n${body}\n`;
}

/**
 * The files of a new entry, or the problems that stop it. Nothing is written here.
 * @example planScaffold({ kind: 'document', slug: 'broszura-2027', language: 'pl' }, entries) // { ok: true, folder: 'documents/broszura-2027', files: [{ path: 'documents/broszura-2027/document.yaml', … }] }
 */
export function planScaffold(request: ScaffoldRequest, entries: Record<string, readonly string[]>): ScaffoldPlan {
  const problems = requestProblems(request, entries);
  if (problems.length > 0) return { ok: false, problems };
  const kind = scaffoldKinds[request.kind];
  const folder = `${kind.collection}/${request.slug}`;
  const files: ScaffoldFile[] = [];
  if (kind.facts && kind.factsFile) {
    const values: Record<string, unknown> = { example: request.example ?? false };
    if (request.city && kind.cityField) values[kind.cityField] = kind.cityField === 'cities' ? [request.city] : request.city;
    if (request.date && kind.dateField) values[kind.dateField.name] = request.date;
    if (request.title && kind.titleField) values[kind.titleField] = kind.titleField === 'title' ? { pl: request.title } : request.title;
    files.push({
      path: `${folder}/${kind.factsFile}`,
      text: renderYaml(describeSchema(kind.facts), { collection: kind.collection, language: request.language, values, entries }),
    });
  }
  if (kind.text) {
    files.push({ path: `${folder}/pl.md`, text: textFile(request, 'pl') });
    if (request.english) files.push({ path: `${folder}/en.md`, text: textFile(request, 'en') });
  }
  return { ok: true, folder, files };
}

/**
 * Writes a plan's files into a content folder, refusing to overwrite anything.
 * @example writeScaffold('content', plan.files) // ['content/stories/x/story.yaml', …]
 */
export function writeScaffold(contentDir: string, files: readonly ScaffoldFile[]): string[] {
  for (const file of files) if (existsSync(join(contentDir, file.path))) throw new Error(`${file.path} exists`);
  return files.map((file) => {
    const path = join(contentDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text, { flag: 'wx' });
    return path;
  });
}
