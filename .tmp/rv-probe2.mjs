import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 });
await page.goto('http://127.0.0.1:4210/');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 });
await page.getByRole('button', { name: 'Side by side' }).click();
await page.waitForTimeout(2000);
for (let r=0;r<4;r++){ await page.evaluate(() => { const m = document.querySelector('main'); m.scrollTop = 1e6; }); await page.waitForTimeout(1500); }
const figs = page.locator('figure');
const n = await figs.count();
for (let i = 0; i < n; i++) {
  const lab = await figs.nth(i).evaluate(f => (f.getAttribute('aria-labelledby') ? document.getElementById(f.getAttribute('aria-labelledby'))?.textContent : f.querySelector('h2,h3,h4')?.textContent) ?? '');
  if (/better and worse/.test(lab ?? '')) {
    console.log(lab, await figs.nth(i).evaluate(f => [...f.querySelectorAll('svg text')].map(t => t.textContent).join(' / ')));
  }
}
const f = figs.nth(7);
await f.screenshot({ path: '/tmp/review/fig7-en-1440.png' });
await browser.close();
