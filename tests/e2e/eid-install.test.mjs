// eid-install end to end: a learner downloads the eID software, accepts the
// licence (after trying the ✕), installs it, plugs in the reader, inserts the card
// (after a wrong way), tests it and reads the troubleshooting tips. Keyboard only,
// watch mode, and every step by deep link in nl and fr with axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appSuite, newPage, waitForApp, runAxe, SHOTS } from './harness.mjs';

const SCENARIO = 'eid-install';
const STEPS = ['site', 'license', 'install', 'connect-reader', 'reader-test', 'troubleshoot'];
const suite = appSuite();

const open = suite.open;

const stepOf = (page) => page.locator('#app').getAttribute('data-step');
const feedback = (page) => page.locator('#feedback').innerText();
const noErrors = (page) => assert.deepEqual(page.errors, [], page.errors.join('\n'));

async function expectStep(page, step) {
  await page.waitForSelector(`#app[data-step="${step}"]`, { timeout: 10_000 });
  assert.match(page.url(), new RegExp(`[?&]step=${step}(&|$)`));
}

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
  await page.getByRole('button', { name: 'Opnieuw testen' }).click();
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

for (const lang of ['nl', 'fr']) {
  test(`every eid-install and reader-check step by deep link in ${lang}, with axe`, { timeout: 240_000 }, async () => {
    for (const [w, h] of [[1920, 1080], [390, 844]]) {
      const page = await newPage(suite.browser, { viewport: { width: w, height: h } });
      for (const step of [...STEPS.map((s) => `${SCENARIO}:${s}`), 'reader-check:probe']) {
        const [sc, st] = step.split(':');
        await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&step=${st}`);
        await waitForApp(page);
        assert.equal(await stepOf(page), st);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const heading = await page.locator('#step-title').innerText();
        assert.ok(heading.length > 3 && !heading.includes('.title'), `translated title: ${heading}`);
        const text = await page.locator('#app').innerText();
        assert.doesNotMatch(text, /\b(eidsite|installer|reader|eid-install)\.[a-z-]+/, `${step}: no raw catalog keys`);
        // reader-check is an informational one-step tool: its Next button is the target.
        assert.equal(await page.locator('[data-coach-target]').count(), 1, `${step}: one next target`);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${lang} ${w}x${h} ${step}: ${violations.text}`);
        if (w === 390) {
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(wide <= 0, `${step} has no sideways scrolling on a phone (${wide}px)`);
        }
        await page.screenshot({ path: path.join(SHOTS, `${lang}-${w}x${h}-${sc}-${st}.png`) });
      }
      noErrors(page);
      await page.close();
    }
  });
}
