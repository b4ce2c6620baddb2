// A facilitator projects the app and steps through with a presenter remote, which
// sends PageDown / PageUp. Next only where the learner may go on; in a paused watch
// mode PageDown performs one action; typing in a mock field is never hijacked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from './harness.mjs';

const suite = appSuite();
const stepOf = (page) => page.evaluate(() => document.querySelector('#app').dataset.step);

test('PageDown and PageUp step through an explained scenario', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=lra-activation&step=who', { viewport: { width: 1920, height: 1080 } });
  await page.locator('#step-title').focus();
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('#app').dataset.step === 'appointment');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('#app').dataset.step === 'letter');
  await page.keyboard.press('PageUp');
  await page.waitForFunction(() => document.querySelector('#app').dataset.step === 'appointment');
  assert.match(await page.locator('#progress').innerText(), /2/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('PageDown does not skip an action the learner must do, and leaves typing alone', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=pin', { viewport: { width: 1920, height: 1080 } });
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(400);
  assert.equal(await stepOf(page), 'pin', 'guided mode: the PIN is the learner\'s to type');
  const field = page.locator('[data-coach-target]');
  await field.click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await page.waitForTimeout(300);
  assert.equal(await stepOf(page), 'pin', 'keys in a field stay with the field');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('in a paused watch mode PageDown plays one action', { timeout: 90_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=home&mode=watch', { viewport: { width: 1920, height: 1080 } });
  await page.locator('#play-toggle').click(); // pause
  await page.waitForTimeout(3000); // an action already under way finishes
  const before = await stepOf(page);
  await page.locator('#step-title').focus();
  await page.keyboard.press('PageDown');
  await page.waitForFunction((s) => document.querySelector('#app').dataset.step !== s, before, { timeout: 15_000 });
  assert.deepEqual(page.errors, []);
  await page.close();
});
