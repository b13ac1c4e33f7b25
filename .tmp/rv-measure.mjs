import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto('http://127.0.0.1:4210/');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 });
for (const [lang, w, h] of [['ur', 1920, 1080], ['ur', 1280, 720], ['ur', 390, 844], ['en', 1280, 720], ['en', 390, 844]]) {
  await page.setViewportSize({ width: w, height: h });
  if (lang === 'ur') await page.getByLabel(/Language/).selectOption('ur'); else await page.getByLabel(/Language/).selectOption('en');
  await page.waitForTimeout(1200);
  await page.locator('.topbar button', { hasText: /Present|پیش/ }).first().click();
  await page.waitForTimeout(1200);
  await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight');
  await page.waitForTimeout(1200);
  const m = await page.evaluate(() => {
    const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom)]; };
    const sec = document.querySelector('.slide'); const cs = getComputedStyle(sec);
    return { kicker: r('.slide-kicker'), headline: r('.slide-headline'), lead: r('.slide-lead'), basis: r('.slide-basis'), slide: r('.slide'), nav: r('.slide-nav'), overflow: cs.overflow, justify: cs.justifyContent, sh: sec.scrollHeight, ch: sec.clientHeight };
  });
  console.log(lang, w, h, JSON.stringify(m));
  await page.keyboard.press('Escape'); await page.waitForTimeout(800);
}
await browser.close();
