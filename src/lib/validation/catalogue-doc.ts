import { catalogue, wording, type MessageId, type MessageLanguage } from '../../schemas/messages';

/**
 * The catalogue of content-check messages as Markdown for the editors' guide (CONTRIBUTING.md in Polish,
 * CONTRIBUTING.en.md in English), generated from the message table itself so the guide never drifts from what
 * `npm run validate` prints. `npm run catalogue` writes it between the two marker comments; `-- --check` fails
 * when a guide is stale.
 */

/** The comment before the generated section. */
export const catalogueStart = '<!-- catalogue:start (generated from src/schemas/messages.ts by npm run catalogue; do not edit by hand) -->';
/** The comment after the generated section. */
export const catalogueEnd = '<!-- catalogue:end -->';

type Params = Record<string, string | number | undefined>;

/** Lines that are not problems (the summary `npm run validate` prints, the dev server page's heading). */
export function isProblemMessage(id: MessageId): boolean {
  return !id.startsWith('summary.') && !id.startsWith('devPage.');
}

/** What each parameter stands for, as the guide shows it (`‹value›`). A parameter not listed shows its own name. */
const parameterNames: Record<MessageLanguage, Record<string, string>> = {
  pl: {
    value: 'wartość',
    suggestion: 'podpowiedź',
    expected: 'oczekiwane',
    found: 'wpisane',
    key: 'pole',
    factsFile: 'plik faktów',
    options: 'dozwolone wartości',
    min: 'minimum',
    max: 'maksimum',
    length: 'liczba znaków',
    formats: 'rozszerzenia',
    name: 'nazwa',
    other: 'inny',
    file: 'plik',
    slug: 'folder',
    keys: 'nazwy stron',
    id: 'wpis',
    collection: 'kolekcja',
    src: 'obraz',
    size: 'rozmiar',
    dimensions: 'wymiary',
    useful: 'piksele',
    href: 'adres',
    components: 'komponenty',
    detail: 'szczegóły',
    placeholder: 'znacznik',
    path: 'ścieżka',
    files: 'pliki',
  },
  en: {
    value: 'value',
    suggestion: 'suggestion',
    expected: 'expected',
    found: 'written',
    key: 'field',
    factsFile: 'facts file',
    options: 'allowed values',
    min: 'minimum',
    max: 'maximum',
    length: 'length',
    formats: 'extensions',
    name: 'name',
    other: 'other',
    file: 'file',
    slug: 'folder',
    keys: 'page names',
    id: 'entry',
    collection: 'collection',
    src: 'image',
    size: 'size',
    dimensions: 'dimensions',
    useful: 'pixels',
    href: 'address',
    components: 'components',
    detail: 'detail',
    placeholder: 'placeholder',
    path: 'path',
    files: 'files',
  },
};

/**
 * Messages whose wording depends on a parameter's exact value, not only on whether it is given: the values that
 * choose another wording. (Parameters that are only sometimes given, such as `suggestion`, are found by themselves.)
 */
const branches: Partial<Record<MessageId, Params[]>> = {
  'file.unexpected': [{ fix: 'folder' }],
  'placeholder.unfilled': [{ where: 'body' }],
};

/** One message as the guide lists it: its code, and every wording of its problem and its fix. */
export interface CatalogueRow {
  id: MessageId;
  problems: string[];
  fixes: string[];
}

/** Every parameter as `‹name›`, recording which ones the message reads. */
function placeholderParams(language: MessageLanguage, read: Set<string>): Params {
  return new Proxy({} as Params, {
    get: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return `‹${parameterNames[language][key] ?? key}›`;
    },
  });
}

/**
 * The rows of the catalogue in one language, in the message table's order: each wording a message can take, with
 * its parameters as `‹name›`.
 * @example catalogueRows('en').find((row) => row.id === 'date.format')?.fixes // ['write ‹suggestion›', 'write the date as YYYY-MM-DD, e.g. 2027-05-12']
 */
export function catalogueRows(language: MessageLanguage): CatalogueRow[] {
  return (Object.keys(catalogue) as MessageId[]).filter(isProblemMessage).map((id) => {
    const read = new Set<string>();
    const all = placeholderParams(language, read);
    const variants = [wording(id, all, language)];
    // With each parameter left out in turn: the wording used when the validator has no such detail to give.
    for (const key of [...read]) {
      const without = wording(
        id,
        new Proxy(all, { get: (target, name) => (name === key ? undefined : Reflect.get(target, name)) }),
        language,
      );
      if (!`${without.problem} ${without.fix ?? ''}`.includes('undefined')) variants.push(without);
    }
    for (const values of branches[id] ?? []) {
      variants.push(
        wording(
          id,
          new Proxy(all, {
            get: (target, name) => (typeof name === 'string' && name in values ? values[name] : Reflect.get(target, name)),
          }),
          language,
        ),
      );
    }
    const distinct = (texts: (string | undefined)[]) => [...new Set(texts.filter((text): text is string => Boolean(text)))];
    return { id, problems: distinct(variants.map((variant) => variant.problem)), fixes: distinct(variants.map((variant) => variant.fix)) };
  });
}

/** Text safe in a Markdown table cell: characters Markdown would read as formatting or HTML are escaped. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (character) => (character === '<' ? '&lt;' : character === '>' ? '&gt;' : `\\${character}`));
}

const headings: Record<MessageLanguage, { intro: string; code: string; problem: string; fix: string }> = {
  pl: {
    intro:
      '‹…› oznacza to, co komunikat podaje w danym miejscu (wartość, plik, pole…). Gdy komunikat ma kilka wersji, każda jest w osobnym wierszu komórki.',
    code: 'kod',
    problem: 'problem',
    fix: 'co zrobić',
  },
  en: {
    intro:
      '‹…› stands for what the message names at that place (the value, file, field…). Where a message has several wordings, each is on a line of its own in the cell.',
    code: 'code',
    problem: 'problem',
    fix: 'what to do',
  },
};

/**
 * The generated section (without its markers): a sentence on reading it and a table of every problem message.
 * @example renderCatalogue('pl').includes('| `date.format` |') // true
 */
export function renderCatalogue(language: MessageLanguage): string {
  const text = headings[language];
  const rows = catalogueRows(language).map(
    (row) => `| \`${row.id}\` | ${row.problems.map(cell).join('<br>')} | ${row.fixes.map(cell).join('<br>') || '—'} |`,
  );
  return [text.intro, '', `| ${text.code} | ${text.problem} | ${text.fix} |`, '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * The document with its generated section replaced by the current catalogue. Throws when the markers are missing,
 * repeated or out of order, naming them.
 * @example withCatalogue(`a\n${catalogueStart}\nold\n${catalogueEnd}\nb`, 'en').startsWith(`a\n${catalogueStart}\n‹…›`) // true
 */
export function withCatalogue(document: string, language: MessageLanguage): string {
  const start = document.indexOf(catalogueStart);
  const end = document.indexOf(catalogueEnd);
  const once = (marker: string, at: number) => at >= 0 && document.indexOf(marker, at + marker.length) < 0;
  if (!once(catalogueStart, start) || !once(catalogueEnd, end) || end < start) {
    throw new Error(`the document needs the lines ${catalogueStart} and ${catalogueEnd}, once each and in this order`);
  }
  return `${document.slice(0, start + catalogueStart.length)}\n${renderCatalogue(language)}\n${document.slice(end)}`;
}

/** Whether the document's generated section matches the current message table. */
export function isCatalogueCurrent(document: string, language: MessageLanguage): boolean {
  return withCatalogue(document, language) === document;
}
