/**
 * `npm run catalogue`: writes the catalogue of content-check messages (generated from src/schemas/messages.ts) into
 * the editors' guides, between their marker comments: CONTRIBUTING.md in Polish, CONTRIBUTING.en.md in English.
 *
 *   npm run catalogue               rewrite the generated sections
 *   npm run catalogue -- --check    change nothing; exit 1 naming each guide whose section is out of date
 *   npm run catalogue -- --root <dir>   the guides of another project folder (tests use a temporary one)
 *
 * Exit status: 0 when done (or current), 1 when a guide is stale or lacks its markers, 2 on a wrong option.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MessageLanguage } from '../src/schemas/messages';
import { withCatalogue } from '../src/lib/validation/catalogue-doc';

/** Each guide and the language of its catalogue. */
const guides: readonly (readonly [string, MessageLanguage])[] = [
  ['CONTRIBUTING.md', 'pl'],
  ['CONTRIBUTING.en.md', 'en'],
];

let options;
try {
  options = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string' } } }).values;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const check = Boolean(options.check);
const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
let failed = false;
for (const [name, language] of guides) {
  const path = join(root, name);
  const text = readFileSync(path, 'utf8');
  let current: string;
  try {
    current = withCatalogue(text, language);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
    continue;
  }
  if (current === text) continue;
  if (check) {
    console.error(`${name}: the catalogue of messages is out of date → run npm run catalogue and commit the result`);
    failed = true;
  } else {
    writeFileSync(path, current);
    console.log(`${name}: catalogue of messages updated`);
  }
}
process.exit(failed ? 1 : 0);
