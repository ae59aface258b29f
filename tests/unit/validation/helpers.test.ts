import { describe, expect, it } from 'vitest';
import { dayOfYamlDate, readDate, readDateTime, suggestIsoDate } from '../../../src/schemas/dates';
import { closest } from '../../../src/lib/validation/closest';
import { environmentProblems } from '../../../src/lib/validation/environment';
import { formatBytes } from '../../../src/lib/validation/images';
import { resolveLink } from '../../../src/lib/validation/links';
import { fieldPath, formatGithub, formatProblem } from '../../../src/lib/validation/problem';
import { folderSuggestion } from '../../../src/lib/validation/validate';
import { parseYaml, splitFrontmatter } from '../../../src/lib/validation/yaml-source';

describe('strict dates', () => {
  it('reads real ISO dates and refuses the rest', () => {
    expect(readDate('2027-05-12')).toStrictEqual({ ok: true, date: '2027-05-12' });
    expect(readDate('2028-02-29')).toStrictEqual({ ok: true, date: '2028-02-29' });
    expect(readDate('2027-02-29')).toStrictEqual({ ok: false, reason: 'impossible' });
    expect(readDate('2027-13-01')).toStrictEqual({ ok: false, reason: 'impossible' });
    expect(readDate('12.05.2027')).toStrictEqual({ ok: false, reason: 'format', suggestion: '2027-05-12' });
    expect(readDate('2027-5-3')).toStrictEqual({ ok: false, reason: 'format', suggestion: '2027-05-03' });
    expect(readDate('31.02.2027')).toStrictEqual({ ok: false, reason: 'format', suggestion: undefined });
  });

  it('reads local times with hours 00–23 and minutes 00–59', () => {
    expect(readDateTime('2027-05-12T09:30')).toStrictEqual({ ok: true, date: '2027-05-12', time: '09:30' });
    expect(readDateTime('2027-05-12')).toStrictEqual({ ok: true, date: '2027-05-12' });
    expect(readDateTime('2027-05-12T24:00')).toStrictEqual({ ok: false, reason: 'time' });
    expect(readDateTime('2027-05-12T23:60')).toStrictEqual({ ok: false, reason: 'time' });
    expect(readDateTime('12.05.2027 9.30')).toStrictEqual({ ok: false, reason: 'format', suggestion: '"2027-05-12T09:30"' });
  });

  it('suggests the ISO form of day-first dates only when the day exists', () => {
    expect(suggestIsoDate('1.2.2027')).toBe('2027-02-01');
    expect(suggestIsoDate('30/02/2027')).toBeUndefined();
    expect(suggestIsoDate('maj 2027')).toBeUndefined();
  });

  it('takes the day of a date a YAML parser made, but not a timestamp', () => {
    expect(dayOfYamlDate(new Date('2027-05-12'))).toBe('2027-05-12');
    expect(dayOfYamlDate(new Date('2027-05-12T10:00:00Z'))).toBeUndefined();
  });
});

describe('positions in YAML and Markdown', () => {
  it('points at a value, a key, or the nearest parent', () => {
    const source = parseYaml('a: 1\nb:\n  c: x\n  d:\n    - 1\n    - 2\n', 3);
    expect(source.position(['b', 'c'])).toStrictEqual({ line: 5, column: 6 });
    expect(source.position(['b', 'c'], { key: true })).toStrictEqual({ line: 5, column: 3 });
    expect(source.position(['b', 'd', 1])).toStrictEqual({ line: 8, column: 7 });
    expect(source.position(['b', 'missing'])).toStrictEqual({ line: 5, column: 3 });
  });

  it('keeps dates as written, and reports the first syntax error with its line', () => {
    expect(parseYaml('date: 2027-02-30\n').data).toStrictEqual({ date: '2027-02-30' });
    const broken = parseYaml('a: 1\nb: [1, 2\n');
    expect(broken.data).toBeUndefined();
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('splits frontmatter and body with their first lines', () => {
    expect(splitFrontmatter('---\ntitle: A\nsummary: B\n---\nText\n')).toStrictEqual({
      frontmatter: 'title: A\nsummary: B\n',
      body: 'Text\n',
      frontmatterLine: 2,
      bodyLine: 5,
    });
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\n')?.frontmatter).toBe('title: A\n');
    expect(splitFrontmatter('title: A\n')).toBeUndefined();
  });
});

describe('output formats', () => {
  const problem = {
    file: 'content/stories/x/story.yaml',
    line: 3,
    column: 7,
    field: 'date',
    message: '“12.05.2027” is not a date → write 2027-05-12',
  };

  it('prints path:line:column  field  message', () => {
    expect(formatProblem(problem)).toBe('content/stories/x/story.yaml:3:7  date  “12.05.2027” is not a date → write 2027-05-12');
    expect(formatProblem({ file: 'content/stories/x', message: 'm' })).toBe('content/stories/x  —  m');
  });

  it('prints GitHub annotations with escaped properties and message', () => {
    expect(formatGithub({ ...problem, field: 'a,b:c', message: '50% done\nnext' })).toBe(
      '::error file=content/stories/x/story.yaml,line=3,col=7,title=a%2Cb%3Ac::50%25 done%0Anext',
    );
    expect(formatGithub({ file: 'content/x', message: 'm' })).toBe('::error file=content/x::m');
  });

  it('writes field paths with indices', () => {
    expect(fieldPath(['partners', 0, 'role'])).toBe('partners[0].role');
  });
});

describe('names and links', () => {
  it('suggests folder names and near misses', () => {
    expect(folderSuggestion('Łódź Kaliska 2')).toBe('lodz-kaliska-2');
    expect(closest('gliwce', ['gliwice', 'tychy'])).toBe('gliwice');
    expect(closest('zzz', ['gliwice', 'tychy'])).toBeUndefined();
  });

  const index = new Map([
    ['cities', new Set(['gliwice'])],
    ['stories', new Set(['s'])],
    ['events', new Set(['e'])],
  ]);

  it('resolves locale-proof links in the text’s language', () => {
    expect(resolveLink('entry:cities/gliwice', 'de', index)).toStrictEqual({ ok: true, path: '/de/staedte/gliwice/' });
    expect(resolveLink('section:offers', 'cs', index)).toStrictEqual({ ok: true, path: '/cs/investicni-nabidky/' });
    expect(resolveLink('entry:town/gliwice', 'pl', index).ok).toBe(false);
    expect(resolveLink('section:offer', 'pl', index)).toStrictEqual({ ok: false, id: 'link.unknownPage', suggestion: 'section:offers' });
  });

  it('checks site paths, their language and their entries', () => {
    expect(resolveLink('/pl/miasta/gliwice/#fakty', 'pl', index)).toStrictEqual({ ok: true });
    expect(resolveLink('/pl/cities/gliwice/', 'pl', index)).toStrictEqual({
      ok: false,
      id: 'link.unknownPage',
      suggestion: '/pl/miasta/gliwice/',
    });
    expect(resolveLink('/en/cities/gliwice/', 'pl', index)).toStrictEqual({
      ok: false,
      id: 'link.wrongLocale',
      suggestion: '/pl/miasta/gliwice/',
    });
    expect(resolveLink('/pl/historie-sukcesu/miasto/gliwice/', 'pl', index)).toStrictEqual({ ok: true });
    expect(resolveLink('/pl/wydarzenia/e.ics', 'pl', index)).toStrictEqual({ ok: true });
    expect(resolveLink('https://gliwice.eu/', 'pl', index)).toStrictEqual({ ok: true });
    expect(resolveLink('vbscript:x', 'pl', index)).toStrictEqual({ ok: false, id: 'link.unsafe' });
    expect(resolveLink('../gliwice/', 'pl', index).ok).toBe(false);
  });
});

describe('build environment', () => {
  it('accepts good values and unset variables', () => {
    expect(environmentProblems({})).toStrictEqual([]);
    expect(
      environmentProblems({ BUILD_DATE: '2026-06-01', SITE_URL: 'https://klaster.example.pl/', BASE_PATH: '/klaster/' }),
    ).toStrictEqual([]);
  });

  it('names each wrong variable', () => {
    expect(
      environmentProblems({ BUILD_DATE: '1.6.2026', SITE_URL: 'klaster.pl', BASE_PATH: 'a b' }).map((problem) => problem.field),
    ).toStrictEqual(['BUILD_DATE', 'SITE_URL', 'BASE_PATH']);
  });
});

describe('the development server’s problem page', () => {
  it('lists each problem with its place, escaped, in the chosen language', async () => {
    const { errorPage } = await import('../../../src/lib/validation/error-page');
    const { setMessageLanguage } = await import('../../../src/schemas/messages');
    setMessageLanguage('pl');
    try {
      const html = errorPage([{ file: 'content/a/pl.md', line: 4, column: 2, field: 'title', message: '<script>x</script> → y' }]);
      expect(html).toContain('<html lang="pl">');
      expect(html).toContain('<title>Do poprawienia w treści: 1 problem</title>');
      expect(html).toContain('<code>content/a/pl.md:4:2</code> <code>title</code>');
      expect(html).toContain('&#60;script&#62;x&#60;/script&#62; → y');
      expect(html).not.toContain('<script>');
    } finally {
      setMessageLanguage('en');
    }
  });
});

describe('file sizes in messages', () => {
  it('are written in the message language’s number format, with one decimal', () => {
    expect(formatBytes(11_534_336)).toBe('11.0 MB');
    expect(formatBytes(11_534_336, 'pl')).toBe('11,0 MB');
    expect(formatBytes(3 * 1024 * 1024, 'pl')).toBe('3,0 MB');
    expect(formatBytes(524_800, 'pl')).toBe('512,5 kB');
    expect(formatBytes(524_800, 'en')).toBe('512.5 kB');
  });
});
