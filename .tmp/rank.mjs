import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[1280, 720], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.addInitScript(() => { Element.prototype.requestFullscreen = () => Promise.reject(new Error('no')); });
  await page.goto('http://127.0.0.1:4204/');
  await page.waitForSelector('.editor');
  await page.waitForTimeout(22000);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.waitForTimeout(500);
  await page.keyboard.press('End'); await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/rank-${w}.png` });
  await page.close();
}
await browser.close();
