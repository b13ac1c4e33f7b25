import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:4210/');
await page.waitForSelector('.editor');
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => [...document.querySelectorAll('.topbar *')].filter(e => e.scrollWidth > e.clientWidth + 2).map(e => `${e.tagName}.${e.className} ${e.scrollWidth}/${e.clientWidth} ox=${getComputedStyle(e).overflowX}`).join('\n')));
await browser.close();
