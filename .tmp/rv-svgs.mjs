import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4210/');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 });
await page.getByLabel(/Language/).selectOption(process.argv[2] ?? 'ur'); await page.waitForTimeout(2000);
await page.locator('.topbar button').nth(8).click();
await page.waitForTimeout(2000);
for (let r=0;r<8;r++){ await page.evaluate((r) => { const m = document.querySelector('main'); m.scrollTop = r*600; }, r); await page.waitForTimeout(1200); }
console.log(await page.evaluate(() => [...document.querySelectorAll('figure svg')].map((s,i) => { const r = s.getBoundingClientRect(); const f = s.closest('figure'); return i + ' ' + Math.round(r.left) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' ' + (f.querySelector('h2,h3,h4')?.textContent ?? '').slice(0,40) + ' | ' + [...s.querySelectorAll('text')].slice(0,4).map(t=>t.textContent).join('/'); }).join('\n')));
await browser.close();
