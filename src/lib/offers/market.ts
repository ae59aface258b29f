import type { OfferStatus } from './vocabulary';

/**
 * Whether an offer is still on the market (available or reserved): what the home page's and the city pages' figures
 * count. @example isOnMarket({ status: 'reserved' }) // true
 */
export const isOnMarket = (offer: { status: OfferStatus }): boolean => offer.status !== 'sold';
