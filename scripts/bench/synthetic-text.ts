/**
 * The words of the synthetic content (`synthetic-content.ts`): sentence pools and labels in the site's four languages,
 * written so that a block chosen once renders as parallel translations. Every sentence is plausible for the cluster's
 * field and visibly generic; `{city}`, `{n}`, `{year}` and `{k}` are filled in by the generator.
 */
import type { Locale } from '../../src/site.config';

type PerLocale<T> = Record<Locale, T>;

/** Sentences of a body paragraph; the same index is the same sentence in every language. */
export const sentences: PerLocale<readonly string[]> = {
  pl: [
    'Przedsięwzięcie objęło {n} budynków użyteczności publicznej w mieście {city}.',
    'Prace rozpoczęto w {year} roku, a ich pierwszy etap zamknięto po czternastu miesiącach.',
    'Zużycie ciepła w modernizowanych obiektach spadło o {k} procent w porównaniu z rokiem bazowym.',
    'Partnerzy z nauki i przemysłu przygotowali wspólnie studium wykonalności i plan pomiarów.',
    'Dane z pomiarów są publikowane co kwartał w otwartym formacie.',
    'W projekcie uczestniczyło {n} firm z regionu, w tym kilka małych przedsiębiorstw usługowych.',
    'Instalacja pracuje w trybie ciągłym i jest nadzorowana zdalnie przez operatora.',
    'Mieszkańcy mogli obejrzeć obiekt podczas dni otwartych organizowanych dwa razy w roku.',
    'Część kosztów pokryły środki z programu regionalnego, resztę sfinansował inwestor.',
    'Doświadczenia z tego etapu posłużyły do zaplanowania kolejnych inwestycji w mieście {city}.',
    'Teren wcześniej zajmowały zabudowania dawnej kopalni, które rozebrano przed rozpoczęciem budowy.',
    'Uczniowie szkół technicznych odbywali w obiekcie praktyki zawodowe.',
  ],
  en: [
    'The undertaking covered {n} public buildings in {city}.',
    'Work began in {year}, and its first stage was completed after fourteen months.',
    'Heat consumption in the modernised buildings fell by {k} per cent compared with the base year.',
    'Partners from science and industry jointly prepared a feasibility study and a measurement plan.',
    'The measurement data are published every quarter in an open format.',
    '{n} companies from the region took part in the project, among them several small service firms.',
    'The installation runs continuously and is supervised remotely by its operator.',
    'Residents could visit the site on open days held twice a year.',
    'Part of the cost was covered by a regional programme; the investor financed the rest.',
    'The experience of this stage served to plan further investments in {city}.',
    'The site was previously occupied by the buildings of a former mine, demolished before construction began.',
    'Students of technical schools did their work placements at the site.',
  ],
  de: [
    'Das Vorhaben umfasste {n} öffentliche Gebäude in {city}.',
    'Die Arbeiten begannen {year}, die erste Phase wurde nach vierzehn Monaten abgeschlossen.',
    'Der Wärmeverbrauch der modernisierten Gebäude sank gegenüber dem Basisjahr um {k} Prozent.',
    'Partner aus Wissenschaft und Industrie erarbeiteten gemeinsam eine Machbarkeitsstudie und einen Messplan.',
    'Die Messdaten werden vierteljährlich in einem offenen Format veröffentlicht.',
    'An dem Projekt beteiligten sich {n} Unternehmen aus der Region, darunter mehrere kleine Dienstleister.',
    'Die Anlage läuft im Dauerbetrieb und wird vom Betreiber aus der Ferne überwacht.',
    'Bei Tagen der offenen Tür, zweimal im Jahr, konnten die Einwohner die Anlage besichtigen.',
    'Einen Teil der Kosten trug ein regionales Förderprogramm, den Rest finanzierte der Investor.',
    'Die Erfahrungen dieser Phase flossen in die Planung weiterer Investitionen in {city} ein.',
    'Auf dem Gelände standen früher Gebäude eines ehemaligen Bergwerks, die vor Baubeginn abgerissen wurden.',
    'Schülerinnen und Schüler technischer Schulen absolvierten hier ihre Praktika.',
  ],
  cs: [
    'Záměr zahrnoval {n} veřejných budov ve městě {city}.',
    'Práce začaly v roce {year} a první etapa byla dokončena po čtrnácti měsících.',
    'Spotřeba tepla v modernizovaných budovách klesla oproti výchozímu roku o {k} procent.',
    'Partneři z vědy a průmyslu společně připravili studii proveditelnosti a plán měření.',
    'Naměřená data se zveřejňují každé čtvrtletí v otevřeném formátu.',
    'Na projektu se podílelo {n} firem z regionu, mezi nimi několik malých servisních podniků.',
    'Zařízení pracuje v nepřetržitém provozu a provozovatel je dohlíží na dálku.',
    'Obyvatelé si mohli zařízení prohlédnout během dnů otevřených dveří, které se konají dvakrát ročně.',
    'Část nákladů pokryl regionální program, zbytek financoval investor.',
    'Zkušenosti z této etapy posloužily při plánování dalších investic ve městě {city}.',
    'Pozemek dříve zabíraly budovy bývalého dolu, které byly před zahájením stavby zbořeny.',
    'Žáci technických škol zde absolvovali odbornou praxi.',
  ],
};

/** Headings of body sections. */
export const headings: PerLocale<readonly string[]> = {
  pl: ['Kto to zrobił', 'Jak przebiegały prace', 'Co z tego wynikło', 'Liczby', 'Co dalej', 'Tło'],
  en: ['Who carried it out', 'How the work went', 'What came of it', 'Figures', 'What next', 'Background'],
  de: ['Wer es umgesetzt hat', 'Wie die Arbeiten verliefen', 'Was daraus wurde', 'Zahlen', 'Wie es weitergeht', 'Hintergrund'],
  cs: ['Kdo to uskutečnil', 'Jak práce probíhaly', 'Co z toho vzešlo', 'Čísla', 'Co dál', 'Pozadí'],
};

/** List items (the list is the same list in every language). */
export const listItems: PerLocale<readonly string[]> = {
  pl: [
    'audyt energetyczny budynków',
    'wymiana źródeł ciepła',
    'termomodernizacja ścian i dachów',
    'pomiary emisji',
    'szkolenia dla obsługi',
  ],
  en: [
    'an energy audit of the buildings',
    'replacement of heat sources',
    'insulation of walls and roofs',
    'emission measurements',
    'training for staff',
  ],
  de: [
    'Energieaudit der Gebäude',
    'Austausch der Wärmeerzeuger',
    'Dämmung von Wänden und Dächern',
    'Emissionsmessungen',
    'Schulungen für das Personal',
  ],
  cs: ['energetický audit budov', 'výměna zdrojů tepla', 'zateplení stěn a střech', 'měření emisí', 'školení obsluhy'],
};

/** A small table: header row and the label of each row. */
export const tableLabels: PerLocale<{ year: string; value: string; unit: string }> = {
  pl: { year: 'Rok', value: 'Wartość', unit: 'MWh' },
  en: { year: 'Year', value: 'Value', unit: 'MWh' },
  de: { year: 'Jahr', value: 'Wert', unit: 'MWh' },
  cs: { year: 'Rok', value: 'Hodnota', unit: 'MWh' },
};

/** "See also …" around a cross-reference link. */
export const seeAlso: PerLocale<(link: string) => string> = {
  pl: (link) => `Zobacz też ${link}.`,
  en: (link) => `See also ${link}.`,
  de: (link) => `Siehe auch ${link}.`,
  cs: (link) => `Viz také ${link}.`,
};

/** Link texts for section links. */
export const sectionLinkText: PerLocale<Record<'offers' | 'events' | 'stories', string>> = {
  pl: { offers: 'oferty inwestycyjne', events: 'kalendarz wydarzeń', stories: 'inne historie sukcesu' },
  en: { offers: 'investment offers', events: 'the events calendar', stories: 'other success stories' },
  de: { offers: 'die Investitionsangebote', events: 'den Veranstaltungskalender', stories: 'weitere Erfolgsgeschichten' },
  cs: { offers: 'investiční nabídky', events: 'kalendář akcí', stories: 'další příběhy úspěchu' },
};

/** Title patterns per collection; `{n}` is the entry's number, `{city}` its city. */
export const titles: PerLocale<Record<'story' | 'event' | 'offer' | 'partner' | 'document', readonly string[]>> = {
  pl: {
    story: ['Modernizacja ciepłowni nr {n} – {city}', 'Odzysk metanu z szybu {n} – {city}', 'Rekultywacja hałdy {n} – {city}'],
    event: ['Seminarium o czystym spalaniu nr {n}', 'Warsztaty dla firm nr {n}', 'Konferencja klastra nr {n}'],
    offer: ['Teren inwestycyjny nr {n} – {city}', 'Hala produkcyjna nr {n} – {city}', 'Biuro w centrum nr {n} – {city}'],
    partner: ['Instytut Technologii Energetycznych nr {n}', 'Spółka Ciepłownicza nr {n}', 'Zakład Badawczy nr {n}'],
    document: ['Raport roczny klastra nr {n}', 'Prezentacja projektu nr {n}'],
  },
  en: {
    story: [
      'Heating plant modernisation no. {n} – {city}',
      'Methane recovery from shaft {n} – {city}',
      'Reclamation of spoil heap {n} – {city}',
    ],
    event: ['Clean combustion seminar no. {n}', 'Workshop for companies no. {n}', 'Cluster conference no. {n}'],
    offer: ['Investment site no. {n} – {city}', 'Production hall no. {n} – {city}', 'City-centre office no. {n} – {city}'],
    partner: ['Institute of Energy Technologies no. {n}', 'District Heating Company no. {n}', 'Research Laboratory no. {n}'],
    document: ['Cluster annual report no. {n}', 'Project presentation no. {n}'],
  },
  de: {
    story: [
      'Modernisierung des Heizwerks Nr. {n} – {city}',
      'Methannutzung aus Schacht {n} – {city}',
      'Rekultivierung der Halde {n} – {city}',
    ],
    event: ['Seminar zur sauberen Verbrennung Nr. {n}', 'Workshop für Unternehmen Nr. {n}', 'Clusterkonferenz Nr. {n}'],
    offer: ['Investitionsfläche Nr. {n} – {city}', 'Produktionshalle Nr. {n} – {city}', 'Büro im Zentrum Nr. {n} – {city}'],
    partner: ['Institut für Energietechnik Nr. {n}', 'Fernwärmegesellschaft Nr. {n}', 'Forschungslabor Nr. {n}'],
    document: ['Jahresbericht des Clusters Nr. {n}', 'Projektpräsentation Nr. {n}'],
  },
  cs: {
    story: ['Modernizace výtopny č. {n} – {city}', 'Využití metanu ze šachty {n} – {city}', 'Rekultivace haldy {n} – {city}'],
    event: ['Seminář o čistém spalování č. {n}', 'Workshop pro firmy č. {n}', 'Konference klastru č. {n}'],
    offer: ['Investiční pozemek č. {n} – {city}', 'Výrobní hala č. {n} – {city}', 'Kancelář v centru č. {n} – {city}'],
    partner: ['Institut energetických technologií č. {n}', 'Teplárenská společnost č. {n}', 'Výzkumná laboratoř č. {n}'],
    document: ['Výroční zpráva klastru č. {n}', 'Prezentace projektu č. {n}'],
  },
};

/** One-sentence summaries; `{title}` is the entry's title. */
export const summaries: PerLocale<string> = {
  pl: 'Wpis wygenerowany do testu wydajności: „{title}” – opis, liczby i powiązania z innymi wpisami.',
  en: 'An entry generated for the performance benchmark: “{title}” – a description, figures and links to other entries.',
  de: 'Ein für den Leistungstest erzeugter Eintrag: „{title}“ – Beschreibung, Zahlen und Verweise auf andere Einträge.',
  cs: 'Záznam vytvořený pro test výkonu: „{title}“ – popis, čísla a odkazy na další záznamy.',
};

/** Alt text of a generated image. */
export const imageAlt: PerLocale<string> = {
  pl: 'Abstrakcyjna grafika w paski wygenerowana do testu wydajności',
  en: 'Abstract striped graphic generated for the performance benchmark',
  de: 'Abstrakte gestreifte Grafik, für den Leistungstest erzeugt',
  cs: 'Abstraktní pruhovaná grafika vytvořená pro test výkonu',
};
