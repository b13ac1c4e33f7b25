import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2.5 });
await page.goto('http://127.0.0.1:4210/');
await page.waitForFunction(() => /400 replications done/.test(document.body.innerText), null, { timeout: 90000 });
await page.getByLabel(/Language/).selectOption('ur'); await page.waitForTimeout(1500);
await page.locator('.topbar button', { hasText: /پیش/ }).first().click();
await page.waitForTimeout(1500);
for (let i = 0; i < 5; i++) { await page.keyboard.press('ArrowLeft'); await page.waitForTimeout(800); }
await page.waitForTimeout(1000);
await page.screenshot({ path: '/tmp/review/zoom-ur-slide6-labels.png', clip: { x: 60, y: 160, width: 420, height: 160 } });
console.log(await page.evaluate(() => { const t = [...document.querySelectorAll('.slide svg text')][5]; const out = []; const nodes = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t]; for (const n of nodes) { const s = n.textContent; const row = []; for (let i = 0; i < s.length; i++) { try { const e = n.getExtentOfChar(i); row.push(s[i] + '@' + Math.round(e.x)); } catch (err) { row.push(s[i] + '@?'); } } out.push(row.join(' ')); } return out.join('\n'); }));
await browser.close();
