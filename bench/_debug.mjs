import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, chromePath } from '/work/main/scripts/browsers.mjs';
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(process.argv[2] ?? 375), height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message, e.stack));
await page.goto(`${base}${process.argv[3] ?? 'demo/event-calendar.html?lang=ru'}`);
const t0=Date.now();
for (let i=0;i<60;i++){ const st = await page.evaluate(() => { const el=document.querySelector('baltic-event-calendar'); return el?.shadowRoot?.querySelector('.base')?.getAttribute('aria-busy') + ' ' + el?.feedSnapshot?.status + ' ' + (el?.shadowRoot?.querySelectorAll('*').length); }); console.log(Date.now()-t0, st); if (st.startsWith('false')) break; await page.waitForTimeout(250);} 
await page.waitForTimeout(500);
console.log('scrollWidth', await page.evaluate(() => { const r=document.querySelector('baltic-event-calendar').shadowRoot; const wide=[...r.querySelectorAll('*')].filter(e=>e.getBoundingClientRect().right>document.documentElement.clientWidth+1).slice(0,5).map(e=>e.className+':'+Math.round(e.getBoundingClientRect().right)); return document.documentElement.scrollWidth + ' ' + wide.join(' | '); }));
if (process.env.ACTION) await page.evaluate(process.env.ACTION);
await page.waitForTimeout(400);
await page.screenshot({ path: '/tmp/debug.png', clip: { x: 0, y: Number(process.env.Y ?? 300), width: Number(process.argv[2] ?? 375), height: 900 } });
await browser.close(); await server.close();
