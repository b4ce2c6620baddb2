// The facilitator's window (view=facilitator) drives the projected window on the
// same machine over a BroadcastChannel, as a workshop uses it:
// - the top bar's "Facilitator" button opens it;
// - next, previous, a jump from the step list, restart, the mode and the language
//   chosen there arrive on the projected page;
// - it shows the step now on the wall, its instruction and its speaker notes;
// - opened late (or reloaded), it shows the current step; the projected window
//   reloaded, it follows again; closed, the projected window works as before;
// - axe finds nothing in Dutch and French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, waitForApp, runAxe, inventory, noErrors } from './harness.mjs';

const SC = 'itsme-irisbox';
const STEPS = inventory().filter(([sc]) => sc === SC).map(([, st]) => st);
const suite = appSuite();
// One context for all pages: the two windows of one machine share their channel.
// Made on first use, once the suite's browser is up.
let shared;
const machine = async () => {
  shared ??= await suite.browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  return shared;
};

/** Collects a page's errors (for noErrors). */
function watch(page) {
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  return page;
}

async function open(query) {
  const page = watch(await (await machine()).newPage());
  await page.goto(suite.server.url + query);
  await waitForApp(page);
  return page;
}

const stepOf = (page) => page.locator('#app').getAttribute('data-step');
const atStep = (page, step) => page.waitForSelector(`#app[data-step="${step}"]`, { timeout: 15_000 });

async function linked(fac) {
  await fac.locator('#fac-status.linked').waitFor({ timeout: 15_000 });
}

test('the projected page follows next, previous, a jump, restart, mode and language from the facilitator', { timeout: 120_000 }, async () => {
  const wall = await open(`?lang=nl&scenario=${SC}&step=home`);
  const [fac] = await Promise.all([(await machine()).waitForEvent('page'), wall.locator('#open-facilitator').click()]);
  watch(fac);
  await waitForApp(fac);
  assert.match(fac.url(), /view=facilitator/);
  await linked(fac);
  await atStep(fac, 'home');
  assert.equal(await fac.locator('#step-title').innerText(), await wall.locator('#step-title').innerText(), 'the step on the wall');
  assert.equal(await fac.locator('#fac-instruction').innerText(), await wall.locator('#instruction').innerText());
  for (const id of ['#fac-note-say', '#fac-note-ask', '#fac-note-wrong']) {
    const note = await fac.locator(id).innerText();
    assert.ok(note.length > 20 && !note.startsWith('notes.'), `${id}: ${note}`);
  }

  await fac.locator('#fac-next').click();
  await atStep(wall, STEPS[1]);
  await atStep(fac, STEPS[1]);
  assert.match(await fac.locator('#fac-progress').innerText(), new RegExp(`2 van ${STEPS.length}`));
  await fac.locator('#fac-prev').click();
  await atStep(wall, STEPS[0]);
  await fac.locator(`#fac-step-list [data-step-index="4"]`).click();
  await atStep(wall, STEPS[4]);
  await fac.locator(`#fac-step-list [data-step-index="4"][aria-current="step"]`).waitFor();
  await fac.locator('#fac-restart').click();
  await atStep(wall, STEPS[0]);
  await fac.locator('#mode-practice').click();
  await wall.waitForSelector('#app[data-mode="practice"]');
  await fac.waitForSelector('#app[data-mode="practice"]');
  await fac.locator('#lang-select').selectOption('fr');
  await wall.waitForSelector('#app[lang="fr"]');
  await fac.waitForSelector('#app[lang="fr"]');
  assert.equal(await fac.locator('#step-title').innerText(), await wall.locator('#step-title').innerText(), 'in French too');
  const axe = await runAxe(fac);
  assert.equal(axe.length, 0, axe.text);
  noErrors(fac);
  noErrors(wall);
  await fac.close();
  await wall.close();
});

test('a facilitator window opened late shows the current step; a reloaded wall is followed again; without it the wall works', { timeout: 120_000 }, async () => {
  const wall = await open(`?lang=nl&scenario=${SC}&step=${STEPS[2]}`);
  await wall.locator('#next-btn').click().catch(() => {});
  const now = await stepOf(wall);
  const fac = await open(`?lang=nl&scenario=overview&view=facilitator`);
  await linked(fac);
  await atStep(fac, now);
  assert.equal(await fac.locator('#fac-scenario').inputValue(), SC);
  const axe = await runAxe(fac);
  assert.equal(axe.length, 0, axe.text);
  // The wall reloaded at another step: the facilitator follows.
  await wall.goto(`${suite.server.url}?lang=nl&scenario=${SC}&step=${STEPS[6]}`);
  await waitForApp(wall);
  await atStep(fac, STEPS[6]);
  // Another exercise from the facilitator's list.
  await fac.locator('#fac-scenario').selectOption('myebox');
  await wall.waitForSelector('#app[data-scenario="myebox"][data-step="home"]');
  await fac.waitForSelector('#app[data-scenario="myebox"]');
  await fac.close();
  // Closed: the wall goes on by itself.
  await wall.locator('[data-coach-target]').first().click();
  await atStep(wall, 'language');
  noErrors(wall);
  await wall.close();
});
