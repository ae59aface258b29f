import type { Source } from '../../schemas/common';
import type { MiningAreaCategory } from './vocabulary';

/**
 * Where the explanation of mining-area categories on offer pages comes from (the concept only: the
 * categories rank predicted ground deformation and set building-protection needs; no thresholds are quoted).
 */
export const miningCategorySources: readonly Source[] = [
  {
    title: 'GIG – Kategoryzacja terenów górniczych i pogórniczych do zagospodarowania przestrzennego',
    url: 'https://uslugiggs.gig.eu/kategoryzacja-terenow-gorniczych-pogorniczych-do-zagospodarowania-przestrzennego/',
  },
  {
    title: 'Inżynier Budownictwa – Obiekty budowlane na terenach górniczych',
    url: 'https://inzynierbudownictwa.pl/obiekty-budowlane-na-terenach-gorniczych',
  },
];

/**
 * True when an offer's mining-area category is one of the numbered categories (0–IV), which the sources explain.
 * @example hasMiningCategory('II') // true
 */
export function hasMiningCategory(category: MiningAreaCategory): boolean {
  return category !== 'notMiningArea' && category !== 'unknown';
}
