import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import {
  hostRedirectFiles,
  netlifyRedirects,
  nginxRedirects,
  redirectPageFile,
  redirectPageHtml,
  type RedirectTarget,
} from '../lib/redirects';
import { redirectsFiles } from '../lib/redirects-file';
import { fieldPath, formatProblem } from '../lib/validation/problem';
import { redirectIssues } from '../lib/validation/redirects';
import { parseYaml, type YamlSource } from '../lib/validation/yaml-source';
import { message } from '../schemas/messages';
import { redirectsSchema, type Redirect } from '../schemas/redirect';

/** The file behind a site path in the output folder (`/pl/` → `pl/index.html`). */
const outputFile = (dir: string, path: string) => join(dir, path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** What a redirect page takes from the built target page: its `<title>` and its CSP, entities decoded. */
function targetOf(file: string): RedirectTarget {
  if (!file.endsWith('.html')) return {};
  const html = readFileSync(file, 'utf8');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  return { title: title && decode(title), csp: csp && decode(csp) };
}

/**
 * Turns `content/redirects.yaml` into redirect pages at the old paths, a `_redirects` file (Netlify, Cloudflare Pages)
 * and `nginx-redirects.conf`, after Astro has written the site (so the pages stay out of the sitemap, and out of the
 * search index, having no `data-pagefind-body`). Checked against the output itself: an old path that is still built,
 * or a target that is not, stops the build with the file and line.
 */
export function redirectPages(): AstroIntegration {
  let root = '';
  return {
    name: 'iskctw-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const shown = (file: string) => relative(root, file).split(sep).join('/');
        const entries: { file: string; source: YamlSource; index: number; redirect: Redirect }[] = [];
        for (const file of redirectsFiles(root, join(root, 'content'), process.env)) {
          if (!existsSync(file)) continue;
          const source = parseYaml(readFileSync(file, 'utf8'));
          const parsed = redirectsSchema.safeParse(source.data);
          if (source.errors.length > 0 || !parsed.success)
            throw new AstroError(`${shown(file)} is not valid.`, 'Run `npm run validate` to see where.');
          parsed.data.forEach((redirect, index) => entries.push({ file, source, index, redirect }));
        }
        const redirects = entries.map((entry) => entry.redirect);
        const problems = redirectIssues(redirects, (path) => existsSync(outputFile(out, path))).map((issue) => {
          const at = entries[issue.index]!;
          const field = fieldPath([at.index, issue.field]);
          return formatProblem({
            file: shown(at.file),
            ...at.source.position([at.index, issue.field]),
            field,
            message: message(issue.id, issue.params),
          });
        });
        if (problems.length > 0) {
          for (const problem of problems) logger.error(problem);
          throw new AstroError(
            message('summary.failed', { count: problems.length }),
            'The redirects do not match the pages this build made.',
          );
        }
        for (const redirect of redirects) {
          const page = redirectPageFile(redirect.from);
          if (!page) continue;
          const target = join(out, page);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, redirectPageHtml(redirect, targetOf(outputFile(out, redirect.to))));
        }
        writeFileSync(join(out, hostRedirectFiles.netlify), netlifyRedirects(redirects));
        writeFileSync(join(out, hostRedirectFiles.nginx), nginxRedirects(redirects));
        if (redirects.length > 0)
          logger.info(`${redirects.length} redirect(s): pages at the old paths, ${hostRedirectFiles.netlify}, ${hostRedirectFiles.nginx}`);
      },
    },
  };
}
