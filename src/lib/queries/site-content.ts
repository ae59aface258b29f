import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate, cityOrder, sectionKeys, type SectionKey } from '../../site.config';
import { documentFile } from '../document-files';
import { ContentIntegrityError, danglingReferences } from '../integrity';
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
 * All content, joined, filtered (drafts and future entries left out) and checked once per build:
 * every text has its facts file, every configured city exists, every reference points at an entry,
 * every page folder is a known section. Any problem fails the build with the file named.
 */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= loadSiteContent();
  return loading;
}

async function loadSiteContent(): Promise<SiteContent> {
  const problems: string[] = [];
  const [cities, cityTexts, stories, storyTexts, events, eventTexts, offers, offerTexts, partners, partnerTexts, pageTexts, documentEntries] = await Promise.all([
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

  for (const slug of cityOrder) {
    if (!cities.some((city) => city.id === slug)) problems.push(`content/cities/${slug}/city.yaml: missing; src/site.config.ts lists "${slug}" in cityOrder.`);
  }

  const all = [...cities, ...stories, ...events, ...offers, ...partners];
  const ids = new Set(all.map((entry) => `${entry.collection}/${entry.id}`));
  problems.push(...danglingReferences(all, (collection, id) => ids.has(`${collection}/${id}`)));

  const pages = groupTexts(pageTexts);
  const allowed: readonly string[] = ['home', ...sectionKeys];
  for (const [key, texts] of pages) {
    if (!allowed.includes(key)) {
      const file = Object.values(texts)[0]?.filePath ?? key;
      problems.push(`${file}: "${key}" is not a page key; name page folders after a section key in src/site.config.ts (${allowed.join(', ')}).`);
    }
  }

  const documents: Document[] = [];
  for (const entry of documentEntries) {
    const download = documentFile(entry.id, entry.data.file);
    if (download) documents.push({ ...entry, download });
    else problems.push(`${entry.filePath ?? entry.id}: field "file" names "${entry.data.file}", but there is no such file in content/documents/${entry.id}/.`);
  }
  documents.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());

  const content: SiteContent = {
    cities: orderBy(joinTexts(cities, cityTexts, 'city.yaml', problems), cityOrder),
    stories: joinTexts(stories, storyTexts, 'story.yaml', problems).filter((story) => isPublished(story.facts.data, buildDate)),
    events: joinTexts(events, eventTexts, 'event.yaml', problems).filter((event) => isPublished(event.facts.data, buildDate)),
    offers: joinTexts(offers, offerTexts, 'offer.yaml', problems).filter((offer) => isPublished(offer.facts.data, buildDate)),
    partners: joinTexts(partners, partnerTexts, 'partner.yaml', problems),
    pages: pages as Map<PageKey, PageTexts>,
    documents,
  };
  if (problems.length > 0) throw new ContentIntegrityError(problems);
  return content;
}
