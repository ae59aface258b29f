import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { createServer } from 'node:http';
const handler = sirv('.dist-test-offers', { dev: false });
const server = createServer((req, res) => handler(req, res, () => { res.writeHead(404); res.end('nf'); }));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setViewportSize({ width: 320, height: 900 });
for (const path of process.argv.slice(2)) {
  await page.goto(origin + path);
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 8).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`));
  console.log(path, wide);
}
await browser.close(); server.close();
