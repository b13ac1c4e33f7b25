import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const lang = process.argv[2] ?? 'en';
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4210/');
await page.waitForSelector('.editor');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 120000 }).catch(() => console.log('no 400'));
await page.waitForTimeout(2000);
if (lang === 'ur') { await page.getByLabel(/Language/).selectOption('ur'); await page.waitForTimeout(1500); }
const p = (n) => `/tmp/review/phone-${lang}-${n}.png`;
await page.screenshot({ path: p('00-top') });
console.log('docW', await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]));
const sc = await page.evaluate(() => { const cands = [document.scrollingElement, ...document.querySelectorAll('main, .main, .app, body *')]; const m = [...cands].find(e => e && e.scrollHeight > e.clientHeight + 50 && /auto|scroll/.test(getComputedStyle(e).overflowY)); if (m && m !== document.scrollingElement) m.setAttribute('data-rv', '1'); return m ? (m.tagName + '.' + m.className) : 'doc'; });
console.log('scroller', sc);
const scroll = async (y) => page.evaluate((y) => { const s = document.querySelector('[data-rv]') || document.scrollingElement; s.scrollTop = y; return [s.scrollTop, s.scrollHeight]; }, y);
console.log(await scroll(800)); await page.waitForTimeout(1200); await page.screenshot({ path: p('01-dash-800') });
console.log(await scroll(1600)); await page.waitForTimeout(1200); await page.screenshot({ path: p('02-dash-1600') });
await scroll(0); await page.waitForTimeout(500);
await page.locator('.topbar button').nth(8).click();
await page.waitForTimeout(2500);
const sc2 = await page.evaluate(() => { document.querySelectorAll('[data-rv]').forEach(e => e.removeAttribute('data-rv')); const cands = [document.scrollingElement, ...document.querySelectorAll('body *')]; const m = [...cands].find(e => e && e.scrollHeight > e.clientHeight + 50 && /auto|scroll/.test(getComputedStyle(e).overflowY)); if (m && m !== document.scrollingElement) m.setAttribute('data-rv', '1'); return m ? (m.tagName + '.' + m.className) : 'doc'; });
console.log('scroller2', sc2, await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]));
// find first figure and scroll to it
const figTop = await page.evaluate(() => { const f = document.querySelector('figure'); const s = document.querySelector('[data-rv]') || document.scrollingElement; return f.getBoundingClientRect().top + s.scrollTop; });
let k = 0;
for (let y = 0; y < figTop + 2600; y += 700) { await scroll(y); await page.waitForTimeout(1000); await page.screenshot({ path: p('10-sbs-' + String(k++).padStart(2, '0')) }); }
// horizontal overflow of side by side?
console.log('sbs overflow', await page.evaluate(() => { const out = []; for (const e of document.querySelectorAll('figure, .sbs, [class*=side]')) { if (e.scrollWidth > e.clientWidth + 2) out.push(e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth); } return out.slice(0, 8); }));
await scroll(0);
await page.locator('.topbar button', { hasText: /Present|پیش/ }).first().click();
await page.waitForTimeout(1500);
await page.screenshot({ path: p('20-slide1') });
await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight'); await page.waitForTimeout(1200);
await page.screenshot({ path: p('21-slide2') });
await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight'); await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight'); await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight'); await page.waitForTimeout(1500);
await page.screenshot({ path: p('22-slide5') });
await browser.close();
