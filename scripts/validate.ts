/**
 * `npm run validate`: every content check, without building the site (DESIGN §10). The build runs the same checks
 * first (`scripts/build.mjs`), so what passes here passes there.
 *
 *   npm run validate                       all problems, in the language of $VALIDATE_LANG or the system locale
 *   npm run validate -- --lang pl          in Polish (or --lang en)
 *   npm run validate -- --format github    as GitHub Actions annotations on the file and line (pull requests)
 *   npm run validate -- --content <dir>    another content folder (tests use fixtures)
 *
 * Exit status: 0 when the content is fine, 1 when there are problems, 2 on a wrong option.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { languageFromEnv, message, messageLanguages, setMessageLanguage, type MessageLanguage } from '../src/schemas/messages';
import { formatGithub, formatProblem } from '../src/lib/validation/problem';
import { validateContent } from '../src/lib/validation/validate';

const started = performance.now();
let options;
try {
  options = parseArgs({
    options: {
      lang: { type: 'string' },
      format: { type: 'string', default: 'text' },
      content: { type: 'string', default: 'content' },
      root: { type: 'string' },
    },
  }).values;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (options.lang && !(messageLanguages as readonly string[]).includes(options.lang)) {
  console.error(`--lang must be one of: ${messageLanguages.join(', ')}`);
  process.exit(2);
}
if (!['text', 'github'].includes(options.format!)) {
  console.error('--format must be text or github');
  process.exit(2);
}
setMessageLanguage((options.lang as MessageLanguage | undefined) ?? languageFromEnv(process.env));

const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
const { problems, files } = await validateContent({ root, content: options.content, env: process.env });
const print = options.format === 'github' ? formatGithub : formatProblem;
for (const problem of problems) console.log(print(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`\n${message('summary.failed', { count: problems.length })}`);
  process.exit(1);
}
console.log(message('summary.ok', { files, seconds }));
