import { sectors, type Sector } from '../../data/vocabularies';
import type { Partner } from './site-content';

/**
 * Partners grouped by sector, in the vocabulary's order, each group sorted by name.
 * @example partnersBySector(partners).get('science')?.map((p) => p.slug) // ['gig', 'iich-pan', …]
 */
export function partnersBySector(partners: readonly Partner[]): Map<Sector, Partner[]> {
  const groups = new Map<Sector, Partner[]>(sectors.map((sector) => [sector, []]));
  for (const partner of partners) groups.get(partner.facts.data.sector)!.push(partner);
  for (const group of groups.values()) group.sort((a, b) => a.facts.data.name.localeCompare(b.facts.data.name, 'pl'));
  return groups;
}

/** Partners based in a member city. @example partnersForCity(partners, 'gliwice').length // 2 */
export function partnersForCity(partners: readonly Partner[], city: string): Partner[] {
  return partners.filter((partner) => partner.facts.data.city?.id === city);
}
