import type {
  localPlanStatuses,
  miningAreaCategories,
  offerKinds,
  offerStatuses,
  ownershipTypes,
  transactionTypes,
  utilityAvailability,
  utilityKinds,
} from '../../data/vocabularies';

/** Value types of the offer vocabularies in `src/data/vocabularies.ts`. */
export type OfferKind = (typeof offerKinds)[number];
export type OfferStatus = (typeof offerStatuses)[number];
export type TransactionType = (typeof transactionTypes)[number];
export type OwnershipType = (typeof ownershipTypes)[number];
export type UtilityKind = (typeof utilityKinds)[number];
export type UtilityAvailability = (typeof utilityAvailability)[number];
export type LocalPlanStatus = (typeof localPlanStatuses)[number];
export type MiningAreaCategory = (typeof miningAreaCategories)[number];

/**
 * Type guard: is `value` one of `list`?
 * @example isOneOf(offerKinds, 'hall') // true
 */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
