import { describe, expect, it } from 'vitest';
import { storySchema, storyTextSchema } from '../../src/schemas/story';
import { plainTools } from '../../src/lib/validation/schema-tools';

const schema = storySchema(plainTools);
const valid = { date: '2024-12-18', published: '2026-11-27', cities: ['tychy'], topics: ['low-emission'] };

describe('story schema extensions', () => {
  it('marks impact figures as exact unless they say they are approximate', () => {
    const exact = schema.parse({ ...valid, impact: { investmentPln: { value: 49_998_600, source: { title: 'Tauron' } } } });
    expect(exact.impact.investmentPln).toStrictEqual({ value: 49_998_600, approximate: false, source: { title: 'Tauron' } });
    const about = schema.parse({ ...valid, impact: { investmentPln: { value: 4e9, approximate: true, source: { title: 'Bankier.pl' } } } });
    expect(about.impact.investmentPln?.approximate).toBe(true);
  });

  it('accepts funding and a cover credit as one string or a text per language (Polish required)', () => {
    expect(schema.safeParse({ ...valid, funding: 'KPO' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, funding: { pl: 'Krajowy Plan Odbudowy', en: 'National Recovery Plan' } }).success).toBe(true);
    expect(schema.safeParse({ ...valid, funding: { en: 'National Recovery Plan' } }).success).toBe(false);
    const cover = { src: 'cover.png', alt: { pl: 'Wykres' }, credit: { pl: 'Ilustracja', en: 'Illustration' } };
    expect(schema.safeParse({ ...valid, cover }).success).toBe(true);
  });

  it('requires alt text in Polish on a cover image', () => {
    const result = schema.safeParse({ ...valid, cover: { src: 'cover.png', alt: { en: 'Chart' } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('cover.alt.pl');
  });

  it('requires its own publication date, kept apart from the date of what it tells (DESIGN §10)', () => {
    const { published: _published, ...withoutPublished } = valid;
    const result = schema.safeParse(withoutPublished);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('published');
    const parsed = schema.parse(valid);
    expect(parsed.published.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(parsed.date.toISOString().slice(0, 10)).toBe('2024-12-18');
  });

  it('takes a source for the person quoted', () => {
    const parsed = schema.parse({
      ...valid,
      quoteBy: { name: 'Wojciech Dąbrowski', role: { pl: 'prezes' }, source: { title: 'wGospodarce.pl', url: 'https://wgospodarce.pl/' } },
    });
    expect(parsed.quoteBy?.source?.title).toBe('wGospodarce.pl');
  });

  it('rejects unknown fields in a story text', () => {
    expect(
      storyTextSchema.safeParse({ title: 'Trolejbusy', summary: 'Trolejbusy w Tychach od 1982 roku.', date: '2024-12-18' }).success,
    ).toBe(false);
  });
});
