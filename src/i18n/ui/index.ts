import type { Locale } from '../../site.config';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { pl, type UiDictionary } from './pl';

export type { UiDictionary, UiKey } from './pl';

/** One dictionary per locale; a locale added to `site.config.ts` without one fails type-checking here. */
export const dictionaries: Record<Locale, UiDictionary> = { pl, en, de, cs };
