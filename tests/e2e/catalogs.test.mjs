// A language's texts come per chapter: the overview needs only the core catalog,
// a chapter's texts are fetched when a learner goes there, and meanwhile the
// current view stays (never a flash of bare catalog keys).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { appSuite, newPage, waitForApp, REPO_ROOT, noErrors } from './harness.mjs';

const suite = appSuite();
const catalog = (lang, part) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', lang, `${part}.json`), 'utf8'));

/** A page that records which catalog files it fetched (`lang/part`). */
async function recording(query) {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  page.catalogs = [];
  page.on('request', (req) => {
    const m = req.url().match(/locales\/([a-z]+\/[a-z-]+)\.json/);
    if (m) page.catalogs.push(m[1]);
  });
  await page.goto(`${suite.server.url}${query}`);
  await waitForApp(page);
  return page;
}

test('the overview loads only the core texts; a chapter brings its own', { timeout: 60_000 }, async () => {
  const page = await recording('?lang=fr');
  assert.deepEqual(page.catalogs, ['fr/core'], 'the landing page needs the core catalog only');
  await page.locator('button[data-scenario-id="eid-mijngezondheid"]').click();
  await page.waitForSelector('#app[data-scenario="eid-mijngezondheid"]');
  assert.deepEqual([...page.catalogs].sort(), ['fr/core', 'fr/eid', 'fr/eid-install', 'fr/eid-mijngezondheid', 'fr/os']);
  assert.equal(await page.locator('#step-title').innerText(), catalog('fr', 'eid-mijngezondheid')['eid-mijngezondheid.home.title']);

  // Switching the language fetches the same parts in the new language.
  await page.selectOption('#lang-select', 'nl');
  await page.waitForSelector('#app[lang="nl"]');
  assert.equal(await page.locator('#step-title').innerText(), catalog('nl', 'eid-mijngezondheid')['eid-mijngezondheid.home.title']);
  for (const part of ['nl/eid', 'nl/eid-install', 'nl/eid-mijngezondheid', 'nl/os']) assert.ok(page.catalogs.includes(part), `${part} fetched`);
  assert.ok(!page.catalogs.includes('nl/core'), 'the Dutch core is built in');
  assert.ok(!page.catalogs.some((c) => c.endsWith('/itsme') || c.endsWith('/csam')), 'no other chapter');
  noErrors(page);
  await page.close();
});

test('an itsme exercise brings the chapter\'s screens and its own narration, not the other exercises\'', { timeout: 60_000 }, async () => {
  const page = await recording('?lang=fr');
  await page.locator('button[data-scenario-id="itsme-irisbox"]').click();
  await page.waitForSelector('#app[data-scenario="itsme-irisbox"]');
  assert.deepEqual([...page.catalogs].sort(), ['fr/core', 'fr/itsme', 'fr/itsme-irisbox', 'fr/os']);
  assert.equal(await page.locator('#step-title').innerText(), catalog('fr', 'itsme-irisbox')['itsme-irisbox.home.title'] ?? 'missing');
  noErrors(page);
  await page.close();
});

test('on a slow line the overview stays until the chapter\'s texts arrive', { timeout: 60_000 }, async () => {
  const page = await recording('?lang=fr');
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/locales/fr/itsme.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('button[data-scenario-id="itsme-bank"]').click();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#app').getAttribute('data-scenario'), 'overview', 'still on the overview');
  // The learner is told that something is happening.
  const note = page.locator('#loading-note');
  assert.ok(await note.isVisible(), 'a loading note shows');
  assert.equal(await note.innerText(), catalog('fr', 'core')['ui.loading']);
  assert.equal(await note.getAttribute('role'), 'status');
  assert.doesNotMatch(await page.locator('body').innerText(), /itsme-bank\.[a-z-]+\.title/);
  release();
  await page.waitForSelector('#app[data-scenario="itsme-bank"]');
  assert.equal(await note.innerText(), '', 'and it goes once the exercise is there');
  assert.ok(!(await note.evaluate((e) => e.classList.contains('visible'))));
  assert.equal(await page.locator('#step-title').innerText(), catalog('fr', 'itsme-bank')['itsme-bank.intro.title'] ?? 'missing');
  noErrors(page);
  await page.close();
});
