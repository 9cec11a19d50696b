// Drives Swagger UI in headless Chromium, as a person would: open /q/swagger-ui, check that every tag and
// operation of the served document is listed, authorize with a staff token, then "Try it out" on
// GET /api/v1/articles and POST /api/v1/sections and expect a 2xx with Arabic text. Saves a screenshot.
//   BASE=http://localhost:8080 TOKEN=<staff access token> SHOT=target/swagger-ui.png node tools/swagger-ui-check/check.mjs
// Exits non-zero, saying why, when anything fails. The JUnit test SwaggerUiTest runs it against the test service.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = (process.env.BASE ?? 'http://localhost:8080').replace(/\/+$/, '');
const token = process.env.TOKEN;
const shot = process.env.SHOT ?? 'swagger-ui.png';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const arabic = /[\u0600-\u06FF]/;

function fail(message) {
  throw new Error(message);
}

if (!token) fail('TOKEN is not set: pass a staff access token (admin or editor) from POST /api/v1/auth/token');
if (!existsSync(executablePath)) {
  fail(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
}

const document = await (await fetch(`${base}/q/openapi?format=json`)).json();
const expected = [];
for (const operations of Object.values(document.paths)) {
  for (const operation of Object.values(operations)) {
    for (const tag of operation.tags) expected.push(`operations-${tag}-${operation.operationId}`);
  }
}
const expectedTags = document.tags.map(tag => tag.name);

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });

async function tryItOut(id, body) {
  const operation = page.locator(`#${id}`);
  await operation.locator('.opblock-summary').click();
  await operation.locator('.try-out__btn').click();
  if (body !== undefined) await operation.locator('textarea.body-param__text').fill(JSON.stringify(body));
  await operation.locator('.execute').click();
  const status = operation.locator('.live-responses-table tbody td.response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const code = (await status.innerText()).trim();
  const text = await operation.locator('.live-responses-table .microlight').first().innerText();
  return { code, text };
}

try {
  await page.goto(`${base}/q/swagger-ui/`);
  const loaded = await Promise.race([
    page.waitForSelector('.opblock', { timeout: 60000 }).then(() => true),
    page.waitForSelector('.errors-wrapper, .loading-container .errors', { timeout: 60000 }).then(() => false),
  ]);
  if (!loaded) fail(`Swagger UI could not load the document: ${await page.locator('.errors-wrapper').innerText()}`);

  const tags = await page.$$eval('.opblock-tag', els => els.map(e => e.getAttribute('data-tag')));
  const listed = new Set(await page.$$eval('.opblock', els => els.map(e => e.id)));
  const missingTags = expectedTags.filter(tag => !tags.includes(tag));
  const missing = expected.filter(id => !listed.has(id));
  console.log(`tags: ${tags.length} of ${expectedTags.length} (${tags.join(', ')}) | operations listed: ${listed.size} of ${expected.length}`);
  if (missingTags.length > 0 || missing.length > 0) {
    fail(`Swagger UI does not list tags [${missingTags.join(', ')}] and operations [${missing.join(', ')}]`);
  }

  await page.click('.btn.authorize');
  const bearer = page.locator('.modal-ux .auth-container').filter({ hasText: 'bearer' }).first();
  await bearer.locator('input').first().fill(token);
  await bearer.locator('button.authorize').click();
  await page.click('.modal-ux .btn-done');

  const list = await tryItOut('operations-Articles-listArticles');
  console.log(`GET /api/v1/articles -> ${list.code} | Arabic in body: ${arabic.test(list.text)}`);
  const create = await tryItOut('operations-Sections-createSection', {
    name: 'منوعات', slug: `misc-${Date.now()}`, description: 'قسم أنشئ من Swagger UI', parentSlug: null, position: 9,
  });
  console.log(`POST /api/v1/sections -> ${create.code} | ${create.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  await page.locator('#operations-Sections-createSection').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);

  if (!list.code.startsWith('2') || !arabic.test(list.text)) fail(`GET /api/v1/articles: ${list.code} ${list.text.slice(0, 300)}`);
  if (!create.code.startsWith('2') || !arabic.test(create.text)) fail(`POST /api/v1/sections: ${create.code} ${create.text.slice(0, 300)}`);
  console.log('Swagger UI check passed');
} catch (error) {
  await page.screenshot({ path: shot }).catch(() => {});
  console.error(`Swagger UI check failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
