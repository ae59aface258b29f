import { localeCodes, locales, type Locale } from '../../site.config';
import { contentKinds, type ContentKind } from './collections';
import { cmsField, type CmsField, type RelationTarget } from './fields';
import { describeForCms } from './schema-fields';

/** Where the CMS commits: a GitHub repository and branch, and the OAuth helper that signs editors in. */
export interface CmsBackend {
  /** `owner/name` of the GitHub repository. */
  repo: string;
  /** Branch pull requests are opened against. */
  branch: string;
  /** Origin of the OAuth helper (e.g. a Sveltia CMS Authenticator on Cloudflare Workers); none: sign in with a token. */
  authUrl?: string | undefined;
}

/** A collection of the Sveltia CMS configuration (entry collections only) or a divider in the list. */
export type CmsCollection =
  | { divider: true }
  | {
      name: string;
      label: string;
      description: string;
      folder: string;
      path: string;
      extension: 'yaml' | 'md';
      format: 'yaml' | 'frontmatter';
      create: boolean;
      delete: false;
      slug: { template: string; editable: ['create']; pattern: [string, string]; hint: string };
      media_folder: '';
      public_folder: string;
      summary: string;
      fields: CmsField[];
    };

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string; base_url?: string; auth_methods?: ('oauth' | 'token')[] };
  publish_mode: 'editorial_workflow';
  app_title: string;
  site_url: string;
  media_folder: string;
  show_preview_links: false;
  output: { omit_empty_optional_fields: true };
  collections: CmsCollection[];
}

/** How the description names each language (any other configured language by its own name). */
const languageInPolish: Partial<Record<string, string>> = { pl: 'po polsku', en: 'po angielsku', de: 'po niemiecku', cs: 'po czesku' };

/** Entry folders as the validator wants them (`lowercase-ascii-with-hyphens`). */
const folderPattern: [string, string] = [
  '^[a-z0-9]+(-[a-z0-9]+)*$',
  'Tylko małe litery bez polskich znaków, cyfry i łączniki, np. kopalnia-x',
];

/** The CMS collection holding a kind's facts, and one holding its text in a locale. */
export const factsCollectionName = (kind: ContentKind) => kind.folder;
export const textCollectionName = (kind: ContentKind, locale: Locale) => `${kind.folder}_${locale}`;

const relationTargets = (): Record<string, RelationTarget> =>
  Object.fromEntries(
    contentKinds
      .filter((kind) => kind.facts)
      .map((kind) => [kind.folder, { collection: factsCollectionName(kind), display: kind.display }]),
  );

const slugOf = (template: string, hint: string) => ({ template, editable: ['create'] as ['create'], pattern: folderPattern, hint });

/** The facts collection of a kind: `content/<folder>/<slug>/<file>.yaml`. */
function factsCollection(kind: ContentKind): CmsCollection {
  const facts = kind.facts!;
  const context = { comments: kind.folder, relations: relationTargets(), multiline: false };
  return {
    name: factsCollectionName(kind),
    label: `${kind.short} – fakty`,
    description: `${kind.label}: fakty (daty, miejsca, liczby, powiązania) wspólne dla wszystkich języków, w plikach content/${kind.folder}/<folder>/${facts.file}.yaml.`,
    folder: `content/${kind.folder}`,
    path: `{{slug}}/${facts.file}`,
    extension: 'yaml',
    format: 'yaml',
    create: kind.create,
    delete: false,
    slug: slugOf(
      kind.display === '{{slug}}' ? '{{uuid_short}}' : `{{${kind.display}}}`,
      'Nazwa folderu wpisu; teksty w językach dodaje się potem pod tą samą nazwą.',
    ),
    media_folder: '',
    public_folder: './',
    summary: kind.display === '{{slug}}' ? '{{slug}}' : `{{${kind.display}}} ({{slug}})`,
    fields: describeForCms(facts.schema).map((field) => cmsField(field, context)),
  };
}

/**
 * The text collection of a kind in one language: `content/<folder>/<slug>/<locale>.md`, the front matter from the
 * text schema and the Markdown body. (MDX free pages use the site's components, which a Markdown editor would break:
 * they are edited in the repository.)
 */
function textCollection(kind: ContentKind, locale: Locale): CmsCollection {
  const context = { comments: 'text', relations: relationTargets(), multiline: true };
  const body: CmsField = {
    name: 'body',
    label: 'body',
    widget: 'markdown',
    required: false,
    sanitize_preview: true,
    hint: 'Tekst strony (Markdown).',
  };
  return {
    name: textCollectionName(kind, locale),
    label: `${kind.short} – ${locale.toUpperCase()}`,
    description: `${kind.label}: tekst ${languageInPolish[locale] ?? `w języku: ${locales[locale].nativeName}`} (${locale}), w plikach content/${kind.folder}/<folder>/${locale}.md.${kind.folder === 'pages' ? ' Strony z komponentami (.mdx) zmienia się w repozytorium.' : ''}`,
    folder: `content/${kind.folder}`,
    path: `{{slug}}/${locale}`,
    extension: 'md',
    format: 'frontmatter',
    create: kind.create || Boolean(kind.facts),
    delete: false,
    slug: slugOf(
      '{{title}}',
      kind.facts ? 'Ta sama nazwa folderu co we wpisie z faktami.' : 'Klucz sekcji z src/site.config.ts, np. about.',
    ),
    media_folder: '',
    public_folder: './',
    summary: '{{title}} ({{slug}})',
    fields: [...describeForCms(kind.text!.schema).map((field) => cmsField(field, context)), body],
  };
}

/**
 * The Sveltia CMS configuration, generated from the schemas: for each kind of content its facts and its text in each
 * language, each as the content model stores it, with a divider between kinds; GitHub with the editorial workflow
 * (every change becomes a pull request).
 * @example cmsConfig({ repo: 'org/site', branch: 'main' }, 'https://iskctw.example.org').collections.length // 36 (30 collections, 6 dividers)
 */
export function cmsConfig(backend: CmsBackend, siteUrl: string): CmsConfig {
  const collections = contentKinds.flatMap((kind, index): CmsCollection[] => [
    ...(index > 0 ? [{ divider: true as const }] : []),
    ...(kind.facts ? [factsCollection(kind)] : []),
    ...(kind.text ? localeCodes.map((locale) => textCollection(kind, locale)) : []),
  ]);
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      // Without an OAuth helper, editors sign in with a personal access token (README: "Editing in the browser").
      ...(backend.authUrl ? { base_url: backend.authUrl } : { auth_methods: ['token'] as ('oauth' | 'token')[] }),
    },
    publish_mode: 'editorial_workflow',
    app_title: 'IŚKCTW: edycja treści',
    site_url: siteUrl,
    // Every collection keeps images beside the entry; this global folder is only Sveltia's required fallback.
    media_folder: 'content',
    show_preview_links: false,
    output: { omit_empty_optional_fields: true },
    collections,
  };
}
