/**
 * Other names a visitor may type for a city, a sector or a topic, per locale: exonyms (German Kattowitz) and, for
 * Czech, the inflected forms Pagefind cannot derive (it has no Czech stemmer, so "v Katovicích" would not find
 * Katovice). They are indexed on the right page only and never shown (see `src/components/SearchMetadata.astro`):
 * a city's names on the city's own page, a sector's or topic's forms on the pages tagged with it.
 *
 * The locative comes with its preposition ("v Katovicích"), as visitors type it, so both words match the city's page.
 * Only forms a native editor accepts: the glossaries' banned variants (`src/i18n/glossary/`) stay out.
 * Polish needs no forms here (Pagefind stems Polish: `Gliwicach` finds Gliwice); German and English stem too.
 */
import type { CitySlug, Locale } from '../site.config';
import type { sectors, topics } from './vocabularies';

type Aliases = Partial<Record<Locale, readonly string[]>>;

/** A city's other names, per locale, besides the title of its page. */
export const cityAliases: Record<CitySlug, Aliases> = {
  katowice: {
    de: ['Kattowitz'],
    // The Polish form is kept for visitors who type it on the Czech site.
    cs: ['Katowice', 'Katovic', 'Katovicím', 'Katovicemi', 'v Katovicích'],
  },
  gliwice: {
    de: ['Gleiwitz'],
    cs: ['Gliwic', 'Gliwicím', 'Gliwicemi', 'v Gliwicích'],
  },
  tychy: {
    de: ['Tichau'],
    cs: ['Tychů', 'Tychám', 'Tychami', 'v Tychách'],
  },
  jaworzno: {
    cs: ['Jaworzna', 'Jaworznu', 'Jaworznem', 'v Jaworznu'],
  },
  'jastrzebie-zdroj': {
    // The Czech glossary keeps the name undeclined ("ve městě Jastrzębie-Zdrój"); visitors may type it without diacritics.
    cs: ['Jastrzebie-Zdroj', 've městě Jastrzębie-Zdrój'],
    de: ['Jastrzebie-Zdroj'],
    en: ['Jastrzebie-Zdroj'],
  },
  rybnik: {
    cs: ['Rybniku', 'Rybnikem', 'v Rybniku'],
  },
};

/** Inflected forms of a sector's name, per locale. */
export const sectorAliases: Partial<Record<(typeof sectors)[number], Aliases>> = {
  industry: { cs: ['průmyslu', 'průmyslem', 'průmyslové', 'průmyslový'] },
  science: { cs: ['vědy', 'vědě', 'vědou', 'výzkumu', 'výzkumem', 'vědecké', 'výzkumné'] },
  localGovernment: { cs: ['samosprávy', 'samosprávě', 'samosprávu', 'samosprávou', 'samosprávné'] },
};

/** Inflected forms and spellings of a topic's name, per locale. */
export const topicAliases: Partial<Record<(typeof topics)[number], Aliases>> = {
  'clean-combustion': { cs: ['čistšího spalování', 'čistším spalováním', 'spalováním'] },
  gasification: { cs: ['zplyňováním uhlí', 'zplyňovací'] },
  // "CO₂" is written with a subscript two; visitors type "CO2".
  'carbon-capture': { pl: ['CO2'], en: ['CO2'], de: ['CO2'], cs: ['CO2', 'zachytáváním', 'zachycování', 'zachycováním'] },
  'methane-use': { cs: ['využitím důlního metanu', 'důlní metan', 'důlním metanem', 'metan', 'metanu', 'metanem'] },
  'energy-efficiency': { cs: ['energetické účinnosti', 'energetickou účinností', 'účinnosti', 'účinností'] },
  'low-emission': { cs: ['snižováním emisí', 'emise', 'emisemi', 'emisích'] },
  'land-reclamation': { cs: ['rekultivaci', 'rekultivací', 'rekultivacích', 'těžby'] },
  'mining-safety': { cs: ['bezpečnosti v hornictví', 'bezpečností', 'hornictvím'] },
  education: { cs: ['vzděláváním', 'vzdělání', 'vzdělávací'] },
  'research-infrastructure': {
    cs: ['výzkumné infrastruktury', 'výzkumnou infrastrukturou', 'výzkumné infrastruktuře', 'infrastruktury', 'infrastrukturu'],
  },
  entrepreneurship: { cs: ['podnikáním', 'investic', 'investicím', 'investicemi', 'investicích'] },
  international: { cs: ['mezinárodní spolupráci', 'mezinárodní spoluprací', 'spolupráci', 'spoluprací'] },
};
