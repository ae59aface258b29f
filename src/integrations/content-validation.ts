import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { languageFromEnv, message, setMessageLanguage } from '../schemas/messages';
import { errorPage } from '../lib/validation/error-page';
import { formatProblem, type Problem } from '../lib/validation/problem';
import { validateContent } from '../lib/validation/validate';
import { validatedFlag } from './validated-flag';

/**
 * Runs the content checks of `npm run validate` inside Astro (DESIGN §10: one set of rules):
 * - `astro build` stops before rendering when content has problems, listing each as `path:line:column  field  message`;
 * - `astro dev` answers every page with a list of the problems (status 500) until they are fixed, instead of
 *   quietly showing the last good page; the list is refreshed whenever a file under `content/` changes.
 */
export function contentValidation(): AstroIntegration {
  let root = '';
  return {
    name: 'iskctw:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        setMessageLanguage(languageFromEnv(process.env));
        if ((command !== 'build' && command !== 'dev') || process.env[validatedFlag] === '1') return;
        const { problems } = await validateContent({ root, env: process.env });
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        // The dev server starts anyway (Astro may still stop on the first schema error); the list above says what to fix.
        if (command === 'dev') return;
        throw new AstroError(
          message('summary.failed', { count: problems.length }),
          'Run `npm run validate` to see the same list without building.',
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        let current: Promise<Problem[]> | undefined;
        const check = () =>
          (current ??= validateContent({ root, env: process.env }).then(({ problems }) => {
            for (const problem of problems) logger.error(formatProblem(problem));
            return problems;
          }));
        const content = join(root, 'content');
        server.watcher.add(content);
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(content)) current = undefined;
        });
        // Connect ignores a middleware's promise: a validator that throws goes to `next(error)` (the dev server's error
        // page) instead of an unhandled rejection that stops the server, and is tried again on the next request.
        server.middlewares.use((request, response, next) => {
          const accept = request.headers.accept ?? '';
          if (request.method !== 'GET' || !accept.includes('text/html')) return next();
          check().then(
            (problems) => {
              if (problems.length === 0) return next();
              response.statusCode = 500;
              response.setHeader('Content-Type', 'text/html; charset=utf-8');
              response.end(errorPage(problems));
            },
            (error: unknown) => {
              current = undefined;
              next(error);
            },
          );
        });
      },
    },
  };
}
