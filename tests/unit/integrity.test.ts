import { describe, expect, it } from 'vitest';
import { ContentIntegrityError, danglingReferences } from '../../src/lib/integrity';
import { isPublished, joinTexts, orderBy } from '../../src/lib/queries/entries';

const ref = (collection: string, id: string) => ({ collection, id });

describe('danglingReferences', () => {
  const exists = (collection: string, id: string) => `${collection}/${id}` === 'cities/gliwice';

  it('names the file, the field path and the missing target', () => {
    const problems = danglingReferences(
      [
        {
          collection: 'stories',
          id: 'x',
          filePath: 'content/stories/x/story.yaml',
          data: { date: new Date(), cities: [ref('cities', 'gliwice'), ref('cities', 'nowhere')], partners: [{ partner: ref('partners', 'gig'), role: 'science' }] },
        },
      ],
      exists,
    );
    expect(problems).toEqual([
      'content/stories/x/story.yaml: field "cities[1]" refers to "nowhere", but there is no such entry in content/cities/.',
      'content/stories/x/story.yaml: field "partners[0].partner" refers to "gig", but there is no such entry in content/partners/.',
    ]);
  });

  it('accepts references that exist and ignores plain objects', () => {
    expect(danglingReferences([{ collection: 'events', id: 'e', data: { city: ref('cities', 'gliwice'), venue: { name: 'Hall', address: 'X' } } }], exists)).toEqual([]);
  });

  it('reports every problem in one error', () => {
    expect(new ContentIntegrityError(['a', 'b']).message).toBe('Content check failed:\n  - a\n  - b');
  });
});

describe('joinTexts', () => {
  it('joins texts to facts and reports orphans on both sides with their files', () => {
    const problems: string[] = [];
    const joined = joinTexts(
      [
        { id: 'gliwice', filePath: 'content/cities/gliwice/city.yaml' },
        { id: 'tychy', filePath: 'content/cities/tychy/city.yaml' },
      ],
      [
        { id: 'gliwice/pl', filePath: 'content/cities/gliwice/pl.md' },
        { id: 'gliwce/en', filePath: 'content/cities/gliwce/en.md' },
      ],
      'city.yaml',
      problems,
    );
    expect(joined.map((entry) => entry.slug)).toEqual(['gliwice']);
    expect(problems).toEqual([
      'content/cities/gliwce/en.md: there is no city.yaml beside this text; every entry folder needs its facts file.',
      'content/cities/tychy/city.yaml: this entry has no text; add at least pl.md (or pl.mdx) beside it.',
    ]);
  });
});

describe('isPublished and orderBy', () => {
  const asOf = new Date('2026-06-01');
  it('leaves out drafts and entries scheduled for later', () => {
    expect(isPublished({}, asOf)).toBe(true);
    expect(isPublished({ draft: true }, asOf)).toBe(false);
    expect(isPublished({ publishDate: new Date('2026-06-02') }, asOf)).toBe(false);
    expect(isPublished({ publishDate: new Date('2026-06-01') }, asOf)).toBe(true);
  });
  it('orders by a slug list, unknown last', () => {
    expect(orderBy([{ slug: 'x' }, { slug: 'b' }, { slug: 'a' }], ['a', 'b']).map((entry) => entry.slug)).toEqual(['a', 'b', 'x']);
  });
});
