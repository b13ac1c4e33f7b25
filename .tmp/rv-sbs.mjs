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
const sbsBtn = lang === 'ur' ? page.locator('button').filter({ hasText: /ساتھ/ }).first() : page.getByRole('button', { name: 'Side by side' });
console.log('sbs btn count', await sbsBtn.count(), await sbsBtn.textContent().catch(()=>null));
await sbsBtn.click();
await page.waitForTimeout(3000);
await page.screenshot({ path: `/tmp/review/sbs-${tag}-0.png` });
// figures
const figs = await page.evaluate(() => [...document.querySelectorAll('figure')].map((f, i) => { const r = f.getBoundingClientRect(); return { i, label: (f.getAttribute('aria-label') || f.querySelector('h2,h3,h4,figcaption')?.textContent || '').slice(0,60), top: r.top + scrollY, left: r.left, w: r.width, h: r.height }; }));
console.log(JSON.stringify(figs));
const tops = [...new Set(figs.map(f => Math.round(f.top)))].sort((a,b)=>a-b);
console.log(figs.filter(f=>f.left===figs[0].left).map(f=>f.label).join(' | '));
let k = 1;
for (const t of tops) {
  const idx = figs.find(f => Math.round(f.top) === t).i;
  await page.evaluate((i) => document.querySelectorAll('figure')[i].scrollIntoView({ block: 'start' }), idx);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/review/sbs-${tag}-${k++}.png` });
  await page.evaluate((i) => document.querySelectorAll('figure')[i+1].scrollIntoView({ block: 'end' }), figs.filter(f=>Math.round(f.top)===t).sort((a,b)=>b.h-a.h)[0].i - 1);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/review/sbs-${tag}-${k-1}b.png` });
}
// overflow check on svg text
const clip = await page.evaluate(() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure svg')) {
    const sr = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < sr.left - 1 || r.right > sr.right + 1 || r.top < sr.top - 1 || r.bottom > sr.bottom + 1)
        out.push({ txt: t.textContent.slice(0, 50), fig: svg.closest('figure')?.getAttribute('aria-label')?.slice(0,40), over: [Math.round(sr.left - r.left), Math.round(r.right - sr.right), Math.round(sr.top - r.top), Math.round(r.bottom - sr.bottom)] });
    }
  }
  return out;
});
console.log('clipped svg text', JSON.stringify(clip, null, 0));
await browser.close();
