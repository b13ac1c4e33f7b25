import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const width = Number(process.argv[2] ?? 1440), height = Number(process.argv[3] ?? 900), lang = process.argv[4] ?? 'en';
const page = await browser.newPage({ viewport: { width, height } });
await page.goto('http://127.0.0.1:4210/');
await page.waitForSelector('.editor');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 }).catch(() => console.log('no 400 done'));
await page.waitForTimeout(3000);
if (lang === 'ur') { await page.getByLabel(/Language/).selectOption('ur'); await page.waitForTimeout(2000); }
const tag = `${lang}-${width}`;
await page.screenshot({ path: `/tmp/review/top-${tag}.png` });
const btns = await page.locator('.topbar button').allTextContents();
console.log(btns.join(' | '));
await page.locator('.topbar button').nth(Number(process.argv[5] ?? 1)).click();
await page.waitForTimeout(3000);
const info = await page.evaluate(() => {
  const f = document.querySelector('figure');
  let el = f; while (el && !(el.scrollHeight > el.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(el).overflowY))) el = el.parentElement;
  if (el) el.setAttribute('data-rv-scroller', '1');
  return { tag: el?.tagName, cls: el?.className, sh: el?.scrollHeight, ch: el?.clientHeight };
});
console.log(JSON.stringify(info));
const sh = info.sh ?? 0, ch = info.ch ?? height;
let k = 0;
for (let y = 0; y < (await page.evaluate(() => (document.querySelector('[data-rv-scroller]')||document.scrollingElement).scrollHeight)) - ch + Math.round(ch*0.8); y += Math.round(ch * 0.8)) {
  await page.evaluate((y) => { const s = document.querySelector('[data-rv-scroller]') || document.scrollingElement; s.scrollTop = y; }, y);
  await page.waitForTimeout(1300);
  await page.screenshot({ path: `/tmp/review/sbsS-${tag}-${String(k++).padStart(2,'0')}.png` });
}
const clip = await page.evaluate(() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure svg')) {
    const sr = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < sr.left - 1 || r.right > sr.right + 1 || r.top < sr.top - 1 || r.bottom > sr.bottom + 1)
        out.push({ txt: t.textContent.slice(0, 50), over: [Math.round(sr.left - r.left), Math.round(r.right - sr.right), Math.round(sr.top - r.top), Math.round(r.bottom - sr.bottom)] });
    }
  }
  return out;
});
console.log('clipped svg text', JSON.stringify(clip));
await browser.close();
