/**
 * The `#` comment `npm run new` writes above each field, in Polish and English. The schemas' JSDoc is not there at
 * run time, so the words live here, next to the generator; `tests/unit/scaffold/field-comments.test.ts` checks that
 * every field of every schema the scaffold writes has its comment, and that none is left over, so they cannot drift.
 * Allowed values (enums) and existing folders (references) are added to the comment by the generator itself.
 */
import type { MessageLanguage } from '../../schemas/messages';

export type Comment = Record<MessageLanguage, string>;
type Table = Record<string, Comment>;

const c = (pl: string, en: string): Comment => ({ pl, en });

/** Fields of schemas shared by several collections (a source, a contact, a point on the map). */
const shared: Table = {
  'shared.source.title': c('Nazwa dokumentu, rejestru albo strony.', 'Name of the document, register or page.'),
  'shared.source.url': c('Adres źródła, jeśli jest w internecie (https://…).', 'Address of the source, if it is online (https://…).'),
  'shared.source.lang': c(
    'Język tytułu, jeśli nie jest polski, np. en, de, cs.',
    'Language of the title if it is not Polish, e.g. en, de, cs.',
  ),
  'shared.source.accessed': c('Kiedy sprawdzono źródło (RRRR-MM-DD).', 'When the source was consulted (YYYY-MM-DD).'),
  'shared.contact.name': c('Imię i nazwisko.', 'Name of the person.'),
  'shared.contact.unit': c('Wydział, biuro lub dział.', 'Department or office.'),
  'shared.contact.email': c('Adres e-mail.', 'E-mail address.'),
  'shared.contact.phone': c(
    'Telefon z numerem kierunkowym kraju, np. +48 32 123 45 67.',
    'Phone with the country code, e.g. +48 32 123 45 67.',
  ),
  'shared.contact.url': c('Strona kontaktowa (https://…).', 'Contact page (https://…).'),
  'shared.geoPoint.lat': c('Szerokość geograficzna (WGS 84), np. 50.29.', 'Latitude (WGS 84), e.g. 50.29.'),
  'shared.geoPoint.lon': c('Długość geograficzna (WGS 84), np. 18.67.', 'Longitude (WGS 84), e.g. 18.67.'),
};

/** Fields of the text files (`pl.md`, `en.md`…). */
const text: Table = {
  title: c('Tytuł strony w tym języku (3–160 znaków, jeden wiersz).', 'Page title in this language (3–160 characters, one line).'),
  summary: c(
    'Jedno, dwa zdania do list, wyników wyszukiwania i podglądu linku (10–300 znaków).',
    'One or two sentences for lists, search results and link previews (10–300 characters).',
  ),
  translatedFrom: c(
    'Tylko w tłumaczeniu: z jakiego języka i skrót tekstu źródłowego (npm run translations -- --hash <plik>).',
    'Translations only: the source language and the source hash (npm run translations -- --hash <file>).',
  ),
  'translatedFrom.locale': c('Język źródła, np. pl.', 'Language of the source, e.g. pl.'),
  'translatedFrom.hash': c('Skrót tekstu źródłowego.', 'Hash of the source text.'),
  updated: c('Kiedy tekst ostatnio zmienił się w istotny sposób (RRRR-MM-DD).', 'When this text last changed meaningfully (YYYY-MM-DD).'),
  problem: c('Jaki problem trzeba było rozwiązać.', 'What needed solving.'),
  solution: c('Co zrobiono i kto to zrobił.', 'What was done, and by whom.'),
  result: c('Co z tego wynikło.', 'What came of it.'),
  quote: c('Słowa osoby wskazanej w quoteBy (w story.yaml).', 'The words of the person named in quoteBy (in story.yaml).'),
  agenda: c('Punkty programu po kolei, np. „10:00 Otwarcie”.', 'Agenda items in order, e.g. "10:00 Opening".'),
  navTitle: c('Krótszy tytuł do menu i okruszków.', 'Shorter title for navigation and breadcrumbs.'),
};

const example = c(
  'Treść zmyślona (przykład)? true: strona dostaje oznaczenie „przykład” i nie trafia do wyszukiwarek. Prawdziwy wpis: false.',
  'Invented content (an example)? true: the page is labelled as an example and kept out of search engines. A real entry: false.',
);
const draft = c('Szkic: true trzyma wpis poza serwisem.', 'A draft: true keeps the entry out of the site.');
const sources = c('Skąd pochodzą fakty (lista źródeł).', 'Where the facts come from (a list of sources).');
const updatedFacts = c('Kiedy fakty ostatnio się zmieniły (RRRR-MM-DD).', 'When the facts last changed (YYYY-MM-DD).');
const topics = c('Tematy z listy.', 'Topics from the list.');
const figure = (pl: string, en: string): Table => ({
  '': c(pl, en),
  value: c('Liczba w jednostce z nazwy pola.', 'The figure in the unit the field names.'),
  approximate: c('true, gdy źródło podaje wartość przybliżoną („około”).', 'true when the source gives an approximation ("about").'),
  source: c('Skąd jest ta liczba (obowiązkowe w prawdziwej historii).', 'Where the figure comes from (required in a real story).'),
});
const prefixed = (prefix: string, table: Table): Table =>
  Object.fromEntries(Object.entries(table).map(([key, comment]) => [key ? `${prefix}.${key}` : prefix, comment]));

/** Fields of the facts file of each kind. */
const facts: Record<string, Table> = {
  stories: {
    date: c('Data etapu przedsięwzięcia, o którym mowa (RRRR-MM-DD).', 'Date of the milestone the story reports (YYYY-MM-DD).'),
    published: c(
      'Kiedy serwis opublikował historię (RRRR-MM-DD); nie data opisanego wydarzenia. Tej daty używają kanały RSS i dane strukturalne.',
      'When the site first published the story (YYYY-MM-DD); not the date of what it tells. Feeds and structured data use it.',
    ),
    cities: c('Miasta członkowskie, w których to się wydarzyło.', 'The member cities where it happened.'),
    partners: c(
      'Kto to zrealizował; nie przypisuj klastrowi cudzych zasług.',
      'Who carried it out; never claim for the cluster what others did.',
    ),
    'partners[].partner': c('Folder partnera z content/partners/.', 'Folder of the partner in content/partners/.'),
    'partners[].role': c('W jakim sektorze działał.', 'The sector it acted for.'),
    topics,
    impact: c('Efekty w liczbach, tylko znane; każda liczba ze źródłem.', 'Impact figures where known, each with its source.'),
    ...prefixed('impact.investmentPln', figure('Nakłady inwestycyjne w PLN.', 'Investment in PLN.')),
    ...prefixed('impact.jobs', figure('Utworzone miejsca pracy.', 'Jobs created.')),
    ...prefixed('impact.co2AvoidedTonnesPerYear', figure('Uniknięta emisja CO₂, ton rocznie.', 'CO₂ avoided, tonnes per year.')),
    'impact.trlBefore': c('Poziom gotowości technologii przed (1–9).', 'Technology readiness level before (1–9).'),
    'impact.trlAfter': c('Poziom gotowości technologii po (1–9).', 'Technology readiness level after (1–9).'),
    funding: c('Program lub źródło finansowania, np. „Fundusz Spójności”.', 'Funding programme or source, e.g. "EU Cohesion Fund".'),
    quoteBy: c(
      'Kogo cytujemy (sam cytat jest w pliku tekstowym, pole quote).',
      'Who is quoted (the words are in the text file, field quote).',
    ),
    'quoteBy.name': c('Imię i nazwisko.', "The person's name."),
    'quoteBy.role': c('Funkcja w danym czasie, w każdym języku (pl: …).', 'Their role at the time, per language (pl: …).'),
    'quoteBy.source': c('Gdzie opublikowano te słowa.', 'Where the words were published.'),
    cover: c('Zdjęcie tytułowe, plik obok tego pliku.', 'Cover image, a file next to this one.'),
    'cover.src': c('Nazwa pliku, np. ./okladka.jpg.', 'File name, e.g. ./cover.jpg.'),
    'cover.alt': c('Co przedstawia obraz, w każdym języku (pl: …).', 'What the image shows, per language (pl: …).'),
    'cover.credit': c('Autor lub właściciel zdjęcia.', 'Credit for the image.'),
    author: c('Kto napisał historię (osoba lub instytucja).', 'Who wrote the story (a person or an organisation).'),
    relatedEvents: c('Powiązane wydarzenia (foldery z content/events/).', 'Related events (folders in content/events/).'),
    relatedOffers: c('Powiązane oferty (foldery z content/offers/).', 'Related offers (folders in content/offers/).'),
    sources,
    example,
    draft,
    publishDate: c(
      'Data publikacji w przyszłości trzyma wpis poza serwisem do tego dnia (RRRR-MM-DD).',
      'A future date keeps the story out of the site until then (YYYY-MM-DD).',
    ),
    updated: updatedFacts,
  },
  events: {
    kind: c('Rodzaj wydarzenia.', 'What kind of event it is.'),
    start: c(
      'Początek: data 2027-05-12 albo data z godziną "2027-05-12T09:30" (w cudzysłowie, czas warszawski).',
      'Start: a date 2027-05-12, or a date and time "2027-05-12T09:30" (quoted, Warsaw time).',
    ),
    end: c('Koniec, zapisany tak samo jak początek.', 'End, written the same way as the start.'),
    attendance: c('Na miejscu, online czy jedno i drugie.', 'In person, online or both.'),
    status: c('Zaplanowane, przełożone czy odwołane.', 'Scheduled, postponed or cancelled.'),
    previousStart: c('Przy przełożonym wydarzeniu: pierwotny termin.', 'For a postponed event: the date first announced.'),
    city: c('Miasto członkowskie, w którym się odbywa.', 'The member city it takes place in.'),
    venue: c('Miejsce, jeśli jest znane; nigdy zmyślone.', 'Venue, when known; never invented.'),
    'venue.name': c('Nazwa miejsca.', 'Name of the venue.'),
    'venue.address': c('Adres.', 'Address.'),
    'venue.location': c('Punkt na mapie.', 'Point on the map.'),
    audiences: c('Dla kogo jest.', 'Who it is for.'),
    topics,
    languages: c('Języki wydarzenia, kody dwuliterowe, np. pl.', 'Languages spoken, two-letter codes, e.g. pl.'),
    organisers: c('Organizatorzy, tak jak sami się nazywają.', 'Organisers, as they name themselves.'),
    'organisers[].name': c('Nazwa organizatora.', 'The organiser’s name.'),
    'organisers[].lang': c('Język nazwy, gdy nie jest polska (np. en).', 'Language of the name when it is not Polish (e.g. en).'),
    speakers: c('Prelegenci.', 'Speakers.'),
    'speakers[].name': c('Imię i nazwisko.', 'Name.'),
    'speakers[].affiliation': c('Instytucja.', 'Affiliation.'),
    'speakers[].affiliationLang': c(
      'Język nazwy instytucji, gdy nie jest polska (np. en).',
      'Language of the affiliation when it is not Polish (e.g. en).',
    ),
    'speakers[].role': c('Funkcja, w każdym języku (pl: …).', 'Role, per language (pl: …).'),
    registration: c('Gdzie i do kiedy się zapisać.', 'Where to register, and until when.'),
    'registration.url': c('Adres formularza (https://…).', 'Registration page (https://…).'),
    'registration.deadline': c('Termin zapisów (RRRR-MM-DD).', 'Registration deadline (YYYY-MM-DD).'),
    pricePln: c('Cena brutto w PLN; 0 = bezpłatne.', 'Price in PLN gross; 0 for free.'),
    capacity: c('Liczba miejsc.', 'Number of places.'),
    contact: c('Kto odpowiada na pytania.', 'Who answers questions.'),
    materials: c('Materiały po wydarzeniu: prezentacje, nagrania, relacje.', 'Slides, recordings, reports after the event.'),
    'materials[].title': c('Tytuł, w każdym języku (pl: …).', 'Title, per language (pl: …).'),
    'materials[].url': c('Adres (https://…).', 'Address (https://…).'),
    'materials[].format': c('Format, np. PDF.', 'Format, e.g. PDF.'),
    sources,
    example,
    draft,
    updated: updatedFacts,
  },
  offers: {
    city: c('Miasto członkowskie, w którym leży teren.', 'The member city the site is in.'),
    kind: c('Rodzaj oferty.', 'Kind of offer.'),
    status: c('Dostępna, zarezerwowana czy sprzedana.', 'Available, reserved or sold.'),
    address: c('Adres lub opis położenia.', 'Address or description of the location.'),
    parcels: c('Numery działek ewidencyjnych.', 'Cadastral parcel numbers.'),
    location: c('Punkt na mapie.', 'Point on the map.'),
    areaHa: c('Powierzchnia całkowita w hektarach.', 'Total area in hectares.'),
    largestPlotHa: c('Największa pojedyncza działka w hektarach.', 'Largest single plot in hectares.'),
    floorAreaM2: c('Powierzchnia użytkowa w m² (hale, biura, laboratoria).', 'Floor area in m² (halls, offices, labs).'),
    zoning: c('Miejscowy plan zagospodarowania przestrzennego.', 'Local zoning plan.'),
    'zoning.localPlan': c('Czy jest plan miejscowy.', 'Whether there is a local plan.'),
    'zoning.symbols': c('Symbole przeznaczenia z planu, np. P/U.', 'Zoning symbols from the plan, e.g. P/U.'),
    miningAreaCategory: c('Kategoria terenu górniczego.', 'Mining-area category of the ground.'),
    currentUse: c('Obecne użytkowanie, w każdym języku (pl: …).', 'Current use, per language (pl: …).'),
    previousUse: c('Wcześniejsze użytkowanie, w każdym języku (pl: …).', 'Previous use, per language (pl: …).'),
    ownership: c('Własność.', 'Ownership.'),
    legalStatus: c('Stan prawny, w każdym języku (pl: …).', 'Legal status, per language (pl: …).'),
    transaction: c('Forma transakcji (co najmniej jedna).', 'Kinds of transaction (at least one).'),
    pricePlnPerM2: c('Cena netto w PLN za m² albo negotiable.', 'Net price in PLN per m², or negotiable.'),
    economicZone: c('Specjalna strefa ekonomiczna.', 'Special economic zone.'),
    'economicZone.inZone': c('true, jeśli teren jest w strefie.', 'true when the site is in the zone.'),
    'economicZone.subzone': c('Podstrefa.', 'Subzone.'),
    'economicZone.incentives': c('Zachęty, w każdym języku (pl: …).', 'Incentives, per language (pl: …).'),
    utilities: c(
      'Media: electricity, gas, water, sewage, stormwater, heating, telecom; każde z availability (onSite, nearby, none, unknown).',
      'Utilities: electricity, gas, water, sewage, stormwater, heating, telecom; each with availability (onSite, nearby, none, unknown).',
    ),
    distancesKm: c('Odległości w km.', 'Distances in km.'),
    'distancesKm.motorwayJunction': c('Najbliższy węzeł autostradowy.', 'Nearest motorway junction.'),
    'distancesKm.motorwayJunction.name': c('Nazwa węzła.', 'Name of the junction.'),
    'distancesKm.motorwayJunction.km': c('Odległość w km.', 'Distance in km.'),
    'distancesKm.airportKatowice': c('Do lotniska Katowice-Pyrzowice.', 'To Katowice airport.'),
    'distancesKm.railStation': c('Do stacji kolejowej.', 'To the railway station.'),
    'distancesKm.nearestCityCentre': c('Do centrum miasta.', 'To the city centre.'),
    contact: c('Kto odpowiada na pytania inwestorów.', "Who answers investors' questions."),
    images: c('Zdjęcia, pliki obok tego pliku.', 'Images, files next to this one.'),
    'images[].src': c('Nazwa pliku, np. ./teren.jpg.', 'File name, e.g. ./site.jpg.'),
    'images[].alt': c('Co przedstawia obraz, w każdym języku (pl: …).', 'What the image shows, per language (pl: …).'),
    attachments: c('Załączniki (karta oferty, mapa).', 'Attachments (offer sheet, map).'),
    'attachments[].title': c('Tytuł, w każdym języku (pl: …).', 'Title, per language (pl: …).'),
    'attachments[].url': c('Adres (https://…).', 'Address (https://…).'),
    nationalDatabaseId: c('Numer oferty w krajowej bazie ofert inwestycyjnych.', 'Id in the national investment-offer database.'),
    lastVerified: c('Kiedy właściciel ostatnio potwierdził dane (RRRR-MM-DD).', 'When the owner last confirmed the facts (YYYY-MM-DD).'),
    sources,
    example,
    draft,
    updated: updatedFacts,
  },
  partners: {
    name: c('Oficjalna nazwa (w jej własnym języku).', 'Official name (in its own language).'),
    shortName: c('Skrót, np. GIG-PIB.', 'Short name or acronym, e.g. GIG-PIB.'),
    formerNames: c('Wcześniejsze nazwy, od najnowszej.', 'Former names, newest first.'),
    sector: c('Sektor.', 'Sector.'),
    city: c('Miasto członkowskie siedziby, jeśli jest takie.', 'The member city it is based in, if any.'),
    locality: c('Siedziba spoza miast członkowskich, np. Zabrze.', 'Its seat when not a member city, e.g. Zabrze.'),
    website: c('Strona internetowa (https://…).', 'Website (https://…).'),
    logo: c('Logo, tylko z pliku od samej organizacji.', 'Logo, only a file the organisation provided.'),
    'logo.src': c('Nazwa pliku, np. ./logo.svg.', 'File name, e.g. ./logo.svg.'),
    'logo.alt': c('Tekst alternatywny, w każdym języku (pl: …).', 'Alt text, per language (pl: …).'),
    founding: c('true dla partnera założyciela z 2005 r.', 'true for a founding partner of 2005.'),
    joined: c('Rok przystąpienia.', 'Year it joined.'),
    status: c('Czy działa, zmieniła nazwę, połączyła się czy została zlikwidowana.', 'Active, renamed, merged or dissolved.'),
    successor: c(
      'Następca po połączeniu lub likwidacji (folder z content/partners/).',
      'Successor after a merger or dissolution (folder in content/partners/).',
    ),
    sources,
    updated: updatedFacts,
  },
  documents: {
    file: c(
      'Nazwa pliku dokumentu w tym samym folderze: małe litery, cyfry, łączniki, np. broszura-2027.pdf.',
      'File name of the document in this folder: lower case, digits, hyphens, e.g. brochure-2027.pdf.',
    ),
    language: c('Język dokumentu, kod dwuliterowy, np. pl.', 'Language of the document, a two-letter code, e.g. pl.'),
    published: c('Data publikacji (RRRR-MM-DD).', 'Date of publication (YYYY-MM-DD).'),
    title: c('Tytuł, w każdym języku (pl: obowiązkowo).', 'Title, per language (pl: required).'),
    description: c('Krótki opis, w każdym języku.', 'Short description, per language.'),
    source: c('Skąd pochodzi dokument.', 'Where the document comes from.'),
    example,
  },
};

/** Every comment table, for the coverage test. */
export const commentTables = { shared, text, facts } as const;

/**
 * The comment for a field key of a collection's facts (`text` for a text file), in one language.
 * @example fieldComment('stories', 'date', 'en') // 'Date of the milestone the story reports (YYYY-MM-DD).'
 */
export function fieldComment(collection: string, key: string, language: MessageLanguage): string | undefined {
  const table = key.startsWith('shared.') ? shared : collection === 'text' ? text : facts[collection];
  return table?.[key]?.[language];
}
