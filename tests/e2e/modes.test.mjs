// The four learning modes, as a learner meets them:
// - every scenario is played in watch mode (fast) while the clicks and typing the
//   player does on the page are written down; a learner who does exactly that
//   completes the same scenario in practice mode and in test mode;
// - in test mode nothing is marked and no help, step list or Back is on the page;
//   the result card gives full marks for a clean run, and lists the mistake of a
//   run with one wrong PIN or one wrong code, or where the fake SMS was opened;
// - in practice mode nothing is marked until the learner asks for help;
// - `lock=mode` hides the switch; the result card prints on one A4 page; the
//   `completed` event to a parent frame carries the score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appSuite, startServer, newPage, runAxe, noErrors, inventory, SHOTS, recordWatch, control, replay } from './harness.mjs';

const suite = appSuite();
const SEED = 'modes';
const SCENARIOS = [...new Set(inventory().map(([sc]) => sc))];

/** What watch mode does in a scenario (same seed, so the same codes). */
const watchScript = (sc) => recordWatch(suite.browser, suite.server.url, sc, SEED);

async function openIn(mode, sc) {
  return suite.open(`?lang=nl&scenario=${sc}&mode=${mode}&seed=${SEED}`);
}

async function noHelpOnPage(page) {
  assert.equal(await page.locator('[data-coach-target]').count(), 0, 'a test marks no control');
  for (const id of ['#hint-btn', '#do-it-btn', '#step-list', '#back-btn', '#play-toggle', '#time-out-btn']) {
    assert.equal(await page.locator(id).count(), 0, `${id} is not on the page in a test`);
  }
}

const scripts = {};

test('watch mode is written down for all 12 scenarios', { timeout: 600_000 }, async () => {
  // Two at a time: the machine has two cores.
  const queue = [...SCENARIOS];
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length) {
        const sc = queue.shift();
        scripts[sc] = await watchScript(sc);
        assert.ok(scripts[sc].length > 0, `${sc}: watch mode did something`);
      }
    }),
  );
  assert.equal(Object.keys(scripts).length, 12);
});

test('doing what watch mode showed completes every scenario in test mode, with full marks and no help on the page', { timeout: 600_000 }, async () => {
  for (const sc of SCENARIOS) {
    const page = await openIn('test', sc);
    await noHelpOnPage(page);
    await replay(page, scripts[sc], { each: () => noHelpOnPage(page) });
    await page.waitForSelector('#result-card', { timeout: 20_000 });
    const alone = await page.locator('#result-alone').innerText();
    const [, done, all] = alone.match(/(\d+) van de (\d+)/) || [];
    assert.equal(done, all, `${sc}: every step alone (${alone})`);
    assert.ok(await page.locator('#result-full').isVisible(), `${sc}: full marks are said`);
    assert.equal(await page.locator('#practise-hard-btn').count(), 0, `${sc}: nothing to practise`);
    noErrors(page);
    await page.close();
  }
});

test('doing what watch mode showed completes every scenario in practice mode; nothing is marked unless asked', { timeout: 600_000 }, async () => {
  for (const sc of SCENARIOS) {
    const page = await openIn('practice', sc);
    await replay(page, scripts[sc], {
      each: async () => assert.equal(await page.locator('[data-coach-target]').count(), 0, `${sc}: nothing marked in practice`),
    });
    await page.waitForSelector('#completed', { timeout: 20_000 });
    noErrors(page);
    await page.close();
  }
});

test('in practice, help comes on request and climbs the same ladder', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=pin&mode=practice');
  assert.equal(await page.locator('[data-coach-target]').count(), 0);
  assert.equal(await page.locator('#hint-text').count(), 0);
  // A wrong action gets the friendly feedback, but no highlight by itself.
  await control(page, 'pin-ok').click();
  assert.match(await page.locator('#feedback').innerText(), /\S/);
  assert.equal(await page.locator('[data-coach-target]').count(), 0);
  await page.locator('#hint-btn').click();
  await page.waitForSelector('#hint-text');
  assert.equal(await page.locator('[data-coach-target]').count(), 0, 'a nudge first');
  await page.locator('#hint-btn').click();
  await page.waitForSelector('[data-coach-target="true"]');
  noErrors(page);
  await page.close();
});

async function testWithOneMistake(sc, at, wrong) {
  const page = await openIn('test', sc);
  let made = false;
  await replay(page, scripts[sc], {
    before: async (a) => {
      if (!made && a.id === at) {
        made = true;
        await control(page, at).fill(wrong);
        const submit = scripts[sc][scripts[sc].indexOf(a) + 1];
        await control(page, submit.id).click();
        await page.waitForFunction(() => document.querySelector('#feedback').innerText.trim() !== '');
      }
    },
  });
  assert.ok(made, `${sc}: the script types into ${at}`);
  await page.waitForSelector('#result-card', { timeout: 20_000 });
  return page;
}

test('a test with one wrong PIN lists it on the result card, and offers to practise that step', { timeout: 240_000 }, async () => {
  const page = await testWithOneMistake('eid-mijngezondheid', 'pin-field', '0000');
  const alone = await page.locator('#result-alone').innerText();
  const [, done, all] = alone.match(/(\d+) van de (\d+)/);
  assert.equal(Number(done), Number(all) - 1, alone);
  const mistakes = await page.locator('#result-mistakes').innerText();
  assert.match(mistakes, /pincode/i, 'the PIN step is named');
  assert.match(mistakes, /2/, 'the tries left are said as they were');
  assert.equal(await page.locator('#result-full').count(), 0);
  await page.screenshot({ path: path.join(SHOTS, 'result-card-nl.png') });
  const axe = await runAxe(page);
  assert.equal(axe.length, 0, axe.text);
  // One A4 page when printed.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  assert.equal((pdf.match(/\/Type\s*\/Page\b/g) || []).length, 1, 'the result card prints on one page');
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#practise-hard-btn').click();
  await page.waitForSelector('#app[data-mode="practice"][data-step="pin"]');
  noErrors(page);
  await page.close();
});

test('a test with one wrong SMS code lists that step', { timeout: 240_000 }, async () => {
  const page = await testWithOneMistake('itsme-bank', 'im-sms', '00000');
  const mistakes = await page.locator('#result-mistakes').innerText();
  assert.equal(mistakes.split('\n').filter((l) => l.trim()).length, 1, mistakes);
  assert.match(mistakes, /controlecode|code/i);
  noErrors(page);
  await page.close();
});

test('a test in which the fake SMS is opened lists it, in plain words, on the result card', { timeout: 240_000 }, async () => {
  const page = await openIn('test', 'csam-code');
  let opened = false;
  await replay(page, scripts['csam-code'], {
    before: async (a) => {
      if (!opened && a.id === 'reg-code') {
        opened = true;
        await control(page, 'scam-link').click();
        assert.match(await page.locator('#feedback').innerText(), /nep/);
      }
    },
  });
  assert.ok(opened, 'the script types the registration code');
  await page.waitForSelector('#result-card', { timeout: 20_000 });
  const mistakes = await page.locator('#result-mistakes').innerText();
  assert.equal(mistakes.split('\n').filter((l) => l.trim()).length, 1, mistakes);
  assert.match(mistakes, /nep/, mistakes);
  noErrors(page);
  await page.close();
});

test('the four modes are in the switch, in French too; lock=mode hides it', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=fr&scenario=itsme-irisbox&step=home&mode=practice');
  const labels = await page.locator('.mode-switch button').allInnerTexts();
  assert.deepEqual(labels, ['Regarder', 'Avec aide', 'M’exercer seul', 'Test']);
  assert.equal(await page.locator('#mode-practice').getAttribute('aria-pressed'), 'true');
  // Starting a test starts the scenario over.
  await page.locator('#mode-test').click();
  await page.waitForSelector('#app[data-mode="test"]');
  assert.match(page.url(), /mode=test/);
  const locked = await suite.open('?lang=nl&scenario=itsme-irisbox&step=home&mode=test&lock=mode');
  assert.equal(await locked.locator('.mode-switch').isVisible(), false);
  assert.match(locked.url(), /lock=mode/);
  noErrors(page);
  noErrors(locked);
  await page.close();
  await locked.close();
});

test('the completed event of a test carries the score', { timeout: 120_000 }, async () => {
  const src = `${suite.server.url}?lang=nl&scenario=itsme-safety&mode=test&seed=${SEED}`;
  const host = await startServer({
    root: null,
    hostname: 'localhost',
    pages: {
      '/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(e.data));</script>
<iframe title="LoginCoach" src="${src}" width="1200" height="800"></iframe></body></html>`,
    },
  });
  const page = await newPage(suite.browser);
  await page.goto(host.url);
  await replay(page.frameLocator('iframe'), scripts['itsme-safety']);
  await page.waitForFunction(() => window.__msgs.some((m) => m && m.type === 'completed'));
  const done = await page.evaluate(() => window.__msgs.find((m) => m && m.type === 'completed'));
  assert.equal(done.mode, 'test');
  assert.ok(done.score.steps > 0, JSON.stringify(done));
  assert.deepEqual(done.score, { steps: done.score.steps, alone: done.score.steps, mistakes: 0, seconds: done.score.seconds });
  assert.ok(Number.isInteger(done.score.seconds));
  const steps = await page.evaluate(() => window.__msgs.filter((m) => m && m.type === 'step').map((m) => Object.keys(m).sort().join()));
  assert.ok(steps.every((k) => !k.includes('score')), 'only completed carries the score');
  noErrors(page);
  await page.close();
  await host.close();
});
