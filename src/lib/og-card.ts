import { allLocales, parsePath, translate } from '../i18n';
import { cluster } from '../site.config';
import { ogImagePath, type OgCard } from './og-image';
import type { PageMeta } from './page-meta';

/** A page's share card and the site path of its image. */
export interface OgImage {
  card: OgCard;
  /** Site path without the base path (`/_astro/og/…png`). */
  path: string;
  /** The image's alt text: what it says, in the page's language. */
  alt: string;
}

/**
 * The Open Graph image of a page, or undefined for a page that gets none: fallback pages (text from another
 * language, canonical to the page that has it) and utility pages (`noindex`). Example entries get one, labelled.
 * @example ogImageOf({ locale: 'pl', title: 'Gliwice', paths: { pl: '/pl/miasta/gliwice/', … }, … })?.card.section // 'Miasta'
 */
export function ogImageOf(meta: PageMeta): OgImage | undefined {
  const translatedHere = (meta.translatedIn ?? allLocales).includes(meta.locale);
  if (!translatedHere || meta.noindex) return undefined;
  const pagePath = meta.paths[meta.locale];
  // A later page of a list shows its first page's card: same card, same image (README "Open Graph images").
  const shown = meta.cardOf ?? { title: meta.title, path: pagePath };
  const sectionKey = parsePath(pagePath)?.section;
  const sectionName = sectionKey && translate(meta.locale, `section.${sectionKey}`);
  const label = meta.example ? translate(meta.locale, 'example.label') : undefined;
  const card: OgCard = {
    title: shown.title,
    section: sectionName !== shown.title ? sectionName : undefined,
    siteName: cluster.name[meta.locale],
    label,
  };
  // Example titles often carry the label already ("Biuro w Katowicach (przykład)"): the alt text says it once.
  const alt = label && !shown.title.includes(label) ? `${shown.title} ${label}` : shown.title;
  return { card, path: ogImagePath(shown.path, card), alt };
}
