import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4210/');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 });
await page.getByRole('button', { name: 'Side by side' }).click();
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => { const m = document.querySelector('main'); m.scrollTop = 1e6; return { st: m.scrollTop, sh: m.scrollHeight, ch: m.clientHeight, doc: document.scrollingElement.scrollHeight, win: innerHeight, mainRect: JSON.stringify(m.getBoundingClientRect()) }; }));
for (let r=0;r<4;r++){ await page.waitForTimeout(1500); console.log(await page.evaluate(() => { const m = document.querySelector('main'); m.scrollTop = 1e6; return [m.scrollTop, m.scrollHeight]; })); }
await page.screenshot({ path: '/tmp/review/sbs-en-1440-bottom.png' });
await browser.close();
