import { describe, expect, it } from 'vitest';
import { storyJsonLd } from '../../src/lib/story-json-ld';

const input = {
  headline: 'Centrum Czystych Technologii Węglowych',
  description: 'Laboratoria i instalacje do badań nad czystszym wykorzystaniem węgla.',
  datePublished: new Date('2020-01-14'),
  url: 'https://iskctw.example.org/pl/historie-sukcesu/cctw/',
  inLanguage: 'pl',
  cities: [{ name: 'Katowice', url: 'https://iskctw.example.org/pl/miasta/katowice/' }],
  keywords: ['Infrastruktura badawcza', 'Zgazowanie węgla'],
  publisher: { name: 'Innowacyjny Śląski Klaster Czystych Technologii Węglowych', url: 'https://iskctw.example.org/pl/' },
};

describe('storyJsonLd', () => {
  it('describes the story as a schema.org Article with calendar dates and absolute URLs', () => {
    const data = storyJsonLd(input);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: input.headline,
      description: input.description,
      datePublished: '2020-01-14',
      dateModified: '2020-01-14',
      inLanguage: 'pl',
      url: input.url,
      keywords: 'Infrastruktura badawcza, Zgazowanie węgla',
    });
    expect(data['about']).toStrictEqual([{ '@type': 'City', name: 'Katowice', url: 'https://iskctw.example.org/pl/miasta/katowice/' }]);
    expect(data['contentLocation']).toStrictEqual(data['about']);
    expect(data['publisher']).toStrictEqual({ '@type': 'Organization', name: input.publisher.name, url: input.publisher.url });
  });

  it('credits the publisher as author when no author is stated, and names the author otherwise', () => {
    expect(storyJsonLd(input)['author']).toStrictEqual(storyJsonLd(input)['publisher']);
    expect(storyJsonLd({ ...input, author: 'IŚKCTW' })['author']).toStrictEqual({ '@type': 'Organization', name: 'IŚKCTW' });
  });

  it('adds the image and modification date only when known', () => {
    expect(storyJsonLd(input)).not.toHaveProperty('image');
    const data = storyJsonLd({ ...input, image: 'https://iskctw.example.org/_astro/cover.webp', dateModified: new Date('2026-11-27') });
    expect(data['image']).toBe('https://iskctw.example.org/_astro/cover.webp');
    expect(data['dateModified']).toBe('2026-11-27');
  });

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(storyJsonLd(input)))['@type']).toBe('Article');
  });
});
