import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { launchBrowser } from '../helpers/browser';
import { fileOf, testSiteDir } from '../helpers/site';

/**
 * Hostile Markdown, rendered by the site's own Markdown processor (astro.config.mjs), inside a built page with the
 * site's CSP, in Chromium: nothing of it may run, navigate, prompt or stay in the DOM. The page also carries
 * `<script src>` tags pointing at a text document, added after sanitising (as if the sanitiser had a hole): the CSP
 * alone must stop them. A control load of the same page without the CSP shows that the test notices a script
 * that does run.
 */
const hostileMarkdown = [
  '# Hostile',
  '',
  'Text <img src=x onerror=alert(1)> <a href="javascript:alert(1)">js link</a> <svg onload="alert(1)"><circle r="1"/></svg>',
  '',
  '<script>alert(1)</script>',
  '<script src="/documents/x/evil.txt"></script>',
  '<meta http-equiv="refresh" content="0;url=https://example.com">',
  '<dialog open><form action="https://example.com/">Password: <input type="password" name="pw"><button>Log in</button></form></dialog>',
  '<iframe src="https://example.com"></iframe>',
  '<style>body{display:none}</style>',
  '<base href="https://example.com/">',
  '<details open ontoggle="alert(1)"><summary>More</summary>Text</details>',
  '',
  '[x](javascript:alert(1)) ![x](data:text/html,<script>alert(1)</script>) <span onclick="alert(1)" style="position:fixed">s</span>',
  '',
  '<p id="payload-end">End of the hostile text.</p>',
].join('\n');

/** What an uploaded "document" would contain: a script that marks the page when it runs. */
const evilScript = "window.__evil = (window.__evil || 0) + 1; console.log('pwned by document');";
/** Tags added after sanitising: the CSP must stop same-origin text files that are not the site's own scripts. */
const bypass = '<script src="/documents/x/evil.txt"></script><script src="/_astro/evil.txt"></script>';

let server: Server;
let origin = '';
let browser: Browser;
let hostileHtml = '';
let page = '';

beforeAll(async () => {
  // The site's own processor and options, as Astro hands them to it (the site turns syntax highlighting off).
  expect(config.markdown?.syntaxHighlight).toBe(false);
  const renderer = await config.markdown!.processor!.createRenderer({ syntaxHighlight: false });
  hostileHtml = (await renderer.render(hostileMarkdown)).code;
  // A built page of the site, with its own CSP <meta>; the hostile text goes into its <main>.
  const template = readFileSync(fileOf('/pl/404/'), 'utf8');
  page = template.replace(/(<main[^>]*>)/, `$1<div id="hostile">${hostileHtml}${bypass}</div>`);
  const site = sirv(testSiteDir, { dev: false, etag: false });
  server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/__hostile/' || path === '/__no-csp/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(path === '/__hostile/' ? page : page.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''));
    } else if (path === '/documents/x/evil.txt' || path === '/_astro/evil.txt') {
      // As a host without `X-Content-Type-Options: nosniff` would serve an uploaded text file.
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(evilScript);
    } else {
      site(request, response, () => {
        response.writeHead(404);
        response.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Loads a page and records what a payload could do: dialogs, console output, navigations, off-site requests. */
async function load(path: string) {
  const context = await browser.newContext();
  const tab: Page = await context.newPage();
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  const navigations: string[] = [];
  const offsite: string[] = [];
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  tab.on('console', (message) => consoleMessages.push(message.text()));
  tab.on('pageerror', (error) => consoleMessages.push(error.message));
  tab.on('framenavigated', (frame) => {
    if (frame === tab.mainFrame()) navigations.push(frame.url());
  });
  tab.on('request', (request) => {
    if (!request.url().startsWith(origin)) offsite.push(request.url());
  });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  // A `refresh` of 0 seconds or a late script would act right after load: let the page run what it has queued (two
  // frames, then a task), no fixed timer. A navigation started by then destroys this context and fails the test.
  await tab.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
  const state = await tab.evaluate(() => ({
    url: location.href,
    evil: (window as unknown as { __evil?: number }).__evil ?? 0,
    forbidden: [
      ...document.querySelectorAll('#hostile :is(script, dialog, meta, iframe, style, base, svg, form, input, button, object, embed)'),
    ].map((element) => element.tagName.toLowerCase()),
    refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
    bases: document.querySelectorAll('base').length,
    dialogsOpen: document.querySelectorAll('dialog').length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`),
    ),
    styleAttributes: document.querySelectorAll('#hostile [style]').length,
    scriptUrls: [...document.querySelectorAll('#hostile a[href], #hostile img[src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
    endVisible: (document.getElementById('user-content-payload-end')?.offsetHeight ?? 0) > 0,
  }));
  await context.close();
  return { dialogs, consoleMessages, navigations, offsite, ...state };
}

describe('hostile Markdown in a page with the site CSP', () => {
  it('runs nothing, opens no dialog, does not navigate and leaves no dangerous element or attribute', async () => {
    const result = await load('/__hostile/');
    expect(result.dialogs).toEqual([]);
    expect(result.evil).toBe(0);
    expect(result.consoleMessages.filter((message) => /pwned|alert/i.test(message))).toEqual([]);
    expect(result.navigations).toEqual([`${origin}/__hostile/`]);
    expect(result.url).toBe(`${origin}/__hostile/`);
    expect(result.offsite).toEqual([]);
    // Only the two bypass tags are scripts in #hostile; the sanitiser left none of its own.
    expect(result.forbidden).toEqual(['script', 'script']);
    expect(result.refresh).toBe(0);
    expect(result.bases).toBe(0);
    expect(result.dialogsOpen).toBe(0);
    expect(result.handlers).toEqual([]);
    expect(result.styleAttributes).toBe(0);
    expect(result.scriptUrls).toEqual([]);
    // The text around the payload is still there and visible (no `display:none` took effect).
    expect(result.endVisible).toBe(true);
    // The CSP refused the document-as-script (Chromium says so on the console).
    expect(result.consoleMessages.some((message) => message.includes('evil.txt') && /Content Security Policy/i.test(message))).toBe(true);
  });

  it('notices a script that runs (control: the same page without the CSP runs the document)', async () => {
    const result = await load('/__no-csp/');
    expect(result.evil).toBeGreaterThan(0);
    expect(result.consoleMessages).toContain('pwned by document');
  });

  it('renders the hostile text without the payload through the site Markdown processor', () => {
    expect(hostileHtml).toContain('End of the hostile text.');
    for (const gone of [
      '<script',
      '<meta',
      '<dialog',
      '<iframe',
      '<style',
      '<base',
      '<svg',
      '<form',
      '<input',
      'onerror',
      'onclick',
      'ontoggle',
      'javascript:',
      'data:',
    ])
      expect(hostileHtml).not.toContain(gone);
  });
});
