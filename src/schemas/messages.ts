/**
 * The catalogue of content-check messages, in Polish and English (DESIGN §10: one set of rules, messages as
 * `path:line:column  field  problem → what to write`). Schemas, `npm run validate` and the build all take their
 * wording from here, so an editor reads the same sentence wherever a mistake is caught.
 *
 * Each message is a problem and, where there is one, the fix. Parameters are plain strings or numbers.
 */

/** Languages the messages exist in. */
export const messageLanguages = ['pl', 'en'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

type Params = Record<string, string | number | undefined>;
interface Wording {
  problem: string;
  fix?: string | undefined;
}
type Entry = Record<MessageLanguage, (p: Params) => Wording>;

const list = (values: unknown) => String(values);
/** Polish plural forms: 1 problem, 2–4 problemy (not 12–14), 5+ problemów. */
const polishPlural = (count: number, one: string, few: string, many: string) => {
  const form = new Intl.PluralRules('pl').select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
};
const quoted = (value: unknown) => `“${String(value)}”`;
const pquoted = (value: unknown) => `„${String(value)}”`;

/** Every message; keys are stable identifiers (tests pin the wording of each in both languages). */
export const catalogue = {
  // Dates and times
  'date.format': {
    en: (p) => ({
      problem: `${quoted(p.value)} is not a date written as YYYY-MM-DD`,
      fix: p.suggestion ? `write ${p.suggestion}` : 'write the date as YYYY-MM-DD, e.g. 2027-05-12',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest datą w zapisie RRRR-MM-DD`,
      fix: p.suggestion ? `wpisz ${p.suggestion}` : 'wpisz datę jako RRRR-MM-DD, np. 2027-05-12',
    }),
  },
  'date.impossible': {
    en: (p) => ({
      problem: `${p.value} is not a day of the calendar`,
      fix: 'check the day and the month (months 01–12, days up to 28–31)',
    }),
    pl: (p) => ({ problem: `dnia ${p.value} nie ma w kalendarzu`, fix: 'sprawdź dzień i miesiąc (miesiące 01–12, dni do 28–31)' }),
  },
  'datetime.format': {
    en: (p) => ({
      problem: `${quoted(p.value)} is neither a date (YYYY-MM-DD) nor a local time (YYYY-MM-DDTHH:MM, Warsaw time)`,
      fix: p.suggestion ? `write ${p.suggestion}` : 'write e.g. 2027-05-12 or "2027-05-12T09:30"',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest ani datą (RRRR-MM-DD), ani godziną (RRRR-MM-DDTGG:MM, czas warszawski)`,
      fix: p.suggestion ? `wpisz ${p.suggestion}` : 'wpisz np. 2027-05-12 albo "2027-05-12T09:30"',
    }),
  },
  'datetime.time': {
    en: (p) => ({
      problem: `the time in ${quoted(p.value)} does not exist`,
      fix: 'write hours 00–23 and minutes 00–59, e.g. "2027-05-12T09:30"',
    }),
    pl: (p) => ({
      problem: `godzina w ${pquoted(p.value)} nie istnieje`,
      fix: 'wpisz godziny 00–23 i minuty 00–59, np. "2027-05-12T09:30"',
    }),
  },
  'event.endStyle': {
    en: () => ({
      problem: 'the end is written differently from the start',
      fix: 'write both as dates (YYYY-MM-DD) or both as local times ("YYYY-MM-DDTHH:MM")',
    }),
    pl: () => ({
      problem: 'koniec zapisano inaczej niż początek',
      fix: 'wpisz oba jako daty (RRRR-MM-DD) albo oba jako godziny ("RRRR-MM-DDTGG:MM")',
    }),
  },
  'event.endBeforeStart': {
    en: () => ({ problem: 'the end is before the start', fix: 'write an end on or after the start' }),
    pl: () => ({ problem: 'koniec jest wcześniej niż początek', fix: 'wpisz koniec nie wcześniejszy niż początek' }),
  },

  // Text
  'text.singleLine': {
    en: () => ({ problem: 'contains a line break or a control character', fix: 'write it on one line, without special characters' }),
    pl: () => ({ problem: 'zawiera złamanie wiersza albo znak sterujący', fix: 'zapisz to w jednym wierszu, bez znaków specjalnych' }),
  },
  'text.tooShort': {
    en: (p) => ({ problem: `is too short (${p.length} characters)`, fix: `write at least ${p.min} characters` }),
    pl: (p) => ({ problem: `jest za krótkie (znaków: ${p.length})`, fix: `wpisz co najmniej ${p.min} znaków` }),
  },
  'text.tooLong': {
    en: (p) => ({ problem: `is too long (${p.length} characters)`, fix: `shorten it to at most ${p.max} characters` }),
    pl: (p) => ({ problem: `jest za długie (znaków: ${p.length})`, fix: `skróć do najwyżej ${p.max} znaków` }),
  },
  'text.empty': {
    en: () => ({ problem: 'is empty', fix: 'write the text or remove the field' }),
    pl: () => ({ problem: 'jest puste', fix: 'wpisz tekst albo usuń pole' }),
  },

  // Field shapes
  'field.missing': {
    en: (p) => ({ problem: 'is missing', fix: `add it${p.expected ? ` (${p.expected})` : ''}` }),
    pl: (p) => ({ problem: 'brakuje tego pola', fix: `dodaj je${p.expected ? ` (${p.expected})` : ''}` }),
  },
  'field.type': {
    en: (p) => ({ problem: `expected ${p.expected}, found ${p.found}`, fix: `write ${p.expected}` }),
    pl: (p) => ({ problem: `oczekiwano: ${p.expected}, jest: ${p.found}`, fix: `wpisz wartość typu: ${p.expected}` }),
  },
  'field.unknown': {
    en: (p) => ({
      problem: `${quoted(p.key)} is not a field here`,
      fix: p.suggestion ? `did you mean ${quoted(p.suggestion)}? Otherwise remove it` : 'remove it or check its spelling',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.key)} nie jest tu dozwolonym polem`,
      fix: p.suggestion ? `czy chodziło o ${pquoted(p.suggestion)}? Jeśli nie, usuń je` : 'usuń je albo popraw pisownię',
    }),
  },
  'field.factInText': {
    en: (p) => ({ problem: `${quoted(p.key)} is a fact, and a text file holds text only`, fix: `move it to ${p.factsFile}` }),
    pl: (p) => ({ problem: `${pquoted(p.key)} to fakt, a plik tekstowy zawiera tylko tekst`, fix: `przenieś je do ${p.factsFile}` }),
  },
  'value.enum': {
    en: (p) => ({
      problem: `${quoted(p.value)} is not one of the allowed values`,
      fix: p.suggestion ? `write ${p.suggestion} (allowed: ${list(p.options)})` : `write one of: ${list(p.options)}`,
    }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest dozwoloną wartością`,
      fix: p.suggestion ? `wpisz ${p.suggestion} (dozwolone: ${list(p.options)})` : `wpisz jedną z wartości: ${list(p.options)}`,
    }),
  },
  'list.tooShort': {
    en: (p) => ({ problem: `needs at least ${p.min} ${Number(p.min) === 1 ? 'item' : 'items'}`, fix: 'add the missing items' }),
    pl: (p) => ({ problem: `wymaga co najmniej ${p.min} poz.`, fix: 'dodaj brakujące pozycje' }),
  },
  'number.tooSmall': {
    en: (p) => ({ problem: `${p.value} is too small`, fix: `write a number of at least ${p.min}` }),
    pl: (p) => ({ problem: `${p.value} to za mało`, fix: `wpisz liczbę nie mniejszą niż ${p.min}` }),
  },
  'number.tooBig': {
    en: (p) => ({ problem: `${p.value} is too large`, fix: `write a number of at most ${p.max}` }),
    pl: (p) => ({ problem: `${p.value} to za dużo`, fix: `wpisz liczbę nie większą niż ${p.max}` }),
  },
  'number.integer': {
    en: (p) => ({ problem: `${p.value} is not a whole number`, fix: 'write a whole number' }),
    pl: (p) => ({ problem: `${p.value} nie jest liczbą całkowitą`, fix: 'wpisz liczbę całkowitą' }),
  },
  url: {
    en: (p) => ({ problem: `${quoted(p.value)} is not a web address`, fix: 'write the full address, starting with https://' }),
    pl: (p) => ({ problem: `${pquoted(p.value)} nie jest adresem strony`, fix: 'wpisz pełny adres zaczynający się od https://' }),
  },
  email: {
    en: (p) => ({ problem: `${quoted(p.value)} is not an e-mail address`, fix: 'write an address such as biuro@example.pl' }),
    pl: (p) => ({ problem: `${pquoted(p.value)} nie jest adresem e-mail`, fix: 'wpisz adres, np. biuro@example.pl' }),
  },
  phone: {
    en: (p) => ({ problem: `${quoted(p.value)} is not a phone number`, fix: 'write digits with the country code, e.g. +48 32 123 45 67' }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest numerem telefonu`,
      fix: 'wpisz cyfry z numerem kierunkowym kraju, np. +48 32 123 45 67',
    }),
  },
  countryCode: {
    en: (p) => ({ problem: `${quoted(p.value)} is not a country code`, fix: 'write the two-letter ISO code in capitals, e.g. DE, CZ, FR' }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest kodem kraju`,
      fix: 'wpisz dwuliterowy kod ISO wielkimi literami, np. DE, CZ, FR',
    }),
  },
  languageCode: {
    en: (p) => ({
      problem: `${quoted(p.value)} is not a language code`,
      fix: 'write the two-letter code in lower case, e.g. pl, en, de, cs',
    }),
    pl: (p) => ({ problem: `${pquoted(p.value)} nie jest kodem języka`, fix: 'wpisz dwuliterowy kod małymi literami, np. pl, en, de, cs' }),
  },
  sourceHash: {
    en: (p) => ({
      problem: `${quoted(p.value)} is not a source hash`,
      fix: 'copy the hash printed by npm run translations -- --hash <source file>',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest skrótem tekstu źródłowego`,
      fix: 'skopiuj skrót wypisany przez npm run translations -- --hash <plik źródłowy>',
    }),
  },
  documentFileName: {
    en: (p) => ({
      problem: `${quoted(p.value)} is not an allowed document file name`,
      fix: `use lower case, digits and hyphens, ending in ${p.formats}`,
    }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest dozwoloną nazwą pliku dokumentu`,
      fix: `użyj małych liter, cyfr i łączników, z końcówką ${p.formats}`,
    }),
  },
  'source.lang': {
    en: (p) => ({
      problem: `${quoted(p.value)} is not a language code`,
      fix: 'write the language of the title as a two-letter code, e.g. en, de, cs',
    }),
    pl: (p) => ({ problem: `${pquoted(p.value)} nie jest kodem języka`, fix: 'wpisz język tytułu jako dwuliterowy kod, np. en, de, cs' }),
  },
  'impact.source': {
    en: () => ({ problem: 'an impact figure has no source', fix: 'add source: { title: …, url: … } naming where the figure is published' }),
    pl: () => ({
      problem: 'wskaźnik efektu nie ma źródła',
      fix: 'dodaj source: { title: …, url: … } ze wskazaniem, gdzie opublikowano tę liczbę',
    }),
  },

  'placeholder.unfilled': {
    en: (p) => ({
      problem: `still holds the placeholder ${quoted(p.placeholder)}`,
      fix:
        p.where === 'body'
          ? 'write the text in its place, or remove the line'
          : 'write the value (the comment above says what), or remove the field if it is optional',
    }),
    pl: (p) => ({
      problem: `wciąż jest tu ${pquoted(p.placeholder)}`,
      fix:
        p.where === 'body'
          ? 'wpisz w tym miejscu tekst albo usuń ten wiersz'
          : 'wpisz wartość (podpowiedź jest w komentarzu nad polem) albo usuń pole, jeśli nie jest obowiązkowe',
    }),
  },

  'example.titleLabel': {
    en: (p) => ({
      problem: `the title carries the example label ${quoted(p.label)}`,
      fix: `write the plain title, ${quoted(p.suggestion)}; mark invented content with example: true in the facts file, and the site adds the label itself`,
    }),
    pl: (p) => ({
      problem: `tytuł zawiera oznaczenie przykładu ${pquoted(p.label)}`,
      fix: `wpisz sam tytuł, ${pquoted(p.suggestion)}; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie`,
    }),
  },

  // Files and folders
  'yaml.syntax': {
    en: (p) => ({
      problem: `the YAML cannot be read: ${p.detail}`,
      fix: 'check the indentation (spaces, never tabs), colons and quotes on this line',
    }),
    pl: (p) => ({
      problem: `nie da się odczytać YAML: ${p.detail}`,
      fix: 'sprawdź w tym wierszu wcięcia (spacje, nigdy tabulatory), dwukropki i cudzysłowy',
    }),
  },
  'frontmatter.missing': {
    en: () => ({
      problem: 'the text file does not start with a --- block (title, summary)',
      fix: 'begin the file with ---, then title: and summary: lines, then ---',
    }),
    pl: () => ({
      problem: 'plik tekstowy nie zaczyna się blokiem --- (title, summary)',
      fix: 'zacznij plik od ---, potem wiersze title: i summary:, potem ---',
    }),
  },
  'file.unknownLocale': {
    en: (p) => ({
      problem: `${quoted(p.name)} is not a language of the site`,
      fix: `name text files after a configured language: ${p.files}`,
    }),
    pl: (p) => ({ problem: `${pquoted(p.name)} nie jest językiem serwisu`, fix: `nazwij plik tekstowy kodem języka serwisu: ${p.files}` }),
  },
  'file.mdxNotAllowed': {
    en: () => ({
      problem: 'MDX files are allowed for free pages only (content/pages/)',
      fix: 'rename the file to .md: Markdown is all an entry needs',
    }),
    pl: () => ({
      problem: 'pliki MDX są dozwolone tylko dla stron opisowych (content/pages/)',
      fix: 'zmień rozszerzenie na .md: wpisowi wystarczy Markdown',
    }),
  },
  'file.unexpected': {
    en: (p) => ({
      problem: `${quoted(p.name)} does not belong here`,
      fix: p.fix === 'folder' ? 'put every entry in a folder of its own' : 'remove it, or move it into an entry folder',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.name)} nie powinien się tu znajdować`,
      fix: p.fix === 'folder' ? 'każdy wpis umieść w osobnym folderze' : 'usuń go albo przenieś do folderu wpisu',
    }),
  },
  'folder.name': {
    en: (p) => ({
      problem: `the folder name ${quoted(p.name)} may hold only lower-case letters a–z, digits and hyphens`,
      fix: `rename the folder to ${quoted(p.suggestion)}`,
    }),
    pl: (p) => ({
      problem: `nazwa folderu ${pquoted(p.name)} może zawierać tylko małe litery a–z, cyfry i łączniki`,
      fix: `zmień nazwę folderu na ${pquoted(p.suggestion)}`,
    }),
  },
  'folder.caseClash': {
    en: (p) => ({ problem: `the folder differs from ${quoted(p.other)} only in upper and lower case`, fix: 'keep one of the two folders' }),
    pl: (p) => ({ problem: `folder różni się od ${pquoted(p.other)} tylko wielkością liter`, fix: 'zostaw jeden z dwóch folderów' }),
  },
  'entry.noFacts': {
    en: (p) => ({ problem: `the entry has no facts file ${p.file}`, fix: `add ${p.file} to the folder` }),
    pl: (p) => ({ problem: `wpis nie ma pliku faktów ${p.file}`, fix: `dodaj ${p.file} do folderu` }),
  },
  'entry.noText': {
    en: (p) => ({ problem: 'the entry has no text file', fix: `add ${p.file} with its title and summary` }),
    pl: (p) => ({ problem: 'wpis nie ma pliku z tekstem', fix: `dodaj ${p.file} z tytułem i streszczeniem` }),
  },
  'city.missing': {
    en: (p) => ({
      problem: `the member city ${quoted(p.slug)} has no folder`,
      fix: `add content/cities/${p.slug}/ or remove it from cityOrder in src/site.config.ts`,
    }),
    pl: (p) => ({
      problem: `miasto członkowskie ${pquoted(p.slug)} nie ma folderu`,
      fix: `dodaj content/cities/${p.slug}/ albo usuń je z cityOrder w src/site.config.ts`,
    }),
  },
  'page.unknownKey': {
    en: (p) => ({ problem: `${quoted(p.key)} is not a page of the site`, fix: `name the folder after one of: ${p.keys}` }),
    pl: (p) => ({ problem: `${pquoted(p.key)} nie jest stroną serwisu`, fix: `nazwij folder jedną z nazw: ${p.keys}` }),
  },
  'document.fileMissing': {
    en: (p) => ({
      problem: `the document file ${quoted(p.file)} is not in the folder`,
      fix: 'add the file beside document.yaml or correct the name',
    }),
    pl: (p) => ({
      problem: `pliku dokumentu ${pquoted(p.file)} nie ma w folderze`,
      fix: 'dodaj plik obok document.yaml albo popraw nazwę',
    }),
  },
  'scaffold.exists': {
    en: (p) => ({ problem: `${p.path} already exists`, fix: 'choose another folder name, or edit the entry that is there' }),
    pl: (p) => ({ problem: `${p.path} już istnieje`, fix: 'wybierz inną nazwę folderu albo popraw istniejący wpis' }),
  },
  'reference.missing': {
    en: (p) => ({
      problem: `there is no entry ${quoted(p.id)} in content/${p.collection}/`,
      fix: p.suggestion ? `write ${p.suggestion}` : `write the folder name of an entry in content/${p.collection}/`,
    }),
    pl: (p) => ({
      problem: `w content/${p.collection}/ nie ma wpisu ${pquoted(p.id)}`,
      fix: p.suggestion ? `wpisz ${p.suggestion}` : `wpisz nazwę folderu wpisu z content/${p.collection}/`,
    }),
  },

  // Images
  'image.missing': {
    en: (p) => ({
      problem: `the image ${quoted(p.src)} is not there`,
      fix: 'put the file next to this file, or correct the name (letters are case-sensitive)',
    }),
    pl: (p) => ({
      problem: `nie ma obrazu ${pquoted(p.src)}`,
      fix: 'umieść plik obok tego pliku albo popraw nazwę (wielkość liter ma znaczenie)',
    }),
  },
  'image.tooLarge': {
    en: (p) => ({
      problem: `the image ${quoted(p.src)} is ${p.size} (${p.dimensions}); images may have at most ${p.max}`,
      fix: `resize it to at most ${p.useful} px on its longest side and save it again`,
    }),
    pl: (p) => ({
      problem: `obraz ${pquoted(p.src)} ma ${p.size} (${p.dimensions}); obraz może mieć najwyżej ${p.max}`,
      fix: `zmniejsz go do najwyżej ${p.useful} px na dłuższym boku i zapisz ponownie`,
    }),
  },
  'image.remote': {
    en: (p) => ({
      problem: `the image ${quoted(p.src)} is on another site`,
      fix: "save the file next to this text and write its name: visitors' browsers never load from other sites",
    }),
    pl: (p) => ({
      problem: `obraz ${pquoted(p.src)} jest na innej stronie`,
      fix: 'zapisz plik obok tego tekstu i wpisz jego nazwę: przeglądarki odwiedzających niczego nie pobierają z innych stron',
    }),
  },
  'image.alt': {
    en: (p) => ({
      problem: `the image ${quoted(p.src)} has no alt text`,
      fix: `describe what it shows: ![A view of the hall](${p.src}), or mark it decorative: ![](${p.src} "decorative")`,
    }),
    pl: (p) => ({
      problem: `obraz ${pquoted(p.src)} nie ma tekstu alternatywnego`,
      fix: `opisz, co przedstawia: ![Widok hali](${p.src}), albo oznacz go jako ozdobny: ![](${p.src} "decorative")`,
    }),
  },

  // Links
  'link.unknownPage': {
    en: (p) => ({
      problem: `${quoted(p.href)} is not a page of this site`,
      fix: p.suggestion ? `write ${p.suggestion}` : 'link to an entry as entry:stories/<folder> or to a section as section:offers',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.href)} nie jest stroną tego serwisu`,
      fix: p.suggestion ? `wpisz ${p.suggestion}` : 'linkuj do wpisu jako entry:stories/<folder> albo do działu jako section:offers',
    }),
  },
  'link.wrongLocale': {
    en: (p) => ({
      problem: `${quoted(p.href)} leads to a page in another language`,
      fix: `write ${p.suggestion}, or better entry:… / section:…, which follow the page's language`,
    }),
    pl: (p) => ({
      problem: `${pquoted(p.href)} prowadzi do strony w innym języku`,
      fix: `wpisz ${p.suggestion} albo lepiej entry:… / section:…, które same dobierają język strony`,
    }),
  },
  'link.unsafe': {
    en: (p) => ({
      problem: `the address ${quoted(p.href)} is not allowed in a link`,
      fix: 'link with https://, mailto: or a page of this site',
    }),
    pl: (p) => ({
      problem: `adres ${pquoted(p.href)} jest niedozwolony w linku`,
      fix: 'linkuj przez https://, mailto: albo do strony tego serwisu',
    }),
  },

  // Redirects (content/redirects.yaml)
  'redirect.path': {
    en: (p) => ({
      problem: `${quoted(p.value)} is not a path of this site`,
      fix: 'write the path without the domain, in lower case, starting with the language and ending with / for a page, e.g. /pl/miasta/gliwice/',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.value)} nie jest ścieżką tego serwisu`,
      fix: 'wpisz ścieżkę bez domeny, małymi literami, od kodu języka, zakończoną / dla strony, np. /pl/miasta/gliwice/',
    }),
  },
  'redirect.fromExists': {
    en: (p) => ({
      problem: `${quoted(p.href)} is still a page of this site: a redirect would hide it`,
      fix: 'remove this redirect, or rename or remove the page first',
    }),
    pl: (p) => ({
      problem: `${pquoted(p.href)} jest nadal stroną tego serwisu: przekierowanie by ją zasłoniło`,
      fix: 'usuń to przekierowanie albo najpierw zmień nazwę strony lub ją usuń',
    }),
  },
  'redirect.toMissing': {
    en: (p) => ({
      problem: `the target ${quoted(p.href)} is not a page of this site`,
      fix: p.suggestion ? `write ${p.suggestion}` : 'write the path of the page that replaces the old one',
    }),
    pl: (p) => ({
      problem: `cel ${pquoted(p.href)} nie jest stroną tego serwisu`,
      fix: p.suggestion ? `wpisz ${p.suggestion}` : 'wpisz ścieżkę strony, która zastępuje starą',
    }),
  },
  'redirect.chain': {
    en: (p) => ({
      problem: `the target ${quoted(p.href)} is itself redirected to ${quoted(p.other)}`,
      fix: `write ${p.other} as the target: visitors should be redirected once`,
    }),
    pl: (p) => ({
      problem: `cel ${pquoted(p.href)} sam jest przekierowany na ${pquoted(p.other)}`,
      fix: `wpisz ${p.other} jako cel: odwiedzający mają być przekierowani tylko raz`,
    }),
  },
  'redirect.loop': {
    en: (p) => ({
      problem: `the redirect from ${quoted(p.href)} leads back to itself`,
      fix: 'point it to the page that replaces the old one, or remove it',
    }),
    pl: (p) => ({
      problem: `przekierowanie z ${pquoted(p.href)} prowadzi z powrotem do siebie`,
      fix: 'wskaż stronę, która zastępuje starą, albo usuń przekierowanie',
    }),
  },
  'redirect.duplicate': {
    en: (p) => ({ problem: `${quoted(p.href)} is redirected more than once`, fix: 'keep one redirect for each old path' }),
    pl: (p) => ({
      problem: `${pquoted(p.href)} jest przekierowane więcej niż raz`,
      fix: 'zostaw jedno przekierowanie dla każdej starej ścieżki',
    }),
  },

  // Raw HTML and MDX
  'html.element': {
    en: (p) => ({
      problem: `the HTML element <${p.name}> is not allowed in content`,
      fix: 'remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
    }),
    pl: (p) => ({
      problem: `element HTML <${p.name}> jest niedozwolony w treści`,
      fix: 'usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
    }),
  },
  'html.attribute': {
    en: (p) => ({ problem: `the HTML attribute ${quoted(p.name)} is not allowed in content`, fix: 'remove the attribute' }),
    pl: (p) => ({ problem: `atrybut HTML ${pquoted(p.name)} jest niedozwolony w treści`, fix: 'usuń ten atrybut' }),
  },
  'html.url': {
    en: (p) => ({ problem: `the address in ${quoted(p.name)} is not allowed`, fix: 'use an https:// address or a page of this site' }),
    pl: (p) => ({ problem: `adres w ${pquoted(p.name)} jest niedozwolony`, fix: 'użyj adresu https:// albo strony tego serwisu' }),
  },
  'mdx.esm': {
    en: (p) => ({ problem: 'import and export are not allowed in content', fix: `remove the line; ${p.components} work without import` }),
    pl: (p) => ({ problem: 'import i export są niedozwolone w treści', fix: `usuń ten wiersz; ${p.components} działają bez importu` }),
  },
  'mdx.expression': {
    en: () => ({
      problem: 'a JavaScript expression in { } is not allowed in content',
      fix: 'write the text itself; write a literal brace as \\{',
    }),
    pl: () => ({
      problem: 'wyrażenie JavaScript w { } jest niedozwolone w treści',
      fix: 'wpisz sam tekst; nawias klamrowy zapisz jako \\{',
    }),
  },
  'mdx.attributeExpression': {
    en: (p) => ({
      problem: `the attribute ${quoted(p.name)} holds a JavaScript expression`,
      fix: 'write the value in quotes: name="value"',
    }),
    pl: (p) => ({
      problem: `atrybut ${pquoted(p.name)} zawiera wyrażenie JavaScript`,
      fix: 'wpisz wartość w cudzysłowie: nazwa="wartość"',
    }),
  },
  'mdx.component': {
    en: (p) => ({ problem: `<${p.name}> is not a content component`, fix: `use one of: ${p.components}` }),
    pl: (p) => ({ problem: `<${p.name}> nie jest komponentem treści`, fix: `użyj jednego z: ${p.components}` }),
  },

  // Summary lines of `npm run validate`
  'summary.ok': {
    en: (p) => ({ problem: `Content checked: ${p.files} files, no problems (${p.seconds} s).` }),
    pl: (p) => ({ problem: `Treść sprawdzona: plików ${p.files}, bez problemów (${p.seconds} s).` }),
  },
  'summary.failed': {
    en: (p) => ({
      problem: `${p.count} ${Number(p.count) === 1 ? 'problem' : 'problems'} to fix. Nothing was built; the published site is unchanged.`,
    }),
    pl: (p) => ({
      problem: `Do poprawienia: ${p.count} ${polishPlural(Number(p.count), 'problem', 'problemy', 'problemów')}. Niczego nie zbudowano; opublikowana strona się nie zmieniła.`,
    }),
  },

  // The development server's page while content has problems
  'devPage.title': {
    en: (p) => ({ problem: `The content has ${p.count} ${Number(p.count) === 1 ? 'problem' : 'problems'}` }),
    pl: (p) => ({ problem: `Do poprawienia w treści: ${p.count} ${polishPlural(Number(p.count), 'problem', 'problemy', 'problemów')}` }),
  },
  'devPage.intro': {
    en: () => ({
      problem: 'Fix each one in the file and line named, save, and reload this page. The same list is printed by npm run validate.',
    }),
    pl: () => ({ problem: 'Popraw każdy w podanym pliku i wierszu, zapisz i odśwież tę stronę. Tę samą listę wypisuje npm run validate.' }),
  },

  // Build environment
  'env.buildDate': {
    en: (p) => ({
      problem: `BUILD_DATE=${p.value} is not a real date written as YYYY-MM-DD`,
      fix: p.suggestion ? `set BUILD_DATE=${p.suggestion}` : 'set BUILD_DATE=YYYY-MM-DD or leave it unset for today',
    }),
    pl: (p) => ({
      problem: `BUILD_DATE=${p.value} nie jest prawdziwą datą w zapisie RRRR-MM-DD`,
      fix: p.suggestion ? `ustaw BUILD_DATE=${p.suggestion}` : 'ustaw BUILD_DATE=RRRR-MM-DD albo nie ustawiaj, aby użyć dzisiejszej daty',
    }),
  },
  'env.siteUrl': {
    en: (p) => ({
      problem: `SITE_URL=${p.value} is not an origin (https://host, with no path)`,
      fix: p.suggestion ? `set ${p.suggestion}` : 'set SITE_URL=https://your-host',
    }),
    pl: (p) => ({
      problem: `SITE_URL=${p.value} nie jest samym adresem serwera (https://host, bez ścieżki)`,
      fix: p.suggestion ? `ustaw ${p.suggestion}` : 'ustaw SITE_URL=https://twoj-serwer',
    }),
  },
  'env.basePath': {
    en: (p) => ({
      problem: `BASE_PATH=${p.value} is not a folder path`,
      fix: 'set BASE_PATH=/folder/ with lower-case letters, digits and hyphens, or / for the root',
    }),
    pl: (p) => ({
      problem: `BASE_PATH=${p.value} nie jest ścieżką folderu`,
      fix: 'ustaw BASE_PATH=/folder/ z małymi literami, cyframi i łącznikami albo / dla katalogu głównego',
    }),
  },
} satisfies Record<string, Entry>;

export type MessageId = keyof typeof catalogue;

let current: MessageLanguage = 'en';

const typeNames: Record<MessageLanguage, Record<string, string>> = {
  en: {
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    array: 'a list (lines starting with -)',
    object: 'a group of fields',
    date: 'a date',
    int: 'a whole number',
    null: 'nothing',
    url: 'a web address, https://…',
    email: 'an e-mail address',
  },
  pl: {
    number: 'liczba',
    string: 'tekst',
    boolean: 'true albo false',
    array: 'lista (wiersze zaczynające się od -)',
    object: 'grupa pól',
    date: 'data',
    int: 'liczba całkowita',
    null: 'nic',
    url: 'adres strony, https://…',
    email: 'adres e-mail',
  },
};

/**
 * A value as a message shows it: text and numbers as written (quoted in the language's way), others by their kind.
 * @example shownValue('abc') // '“abc”'
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return current === 'pl' ? `„${value}”` : `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : value instanceof Date ? 'date' : typeof value;
  return typeName(kind);
}

/**
 * The name of a kind of value in the current language, for messages.
 * @example typeName('number') // 'a number'
 */
export function typeName(type: string): string {
  return typeNames[current][type] ?? type;
}

/** Chooses the language of every message produced from now on (the CLI's `--lang`, or `VALIDATE_LANG`/`LANG`). */
export function setMessageLanguage(language: MessageLanguage): void {
  current = language;
}

/** The language messages are produced in. */
export function messageLanguage(): MessageLanguage {
  return current;
}

/**
 * The language an environment asks for: `VALIDATE_LANG`, else the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
 * @example languageFromEnv({ LANG: 'pl_PL.UTF-8' }) // 'pl'
 */
export function languageFromEnv(env: Record<string, string | undefined>): MessageLanguage {
  for (const value of [env.VALIDATE_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!value) continue;
    const code = value.slice(0, 2).toLowerCase();
    return (messageLanguages as readonly string[]).includes(code) ? (code as MessageLanguage) : 'en';
  }
  return 'en';
}

/** One message as its two parts, in the given language (default: the current one). */
export function wording(id: MessageId, params: Params = {}, language: MessageLanguage = current): Wording {
  return (catalogue[id] as Entry)[language](params);
}

/**
 * One message as a single line, `problem → fix`, in the current language.
 * @example message('text.singleLine') // 'contains a line break or a control character → write it on one line, without special characters'
 */
export function message(id: MessageId, params: Params = {}, language: MessageLanguage = current): string {
  const { problem, fix } = wording(id, params, language);
  return fix ? `${problem} → ${fix}` : problem;
}
