// Chapter 3 end to end: the LRA activation (with a typo in the activation code),
// the e-mail key (with an expired registration code, via Playwright's fake clock),
// the app key (a wrong TOTP code, and the phone's code checked against an
// independent RFC 6238 computation from the QR code's secret), My e-Box, watch mode,
// and what each step's desk holds. Every step by deep link with axe: steps.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import path from 'node:path';
import { appSuite, newPage, waitForApp, runAxe, SHOTS, stepOf, feedback, noErrors, next, target, expectStep, watchToTheEnd, countIntervals, inventory } from './harness.mjs';

const SCENARIOS = {
  'lra-activation': ['who', 'appointment', 'letter', 'email', 'code', 'choose-key'],
  'csam-code': ['sms-note', 'credentials', 'registration-email', 'registration-code', 'activated'],
  'csam-app': ['credentials', 'apps', 'install', 'scan', 'code', 'activated'],
  myebox: ['home', 'language', 'choose-key', 'credentials', 'code', 'first-use', 'preferences', 'done'],
};
const suite = appSuite();

const open = suite.open;


/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s), computed independently of the app. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret, ms) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 1000 / 30)));
  const h = crypto.createHmac('sha1', secret).update(counter).digest();
  const o = h[h.length - 1] & 0x0f;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1_000_000).padStart(6, '0');
}

test('RFC 6238 reference vector for the node TOTP used here', () => {
  const secret = Buffer.from('12345678901234567890');
  assert.equal(totp(secret, 59_000), '287082');
  assert.deepEqual(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'), secret);
});

test('LRA activation in Dutch: letter, mail, a typo in the activation code, key choice', { timeout: 90_000 }, async () => {
  const page = await open('?lang=nl&scenario=lra-activation&step=who');
  assert.match(await page.locator('#explain').innerText(), /gemeente/);
  await next(page);
  await expectStep(page, 'appointment');
  assert.match(await page.locator('#explain').innerText(), /paspoort/);
  await next(page);
  await expectStep(page, 'letter');
  assert.equal(await page.locator('.lra-code').innerText(), 'K7PM-4XQ2-HN8R-3TWB');
  await next(page);
  await expectStep(page, 'email');
  assert.match(await page.locator('.mail-read').innerText(), /CSAM – Mijn digitale sleutels : activatie/);
  await page.getByRole('button', { name: 'Activeer uw digitale sleutels' }).click();
  await expectStep(page, 'code');
  assert.match(await page.locator('.csamact-bar').innerText(), /Activatiecode ingeven/);
  const field = page.getByLabel('Activatiecode *');
  await field.fill('K7PM-4XQ2-HN8B-3TWB');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  assert.match(await feedback(page), /derde groepje/);
  assert.equal(await stepOf(page), 'code');
  await field.fill('k7pm 4xq2 hn8r 3twb');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'choose-key');
  await page.getByLabel('Beveiligingscode via sms').click();
  assert.match(await feedback(page), /sommige diensten/);
  await page.getByLabel('Beveiligingscode via e-mail').check();
  await page.getByLabel('Ik accepteer de gebruikersvoorwaarden').check();
  await page.getByRole('button', { name: 'Digitale sleutel activeren' }).click();
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('e-mail key in French: password rules, registration code from the mail', { timeout: 90_000 }, async () => {
  const page = await open('?lang=fr&scenario=csam-code&step=sms-note');
  await page.getByRole('button', { name: 'Code de sécurité via e-mail', exact: true }).click();
  await expectStep(page, 'credentials');
  await page.locator('#cred-username').fill('sofie.maes');
  await page.locator('#cred-password').fill('tulpen&rozen7');
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  assert.match(await feedback(page), /majuscule/);
  await page.locator('#cred-password').fill('Tulpen&Rozen7');
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expectStep(page, 'registration-email');
  const code = await page.locator('.mail-code').getAttribute('data-code');
  assert.match(code, /^\d{6}$/);
  assert.match(await page.locator('.mail-timer').innerText(), /[45]:\d\d/);
  await next(page);
  await expectStep(page, 'registration-code');
  assert.equal(await page.locator('.mail-code').getAttribute('data-code'), code, 'same mail, same code');
  const field = page.getByLabel('Code d’enregistrement *');
  await field.fill(code === '111111' ? '222222' : '111111');
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  assert.match(await feedback(page), /pas correct/);
  await field.fill(code);
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expectStep(page, 'activated');
  assert.match(await page.locator('.csamact-done').innerText(), /maintenant activée/);
  noErrors(page);
  await page.close();
});

test('the username and password rules tick off live while the learner types', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=csam-code&step=credentials');
  const list = (i) => page.locator('.csamact-rules').nth(i);
  const met = (i) => list(i).locator('.csamact-rule.ok').count();
  assert.equal(await list(0).locator('.csamact-rule').count(), 2, 'two username rules');
  assert.equal(await list(1).locator('.csamact-rule').count(), 6, 'six password rules');
  assert.equal(await met(0), 0);
  assert.equal(await met(1), 0);
  const user = page.locator('#cred-username');
  await user.pressSequentially('sofie');
  assert.equal(await met(0), 1, 'allowed characters, still too short');
  assert.match(await list(0).locator('.csamact-rule:not(.ok)').innerText(), /Nog niet:\s*minstens 6 tekens/);
  await user.pressSequentially('.maes');
  assert.equal(await met(0), 2, 'both username rules met');
  assert.match(await list(0).innerText(), /In orde:\s*minstens 6 tekens/);
  await user.pressSequentially(' x');
  assert.equal(await met(0), 1, 'a space breaks the characters rule');
  await user.fill('sofie.maes');
  const pw = page.locator('#cred-password');
  await pw.pressSequentially('sofie.maes1');
  assert.equal(await met(1), 4, 'length, small letter, digit, sign; no capital, has the username');
  assert.match(await list(1).locator('.csamact-rule:not(.ok)').allInnerTexts().then((t) => t.join('|')), /hoofdletter.*\|.*gebruikersnaam/s);
  await pw.fill('Tulpen&Rozen7');
  assert.equal(await met(1), 6, 'all password rules met');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cred-password', 'typing keeps the focus');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'registration-email');
  noErrors(page);
  await page.close();
});

test('an expired registration code leads to a new one (fake clock, 5 minutes)', { timeout: 90_000 }, async () => {
  const page = await open('?lang=nl&scenario=csam-code&step=registration-code', { clock: true });
  const first = await page.locator('.mail-code').getAttribute('data-code');
  assert.match(await page.locator('.mail-timer').innerText(), /5:00|4:5\d/);
  await page.clock.fastForward('05:02');
  await target(page, 'reg-new-code').waitFor();
  assert.match(await page.locator('#step-title').innerText(), /verlopen/);
  assert.match(await page.locator('.csamact-alert').innerText(), /verlopen/);
  await target(page, 'reg-new-code').click();
  await page.waitForFunction((c) => { const e = document.querySelector('.mail-code'); return e && e.dataset.code !== c; }, first);
  const second = await page.locator('.mail-code').getAttribute('data-code');
  assert.notEqual(second, first, 'a new code');
  await page.getByLabel('Registratiecode *').fill(first);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  assert.match(await feedback(page), /niet juist/);
  // "Annuleren" also asks a new code.
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await target(page, 'reg-new-code').click();
  await page.waitForFunction((c) => { const e = document.querySelector('.mail-code'); return e && e.dataset.code !== c; }, second);
  const third = await page.locator('.mail-code').getAttribute('data-code');
  await page.getByLabel('Registratiecode *').fill(third);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'activated');
  noErrors(page);
  await page.close();
});

test('app key: QR holds an otpauth URI; the phone shows its TOTP; a wrong code is refused', { timeout: 90_000 }, async () => {
  const page = await open('?lang=nl&scenario=csam-app&step=install');
  await page.getByRole('button', { name: 'Installeren: spel' }).click();
  assert.match(await feedback(page), /spel/);
  // The QR code's script (lazy/lean-qr.js) comes only with the screen that shows one.
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/lazy/lean-qr.js')));
  assert.equal(await fetched(), false, 'not fetched before the QR screen');
  await page.getByRole('button', { name: 'Installeren: Google Authenticator' }).click();
  await expectStep(page, 'scan');
  const qr = page.locator('.csamact-qr');
  await qr.locator('svg').waitFor();
  assert.equal(await qr.locator('svg').count(), 1);
  assert.equal(await fetched(), true, 'fetched for the QR screen');
  const uri = await qr.getAttribute('data-otpauth');
  const url = new URL(uri);
  assert.equal(url.protocol, 'otpauth:');
  assert.match(uri, /^otpauth:\/\/totp\/LoginCoach%20%28oefening%29:sofie\.maes%40example\.com\?/);
  assert.equal(url.searchParams.get('digits'), '6');
  assert.equal(url.searchParams.get('period'), '30');
  const secret = base32Decode(url.searchParams.get('secret'));
  assert.equal(secret.length, 20);
  await page.getByRole('button', { name: 'QR-code scannen' }).click();
  await expectStep(page, 'code');
  const shown = await page.locator('.auth-code').getAttribute('data-code');
  const now = Date.now();
  assert.ok([totp(secret, now), totp(secret, now - 30_000), totp(secret, now + 30_000)].includes(shown), `phone ${shown}`);
  assert.match(await page.locator('.auth-left').innerText(), /Nog \d+ seconden geldig/);
  let wrong = '000000';
  while ([totp(secret, Date.now()), totp(secret, Date.now() - 30_000), totp(secret, Date.now() + 30_000)].includes(wrong)) wrong = String(Number(wrong) + 1).padStart(6, '0');
  const field = page.getByLabel('Beveiligingscode *');
  await field.fill(wrong);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  assert.match(await feedback(page), /klopt niet/);
  await field.fill(totp(secret, Date.now()));
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'activated');
  noErrors(page);
  await page.close();
});

test('a code about to expire is flagged on the phone (fake clock)', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  await page.clock.install({ time: new Date('2026-01-05T10:00:26Z') });
  await page.goto(`${suite.server.url}?lang=nl&scenario=csam-app&step=code`);
  await waitForApp(page);
  await page.clock.runFor(1000);
  await page.locator('.auth-warn').waitFor();
  assert.match(await page.locator('.auth-warn').innerText(), /wacht op de volgende code/);
  noErrors(page);
  await page.close();
});

test('My e-Box in Dutch with the e-mail key, preferences and inbox', { timeout: 90_000 }, async () => {
  const page = await open('?lang=nl&scenario=myebox&step=home');
  assert.match(await page.locator('.address').innerText(), /myebox\.be/);
  await page.getByRole('button', { name: 'Open My e-Box' }).click();
  await expectStep(page, 'language');
  await page.getByRole('button', { name: 'inloggen', exact: true }).click();
  await expectStep(page, 'choose-key');
  await page.getByRole('button', { name: 'Aanmelden via itsme' }).click();
  assert.match(await feedback(page), /beveiligingscode/);
  await page.getByRole('button', { name: 'Aanmelden met beveiligingscode via e-mail' }).click();
  await expectStep(page, 'credentials');
  await page.locator('#meb-username').fill('sofie.maes');
  await page.locator('#meb-password').fill('Zonnebloem-24');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'code');
  const code = await page.locator('.mail-code').getAttribute('data-code');
  await page.locator('#meb-code').fill(code);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'first-use');
  assert.match(await page.locator('.meb-notice').innerText(), /digitaal/);
  await next(page);
  await expectStep(page, 'preferences');
  await page.getByRole('button', { name: 'opslaan' }).click();
  assert.match(await feedback(page), /Ja/);
  await page.getByLabel('Bijnaam (niet verplicht)').fill('Sofie');
  await page.getByLabel('Ja, stuur mij een e-mail').check();
  await page.getByRole('button', { name: 'opslaan' }).click();
  await expectStep(page, 'done');
  assert.equal(await page.locator('.meb-doc').count(), 3);
  await next(page);
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('watch mode plays all four scenarios to the end', { timeout: 240_000 }, async () => {
  await watchToTheEnd(suite, SCENARIOS, 220_000);
});

for (const lang of ['nl', 'fr']) {
  test(`each CSAM step's desk holds only what it needs, and the TOTP code fits, in ${lang}`, { timeout: 400_000 }, async () => {
    for (const [w, h] of [[1920, 1080], [390, 844]]) {
      const page = await newPage(suite.browser, { viewport: { width: w, height: h } });
      for (const [sc, st] of inventory().filter(([sc]) => sc in SCENARIOS)) {
        const step = `${sc}:${st}`;
        await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&step=${st}`);
        await waitForApp(page);
        assert.equal(await stepOf(page), st, step);
        // The desk shows only what the step needs: the LRA letter where the code is read, never the eID card or reader.
        assert.equal(await page.locator('.device-props .eid-card, .device-props .reader').count(), 0, `${step}: no eID card or reader on the desk`);
        assert.equal(await page.locator('.device-props .lra-letter').count(), ['letter', 'email', 'code'].includes(st) && sc === 'lra-activation' ? 1 : 0, `${step}: the letter only where it is used`);
        if (await page.locator('.auth-code').count()) {
          // [scrollWidth, clientWidth, height, font size]: no overflow, less than two lines high.
          const box = await page.locator('.auth-code').evaluate((e) => [e.scrollWidth, e.clientWidth, e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).fontSize)]);
          assert.ok(box[0] <= box[1] && box[2] < box[3] * 2, `${lang} ${w} ${step}: the TOTP code stays on one line (${box})`);
        }
      }
      noErrors(page);
      await page.close();
    }
  });
}

test('countdowns stop when their screen leaves: no interval keeps running on the overview', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  await countIntervals(page);
  await page.goto(`${suite.server.url}?lang=nl&scenario=csam-code&step=registration-code`);
  await waitForApp(page);
  await page.waitForSelector('.mail-timer');
  const during = await page.evaluate(() => window.__liveIntervals());
  assert.ok(during >= 2, `the countdown and the phone clock tick (${during})`);
  await page.locator('#overview-link').click();
  await page.waitForSelector('#methods');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__liveIntervals()), 0, 'nothing ticks in the background');
  assert.deepEqual(page.errors, []);
  await page.close();
});
