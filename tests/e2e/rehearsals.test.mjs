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
  nl: { noCard: 'Wat als de kaart niet in de lezer zit?', none: 'Er zijn geen certificaten gevonden.', wait: 'Wat als ik te lang wacht?' },
  fr: { noCard: 'Et si la carte n’est pas dans le lecteur ?', none: 'Aucun certificat n’a été trouvé.', wait: 'Et si j’attends trop longtemps ?' },
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
