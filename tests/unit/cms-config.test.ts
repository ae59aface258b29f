import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminCsp, adminPageHtml, cmsBackendFromEnv } from '../../src/lib/cms/admin-page';
import { cmsConfig, type CmsCollection } from '../../src/lib/cms/config';
import type { CmsField } from '../../src/lib/cms/fields';
import { citySchema, cityTextSchema } from '../../src/schemas/city';
import { dateSchema, type SchemaTools } from '../../src/schemas/common';
import { documentSchema } from '../../src/schemas/document';
import { eventSchema, eventTextSchema, localDateTimeSchema } from '../../src/schemas/event';
import { offerSchema, offerTextSchema } from '../../src/schemas/offer';
import { pageTextSchema } from '../../src/schemas/page';
import { partnerSchema, partnerTextSchema } from '../../src/schemas/partner';
import { storySchema, storyTextSchema } from '../../src/schemas/story';
import { localeCodes } from '../../src/site.config';

/** Stand-ins for Astro's `image()` and `reference()` of this test's own, which name what they stand for. */
const tools = {
  image: () => z.string().describe('image'),
  reference: (collection: string) => z.string().describe(`reference:${collection}`),
} as unknown as SchemaTools;

/** Each collection of src/content.config.ts with its schema, built with this test's stand-ins. */
const schemas: Record<string, z.ZodType> = {
  cities: citySchema(tools),
  cityTexts: cityTextSchema,
  stories: storySchema(tools),
  storyTexts: storyTextSchema,
  events: eventSchema(tools),
  eventTexts: eventTextSchema,
  offers: offerSchema(tools),
  offerTexts: offerTextSchema,
  partners: partnerSchema(tools),
  partnerTexts: partnerTextSchema,
  pages: pageTextSchema,
  documents: documentSchema,
};

/** The collections src/content.config.ts registers, read from its source: `facts('<folder>', '<file>')` and `texts('<folder>')`. */
const registered = [
  ...readFileSync(new URL('../../src/content.config.ts', import.meta.url), 'utf8').matchAll(
    /(\w+): defineCollection\(\{ loader: (facts|texts)\('(\w+)'(?:, '(\w+)')?/g,
  ),
].map(([, name, loader, folder, file]) => ({ name: name!, loader: loader as 'facts' | 'texts', folder: folder!, file }));

const config = cmsConfig({ repo: 'org/site', branch: 'main' }, 'https://iskctw.example.org');
const collections = config.collections.filter(
  (collection): collection is Exclude<CmsCollection, { divider: true }> => !('divider' in collection),
);

/** The schema under optional, default and pipes, and whether the data may leave the field out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    if (inner === dateSchema || inner === localDateTimeSchema) return { inner, required };
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
    else return { inner, required };
  }
}

/**
 * Compares one schema with its CMS field, recursively; every difference is a line in `problems`. Object fields must
 * match name for name, in order, with nothing left out and nothing added.
 */
function compare(schema: z.ZodType, field: CmsField, path: string, problems: string[]): void {
  const { inner } = unwrap(schema);
  const expectWidget = (...widgets: string[]) => {
    if (!widgets.includes(field.widget)) problems.push(`${path}: widget ${field.widget}, expected ${widgets.join(' or ')}`);
  };
  if (inner === dateSchema)
    return void (expectWidget('datetime'), field.type !== 'date' && problems.push(`${path}: not a date-only picker`));
  if (inner === localDateTimeSchema) {
    expectWidget('string');
    for (const value of ['2027-05-12', '2027-05-12T10:00'])
      if (!new RegExp((field.pattern as string[])[0]!).test(value)) problems.push(`${path}: refuses ${value}`);
    return;
  }
  if (inner.description === 'image') return expectWidget('image');
  if (inner.description?.startsWith('reference:')) {
    expectWidget('relation');
    if (field.collection !== inner.description.slice('reference:'.length))
      problems.push(`${path}: relation to ${String(field.collection)}`);
    return;
  }
  if (inner instanceof z.ZodEnum) {
    expectWidget('select');
    expect(field.options, path).toEqual(inner.options);
    return;
  }
  if (inner instanceof z.ZodBoolean) return expectWidget('boolean');
  if (inner instanceof z.ZodNumber) {
    expectWidget('number');
    if ((field.value_type === 'int') !== !inner.safeParse(1.5).success) problems.push(`${path}: value_type ${String(field.value_type)}`);
    return;
  }
  if (inner instanceof z.ZodString || inner instanceof z.ZodStringFormat) {
    expectWidget('string', 'text');
    if (
      typeof field.maxlength === 'number' &&
      (inner.safeParse('x'.repeat(field.maxlength + 1)).success || !inner.safeParse('x'.repeat(field.maxlength)).success)
    )
      problems.push(`${path}: maxlength ${field.maxlength}`);
    if (field.type === 'url' && inner.safeParse('not a url').success) problems.push(`${path}: url field takes any text`);
    return;
  }
  if (inner instanceof z.ZodUnion) {
    // A union is shown in its richest form (a text per language rather than one text; a number with its word in the hint).
    const options = inner.options as z.ZodType[];
    const chosen =
      options.find((option) => unwrap(option).inner instanceof z.ZodObject) ??
      options.find((option) => unwrap(option).inner instanceof z.ZodNumber);
    if (!chosen) return void problems.push(`${path}: a union with no form the CMS can show`);
    return compare(chosen, field, path, problems);
  }
  if (inner instanceof z.ZodObject) {
    expectWidget('object');
    return compareFields(inner, (field.fields as CmsField[]) ?? [], path, problems);
  }
  if (inner instanceof z.ZodRecord) {
    expectWidget('object');
    const keys = (inner.keyType as z.ZodEnum).options as string[];
    const fields = (field.fields as CmsField[]) ?? [];
    expect(
      fields.map((inner) => inner.name),
      path,
    ).toEqual(keys);
    for (const sub of fields) {
      if (sub.required !== false) problems.push(`${path}.${sub.name}: should be optional`);
      compare(inner.valueType as z.ZodType, sub, `${path}.${sub.name}`, problems);
    }
    return;
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType).inner;
    const min = inner.safeParse([]).success ? undefined : 1;
    if (field.min !== min) problems.push(`${path}: min ${String(field.min)}, expected ${String(min)}`);
    if (element instanceof z.ZodEnum || element.description?.startsWith('reference:')) {
      if (field.multiple !== true) problems.push(`${path}: not a multiple choice`);
      return compare(element, { ...field, multiple: undefined }, path, problems);
    }
    expectWidget('list');
    if (element instanceof z.ZodObject) return compareFields(element, (field.fields as CmsField[]) ?? [], `${path}[]`, problems);
    return compare(element, field.field as CmsField, `${path}[]`, problems);
  }
  problems.push(`${path}: a ${inner.constructor.name} the test does not know`);
}

function compareFields(schema: z.ZodObject, fields: readonly CmsField[], path: string, problems: string[]): void {
  const shape = schema.shape as Record<string, z.ZodType>;
  const names = fields.map((field) => field.name);
  if (names.join() !== Object.keys(shape).join())
    problems.push(`${path || '(top)'}: fields ${names.join(', ')}; schema ${Object.keys(shape).join(', ')}`);
  for (const field of fields) {
    const child = shape[field.name];
    if (!child) continue;
    const at = path ? `${path}.${field.name}` : field.name;
    const required = !child.safeParse(undefined).success;
    if ((field.required !== false) !== required)
      problems.push(`${at}: required ${String(field.required !== false)}, schema ${String(required)}`);
    compare(child, field, at, problems);
  }
}

/** The top-level object of a collection's schema (through `.refine()`/`.superRefine()`, which keep the object). */
const objectOf = (schema: z.ZodType) => unwrap(schema).inner as z.ZodObject;

describe('the CMS configuration generated from the schemas', () => {
  it('reads every collection src/content.config.ts registers', () => {
    expect(registered.map((collection) => collection.name).sort()).toEqual(Object.keys(schemas).sort());
  });

  it.each(registered.filter((collection) => collection.loader === 'facts'))(
    'has the facts of $name as content/$folder/<slug>/<file>.yaml, field by field',
    ({ folder, file, name }) => {
      const collection = collections.find((candidate) => candidate.folder === `content/${folder}` && candidate.extension === 'yaml');
      expect(collection).toBeDefined();
      expect(collection!.path).toBe(`{{slug}}/${file}`);
      const problems: string[] = [];
      compareFields(objectOf(schemas[name]!), collection!.fields, '', problems);
      expect(problems).toEqual([]);
    },
  );

  it.each(registered.filter((collection) => collection.loader === 'texts'))(
    'has the text of $name in every language as content/$folder/<slug>/<locale>.md, field by field',
    ({ folder, name }) => {
      const texts = collections.filter((candidate) => candidate.folder === `content/${folder}` && candidate.extension === 'md');
      expect(texts.map((collection) => collection.path)).toEqual(localeCodes.map((locale) => `{{slug}}/${locale}`));
      for (const collection of texts) {
        // The Markdown body is the file's content below the front matter, not a field of the schema.
        expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
        const problems: string[] = [];
        compareFields(objectOf(schemas[name]!), collection.fields.slice(0, -1), '', problems);
        expect(problems, collection.name).toEqual([]);
      }
    },
  );

  it('has no collection beyond those, and unique names', () => {
    expect(collections.length).toBe(
      registered.filter((collection) => collection.loader === 'facts').length +
        registered.filter((collection) => collection.loader === 'texts').length * localeCodes.length,
    );
    expect(new Set(collections.map((collection) => collection.name)).size).toBe(collections.length);
  });

  it('offers vocabularies as selects and the per-language short texts with Polish required', () => {
    const stories = collections.find((collection) => collection.name === 'stories')!;
    expect(stories.fields.find((field) => field.name === 'topics')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: expect.arrayContaining(['methane-use']),
    });
    expect(stories.fields.find((field) => field.name === 'cities')).toMatchObject({
      widget: 'relation',
      collection: 'cities',
      multiple: true,
      value_field: '{{slug}}',
    });
    const alt = (stories.fields.find((field) => field.name === 'cover')!.fields as CmsField[]).find((field) => field.name === 'alt')!;
    expect((alt.fields as CmsField[]).map((field) => [field.name, field.required !== false])).toEqual(
      localeCodes.map((locale) => [locale, locale === 'pl']),
    );
  });

  it('keeps images beside the entry and lets editors name a new folder only as the validator allows', () => {
    for (const collection of collections) {
      expect(collection.media_folder, collection.name).toBe('');
      expect(new RegExp(collection.slug.pattern[0]).test('kopalnia-x'), collection.name).toBe(true);
      expect(new RegExp(collection.slug.pattern[0]).test('Kopalnia X'), collection.name).toBe(false);
    }
  });

  it('opens pull requests on GitHub (editorial workflow), with the repository and branch it is given', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: 'org/site', branch: 'main', auth_methods: ['token'] });
    expect(cmsConfig({ repo: 'org/site', branch: 'dev', authUrl: 'https://auth.example.org' }, 'https://x.example').backend).toEqual({
      name: 'github',
      repo: 'org/site',
      branch: 'dev',
      base_url: 'https://auth.example.org',
    });
  });
});

describe('the /admin/ page and its settings', () => {
  it('reads the repository, branch and OAuth helper from the environment, with placeholders', () => {
    expect(cmsBackendFromEnv({})).toEqual({ repo: 'your-org/your-repo', branch: 'main', authUrl: undefined });
    expect(cmsBackendFromEnv({ CMS_REPO: 'slaskie/iskctw', CMS_BRANCH: 'content', CMS_AUTH_URL: 'https://auth.example.org' })).toEqual({
      repo: 'slaskie/iskctw',
      branch: 'content',
      authUrl: 'https://auth.example.org',
    });
    expect(() => cmsBackendFromEnv({ CMS_REPO: 'not a repo' })).toThrow(/CMS_REPO/);
    expect(() => cmsBackendFromEnv({ CMS_AUTH_URL: 'http://auth.example.org/path' })).toThrow(/CMS_AUTH_URL/);
  });

  it('is noindex, under its own CSP, and loads the CMS from the site under the base path', () => {
    const html = adminPageHtml('/klaster/');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(`content="${adminCsp()}"`);
    expect(html).toContain('<script type="module" src="/klaster/admin/init.js"></script>');
    expect(html).toContain('href="/klaster/admin/config.yml"');
    expect(html).not.toContain('data-pagefind-body');
    expect(adminCsp()).not.toMatch(/unsafe-eval|https:\/\/unpkg|cdn\./);
  });
});
