// Rehearsing what goes wrong on the real sites, as a learner meets it: each detour
// explains what happened in plain words and leads back to the main path, in Dutch
// and French, with no axe violation on the detour's view.
// - eID: the card taken out of the reader before "Aanmelden": the certificate list is empty;
// - time that runs out (the CSAM registration code, the itsme notification): shown
//   at once with "what if I wait too long?" (never in a test: modes.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, runAxe, noErrors, target, title } from './harness.mjs';

const suite = appSuite();

const TEXT = {
  nl: { empty: 'Kaartlezer zonder kaart', noCard: 'Wat als de kaart niet in de lezer zit?', none: 'Er zijn geen certificaten gevonden.', wait: 'Wat als ik te lang wacht?' },
  fr: { empty: 'Lecteur de carte, sans carte', noCard: 'Et si la carte n’est pas dans le lecteur ?', none: 'Aucun certificat n’a été trouvé.', wait: 'Et si j’attends trop longtemps ?' },
};

async function axeClean(page, what) {
  const v = await runAxe(page);
  assert.equal(v.length, 0, `${what}: ${v.text}`);
}

for (const lang of ['nl', 'fr']) {
  test(`${lang}: eID, the card out of the reader: an empty certificate list, then back`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=eid-mijngezondheid&step=csam-eid`);
    const before = await title(page);
    await target(page, 'card-remove').click();
    assert.equal(await title(page), TEXT[lang].noCard);
    await page.getByRole('dialog').getByText(TEXT[lang].none).waitFor();
    assert.ok(await page.locator('.reader.empty').isVisible(), 'the reader is drawn without the card');
    assert.equal(await page.locator('#reader-cap').innerText(), TEXT[lang].empty, 'and says so');
    await axeClean(page, 'no card');
    await target(page, 'card-reinsert').click();
    assert.equal(await title(page), before, 'back on the main path');
    assert.equal(await page.getByRole('dialog').count(), 0);
    await target(page, 'csam-login').click();
    await page.waitForSelector('#app[data-step="certificate"]');
    noErrors(page);
    await page.close();
  });

  test(`${lang}: the CSAM registration code runs out without waiting five minutes, and a new one comes`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=csam-code&step=registration-code`);
    const button = page.getByRole('button', { name: TEXT[lang].wait });
    await button.click();
    await page.locator('.csamact-alert').waitFor();
    assert.equal(await button.count(), 0, 'once expired, nothing is left to wait for');
    await axeClean(page, 'registration code expired');
    await target(page, 'reg-new-code').click();
    await page.waitForFunction(() => !document.querySelector('.csamact-alert'));
    assert.ok(await button.isVisible(), 'the new code has its own deadline');
    noErrors(page);
    await page.close();
  });

  test(`${lang}: the itsme notification runs out without waiting two minutes; "send again" leads back`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=itsme-irisbox&step=notification`);
    const step = await title(page);
    await page.getByRole('button', { name: TEXT[lang].wait }).click();
    await page.waitForFunction((t) => document.querySelector('#step-title').innerText !== t, step);
    await target(page, 'iw-resend').waitFor();
    await axeClean(page, 'notification expired');
    await target(page, 'iw-resend').click();
    await page.waitForFunction((t) => document.querySelector('#step-title').innerText === t, step);
    noErrors(page);
    await page.close();
  });
}

for (const lang of ['nl', 'fr']) {
  test(`${lang}: an authenticator code typed after it changed is refused with "type the one it shows now"`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=csam-app&step=code`, { clock: true });
    const shown = () => page.locator('.auth-code').first().getAttribute('data-code');
    const old = await shown();
    await page.clock.fastForward(90_000);
    await page.waitForFunction((o) => document.querySelector('.auth-code').dataset.code !== o, old);
    await target(page, 'totp-code').fill(old);
    await target(page, 'totp-next').click();
    assert.match(await page.locator('#feedback').innerText(), lang === 'nl' ? /vervangen/ : /remplacé/);
    await axeClean(page, 'code changed');
    await target(page, 'totp-code').fill(await shown());
    await target(page, 'totp-next').click();
    await page.waitForSelector('#app[data-step="activated"]');
    noErrors(page);
    await page.close();
  });
}

// The older detours and wrong values, each entered and (for a detour) left again,
// with the coach's words checked and axe on the view, in Dutch and French.
const WRONG = [
  { name: 'three wrong PINs: 2 tries, 1 try, then the card is blocked', at: 'eid-mijngezondheid&step=pin',
    tries: [['pin-field', '0000', 'pin-ok', /2/], ['pin-field', '1111', 'pin-ok', /één|une seule|dernière|\b1\b/]], last: ['pin-field', '2222', 'pin-ok'], back: 'blocked-retry' },
  { name: 'three wrong itsme codes block the app', at: 'itsme-irisbox&step=code',
    tries: [['iris-code', '00000', 'iris-code-ok', /\S/], ['iris-code', '00001', 'iris-code-ok', /\S/]], last: ['iris-code', '00002', 'iris-code-ok'], back: 'im-unblock' },
  { name: 'an itsme code that breaks a rule: each rule is named', at: 'itsme-bank&step=choose-code',
    tries: [['im-code', '11111', 'im-code-ok', /\S/], ['im-code', '12345', 'im-code-ok', /\S/], ['im-code', '12321', 'im-code-ok', /\S/]], distinct: true },
  { name: 'a wrong SMS control code', at: 'itsme-bank&step=sms-code', tries: [['im-sms', '00000', 'im-sms-ok', /\S/]] },
  { name: 'a wrong activation code from the letter', at: 'lra-activation&step=code', tries: [['act-code', 'AAAA-AAAA-AAAA-AAAA', 'act-next', /\S/]] },
  { name: 'a wrong My e-Box password', at: 'myebox&step=credentials', before: [['meb-username', 'sofie.maes', 'meb-next']],
    tries: [['meb-password', 'Verkeerd-1', 'meb-next', /\S/]] },
  { name: 'the wrong itsme symbol: stop, this is how fraud looks', at: 'itsme-irisbox&step=symbol', click: 'sym-wrong-1', back: 'sym-retry' },
  { name: 'a registration code cancelled: ask a new one', at: 'csam-code&step=registration-code', click: 'reg-cancel', back: 'reg-new-code' },
  { name: 'Chrome without the eID extension: the card cannot be read; try again', at: 'eid-mijngezondheid&step=csam-eid', click: 'try-chrome', back: 'csam-retry' },
  { name: 'username or password forgotten: what the real site offers, then back', at: 'myebox&step=credentials', click: 'meb-forgot', back: 'meb-forgot-back' },
];

for (const lang of ['nl', 'fr']) {
  for (const c of WRONG) {
    test(`${lang}: ${c.name}`, { timeout: 60_000 }, async () => {
      const page = await suite.open(`?lang=${lang}&scenario=${c.at}`);
      const start = await title(page);
      for (const [field, value, submit] of c.before || []) {
        await target(page, field).fill(value);
        await target(page, submit).click();
      }
      const said = [];
      for (const [field, value, submit, want] of c.tries || []) {
        await target(page, field).fill(value);
        await target(page, submit).click();
        const text = await page.locator('#feedback').innerText();
        assert.match(text, want, `${value}: ${text}`);
        said.push(text);
      }
      if (c.distinct) assert.equal(new Set(said).size, said.length, `each rule has its own words: ${said.join(' | ')}`);
      if (said.length) await axeClean(page, `${c.name}, wrong value`);
      if (c.last) {
        const [field, value, submit] = c.last;
        await target(page, field).fill(value);
        await target(page, submit).click();
      }
      if (c.click) await target(page, c.click).filter({ visible: true }).first().click();
      if (c.back) {
        await page.waitForFunction((t) => document.querySelector('#step-title').innerText !== t, start);
        await axeClean(page, `${c.name}, the detour`);
        await target(page, c.back).filter({ visible: true }).first().click();
        await page.waitForFunction((t) => document.querySelector('#step-title').innerText === t, start);
      }
      noErrors(page);
      await page.close();
    });
  }
}

// A fake SMS "from CSAM" or "from itsme" with a link arrives while the learner is
// busy: opening it is met with calm words (this is fake, ignore it), and the step
// goes on as before.
const SCAMS = [
  { name: 'a fake SMS from CSAM while the registration code is typed', at: 'csam-code&step=registration-code',
    go_on: async (page) => {
      await target(page, 'reg-code').fill(await page.locator('.mail-code').first().getAttribute('data-code'));
      await target(page, 'reg-next').click();
      await page.waitForSelector('#app[data-step="activated"]');
    } },
  { name: 'a fake SMS from itsme while the notification is awaited', at: 'itsme-irisbox&step=prove',
    go_on: async (page) => page.waitForSelector('#app[data-step="notification"]', { timeout: 20_000 }) },
];

for (const lang of ['nl', 'fr']) {
  for (const c of SCAMS) {
    test(`${lang}: ${c.name} is to be ignored`, { timeout: 60_000 }, async () => {
      const page = await suite.open(`?lang=${lang}&scenario=${c.at}`);
      const sms = target(page, 'scam-link');
      assert.match(await sms.innerText(), /\.example\//, 'the fake link is shown as text on the phone');
      await axeClean(page, `${c.name}, arriving`);
      await sms.click();
      assert.match(await page.locator('#feedback').innerText(), lang === 'nl' ? /nep/ : /faux/);
      await axeClean(page, `${c.name}, opened`);
      await c.go_on(page);
      noErrors(page);
      await page.close();
    });
  }
}
