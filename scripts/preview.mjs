#!/usr/bin/env node
// @ts-check
/**
 * `npm run preview`: serves the built site (`dist/`, or `SITE_OUT_DIR`) as a static host would, on
 * http://localhost:4321 under the base path: the headers of its `_headers` file, a folder's address without its
 * trailing slash redirected to it (301), and the site's own `404.html` for anything else. `--port N`, `--host H`.
 * The routing is pure functions in src/lib/static-host.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersFor, hostDefaultsFor, parseHeadersFile, slashRedirect } from '../src/lib/static-host.ts';
import { basePath } from '../src/site.config.ts';

/**
 * Starts a server over a built site.
 * @param {{ dir: string; base: string; port: number; host?: string }} options
 * @returns {Promise<{ origin: string; close: () => Promise<void> }>}
 */
export async function startPreview({ dir, base, port, host = '127.0.0.1' }) {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(dir, { dev: true, etag: true });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  /** @param {string} sitePath */
  const isFolderPage = (sitePath) => {
    try {
      const file = join(dir, decodeURIComponent(sitePath), 'index.html');
      return file.startsWith(join(dir, sep)) && existsSync(file) && statSync(file).isFile();
    } catch {
      return false; // a malformed escape is no page
    }
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    /** @param {number} status */
    const missing = (status = 404) => {
      res.writeHead(status, { ...headersFor(rules, path), 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!path.startsWith(base)) {
      // The base folder asked without its slash (`/klaster`) goes to the site; anything else outside it does not exist.
      if (`${path}/` === base) {
        res.writeHead(301, { Location: base });
        res.end();
      } else missing();
      return;
    }
    const sitePath = `/${path.slice(base.length)}`;
    const target = slashRedirect(`/${url.slice(base.length)}`, isFolderPage);
    if (target) {
      res.writeHead(301, { Location: `${base}${target.slice(1)}` });
      res.end();
      return;
    }
    for (const [name, value] of Object.entries({ ...hostDefaultsFor(path), ...headersFor(rules, path) })) res.setHeader(name, value);
    req.url = `${sitePath}${url.includes('?') ? url.slice(url.indexOf('?')) : ''}`;
    files(req, res, () => missing());
  });
  await new Promise((done) => server.listen(port, host, () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
  const option = (/** @type {string} */ name) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Nothing to preview in ${dir}: run npm run build first.`);
    process.exit(1);
  }
  const { origin } = await startPreview({ dir, base: basePath, port: Number(option('port') ?? 4321), host: option('host') ?? 'localhost' });
  console.log(`Serving ${dir} at ${origin}${basePath} (headers from _headers; Ctrl-C to stop)`);
}
