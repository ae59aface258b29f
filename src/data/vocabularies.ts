/**
 * Controlled vocabularies: the fixed value lists used by schemas, filters and UI alike.
 * Each list's labels live in the UI dictionaries under `<list>.<value>` where shown to visitors.
 */

/** The cluster's three sectors (DESIGN §1). */
export const sectors = ['industry', 'science', 'localGovernment'] as const;
export type Sector = (typeof sectors)[number];

/** Topics a success story or event can be filed under. */
export const topics = [
  'clean-combustion',
  'gasification',
  'carbon-capture',
  'methane-use',
  'energy-efficiency',
  'low-emission',
  'land-reclamation',
  'mining-safety',
  'education',
  'research-infrastructure',
  'entrepreneurship',
  'international',
] as const;
export type Topic = (typeof topics)[number];

/** Who a page, event or offer is for (DESIGN §2). */
export const audiences = ['residents', 'investors', 'schools', 'smes', 'partnerCities', 'journalists'] as const;
export type Audience = (typeof audiences)[number];

export const eventKinds = ['conference', 'seminar', 'workshop', 'matchmaking', 'fair', 'schoolVisit'] as const;
export const attendanceModes = ['inPerson', 'online', 'mixed'] as const;
export const eventStatuses = ['scheduled', 'postponed', 'cancelled'] as const;

export const offerKinds = ['greenfield', 'brownfield', 'hall', 'office', 'lab'] as const;
export const offerStatuses = ['available', 'reserved', 'sold'] as const;
export const transactionTypes = ['sale', 'lease', 'perpetualUsufruct'] as const;
export const ownershipTypes = ['municipal', 'stateTreasury', 'private', 'economicZone', 'mixed'] as const;
export const utilityKinds = ['electricity', 'gas', 'water', 'sewage', 'stormwater', 'heating', 'telecom'] as const;
export const utilityAvailability = ['onSite', 'nearby', 'none', 'unknown'] as const;
export const localPlanStatuses = ['adopted', 'inPreparation', 'none'] as const;

/**
 * Mining-area categories used in Silesia for mining-damage risk (teren górniczy):
 * 0 (negligible) to V (unsuitable for building), plus `notMiningArea` and `unknown`.
 */
export const miningAreaCategories = ['notMiningArea', '0', 'I', 'II', 'III', 'IV', 'V', 'unknown'] as const;

/** Role of a partner in a success story: the sector it acted for. */
export const partnerRoles = sectors;

/** What became of an organisation that founded the cluster. */
export const partnerStatuses = ['active', 'renamed', 'merged', 'dissolved'] as const;

/** Kinds of research and teaching bodies listed on city pages. */
export const institutionKinds = ['university', 'researchInstitute', 'branchCampus', 'other'] as const;
