import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
const dir = '.dist-test-offers';
const handler = sirv(dir, { dev: false });
const server = createServer((req, res) => handler(req, res, () => { res.writeHead(404); res.end('nf'); }));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const slugs = { pl: 'oferty-inwestycyjne', en: 'investment-offers', de: 'investitionsangebote', cs: 'investicni-nabidky' };
for (const [l, s] of Object.entries(slugs)) for (const o of readdirSync(`${dir}/${l}/${s}`).filter((n) => !n.endsWith('.html'))) {
  await page.goto(`${origin}/${l}/${s}/${o}/`);
  const pdf = await page.pdf({ format: 'A4' });
  const n = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(n, l, o);
}
await browser.close(); server.close();
