import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const width = Number(process.argv[2] ?? 1920), height = Number(process.argv[3] ?? 1080), lang = process.argv[4] ?? 'en';
const page = await browser.newPage({ viewport: { width, height } });
await page.goto('http://127.0.0.1:4210/');
await page.waitForSelector('.editor');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 }).catch(() => console.log('no 400'));
await page.waitForTimeout(2000);
if (lang === 'ur') { await page.getByLabel(/Language/).selectOption('ur'); await page.waitForTimeout(1500); }
await page.locator('.topbar button', { hasText: /Present|پیش/ }).first().click();
await page.waitForTimeout(2000);
let prev = '';
for (let k = 0; k < 20; k++) {
  const count = await page.locator('.slide-count').textContent();
  if (count === prev) break;
  prev = count;
  await page.screenshot({ path: `/tmp/review/slide-${lang}-${width}x${height}-${String(k).padStart(2,'0')}.png` });
  const probs = await page.evaluate(() => {
    const out = [];
    const vw = innerWidth, vh = innerHeight;
    const slide = document.querySelector('.slide'); const sr = slide.getBoundingClientRect();
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > vw + 1 || r.left < -1 || r.bottom > vh + 1 || r.top < -1) out.push(`offscreen ${el.tagName}.${el.className?.baseVal ?? el.className} ${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)} "${(el.textContent||'').slice(0,40)}"`);
      const cs = getComputedStyle(el);
      if ((el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && el.clientHeight > 0 && cs.overflow !== 'visible' && el.tagName !== 'svg') out.push(`scroll-overflow ${el.tagName}.${el.className} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
    }
    const fs = [...slide.querySelectorAll('h2,p')].map(e => `${e.className}:${getComputedStyle(e).fontSize}`);
    const stage = document.querySelector('.slide-stage'); const st = stage.getBoundingClientRect();
    return { out: out.slice(0, 12), fs: [...new Set(fs)].join(' '), slide: [Math.round(sr.left), Math.round(sr.top), Math.round(sr.right), Math.round(sr.bottom)], stage: [Math.round(st.left), Math.round(st.top), Math.round(st.right), Math.round(st.bottom), stage.scrollHeight, stage.clientHeight] };
  });
  console.log(k, count, JSON.stringify(probs));
  await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight');
  await page.waitForTimeout(1500);
}
await browser.close();
