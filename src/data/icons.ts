/**
 * The site's icon set: Lucide icons (ISC licence, `lucide-static`), imported at build time and drawn inline by
 * `src/components/Icon.astro`; nothing is fetched at run time. One icon per value of our vocabularies, so that a
 * sector, a topic, an offer kind, a utility or an event kind looks the same wherever it appears.
 */
import {
  BookOpen,
  Briefcase,
  Building2,
  CloudOff,
  CloudRain,
  Construction,
  Cylinder,
  Droplet,
  Factory,
  Flame,
  FlameKindling,
  FlaskConical,
  Fuel,
  Gauge,
  Globe,
  GraduationCap,
  Handshake,
  HardHat,
  House,
  Landmark,
  Leaf,
  Lectern,
  MapPin,
  Microscope,
  Plane,
  Presentation,
  RadioTower,
  School,
  Sprout,
  Store,
  TestTubes,
  Thermometer,
  Trees,
  TrendingUp,
  Warehouse,
  WavesArrowDown,
  Wrench,
  Zap,
} from 'lucide-static';
import type { Audience, eventKinds, offerKinds, Sector, Topic, utilityKinds } from './vocabularies';

/** The SVG source of every icon the site uses, by name. */
export const iconSources = {
  'book-open': BookOpen,
  briefcase: Briefcase,
  'building-2': Building2,
  'cloud-off': CloudOff,
  'cloud-rain': CloudRain,
  construction: Construction,
  cylinder: Cylinder,
  droplet: Droplet,
  factory: Factory,
  flame: Flame,
  'flame-kindling': FlameKindling,
  'flask-conical': FlaskConical,
  fuel: Fuel,
  gauge: Gauge,
  globe: Globe,
  'graduation-cap': GraduationCap,
  handshake: Handshake,
  'hard-hat': HardHat,
  house: House,
  landmark: Landmark,
  leaf: Leaf,
  lectern: Lectern,
  'map-pin': MapPin,
  microscope: Microscope,
  plane: Plane,
  presentation: Presentation,
  'radio-tower': RadioTower,
  school: School,
  sprout: Sprout,
  store: Store,
  'test-tubes': TestTubes,
  thermometer: Thermometer,
  trees: Trees,
  'trending-up': TrendingUp,
  warehouse: Warehouse,
  'waves-arrow-down': WavesArrowDown,
  wrench: Wrench,
  zap: Zap,
} as const satisfies Record<string, string>;

export type IconName = keyof typeof iconSources;

export const sectorIcons = {
  industry: 'factory',
  science: 'flask-conical',
  localGovernment: 'landmark',
} as const satisfies Record<Sector, IconName>;

export const topicIcons = {
  'clean-combustion': 'flame-kindling',
  gasification: 'cylinder',
  'carbon-capture': 'cloud-off',
  'methane-use': 'fuel',
  'energy-efficiency': 'gauge',
  'low-emission': 'leaf',
  'land-reclamation': 'sprout',
  'mining-safety': 'hard-hat',
  education: 'graduation-cap',
  'research-infrastructure': 'microscope',
  entrepreneurship: 'briefcase',
  international: 'globe',
} as const satisfies Record<Topic, IconName>;

export const offerKindIcons = {
  greenfield: 'trees',
  brownfield: 'construction',
  hall: 'warehouse',
  office: 'building-2',
  lab: 'test-tubes',
} as const satisfies Record<(typeof offerKinds)[number], IconName>;

export const utilityIcons = {
  electricity: 'zap',
  gas: 'flame',
  water: 'droplet',
  sewage: 'waves-arrow-down',
  stormwater: 'cloud-rain',
  heating: 'thermometer',
  telecom: 'radio-tower',
} as const satisfies Record<(typeof utilityKinds)[number], IconName>;

export const eventKindIcons = {
  conference: 'presentation',
  seminar: 'lectern',
  workshop: 'wrench',
  matchmaking: 'handshake',
  fair: 'store',
  schoolVisit: 'school',
} as const satisfies Record<(typeof eventKinds)[number], IconName>;

/**
 * The audience sections linked from the home page (the audiences of DESIGN §2, with partner cities and
 * journalists under "international"); the same icon as the matching topic where there is one.
 */
export const audienceIcons = {
  residents: 'house',
  investors: 'trending-up',
  schools: 'school',
  smes: 'briefcase',
  international: 'globe',
} as const satisfies Record<Exclude<Audience, 'partnerCities' | 'journalists'> | 'international', IconName>;
