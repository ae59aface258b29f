/**
 * `npm run new`: adds an entry to `content/` with every required field marked by a placeholder (UZUPEŁNIJ / FILL IN)
 * that `npm run validate` names until it is filled. Asks what it needs, or takes it as options:
 *
 *   npm run new                                                   asks everything (in Polish)
 *   npm run new -- story --slug kopalnia-x --city tychy           a success story in Tychy
 *   npm run new -- event --slug targi --date "2027-05-12T10:00" --title "Targi" --example --en --lang en
 *
 * Kinds: story, event, offer, partner, document, page. Exit status: 0 written, 1 refused, 2 wrong option.
 */
import { createInterface } from 'node:readline/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kindNames, scaffoldKinds, type KindName } from '../src/lib/scaffold/kinds';
import { existingEntries, planScaffold, requestProblems, writeScaffold, type ScaffoldRequest } from '../src/lib/scaffold/scaffold';
import { folderSuggestion } from '../src/lib/validation/validate';
import { messageLanguages, type MessageLanguage } from '../src/schemas/messages';
import { sectionKeys } from '../src/site.config';

const questions = {
  pl: {
    kind: 'Co dodajesz?',
    title: 'Tytuł po polsku, zwykły, bez „(przykład)” (Enter: uzupełnisz później)',
    slug: 'Nazwa folderu (adres strony): małe litery, cyfry, łączniki',
    page: 'Która strona? Jedna z',
    city: 'Miasto (folder z content/cities/; Enter: bez miasta)',
    date: {
      story: 'Data (RRRR-MM-DD; Enter: później)',
      event: 'Początek: RRRR-MM-DD albo RRRR-MM-DDTGG:MM (Enter: później)',
      offer: 'Kiedy właściciel potwierdził dane (RRRR-MM-DD; Enter: później)',
      document: 'Data publikacji (RRRR-MM-DD; Enter: później)',
    } as Record<string, string>,
    example: 'Czy to treść zmyślona (przykład)? [t/N]',
    english: 'Dodać też en.md na tekst angielski? [t/N]',
    yes: /^(t|tak|y|yes)$/i,
    written: 'Utworzono:',
    next: 'Teraz wpisz wartości w miejsce UZUPEŁNIJ (podpowiedzi są w komentarzach #) i uruchom npm run validate: pokaże, co jeszcze zostało.',
    again: 'Spróbuj jeszcze raz.',
  },
  en: {
    kind: 'What are you adding?',
    title: 'Title in Polish, plain, without "(example)" (Enter: fill in later)',
    slug: 'Folder name (the page address): lower case, digits, hyphens',
    page: 'Which page? One of',
    city: 'City (a folder in content/cities/; Enter: none)',
    date: {
      story: 'Date (YYYY-MM-DD; Enter: later)',
      event: 'Start: YYYY-MM-DD or YYYY-MM-DDTHH:MM (Enter: later)',
      offer: 'When the owner confirmed the facts (YYYY-MM-DD; Enter: later)',
      document: 'Date of publication (YYYY-MM-DD; Enter: later)',
    } as Record<string, string>,
    example: 'Is it invented content (an example)? [y/N]',
    english: 'Also add en.md for an English text? [y/N]',
    yes: /^(y|yes|t|tak)$/i,
    written: 'Written:',
    next: 'Now replace every FILL IN with the value (the # comments say what) and run npm run validate: it lists what is left.',
    again: 'Try again.',
  },
} as const;

let options;
let positionals: string[];
try {
  ({ values: options, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      title: { type: 'string' },
      city: { type: 'string' },
      date: { type: 'string' },
      example: { type: 'boolean' },
      en: { type: 'boolean' },
      lang: { type: 'string', default: 'pl' },
      content: { type: 'string', default: 'content' },
      root: { type: 'string' },
    },
  }));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (!(messageLanguages as readonly string[]).includes(options.lang!)) {
  console.error(`--lang must be one of: ${messageLanguages.join(', ')}`);
  process.exit(2);
}
const language = options.lang as MessageLanguage;
const ask = questions[language];
const [kindArg] = positionals;
if (kindArg !== undefined && !(kindNames as readonly string[]).includes(kindArg)) {
  console.error(`${kindArg}: ${kindNames.join(', ')}`);
  process.exit(2);
}

const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
const contentDir = join(root, options.content!);
const entries = existingEntries(contentDir);
// Everything given as an option counts as answered: only what is missing is asked, and only on a terminal.
const interactive = process.stdin.isTTY === true && !options.slug;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const question = async (text: string, fallback = ''): Promise<string> =>
  rl ? (await rl.question(`${text}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback : fallback;

try {
  let kind = kindArg as KindName | undefined;
  while (!kind) {
    const list = kindNames.map((name, index) => `  ${index + 1}. ${name} – ${scaffoldKinds[name].label[language]}`).join('\n');
    const answer = rl ? await question(`${ask.kind}\n${list}\n>`) : '';
    kind = kindNames[Number(answer) - 1] ?? ((kindNames as readonly string[]).find((name) => name === answer) as KindName | undefined);
    if (!rl && !kind) throw new Error(kindNames.join(', '));
  }
  const spec = scaffoldKinds[kind];
  const request: ScaffoldRequest = {
    kind,
    slug: options.slug ?? '',
    language,
    title: options.title,
    city: options.city,
    date: options.date,
    example: options.example,
    english: options.en,
  };
  if (rl) {
    if (kind === 'page') request.slug = await question(`${ask.page} home, ${sectionKeys.join(', ')}`);
    else {
      request.title ??= (await question(ask.title)) || undefined;
      request.slug = await question(ask.slug, request.title ? folderSuggestion(request.title) : '');
      if (spec.cityField) request.city ??= (await question(ask.city)) || undefined;
      if (spec.dateField) request.date ??= (await question(ask.date[kind]!)) || undefined;
      if (spec.facts && 'example' in (spec.facts as unknown as { shape: object }).shape)
        request.example ??= ask.yes.test(await question(ask.example));
    }
    if (spec.text) request.english ??= ask.yes.test(await question(ask.english));
    // Ask again for what is wrong rather than starting over.
    for (let problems = requestProblems(request, entries); problems.length > 0; problems = requestProblems(request, entries)) {
      for (const problem of problems) console.error(`  ${problem}`);
      console.error(ask.again);
      request.slug = await question(ask.slug, folderSuggestion(request.slug));
      if (request.city && !entries.cities?.includes(request.city)) request.city = (await question(ask.city)) || undefined;
      if (request.date && problems.some((problem) => problem.includes(request.date!)))
        request.date = (await question(ask.date[kind]!)) || undefined;
    }
  }
  const plan = planScaffold(request, entries);
  if (!plan.ok) {
    for (const problem of plan.problems) console.error(problem);
    process.exitCode = 1;
  } else {
    const written = writeScaffold(contentDir, plan.files);
    console.log(ask.written);
    for (const path of written) console.log(`  ${relative(root, path)}`);
    console.log(ask.next);
  }
} finally {
  rl?.close();
}
