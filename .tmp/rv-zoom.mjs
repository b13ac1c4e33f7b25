import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const width = Number(process.argv[2] ?? 1440), height = Number(process.argv[3] ?? 900), lang = process.argv[4] ?? 'en';
const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
await page.goto('http://127.0.0.1:4210/');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 });
if (lang === 'ur') { await page.getByLabel(/Language/).selectOption('ur'); await page.waitForTimeout(2000); }
await page.locator('.topbar button').nth(8).click();
await page.waitForTimeout(2000);
for (let r=0;r<6;r++){ await page.evaluate((r) => { const m = document.querySelector('main'); m.scrollTop = r*600; }, r); await page.waitForTimeout(1200); }
const svgs = page.locator('figure svg');
const n = await svgs.count();
console.log('svgs', n);
for (const i of (process.argv[5] ?? '0,1,2,3').split(',').map(Number)) {
  const s = svgs.nth(i);
  await s.evaluate(e => e.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(500);
  const box = await s.boundingBox();
  await page.screenshot({ path: `/tmp/review/zoom-${lang}-${width}-svg${i}.png`, clip: { x: box.x - 20, y: box.y - 20, width: box.width + 40, height: box.height + 40 } });
}
await browser.close();
