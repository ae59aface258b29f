/**
 * Pagefind's ranking options for the site's search (passed to `pagefind.options({ ranking })`).
 * Metadata fields are searched too, and a match in one adds to the page's score by the field's weight
 * (fields set by `src/components/SearchMetadata.astro`):
 * - `title` (Pagefind's default, 5) lifts any page with the words in its title;
 * - `entry`, the title again but only on an entry's own page (story, event, offer, partner, city), lifts it above
 *   the section and filter pages whose titles repeat its words ("Grubengas": the story before "Erfolgsgeschichten:
 *   Grubengasnutzung");
 * - `names`, only on the page that IS about a subject (a city's own page, `SearchMeta.names`), lifts it above the
 *   stories, events and partners that carry the same name in their titles.
 */
export const searchRanking = {
  metaWeights: { title: 5, entry: 5, names: 20 },
} as const;
