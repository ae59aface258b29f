import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { existingEntries, planScaffold, writeScaffold, type ScaffoldRequest } from '../../../src/lib/scaffold/scaffold';
import { message } from '../../../src/schemas/messages';
import { placeholderPaths } from '../../../src/lib/validation/placeholders';
import { fieldPath } from '../../../src/lib/validation/problem';
import { splitFrontmatter } from '../../../src/lib/validation/yaml-source';
import { ContentFixture } from '../../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.dispose());

interface Case {
  request: ScaffoldRequest;
  /** `file field` of every placeholder the validator must name (`—` for a line of the body), in the validator's order. */
  unfilled: string[];
  /** A valid value for each placeholder, by field path. */
  fill: Record<string, unknown>;
  /** Extra files a filled entry needs (a document's own file). */
  extra?: Record<string, string>;
}

const text = { title: 'Nowy wpis testowy', summary: 'Streszczenie nowego wpisu testowego, jedno zdanie.' };
const cases: Case[] = [
  {
    request: { kind: 'story', slug: 'kopalnia-x', city: 'tychy', language: 'pl' },
    unfilled: ['pl.md title', 'pl.md summary', 'pl.md —', 'story.yaml date', 'story.yaml published', 'story.yaml topics[0]'],
    fill: { date: '2024-05-12', published: '2026-11-27', 'topics[0]': 'education', ...text },
  },
  {
    request: {
      kind: 'event',
      slug: 'seminarium-metan',
      city: 'gliwice',
      date: '2027-06-01T10:00',
      title: 'Seminarium o metanie',
      example: true,
      english: true,
      language: 'en',
    },
    unfilled: ['en.md title', 'en.md summary', 'en.md —', 'event.yaml kind', 'event.yaml attendance', 'pl.md summary', 'pl.md —'],
    fill: { kind: 'seminar', attendance: 'online', ...text },
  },
  {
    request: { kind: 'offer', slug: 'teren-przy-a1', language: 'pl' },
    unfilled: [
      'offer.yaml city',
      'offer.yaml kind',
      'offer.yaml status',
      'offer.yaml location.lat',
      'offer.yaml location.lon',
      'offer.yaml areaHa',
      'offer.yaml zoning.localPlan',
      'offer.yaml miningAreaCategory',
      'offer.yaml ownership',
      'offer.yaml transaction[0]',
      'offer.yaml pricePlnPerM2',
      'offer.yaml lastVerified',
      'pl.md title',
      'pl.md summary',
      'pl.md —',
    ],
    fill: {
      city: 'rybnik',
      kind: 'greenfield',
      status: 'available',
      'location.lat': 50.1,
      'location.lon': 18.5,
      areaHa: 2.5,
      'zoning.localPlan': 'adopted',
      miningAreaCategory: 'II',
      ownership: 'municipal',
      'transaction[0]': 'sale',
      pricePlnPerM2: 120,
      lastVerified: '2026-01-15',
      ...text,
    },
  },
  {
    request: { kind: 'partner', slug: 'instytut-nowy', title: 'Instytut Nowy', city: 'katowice', language: 'en' },
    unfilled: ['partner.yaml sector', 'pl.md summary', 'pl.md —'],
    fill: { sector: 'science', ...text },
  },
  {
    request: { kind: 'document', slug: 'broszura-2027', language: 'pl' },
    unfilled: ['document.yaml file', 'document.yaml language', 'document.yaml published', 'document.yaml title.pl'],
    fill: { file: 'broszura-2027.pdf', language: 'pl', published: '2027-03-01', 'title.pl': 'Broszura klastra 2027' },
    extra: { 'broszura-2027.pdf': '%PDF-1.4\n' },
  },
  {
    request: { kind: 'page', slug: 'investors', language: 'pl' },
    unfilled: ['pl.md title', 'pl.md summary', 'pl.md —'],
    fill: { ...text },
  },
];

/** Replaces every placeholder of a YAML text with its value from the fill table (comments stay). */
function fillYaml(yaml: string, fill: Record<string, unknown>): string {
  const doc = parseDocument(yaml);
  for (const path of placeholderPaths(doc.toJS())) {
    const key = fieldPath(path);
    if (!(key in fill)) throw new Error(`no value to fill ${key}`);
    doc.setIn(path, fill[key]);
  }
  return doc.toString();
}

/** Fills a scaffolded file: YAML values, then the body's placeholder line replaced by text. */
function fillFile(name: string, source: string, fill: Record<string, unknown>): string {
  if (name.endsWith('.yaml')) return fillYaml(source, fill);
  const parts = splitFrontmatter(source)!;
  return `---\n${fillYaml(parts.frontmatter, fill)}---\nTreść wpisu w Markdownie.\n`;
}

describe('npm run new writes an entry that fails validation until every placeholder is filled', () => {
  it.each(cases.map((entry) => [entry.request.kind, entry] as const))('%s', async (_kind, entry) => {
    fixture = new ContentFixture();
    const contentDir = fixture.path('');
    const plan = planScaffold(entry.request, existingEntries(contentDir));
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    writeScaffold(contentDir, plan.files);

    const prefix = `content/${plan.folder}/`;
    for (const language of ['en', 'pl'] as const) {
      const problems = await fixture.problems(language);
      const named = problems.map((line) => {
        const [where, field] = line.split('  ');
        return `${where!.replace(prefix, '').replace(/:\d+:\d+$/, '')} ${field}`;
      });
      expect(named).toStrictEqual(entry.unfilled);
      const placeholder = entry.request.language === 'pl' ? 'UZUPEŁNIJ' : 'FILL IN';
      for (const line of problems) expect(line).toContain(message('placeholder.unfilled', { placeholder }, language).split(' → ')[0]);
    }

    for (const file of plan.files) fixture.write(file.path, fillFile(file.path, fixture.read(file.path), entry.fill));
    for (const [name, body] of Object.entries(entry.extra ?? {})) writeFileSync(fixture.path(`${plan.folder}/${name}`), body);
    expect(await fixture.problems('en')).toStrictEqual([]);
  });
});

describe('npm run new refuses what the validator would refuse', () => {
  const entries = { cities: ['gliwice', 'katowice', 'tychy'], stories: ['test-story'], pages: ['about', 'home'] };

  it('a folder name with capitals, spaces or Polish letters, suggesting the right one', () => {
    const plan = planScaffold({ kind: 'story', slug: 'Kopalnia Bzie–Dębina', language: 'en' }, entries);
    expect(plan).toStrictEqual({
      ok: false,
      problems: [message('folder.name', { name: 'Kopalnia Bzie–Dębina', suggestion: 'kopalnia-bzie-debina' }, 'en')],
    });
  });

  it('a folder that exists, also in another case', () => {
    const plan = planScaffold({ kind: 'story', slug: 'test-story', language: 'pl' }, entries);
    expect(plan.ok ? [] : plan.problems).toStrictEqual([
      'content/stories/test-story/ już istnieje → wybierz inną nazwę folderu albo popraw istniejący wpis',
    ]);
    expect(planScaffold({ kind: 'page', slug: 'about', language: 'en' }, entries).ok).toBe(false);
  });

  it('a city that is not in content/cities/, with the closest one', () => {
    const plan = planScaffold({ kind: 'event', slug: 'targi', city: 'gliwce', language: 'en' }, entries);
    expect(plan.ok ? [] : plan.problems).toStrictEqual([
      message('reference.missing', { id: 'gliwce', collection: 'cities', suggestion: 'gliwice' }, 'en'),
    ]);
  });

  it('a date written day first, and a free page that is not a section of the site', () => {
    const story = planScaffold({ kind: 'story', slug: 'x', date: '12.05.2027', language: 'en' }, entries);
    expect(story.ok ? [] : story.problems).toStrictEqual([message('date.format', { value: '12.05.2027', suggestion: '2027-05-12' }, 'en')]);
    expect(planScaffold({ kind: 'page', slug: 'o-nas', language: 'pl' }, entries).ok).toBe(false);
  });
});

describe('the written facts', () => {
  it('put the given values in, example: false with its comment, and optional fields commented out', () => {
    const plan = planScaffold(
      { kind: 'story', slug: 'kopalnia-x', city: 'tychy', date: '2024-05-12', language: 'pl' },
      { cities: ['tychy'] },
    );
    if (!plan.ok) throw new Error('refused');
    const yaml = plan.files[0]!.text;
    expect(yaml).toContain('date: 2024-05-12\n');
    expect(yaml).toContain('cities:\n  - tychy\n');
    expect(yaml).toMatch(/# Treść zmyślona \(przykład\)\?[^\n]*\nexample: false\n/);
    expect(yaml).toContain('\n# funding: UZUPEŁNIJ\n');
    expect(parseDocument(yaml).toJS()).toStrictEqual({
      date: '2024-05-12',
      published: 'UZUPEŁNIJ',
      cities: ['tychy'],
      topics: ['UZUPEŁNIJ'],
      example: false,
    });
  });
});
