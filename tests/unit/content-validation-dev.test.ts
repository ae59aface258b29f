import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../src/lib/validation/problem';

// The validator the dev server's middleware asks before every page: each test says what it answers.
const validateContent = vi.hoisted(() => vi.fn<() => Promise<{ problems: Problem[] }>>());
vi.mock('../../src/lib/validation/validate', () => ({ validateContent }));
const { contentValidation } = await import('../../src/integrations/content-validation');

type Middleware = (request: object, response: object, next: (error?: unknown) => void) => void;

/** Starts the integration's dev-server hook on a stand-in server and returns its middleware. */
function middleware(): Middleware {
  const used: Middleware[] = [];
  const server = { watcher: { add: () => undefined, on: () => undefined }, middlewares: { use: (m: Middleware) => used.push(m) } };
  const logger = { error: () => undefined };
  const hooks = contentValidation().hooks as Required<AstroIntegration['hooks']>;
  (hooks['astro:server:setup'] as unknown as (options: object) => void)({ server, logger });
  expect(used).toHaveLength(1);
  return used[0]!;
}

/** One page request through the middleware: what it passed to `next`, if it called it, and the status it set. */
function request(use: Middleware): Promise<{ next?: { error: unknown }; status?: number }> {
  return new Promise((resolve) => {
    const response = {
      statusCode: 200,
      setHeader: () => undefined,
      end: () => resolve({ status: response.statusCode }),
    };
    use({ method: 'GET', headers: { accept: 'text/html' } }, response, (error) => resolve({ next: { error } }));
  });
}

afterEach(() => validateContent.mockReset());

describe('the dev server answers pages while content is checked', () => {
  it('passes a page on when content has no problems', async () => {
    validateContent.mockResolvedValue({ problems: [] });
    expect(await request(middleware())).toStrictEqual({ next: { error: undefined } });
  });

  it('hands a validator that throws to the error page instead of an unhandled rejection, and tries again next time', async () => {
    const failure = new Error('cannot read content/');
    validateContent.mockRejectedValueOnce(failure).mockResolvedValueOnce({ problems: [] });
    const use = middleware();
    expect(await request(use)).toStrictEqual({ next: { error: failure } });
    expect(await request(use)).toStrictEqual({ next: { error: undefined } });
    expect(validateContent).toHaveBeenCalledTimes(2);
  });
});
