// Drives Swagger UI in headless Chromium: authorize with a staff token, then "Try it out" on a read and a write.
import { chromium } from 'playwright-core';

const base = process.env.BASE ?? 'http://localhost:8080';
const token = process.env.TOKEN;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
await page.goto(`${base}/q/swagger-ui/`);
await page.waitForSelector('.opblock', { timeout: 30000 });
const tags = await page.$$eval('.opblock-tag', els => els.map(e => e.getAttribute('data-tag')));
const operations = await page.$$eval('.opblock', els => els.length);
console.log('tags:', tags.join(', '), '| operations listed:', operations);

// Authorize with the Bearer token.
await page.click('.btn.authorize');
const bearer = page.locator('.modal-ux .auth-container').filter({ hasText: 'bearer' }).first();
await bearer.locator('input').first().fill(token);
await bearer.locator('button.authorize').click();
await page.click('.modal-ux .btn-done');

// Read: GET /api/v1/articles.
const list = page.locator('#operations-Articles-listArticles');
await list.locator('.opblock-summary').click();
await list.locator('.try-out__btn').click();
await list.locator('.execute').click();
await list.locator('.live-responses-table tbody td.response-col_status').first().waitFor({ timeout: 10000 });
const listStatus = (await list.locator('.live-responses-table tbody td.response-col_status').first().innerText()).trim();
const listBody = await list.locator('.live-responses-table .microlight').first().innerText();
console.log('GET /api/v1/articles ->', listStatus, '| Arabic in body:', /[\u0600-\u06FF]/.test(listBody));

// Write: POST /api/v1/sections with the token.
const create = page.locator('#operations-Sections-createSection');
await create.locator('.opblock-summary').click();
await create.locator('.try-out__btn').click();
await create.locator('textarea.body-param__text').fill(JSON.stringify({
  name: 'منوعات', slug: 'misc-' + Date.now(), description: 'قسم أنشئ من Swagger UI', parentSlug: null, position: 9 }));
await create.locator('.execute').click();
await create.locator('.live-responses-table tbody td.response-col_status').first().waitFor();
const createStatus = (await create.locator('.live-responses-table tbody td.response-col_status').first().innerText()).trim();
const createBody = await create.locator('.live-responses-table .microlight').first().innerText();
console.log('POST /api/v1/sections ->', createStatus, '|', createBody.replace(/\s+/g, ' ').slice(0, 120));
await page.screenshot({ path: process.env.SHOT ?? 'swagger-ui.png', fullPage: false });
await browser.close();
if (!listStatus.startsWith('2') || !createStatus.startsWith('2')) process.exit(1);
