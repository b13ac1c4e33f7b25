import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const width = Number(process.argv[2] ?? 1440);
const page = await browser.newPage({ viewport: { width, height: 1000 } });
await page.goto('http://127.0.0.1:4204/');
await page.waitForSelector('.editor');
await page.waitForFunction(() => document.querySelector('.run-progress')?.textContent?.match(/done|complete/i), null, { timeout: 60000 }).catch(() => {});
await page.waitForTimeout(12000);
await page.getByRole('button', { name: 'Side by side' }).click();
await page.waitForTimeout(3000);
for (const name of [/Spending by programme/, /Poverty by region/, /Consumption distribution/, /better and worse off/]) {
  const f = page.getByRole('figure', { name }).first();
  await f.scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/sbs-${width}-${String(name).replace(/\W+/g, '')}.png` });
}
await browser.close();
