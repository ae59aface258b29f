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
await page.goto(origin + process.argv[2]);
const r = await page.evaluate(() => {
  const t = document.querySelector('.offer-facts'); t.style.tableLayout = 'auto';
  for (const c of t.querySelectorAll('th,td')) c.style.overflowWrap = 'normal';
  const out = [];
  for (const c of t.querySelectorAll('th,td')) { const s = document.createElement('span'); s.style.cssText='position:absolute;width:min-content;white-space:normal;visibility:hidden'; s.innerHTML=c.innerHTML; document.body.appendChild(s); out.push([Math.round(s.getBoundingClientRect().width), c.textContent.trim().slice(0,40)]); s.remove(); }
  return out.sort((a,b)=>b[0]-a[0]).slice(0,6);
});
console.log(r);
await browser.close(); server.close();
