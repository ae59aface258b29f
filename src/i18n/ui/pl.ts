/**
 * Polish UI strings. This dictionary defines the keys: every other locale must
 * translate each of them (checked by the type system and `tests/unit/i18n-ui.test.ts`).
 * `{name}` placeholders are filled by `translate()`.
 */
export const pl = {
  'site.skipLink': 'Przejdź do treści',
  'site.home': 'Strona główna',
  'site.tagline': 'Przemysł, nauka i samorządy Śląska razem dla czystych technologii węglowych',
  'site.mainNav': 'Menu główne',
  'site.menu': 'Menu',
  'site.breadcrumbs': 'Jesteś tutaj',
  'site.search': 'Szukaj',
  'site.searchLabel': 'Szukaj w serwisie',
  'site.lastUpdated': 'Ostatnia aktualizacja: {date}',
  'site.source': 'Źródło',
  'site.sources': 'Źródła',
  'site.notStated': 'nie podano',
  'site.externalLink': '(strona zewnętrzna)',

  'lang.switcher': 'Język',
  'lang.current': '(bieżący)',
  'lang.chooserTitle': 'Wybierz język',
  'lang.chooserIntro': 'Serwis klastra jest dostępny w czterech językach.',

  'section.cities': 'Miasta',
  'section.stories': 'Historie sukcesu',
  'section.events': 'Wydarzenia',
  'section.offers': 'Oferty inwestycyjne',
  'section.partners': 'Partnerzy',
  'section.about': 'O klastrze',
  'section.concept': 'Koncepcja klastra',
  'section.rdPotential': 'Potencjał badawczy regionu',
  'section.investors': 'Dla inwestorów',
  'section.smes': 'Dla małych i średnich firm',
  'section.schools': 'Dla szkół',
  'section.residents': 'Dla mieszkańców',
  'section.international': 'Współpraca międzynarodowa',
  'section.documents': 'Dokumenty i broszury',
  'section.openData': 'Otwarte dane',
  'section.linkToUs': 'Dla portali miejskich',
  'section.widgets': 'Widżety',
  'section.search': 'Wyszukiwanie',
  'section.accessibility': 'Deklaracja dostępności',
  'section.privacy': 'Polityka prywatności',
  'section.translationStatus': 'Stan tłumaczeń',

  'fallback.notice': 'Ta strona nie jest jeszcze przetłumaczona na język polski. Poniżej wyświetlamy wersję w języku: {language}.',
  'fallback.partial': 'Część tej strony nie jest jeszcze przetłumaczona na język polski. Pozostały tekst wyświetlamy w języku: {language}.',

  'comingSoon.title': '{section}: wkrótce',
  'comingSoon.text': 'Ten dział serwisu jest w przygotowaniu. Jego adres jest już stały, więc można do niego linkować.',
  'comingSoon.meanwhile': 'Tymczasem zapraszamy do działów:',

  'notFound.title': 'Nie znaleziono strony',
  'notFound.text': 'Strona o tym adresie nie istnieje albo została przeniesiona.',
  'notFound.home': 'Przejdź do strony głównej',

  'footer.contact': 'Kontakt',
  'footer.contactPlaceholder': 'adres przykładowy – do uzupełnienia przed uruchomieniem serwisu',
  'footer.cityPortals': 'Portale miast klastra',
  'footer.about': 'O serwisie',
  'footer.noCookies': 'Serwis nie używa plików cookie ani narzędzi śledzących.',

  'home.title': 'Klaster czystych technologii węglowych na Śląsku',
  'home.sectors': 'Trzy sektory, jeden klaster',
  'home.cities': 'Sześć miast członkowskich',
  'home.audiences': 'Co klaster oferuje',
  'home.allCities': 'Wszystkie miasta',
  'home.aboutLink': 'Więcej o klastrze',

  'sector.industry': 'Przemysł',
  'sector.industry.text': 'Górnictwo i energetyka: firmy, które wydobywają węgiel, wytwarzają energię i wdrażają nowe technologie.',
  'sector.science': 'Nauka i B+R',
  'sector.science.text': 'Instytuty badawcze i uczelnie, które opracowują czystsze sposoby wykorzystania węgla.',
  'sector.localGovernment': 'Samorząd',
  'sector.localGovernment.text': 'Sześć miast, które wspierają przedsiębiorczość, edukację i ochronę środowiska w regionie.',

  'audience.residents': 'Mieszkańcy',
  'audience.investors': 'Inwestorzy',
  'audience.schools': 'Szkoły i edukacja',
  'audience.smes': 'Małe i średnie firmy',
  'audience.partnerCities': 'Miasta partnerskie',
  'audience.journalists': 'Media',

  'audienceText.residents': 'Przykłady przedsięwzięć, które zmieniają miasta regionu, i to, co klaster oznacza dla mieszkańców.',
  'audienceText.investors': 'Tereny i obiekty inwestycyjne w sześciu miastach, strefa ekonomiczna i zaplecze badawcze.',
  'audienceText.schools': 'Kierunki kształcenia zgodne z profilem klastra i umiejętności, których będą potrzebować partnerzy.',
  'audienceText.smes': 'Dlaczego i jak przystąpić do klastra, konferencje, seminaria i warsztaty.',
  'audienceText.international': 'Miasta partnerskie o podobnej tradycji gospodarczej, projekty europejskie i kontakty z innymi klastrami.',

  'cities.title': 'Miasta klastra',
  'cities.intro': 'Sześć miast województwa śląskiego należy do klastra od 2005 roku jako jego sektor samorządowy.',
  'city.facts': 'Miasto w liczbach',
  'city.population': 'Liczba mieszkańców',
  'city.populationAsOf': 'stan na {date}',
  'city.area': 'Powierzchnia',
  'city.location': 'Położenie',
  'city.memberSince': 'W klastrze od',
  'city.portal': 'Portal miasta',
  'city.bip': 'Biuletyn Informacji Publicznej',
  'city.countyStatus': 'Status',
  'city.cityWithCountyRights': 'miasto na prawach powiatu',
  'city.economicZone': 'Specjalna strefa ekonomiczna',
  'city.universities': 'Uczelnie i instytuty badawcze',
  'city.fields': 'Pola działania',
  'city.field.rd': 'Badania i rozwój',
  'city.field.environment': 'Środowisko',
  'city.field.humanCapital': 'Kapitał ludzki',
  'city.strategies': 'Dokumenty strategiczne',
  'city.strategy.development': 'Strategia rozwoju miasta',
  'city.strategy.education': 'Strategia rozwoju edukacji',
  'city.strategy.entrepreneurship': 'Lokalny program wspierania przedsiębiorczości',
  'city.strategiesMissing': 'Odnośniki do dokumentów strategicznych miasta zostaną dodane po ich potwierdzeniu.',
  'city.partnerCities': 'Miasta partnerskie',
  'city.investorContact': 'Obsługa inwestora',
  'city.emblemAlt': 'Herb miasta {name}',

  'example.banner': 'Przykładowa treść: dane na tej stronie są ilustracyjne i nie opisują rzeczywistej oferty ani wydarzenia.',
  'example.label': '(przykład)',

  // @section:stories (keys for this section go above this line)
  // @section:events (keys for this section go above this line)
  // @section:offers (keys for this section go above this line)
  'partners.title': 'Partnerzy klastra',
  'partners.intro': 'Klaster łączy trzy sektory: przemysł, naukę i samorządy. Poniżej są organizacje, które go założyły w 2005 roku, i to, co się z nimi stało.',
  'partners.localGovernmentIntro': 'Sektor samorządowy tworzy sześć miast członkowskich:',
  'partner.sector': 'Sektor',
  'partner.seat': 'Siedziba',
  'partner.website': 'Strona internetowa',
  'partner.founding': 'Partner założyciel',
  'partner.foundingValue': 'tak, od {year} roku',
  'partner.status': 'Stan obecny',
  'partner.status.active': 'działa',
  'partner.status.renamed': 'działa pod nową nazwą',
  'partner.status.merged': 'połączony z inną organizacją',
  'partner.status.dissolved': 'nie istnieje',
  'partner.formerNames': 'Dawniej',
  'partner.successor': 'Następca',
  'partner.facts': 'W skrócie',
  // @section:partners (keys for this section go above this line)
  // @section:search (keys for this section go above this line)
  // @section:misc (keys for this section go above this line)
} as const;

export type UiKey = keyof typeof pl;
export type UiDictionary = Record<UiKey, string>;
