/** What the schema.org `Article` of a success story is made from; URLs are absolute. */
export interface StoryJsonLdInput {
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  /** The page's canonical URL. */
  url: string;
  /** BCP 47 tag of the text the page shows. */
  inLanguage: string;
  /** The member cities the story is about. */
  cities: readonly { name: string; url: string }[];
  /** Topic labels in the page's language. */
  keywords?: readonly string[] | undefined;
  /** Who wrote the story; the publisher when not stated. */
  author?: string | undefined;
  image?: string | undefined;
  publisher: { name: string; url: string };
}

/**
 * schema.org `Article` JSON-LD of a success story (never called for example entries, DESIGN §9).
 * Dates are calendar dates (`YYYY-MM-DD`); the cities are both what it is about and where it happened.
 * @example storyJsonLd({ headline: 'CCTW', … })['@type'] // 'Article'
 */
export function storyJsonLd(input: StoryJsonLdInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  const places = input.cities.map((city) => ({ '@type': 'City', name: city.name, url: city.url }));
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    datePublished: day(input.datePublished),
    dateModified: day(input.dateModified ?? input.datePublished),
    inLanguage: input.inLanguage,
    url: input.url,
    mainEntityOfPage: input.url,
    about: places,
    contentLocation: places,
    ...(input.keywords && input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    ...(input.image ? { image: input.image } : {}),
    author: input.author ? { '@type': 'Organization', name: input.author } : publisher,
    publisher,
  };
}
