import { delimiter, isAbsolute, join, resolve } from 'node:path';

/**
 * The redirects files the validator and the build read, in order: `redirects.yaml` in the content folder, then any
 * listed in `REDIRECTS_EXTRA` (relative to the project, separated like PATH; the test build adds a fixture this way).
 * Each file is optional.
 * @example redirectsFiles('/p', '/p/content', { REDIRECTS_EXTRA: 'tests/fixtures/redirects.yaml' }) // ['/p/content/redirects.yaml', '/p/tests/fixtures/redirects.yaml']
 */
export function redirectsFiles(root: string, contentDir: string, env: Record<string, string | undefined> = {}): string[] {
  const extra = (env.REDIRECTS_EXTRA ?? '').split(delimiter).filter(Boolean);
  return [join(contentDir, 'redirects.yaml'), ...extra.map((file) => (isAbsolute(file) ? file : resolve(root, file)))];
}
