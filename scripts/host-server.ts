/**
 * A static server for measurements, like a production host: gzip for text, `index.html` for folders, `404.html` for
 * unknown paths, no caching. Used by `npm run lighthouse` and the benchmarks' first-query measurement.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream',
};
/** Text a host compresses; Pagefind's index, fragments and wasm are gzip files already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

export interface HostServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * `onResponse` hears of every response body the server sends (its path and bytes as sent, compressed or not): the browser
 * does not report the body of a web worker's script to Playwright.
 */
export async function serveLikeHost(dir: string, onResponse?: (path: string, bytes: number) => void): Promise<HostServer> {
  const siteDir = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(siteDir, path);
    if (!file.startsWith(siteDir)) file = join(siteDir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(siteDir, '404.html');
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=0' };
    if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(status, headers);
    response.end(body);
    onResponse?.(path, body.length);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
