// eid-install end to end: a learner downloads the eID software, accepts the
// licence (after trying the ✕), installs it, plugs in the reader, inserts the card
// (after a wrong way), tests it and reads the troubleshooting tips. Keyboard only
// and watch mode. Every step by deep link with axe: steps.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appSuite, newPage, waitForApp, runAxe, SHOTS, stepOf, feedback, noErrors, expectStep } from './harness.mjs';

const SCENARIO = 'eid-install';
const suite = appSuite();

const open = suite.open;


test('a learner installs the eID software in Dutch, with the mistakes explained', { timeout: 90_000 }, async () => {
  const page = await open(`?lang=nl&scenario=${SCENARIO}&step=site`);
  assert.match(await page.locator('.address').innerText(), /eid\.belgium\.be/);
  assert.equal(await page.locator('.eidw-main h2').innerText(), 'Download de eID software');
  // Headless Chromium on Linux: the site offers Linux; the OS line is there.
  assert.match(await page.locator('.eidw-os').innerText(), /^Voor (Windows 11\/10\/8\.1|macOS|Linux)$/);
  await page.getByRole('button', { name: 'eID software downloaden voor een ander besturingssysteem' }).click();
  assert.match(await feedback(page), /herkend/);
  assert.equal(await stepOf(page), 'site');
  await page.getByRole('button', { name: 'gratis download' }).click();
  await expectStep(page, 'license');
  assert.ok(await page.getByRole('heading', { name: 'eID softwarelicentie' }).isVisible());
  assert.ok(await page.getByRole('button', { name: 'Belgium eID-Quickinstaller.exe' }).isVisible());
  // ✕ closes the licence: nothing installs; "gratis download" brings it back.
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.waitForSelector('.eidw-modal', { state: 'detached' });
  assert.match(await page.locator('#instruction').innerText(), /niets/);
  await page.getByRole('button', { name: 'gratis download' }).click();
  await page.getByRole('button', { name: 'Accepteren en downloaden' }).click();
  await expectStep(page, 'install');
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  assert.match(await feedback(page), /geduld/);
  await page.waitForSelector('.eidi-full', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 'connect-reader');
  await page.getByRole('button', { name: 'Steek de kaart in: chip naar boven, chip eerst' }).click();
  assert.match(await feedback(page), /stekker/);
  await page.getByRole('button', { name: 'Steek de stekker in de USB-poort' }).click();
  await page.getByRole('button', { name: 'Steek de kaart in: chip naar onder' }).click();
  assert.match(await feedback(page), /chip/);
  assert.equal(await stepOf(page), 'connect-reader');
  await page.getByRole('button', { name: 'Steek de kaart in: chip naar boven, chip eerst' }).click();
  await expectStep(page, 'reader-test');
  assert.match(await page.getByRole('dialog').innerText(), /Sofie/);
  // Take the card out: the test says so and tells how to fix it.
  await page.getByRole('button', { name: 'Haal de kaart uit de lezer' }).click();
  assert.match(await page.getByRole('dialog').innerText(), /Geen kaart/);
  assert.doesNotMatch(await page.getByRole('dialog').innerText(), /Sofie/);
  // Only putting the card back passes the test again (the software retests by itself).
  assert.equal(await page.getByRole('dialog').getByRole('button').count(), 0);
  await page.getByRole('button', { name: 'Steek de kaart terug in de lezer' }).click();
  await page.getByRole('button', { name: 'close', exact: true }).click();
  await expectStep(page, 'troubleshoot');
  assert.match(await page.locator('#explain').innerText(), /browser/);
  assert.match(await page.locator('#explain').innerText(), /computer/);
  await page.getByRole('button', { name: 'Volgende →' }).click();
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('French labels and the Quickinstaller alternative', { timeout: 60_000 }, async () => {
  const page = await open(`?lang=fr&scenario=${SCENARIO}&step=license`);
  assert.ok(await page.getByRole('button', { name: 'Accepter et télécharger' }).isVisible());
  await page.getByRole('button', { name: 'Belgium eID-Quickinstaller.exe' }).click();
  await expectStep(page, 'install');
  noErrors(page);
  await page.close();
});

test('keyboard only: the whole scenario with Tab focus, Enter and Space', { timeout: 90_000 }, async () => {
  const page = await open(`?lang=nl&scenario=${SCENARIO}&step=site`);
  // Each time: move focus with Tab until the coach's target has it, then press a key.
  async function tabTo(target) {
    for (let i = 0; i < 80; i++) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-target-id'));
      if (id === target) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${target}`);
  }
  const press = async (target, key = 'Enter') => { await tabTo(target); await page.keyboard.press(key); };
  await press('site-download');
  await expectStep(page, 'license');
  await press('license-accept', 'Space');
  await expectStep(page, 'install');
  await press('installer-install');
  await page.waitForSelector('[data-target-id="installer-next"][data-coach-target]', { timeout: 10_000 });
  await press('installer-next');
  await expectStep(page, 'connect-reader');
  await press('reader-plug');
  await press('card-insert');
  await expectStep(page, 'reader-test');
  await press('test-close');
  await expectStep(page, 'troubleshoot');
  await page.locator('#next-btn').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('watch mode plays eid-install to the end by itself', { timeout: 150_000 }, async () => {
  const page = await open(`?lang=nl&scenario=${SCENARIO}&step=site&mode=watch`);
  await page.waitForSelector('#completed', { timeout: 140_000 });
  noErrors(page);
  await page.close();
});

test('connect-reader offers the real-reader check without it being a mistake', { timeout: 60_000 }, async () => {
  const page = await open(`?lang=nl&scenario=${SCENARIO}&step=connect-reader`);
  await page.locator('#open-probe').click();
  await page.waitForSelector('#app[data-scenario="reader-check"]');
  await page.waitForSelector('#probe');
  await page.locator('#probe-practise').click();
  await expectStep(page, 'connect-reader');
  assert.equal((await feedback(page)).trim(), '');
  noErrors(page);
  await page.close();
});

/** Drags `from` onto `to` with real mouse moves (pointer events from a mouse). */
async function mouseDrag(page, from, to) {
  const a = await page.locator(from).boundingBox();
  const b = await page.locator(to).boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** The same drag as a finger would do it: touch pointer events on the handle. */
async function touchDrag(page, from, to) {
  await page.evaluate(([f, t]) => {
    const h = document.querySelector(f);
    const a = h.getBoundingClientRect();
    const b = document.querySelector(t).getBoundingClientRect();
    const at = (x, y) => ({ bubbles: true, cancelable: true, pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y });
    const [x0, y0, x1, y1] = [a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2];
    h.dispatchEvent(new PointerEvent('pointerdown', at(x0, y0)));
    for (let i = 1; i <= 5; i++) h.dispatchEvent(new PointerEvent('pointermove', at(x0 + ((x1 - x0) * i) / 5, y0 + ((y1 - y0) * i) / 5)));
    h.dispatchEvent(new PointerEvent('pointerup', at(x1, y1)));
  }, [from, to]);
}

test('connect-reader by drag and drop with the mouse: plug, a wrong way, turn, insert', { timeout: 60_000 }, async () => {
  const page = await open(`?lang=nl&scenario=${SCENARIO}&step=connect-reader`);
  // The loose card lies with its chip away from the reader; turned around it is right.
  assert.ok(await page.locator('.eidi-hcard.last').isVisible());
  await page.getByRole('button', { name: 'Kaart ronddraaien' }).click();
  assert.equal(await page.locator('.eidi-hcard').getAttribute('class'), 'eidi-grab eidi-hcard ');
  // The card before the plug: the same gentle "plug first" as the button.
  await mouseDrag(page, '.eidi-hcard', '.eidi-drop-slot');
  assert.match(await feedback(page), /stekker/);
  // While the plug is dragged, the drawn cable follows it; dropped beside the port,
  // nothing happens and plug and cable go back.
  const cable = () => page.locator('.eidi-cable').getAttribute('d');
  const resting = await cable();
  const plug = await page.locator('.eidi-hplug').boundingBox();
  await page.mouse.move(plug.x + plug.width / 2, plug.y + plug.height / 2);
  await page.mouse.down();
  await page.mouse.move(plug.x + plug.width / 2 + 40, plug.y + plug.height / 2 - 30, { steps: 4 });
  const moved = await cable();
  assert.notEqual(moved, resting, 'the cable follows the plug');
  const end = (d) => d.trim().split(/[ ,]+/).slice(-2).map(Number);
  assert.ok(end(moved)[0] > end(resting)[0] && end(moved)[1] < end(resting)[1], `cable end moved right and up with the plug: ${moved}`);
  await page.mouse.up();
  assert.equal(await cable(), resting, 'a missed drop puts the cable back');
  await mouseDrag(page, '.eidi-hplug', '.eidi-turns');
  assert.equal(await cable(), resting);
  assert.match(await page.locator('.eidi-state').innerText(), /nog niet aan de computer/);
  await mouseDrag(page, '.eidi-hplug', '.eidi-drop-port');
  await page.waitForSelector('.eidi-hplug', { state: 'detached' });
  assert.match(await page.locator('.eidi-state').innerText(), /aangesloten/);
  assert.equal(await stepOf(page), 'connect-reader');
  // Chip last: a gentle correction, and the step stays.
  await page.getByRole('button', { name: 'Kaart ronddraaien' }).click();
  await mouseDrag(page, '.eidi-hcard', '.eidi-drop-slot');
  assert.match(await feedback(page), /Bijna!.*chip/);
  assert.equal(await stepOf(page), 'connect-reader');
  // Face down is wrong too.
  await page.getByRole('button', { name: 'Kaart omdraaien' }).click();
  assert.ok(await page.locator('.eidi-hcard.back').isVisible());
  await mouseDrag(page, '.eidi-hcard', '.eidi-drop-slot');
  assert.match(await feedback(page), /Bijna!/);
  await page.getByRole('button', { name: 'Kaart omdraaien' }).click();
  await page.getByRole('button', { name: 'Kaart ronddraaien' }).click();
  assert.equal(await page.locator('.eidi-hcard').getAttribute('class'), 'eidi-grab eidi-hcard ');
  await mouseDrag(page, '.eidi-hcard', '.eidi-drop-slot');
  await expectStep(page, 'reader-test');
  assert.match(await page.getByRole('dialog').innerText(), /Sofie/);
  noErrors(page);
  await page.close();
});

test('connect-reader by touch on a phone, in French', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(`${suite.server.url}?lang=fr&scenario=${SCENARIO}&step=connect-reader`);
  await waitForApp(page);
  assert.equal(await page.locator('.eidi-hplug').evaluate((e) => getComputedStyle(e).touchAction), 'none');
  await page.locator('.eidi-dnd').scrollIntoViewIfNeeded();
  await touchDrag(page, '.eidi-hplug', '.eidi-drop-port');
  await page.waitForSelector('.eidi-hplug', { state: 'detached' });
  await touchDrag(page, '.eidi-hcard', '.eidi-drop-slot');
  assert.match(await feedback(page), /Presque/);
  await page.getByRole('button', { name: 'Faire pivoter la carte' }).click();
  await touchDrag(page, '.eidi-hcard', '.eidi-drop-slot');
  await expectStep(page, 'reader-test');
  noErrors(page);
  await page.close();
});

test('the install bar jumps to full with reduced motion', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(`${suite.server.url}?lang=nl&scenario=${SCENARIO}&step=install`);
  await waitForApp(page);
  await page.locator('[data-target-id="installer-install"]').click();
  const width = await page.locator('.eidi-run').evaluate((el) => el.getBoundingClientRect().width / el.parentElement.getBoundingClientRect().width);
  assert.ok(width > 0.95, `bar is full at once (${width})`);
  noErrors(page);
  await page.close();
});

