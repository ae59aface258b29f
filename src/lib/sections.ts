import { sectionKeys, type SectionKey } from '../site.config';

/** Sections that have their own route folder under `src/pages/[lang]/`. */
export const routedSections = [
  'cities',
  'stories',
  'partners',
  'search',
  'events',
  'documents',
  'offers',
  'openData',
  'translationStatus',
  'linkToUs',
  'widgets',
] as const satisfies readonly SectionKey[];

/** Sections served by the free-page route: content from `content/pages/<key>/`, or a "coming soon" page until then. */
export const pageSections: SectionKey[] = sectionKeys.filter((key) => !(routedSections as readonly SectionKey[]).includes(key));

/** Sections offered on "coming soon" pages as places to go meanwhile. */
export const meanwhileSections: SectionKey[] = ['cities', 'about'];
