import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate, cityOrder, type SectionKey } from '../../site.config';
import { documentFile } from '../document-files';
import { groupTexts, type TextsByLocale } from '../translations';
import { isPublished, joinTexts, orderBy, type Joined } from './entries';

export type City = Joined<CollectionEntry<'cities'>, CollectionEntry<'cityTexts'>>;
export type Story = Joined<CollectionEntry<'stories'>, CollectionEntry<'storyTexts'>>;
export type Event = Joined<CollectionEntry<'events'>, CollectionEntry<'eventTexts'>>;
export type Offer = Joined<CollectionEntry<'offers'>, CollectionEntry<'offerTexts'>>;
export type Partner = Joined<CollectionEntry<'partners'>, CollectionEntry<'partnerTexts'>>;
/** Keys a free page folder may have: `home` or a section key from `site.config.ts`. */
export type PageKey = SectionKey | 'home';
export type PageTexts = TextsByLocale<CollectionEntry<'pages'>>;
export type Document = CollectionEntry<'documents'> & { download: { url: string; bytes: number } };

export interface SiteContent {
  cities: City[];
  stories: Story[];
  events: Event[];
  offers: Offer[];
  partners: Partner[];
  pages: Map<PageKey, PageTexts>;
  /** Downloadable documents, newest first. */
  documents: Document[];
}

let loading: Promise<SiteContent> | undefined;

/**
 * All content, joined and filtered (drafts and future entries left out), loaded once per build. Whether texts and
 * facts match, references resolve and page folders are known is checked before Astro renders anything, by the
 * content validator (`src/lib/validation/`, run by `npm run build` and the `contentValidation` integration).
 */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= loadSiteContent();
  return loading;
}

async function loadSiteContent(): Promise<SiteContent> {
  const [
    cities,
    cityTexts,
    stories,
    storyTexts,
    events,
    eventTexts,
    offers,
    offerTexts,
    partners,
    partnerTexts,
    pageTexts,
    documentEntries,
  ] = await Promise.all([
    getCollection('cities'),
    getCollection('cityTexts'),
    getCollection('stories'),
    getCollection('storyTexts'),
    getCollection('events'),
    getCollection('eventTexts'),
    getCollection('offers'),
    getCollection('offerTexts'),
    getCollection('partners'),
    getCollection('partnerTexts'),
    getCollection('pages'),
    getCollection('documents'),
  ]);

  const pages = groupTexts(pageTexts);

  const documents: Document[] = [];
  for (const entry of documentEntries) {
    const download = documentFile(entry.id, entry.data.file);
    if (download) documents.push({ ...entry, download });
  }
  documents.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());

  return {
    cities: orderBy(joinTexts(cities, cityTexts), cityOrder),
    stories: joinTexts(stories, storyTexts).filter((story) => isPublished(story.facts.data, buildDate)),
    events: joinTexts(events, eventTexts).filter((event) => isPublished(event.facts.data, buildDate)),
    offers: joinTexts(offers, offerTexts).filter((offer) => isPublished(offer.facts.data, buildDate)),
    partners: joinTexts(partners, partnerTexts),
    pages: pages as Map<PageKey, PageTexts>,
    documents,
  };
}
