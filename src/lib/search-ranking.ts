/**
 * Pagefind's ranking options for the site's search (passed to `pagefind.options({ ranking })`).
 * Metadata fields are searched too, and a match in one adds to the page's score by the field's weight:
 * `title` (Pagefind's default, 5) lifts any page with the words in its title; `names`, set only on the page that IS
 * about a subject (a city's own page, `SearchMeta.names`), lifts it above stories, events, partners and lists that
 * carry the same name in their titles.
 */
export const searchRanking = {
  metaWeights: { title: 5, names: 10 },
} as const;
