import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { createServer } from 'node:http';
const dir = process.env.DIR ?? '.dist-test-offers';
const handler = sirv(dir, { dev: false });
const server = createServer((req, res) => handler(req, res, () => { res.writeHead(404); res.end('nf'); }));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const shots = JSON.parse(process.argv[2]);
for (const [path, file, width, full, opts] of shots) {
  const ctx = await browser.newContext({ javaScriptEnabled: !(opts && opts.nojs) });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(origin + path);
  if (opts && opts.pdf) { const pdf = await page.pdf({ format: 'A4', printBackground: true }); const { writeFileSync } = await import('node:fs'); writeFileSync(`/tmp/offers/shots/${file}.pdf`, pdf); console.log(file, 'pdf pages', (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length); }
  else if (opts && opts.print) { await page.emulateMedia({ media: 'print' }); await page.setViewportSize({ width: 794, height: 1123 }); await page.screenshot({ path: `/tmp/offers/shots/${file}.png`, fullPage: true }); }
  else if (opts && opts.selector) await page.locator(opts.selector).first().screenshot({ path: `/tmp/offers/shots/${file}.png` });
  else await page.screenshot({ path: `/tmp/offers/shots/${file}.png`, fullPage: full });
  await ctx.close();
}
await browser.close();
server.close();
