import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.addInitScript(() => { Element.prototype.requestFullscreen = () => Promise.reject(new Error('no')); });
await page.goto('http://127.0.0.1:4204/');
await page.waitForSelector('.editor');
await page.waitForTimeout(3000);
await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
await page.getByRole('button', { name: 'پیش کریں' }).click();
await page.waitForTimeout(1000);
const r = await page.evaluate(async () => {
  const out = [];
  let last = null, changes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    await new Promise((r) => requestAnimationFrame(r));
    const el = document.querySelector('.presentation .slide-headline');
    if (el !== last) { changes++; last = el; }
    const st = document.querySelector('.slide-stage');
    out.push(`${st.getBoundingClientRect().height} fs=${document.querySelector("section.slide").style.fontSize}`);
  }
  return { changes, sample: [...new Set(out)].slice(0, 10) };
});
console.log(JSON.stringify(r));
await browser.close();
