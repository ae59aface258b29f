import type { Locale } from '../site.config';

/**
 * The URL segment of a sector, topic or offer kind on the filter pages, per language: `/pl/historie-sukcesu/temat/
 * wykorzystanie-metanu/`, `/de/erfolgsgeschichten/thema/grubengasnutzung/`. English keeps the vocabulary key in kebab
 * case. City portals may link to these: never rename one without a redirect in `content/redirects.yaml`.
 */
const valueSlugs: Record<Exclude<Locale, 'en'>, Record<string, string>> = {
  pl: {
    industry: 'przemysl',
    science: 'nauka',
    localGovernment: 'samorzad',
    'clean-combustion': 'czystsze-spalanie',
    gasification: 'zgazowanie-wegla',
    'carbon-capture': 'wychwyt-co2',
    'methane-use': 'wykorzystanie-metanu',
    'energy-efficiency': 'efektywnosc-energetyczna',
    'low-emission': 'ograniczanie-emisji',
    'land-reclamation': 'rekultywacja-terenow',
    'mining-safety': 'bezpieczenstwo-w-gornictwie',
    education: 'edukacja',
    'research-infrastructure': 'infrastruktura-badawcza',
    entrepreneurship: 'gospodarka-i-inwestycje',
    international: 'wspolpraca-miedzynarodowa',
    greenfield: 'teren-niezabudowany',
    brownfield: 'teren-poprzemyslowy',
    hall: 'hala',
    office: 'biuro',
    lab: 'laboratorium',
  },
  de: {
    industry: 'industrie',
    science: 'wissenschaft',
    localGovernment: 'kommunen',
    'clean-combustion': 'sauberere-verbrennung',
    gasification: 'kohlevergasung',
    'carbon-capture': 'co2-abscheidung',
    'methane-use': 'grubengasnutzung',
    'energy-efficiency': 'energieeffizienz',
    'low-emission': 'emissionsminderung',
    'land-reclamation': 'rekultivierung',
    'mining-safety': 'grubensicherheit',
    education: 'bildung',
    'research-infrastructure': 'forschungsinfrastruktur',
    entrepreneurship: 'wirtschaft-und-investitionen',
    international: 'internationale-zusammenarbeit',
    greenfield: 'unbebaute-flaeche',
    brownfield: 'industriebrache',
    hall: 'halle',
    office: 'buero',
    lab: 'labor',
  },
  cs: {
    industry: 'prumysl',
    science: 'veda',
    localGovernment: 'samosprava',
    'clean-combustion': 'cistsi-spalovani',
    gasification: 'zplynovani-uhli',
    'carbon-capture': 'zachytavani-co2',
    'methane-use': 'vyuziti-metanu',
    'energy-efficiency': 'energeticka-ucinnost',
    'low-emission': 'snizovani-emisi',
    'land-reclamation': 'rekultivace',
    'mining-safety': 'bezpecnost-v-hornictvi',
    education: 'vzdelavani',
    'research-infrastructure': 'vyzkumna-infrastruktura',
    entrepreneurship: 'podnikani-a-investice',
    international: 'mezinarodni-spoluprace',
    greenfield: 'nezastaveny-pozemek',
    brownfield: 'brownfield',
    hall: 'hala',
    office: 'kancelar',
    lab: 'laborator',
  },
};

/**
 * A filter value in the URL of `locale`: cities keep their slug; sectors, topics and offer kinds are translated.
 * @example filterValueSlug('pl', 'methane-use') // 'wykorzystanie-metanu'
 * @example filterValueSlug('en', 'localGovernment') // 'local-government'
 */
export function filterValueSlug(locale: Locale, value: string): string {
  const translated = locale === 'en' ? undefined : valueSlugs[locale][value];
  return translated ?? value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Every translated value, for tests: each language's slugs are unique and URL-safe. */
export const translatedValueSlugs = valueSlugs;
