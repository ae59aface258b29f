/**
 * The open-data columns of an offer (CSV columns and GeoJSON properties), with their type, unit,
 * coded values and a description in every locale. The documentation page and the files are both
 * generated from this list, so they cannot drift apart.
 */
import {
  localPlanStatuses,
  miningAreaCategories,
  offerKinds,
  offerStatuses,
  ownershipTypes,
  transactionTypes,
  utilityAvailability,
  utilityKinds,
} from '../../data/vocabularies';
import { languageName } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { cityOrder, localeCodes, type Locale } from '../../site.config';

export type ColumnType = 'string' | 'number' | 'boolean' | 'date' | 'code' | 'list';

export interface OfferColumn {
  /** Column name: English, snake_case, the same in every language. */
  name: string;
  type: ColumnType;
  unit?: string | undefined;
  /** Allowed values of a `code` or `list` column. */
  values?: readonly string[] | undefined;
  /** What the column holds, in the reader's language. */
  describe: (locale: Locale) => string;
}

type Texts = Record<Locale, string>;
const text = (texts: Texts) => (locale: Locale) => texts[locale];
const column = (name: string, type: ColumnType, texts: Texts, extra: { unit?: string; values?: readonly string[] } = {}): OfferColumn => ({
  name,
  type,
  ...extra,
  describe: text(texts),
});

/** Per-language columns: `title_pl`, `url_en`, … */
const perLocale = (prefix: string, texts: Texts): OfferColumn[] =>
  localeCodes.map((code) => ({
    name: `${prefix}_${code}`,
    type: 'string' as const,
    describe: (locale: Locale) => texts[locale].replace('{language}', languageName(code, locale)),
  }));

/** Per-utility columns: `utility_gas_availability`, … */
const perUtility = (
  suffix: string,
  type: ColumnType,
  texts: Texts,
  extra: { unit?: string; values?: readonly string[] } = {},
): OfferColumn[] =>
  utilityKinds.map((kind) => ({
    name: `utility_${kind}_${suffix}`,
    type,
    ...extra,
    describe: (locale: Locale) => texts[locale].replace('{utility}', translate(locale, `utilityKinds.${kind}`)),
  }));

export const offerColumns: readonly OfferColumn[] = [
  column('id', 'string', {
    pl: 'Stały identyfikator oferty (nazwa jej folderu), także ostatni człon adresu jej strony.',
    en: 'Permanent id of the offer (its folder name), also the last part of its page address.',
    de: 'Dauerhafte Kennung des Angebots (Name seines Ordners), zugleich letzter Teil der Seitenadresse.',
    cs: 'Trvalý identifikátor nabídky (název její složky), zároveň poslední část adresy její stránky.',
  }),
  column('example', 'boolean', {
    pl: 'true: wpis przykładowy z wymyślonymi danymi, nie rzeczywista oferta.',
    en: 'true: an example entry with made-up details, not a real offer.',
    de: 'true: ein Beispieleintrag mit erfundenen Angaben, kein reales Angebot.',
    cs: 'true: ukázkový záznam se smyšlenými údaji, ne skutečná nabídka.',
  }),
  ...perLocale('title', {
    pl: 'Tytuł oferty w wersji językowej: {language}; puste, jeśli jej nie ma.',
    en: 'Title of the offer in {language}; empty if there is no such version.',
    de: 'Titel des Angebots auf {language}; leer, wenn es keine solche Fassung gibt.',
    cs: 'Název nabídky v jazyce: {language}; prázdné, pokud tato verze neexistuje.',
  }),
  ...perLocale('url', {
    pl: 'Adres strony oferty w wersji językowej: {language}.',
    en: 'Address of the offer’s page in {language}.',
    de: 'Adresse der Angebotsseite auf {language}.',
    cs: 'Adresa stránky nabídky v jazyce: {language}.',
  }),
  column(
    'city',
    'code',
    {
      pl: 'Miasto klastra, w którym leży teren.',
      en: 'The cluster city the site is in.',
      de: 'Stadt des Clusters, in der das Gelände liegt.',
      cs: 'Město klastru, ve kterém pozemek leží.',
    },
    { values: cityOrder },
  ),
  column('city_name', 'string', {
    pl: 'Urzędowa nazwa miasta.',
    en: 'Official name of the city.',
    de: 'Amtlicher Name der Stadt.',
    cs: 'Úřední název města.',
  }),
  column(
    'kind',
    'code',
    {
      pl: 'Rodzaj oferty: teren niezabudowany, poprzemysłowy, hala, biuro, laboratorium.',
      en: 'Kind of offer: greenfield, brownfield, hall, office, laboratory.',
      de: 'Art des Angebots: unbebaute Fläche, Industriebrache, Halle, Büro, Labor.',
      cs: 'Druh nabídky: nezastavěný pozemek, brownfield, hala, kanceláře, laboratoř.',
    },
    { values: offerKinds },
  ),
  column(
    'status',
    'code',
    {
      pl: 'Status oferty w dniu ostatniej weryfikacji.',
      en: 'Status of the offer when it was last verified.',
      de: 'Status des Angebots bei der letzten Prüfung.',
      cs: 'Stav nabídky při posledním ověření.',
    },
    { values: offerStatuses },
  ),
  column(
    'latitude',
    'number',
    {
      pl: 'Szerokość geograficzna punktu oferty (WGS 84).',
      en: 'Latitude of the offer’s point (WGS 84).',
      de: 'Geografische Breite des Angebotspunkts (WGS 84).',
      cs: 'Zeměpisná šířka bodu nabídky (WGS 84).',
    },
    { unit: '°' },
  ),
  column(
    'longitude',
    'number',
    {
      pl: 'Długość geograficzna punktu oferty (WGS 84).',
      en: 'Longitude of the offer’s point (WGS 84).',
      de: 'Geografische Länge des Angebotspunkts (WGS 84).',
      cs: 'Zeměpisná délka bodu nabídky (WGS 84).',
    },
    { unit: '°' },
  ),
  column('address', 'string', {
    pl: 'Adres terenu lub obiektu.',
    en: 'Address of the site or building.',
    de: 'Adresse des Geländes oder Objekts.',
    cs: 'Adresa pozemku nebo objektu.',
  }),
  column('parcels', 'list', {
    pl: 'Numery działek ewidencyjnych.',
    en: 'Cadastral parcel numbers.',
    de: 'Nummern der Katasterflurstücke.',
    cs: 'Čísla katastrálních parcel.',
  }),
  column(
    'area_ha',
    'number',
    {
      pl: 'Powierzchnia całkowita terenu.',
      en: 'Total area of the site.',
      de: 'Gesamtfläche des Geländes.',
      cs: 'Celková plocha pozemku.',
    },
    { unit: 'ha' },
  ),
  column(
    'largest_plot_ha',
    'number',
    {
      pl: 'Powierzchnia największej działki.',
      en: 'Area of the largest single plot.',
      de: 'Fläche des größten Einzelgrundstücks.',
      cs: 'Plocha největší parcely.',
    },
    { unit: 'ha' },
  ),
  column(
    'floor_area_m2',
    'number',
    {
      pl: 'Powierzchnia użytkowa hali, biura lub laboratorium.',
      en: 'Floor area of a hall, office or laboratory.',
      de: 'Nutzfläche einer Halle, eines Büros oder Labors.',
      cs: 'Užitná plocha haly, kanceláří nebo laboratoře.',
    },
    { unit: 'm²' },
  ),
  column(
    'local_plan',
    'code',
    {
      pl: 'Stan miejscowego planu zagospodarowania przestrzennego.',
      en: 'Status of the local zoning plan.',
      de: 'Stand des örtlichen Bebauungsplans.',
      cs: 'Stav územního plánu.',
    },
    { values: localPlanStatuses },
  ),
  column('zoning_symbols', 'list', {
    pl: 'Symbole przeznaczenia terenu w planie miejscowym (np. P/U).',
    en: 'Land-use symbols in the local plan (e.g. P/U).',
    de: 'Nutzungssymbole im örtlichen Plan (z. B. P/U).',
    cs: 'Symboly využití v místním plánu (např. P/U).',
  }),
  column(
    'mining_area_category',
    'code',
    {
      pl: 'Kategoria terenu górniczego (ryzyko szkód górniczych); notMiningArea: poza terenem górniczym.',
      en: 'Mining-area category (risk of mining damage); notMiningArea: outside mining areas.',
      de: 'Kategorie des Bergbaugebiets (Bergschadensrisiko); notMiningArea: außerhalb von Bergbaugebieten.',
      cs: 'Kategorie území ovlivněného těžbou (riziko důlních škod); notMiningArea: mimo území ovlivněné těžbou.',
    },
    { values: miningAreaCategories },
  ),
  column(
    'ownership',
    'code',
    { pl: 'Właściciel terenu.', en: 'Owner of the site.', de: 'Eigentümer des Geländes.', cs: 'Vlastník pozemku.' },
    { values: ownershipTypes },
  ),
  column(
    'transaction',
    'list',
    {
      pl: 'Formy zbycia: sprzedaż, najem lub dzierżawa, użytkowanie wieczyste.',
      en: 'Forms of transaction: sale, lease, perpetual usufruct.',
      de: 'Formen: Verkauf, Miete oder Pacht, Erbnießbrauch.',
      cs: 'Typy transakce: prodej, nájem nebo pacht, trvalé užívání.',
    },
    { values: transactionTypes },
  ),
  column(
    'price_pln_per_m2',
    'number',
    {
      pl: 'Cena netto za metr kwadratowy; puste, gdy cena jest do negocjacji.',
      en: 'Net price per square metre; empty when the price is to be negotiated.',
      de: 'Nettopreis je Quadratmeter; leer, wenn der Preis verhandelbar ist.',
      cs: 'Cena bez DPH za metr čtvereční; prázdné, pokud je cena stanovena dohodou.',
    },
    { unit: 'PLN/m²' },
  ),
  column('price_negotiable', 'boolean', {
    pl: 'true: cena do negocjacji.',
    en: 'true: the price is to be negotiated.',
    de: 'true: Der Preis wird nach Vereinbarung festgelegt.',
    cs: 'true: cena je stanovena dohodou.',
  }),
  column('in_economic_zone', 'boolean', {
    pl: 'Czy teren leży w specjalnej strefie ekonomicznej; puste, jeśli nie podano.',
    en: 'Whether the site is inside a special economic zone; empty if not stated.',
    de: 'Ob das Gelände in einer Sonderwirtschaftszone liegt; leer, wenn nicht angegeben.',
    cs: 'Zda pozemek leží ve zvláštní ekonomické zóně; prázdné, pokud není uvedeno.',
  }),
  column('economic_zone_subzone', 'string', {
    pl: 'Podstrefa specjalnej strefy ekonomicznej.',
    en: 'Subzone of the special economic zone.',
    de: 'Unterzone der Sonderwirtschaftszone.',
    cs: 'Podzóna zvláštní ekonomické zóny.',
  }),
  ...perUtility(
    'availability',
    'code',
    {
      pl: 'Dostępność medium: {utility}.',
      en: 'Availability of {utility}.',
      de: 'Verfügbarkeit: {utility}.',
      cs: 'Dostupnost sítě: {utility}.',
    },
    { values: utilityAvailability },
  ),
  ...perUtility(
    'distance_m',
    'number',
    {
      pl: 'Odległość do przyłącza medium: {utility}, jeśli nie ma go na terenie.',
      en: 'Distance to the nearest {utility} connection when it is not on site.',
      de: 'Entfernung zum nächsten Anschluss ({utility}), wenn nicht auf dem Gelände.',
      cs: 'Vzdálenost k nejbližší přípojce ({utility}), pokud není na pozemku.',
    },
    { unit: 'm' },
  ),
  ...perUtility('capacity', 'string', {
    pl: 'Moc lub przepustowość przyłącza medium: {utility}, opisowo.',
    en: 'Capacity of the {utility} connection, as text.',
    de: 'Kapazität des Anschlusses ({utility}), als Text.',
    cs: 'Kapacita přípojky ({utility}), textem.',
  }),
  column('motorway_junction', 'string', {
    pl: 'Nazwa najbliższego węzła autostradowego (np. A1, A4).',
    en: 'Name of the nearest motorway junction (e.g. A1, A4).',
    de: 'Name des nächsten Autobahnanschlusses (z. B. A1, A4).',
    cs: 'Název nejbližšího dálničního sjezdu (např. A1, A4).',
  }),
  column(
    'motorway_junction_km',
    'number',
    {
      pl: 'Odległość do tego węzła.',
      en: 'Distance to that junction.',
      de: 'Entfernung zu diesem Anschluss.',
      cs: 'Vzdálenost k tomuto sjezdu.',
    },
    { unit: 'km' },
  ),
  column(
    'airport_katowice_km',
    'number',
    {
      pl: 'Odległość do lotniska Katowice-Pyrzowice.',
      en: 'Distance to Katowice Airport (Pyrzowice).',
      de: 'Entfernung zum Flughafen Katowice (Pyrzowice).',
      cs: 'Vzdálenost k letišti Katovice (Pyrzowice).',
    },
    { unit: 'km' },
  ),
  column(
    'rail_station_km',
    'number',
    {
      pl: 'Odległość do najbliższej stacji kolejowej.',
      en: 'Distance to the nearest railway station.',
      de: 'Entfernung zum nächsten Bahnhof.',
      cs: 'Vzdálenost k nejbližší železniční stanici.',
    },
    { unit: 'km' },
  ),
  column(
    'city_centre_km',
    'number',
    {
      pl: 'Odległość do centrum miasta.',
      en: 'Distance to the city centre.',
      de: 'Entfernung zum Stadtzentrum.',
      cs: 'Vzdálenost do centra města.',
    },
    { unit: 'km' },
  ),
  column('current_use', 'string', {
    pl: 'Obecne wykorzystanie terenu (po polsku).',
    en: 'Current use of the site (in Polish).',
    de: 'Derzeitige Nutzung des Geländes (auf Polnisch).',
    cs: 'Současné využití pozemku (polsky).',
  }),
  column('previous_use', 'string', {
    pl: 'Wcześniejsze wykorzystanie terenu (po polsku).',
    en: 'Previous use of the site (in Polish).',
    de: 'Frühere Nutzung des Geländes (auf Polnisch).',
    cs: 'Předchozí využití pozemku (polsky).',
  }),
  column('legal_status', 'string', {
    pl: 'Stan prawny (po polsku).',
    en: 'Legal status (in Polish).',
    de: 'Rechtslage (auf Polnisch).',
    cs: 'Právní stav (polsky).',
  }),
  column('national_database_id', 'string', {
    pl: 'Numer oferty w krajowej bazie ofert inwestycyjnych, jeśli jest.',
    en: 'Id of the offer in the national investment-offer database, if any.',
    de: 'Nummer des Angebots in der nationalen Datenbank der Investitionsangebote, falls vorhanden.',
    cs: 'Číslo nabídky v celostátní databázi investičních nabídek, pokud existuje.',
  }),
  column('contact_name', 'string', { pl: 'Osoba do kontaktu.', en: 'Contact person.', de: 'Ansprechperson.', cs: 'Kontaktní osoba.' }),
  column('contact_unit', 'string', {
    pl: 'Komórka lub instytucja do kontaktu.',
    en: 'Contact office or institution.',
    de: 'Zuständige Stelle oder Einrichtung.',
    cs: 'Kontaktní útvar nebo instituce.',
  }),
  column('contact_email', 'string', {
    pl: 'Adres e-mail do kontaktu.',
    en: 'Contact e-mail address.',
    de: 'Kontakt-E-Mail-Adresse.',
    cs: 'Kontaktní e-mailová adresa.',
  }),
  column('contact_phone', 'string', {
    pl: 'Telefon do kontaktu.',
    en: 'Contact telephone number.',
    de: 'Kontakttelefonnummer.',
    cs: 'Kontaktní telefon.',
  }),
  column('contact_url', 'string', {
    pl: 'Strona internetowa kontaktu lub oferty u właściciela.',
    en: 'Web page of the contact or of the offer at its owner.',
    de: 'Webseite der Ansprechstelle oder des Angebots beim Eigentümer.',
    cs: 'Webová stránka kontaktu nebo nabídky u vlastníka.',
  }),
  column('last_verified', 'date', {
    pl: 'Data ostatniego potwierdzenia danych u właściciela.',
    en: 'When the details were last confirmed with the owner.',
    de: 'Wann die Angaben zuletzt beim Eigentümer bestätigt wurden.',
    cs: 'Kdy byly údaje naposledy potvrzeny u vlastníka.',
  }),
  column('stale', 'boolean', {
    pl: 'true: dane nie były weryfikowane od ponad 6 miesięcy w dniu wygenerowania pliku.',
    en: 'true: the details had not been verified for more than 6 months when the file was generated.',
    de: 'true: Die Angaben waren bei Erzeugung der Datei seit mehr als 6 Monaten nicht geprüft.',
    cs: 'true: údaje nebyly v den vytvoření souboru ověřeny déle než 6 měsíců.',
  }),
  column('updated', 'date', {
    pl: 'Data ostatniej zmiany danych oferty.',
    en: 'When the offer’s details last changed.',
    de: 'Wann sich die Angaben des Angebots zuletzt geändert haben.',
    cs: 'Kdy se údaje nabídky naposledy změnily.',
  }),
  column('sources', 'list', {
    pl: 'Adresy źródeł danych.',
    en: 'Addresses of the sources of the details.',
    de: 'Adressen der Quellen der Angaben.',
    cs: 'Adresy zdrojů údajů.',
  }),
];

/** Column names in order. @example offerColumnNames[0] // 'id' */
export const offerColumnNames: readonly string[] = offerColumns.map((col) => col.name);
