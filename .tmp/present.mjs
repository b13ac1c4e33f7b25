import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const width = Number(process.argv[2] ?? 1920), height = Number(process.argv[3] ?? 1080), lang = process.argv[4] ?? 'en';
const page = await browser.newPage({ viewport: { width, height } });
await page.goto('http://127.0.0.1:4204/');
await page.waitForSelector('.editor');
await page.waitForTimeout(20000);
if (lang === 'ur') { await page.getByLabel(/Language/).selectOption('ur'); await page.waitForTimeout(1500); }
await page.locator('.topbar button', { hasText: /Present|پیش/ }).first().click();
await page.waitForTimeout(1500);
for (let k = 0; k < 4; k++) {
  await page.screenshot({ path: `/tmp/slide-${lang}-${width}-${k}.png` });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1200);
}
await browser.close();
