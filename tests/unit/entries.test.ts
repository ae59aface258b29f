import { describe, expect, it } from 'vitest';
import { entryName, isPublished, joinTexts, orderBy } from '../../src/lib/queries/entries';

describe('joinTexts', () => {
  it('joins texts to facts by folder and leaves out facts without texts', () => {
    const joined = joinTexts([{ id: 'gliwice' }, { id: 'tychy' }], [{ id: 'gliwice/pl' }, { id: 'gliwice/en' }, { id: 'gliwce/en' }]);
    expect(joined.map((entry) => [entry.slug, Object.keys(entry.texts).sort()])).toStrictEqual([['gliwice', ['en', 'pl']]]);
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

describe('entryName', () => {
  const gliwice = {
    slug: 'gliwice',
    facts: {},
    texts: { pl: { id: 'gliwice/pl', data: { title: 'Gliwice (pl)' } }, en: { id: 'gliwice/en', data: { title: 'Gliwice (en)' } } },
  };

  it('names an entry in the reader’s language, marking a fallback with its language', () => {
    expect(entryName(gliwice, 'en')).toStrictEqual({ slug: 'gliwice', name: 'Gliwice (en)', lang: undefined });
    expect(entryName(gliwice, 'pl')).toStrictEqual({ slug: 'gliwice', name: 'Gliwice (pl)', lang: undefined });
    expect(entryName(gliwice, 'cs')).toStrictEqual({ slug: 'gliwice', name: 'Gliwice (en)', lang: 'en' });
  });
});
