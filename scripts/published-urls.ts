/**
 * `npm run urls:record`: writes the committed list of published addresses (`content/published-urls.txt`) from a
 * built site, so that a later build that loses one of them fails its test (DESIGN §10: published URLs are forever).
 *
 *   npm run build && npm run urls:record        record what dist/ publishes
 *   npm run urls:record -- --dir <folder>       from another build folder
 *   npm run urls:record -- --check              print listed paths the build lacks (exit 1), write nothing
 *
 * The list only grows in normal work: pages are added by re-recording; a path leaves it only by a reviewed change
 * (a redirect in content/redirects.yaml keeps the old path working and listed).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brokenUrls, formatUrlList, parseUrlList, publishedPaths } from '../src/lib/published-urls';
import { redirectsFiles } from '../src/lib/redirects-file';
import { parseYaml } from '../src/lib/validation/yaml-source';
import { redirectsSchema } from '../src/schemas/redirect';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'content/published-urls.txt' },
    check: { type: 'boolean', default: false },
  },
});
const dir = resolve(root, values.dir!);
const out = resolve(root, values.out!);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} holds no built site: run npm run build first (or name the folder with --dir).`);
  process.exit(2);
}
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) =>
    join(entry.parentPath, entry.name)
      .slice(dir.length + 1)
      .split(sep)
      .join('/'),
  );
// Old paths with a redirect stay listed: they were published, and the redirect keeps them working.
const redirected: string[] = [];
for (const file of redirectsFiles(root, join(root, 'content'), process.env)) {
  if (!existsSync(file)) continue;
  const parsed = redirectsSchema.safeParse(parseYaml(readFileSync(file, 'utf8')).data);
  if (!parsed.success) {
    console.error(`${file} is not valid: run npm run validate.`);
    process.exit(2);
  }
  redirected.push(...parsed.data.map((redirect) => redirect.from));
}
const paths = [...new Set([...publishedPaths(files), ...redirected])].sort();
const previous = existsSync(out) ? parseUrlList(readFileSync(out, 'utf8')) : [];
const lost = brokenUrls(previous, new Set(paths), new Set());

if (values.check) {
  for (const line of lost) console.log(line);
  process.exit(lost.length > 0 ? 1 : 0);
}
writeFileSync(out, formatUrlList(paths));
const added = paths.filter((path) => !previous.includes(path)).length;
console.log(`Wrote ${paths.length} addresses to ${out.slice(root.length)} (${added} new, ${lost.length} no longer built).`);
for (const line of lost) console.log(`  no longer built: ${line.split(' ')[0]}`);
