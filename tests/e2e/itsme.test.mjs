// Chapter 2 end to end: creating itsme with the bank app (digipass, SMS, the code
// rules), with the eID on the PC (token carried to the phone), the safety quiz, and
// logging in to IRISbox (country picker from Intl.DisplayNames, symbol, code, an
// expired push via Playwright's fake clock) and watch mode. Every step by deep link
// with axe: steps.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appSuite, newPage, waitForApp, runAxe, SHOTS, stepOf, feedback, noErrors, next, target, expectStep, watchToTheEnd } from './harness.mjs';

const SCENARIOS = {
  'itsme-bank': ['intro', 'welcome', 'terms', 'phone', 'id-country', 'bank', 'to-bank', 'bank-app', 'sms', 'sms-code', 'choose-code', 'confirm-code', 'finish', 'home'],
  'itsme-eid': ['register', 'consents', 'review', 'card-data', 'share', 'terms', 'sign-pin', 'signed', 'token', 'app-welcome', 'app-terms', 'app-phone', 'app-token', 'app-sms', 'app-choose-code', 'app-confirm-code', 'app-finish', 'app-home'],
  'itsme-safety': ['phishing', 'browser'],
  'itsme-irisbox': ['home', 'choose', 'phone', 'country', 'prove', 'notification', 'confirm', 'symbol', 'code', 'profile', 'done'],
};
const MOBILE = '0470 55 81 26';
const ITSME_CODE = '27514';
const suite = appSuite();

const open = suite.open;

const button = (page, name) => page.getByRole('button', { name, exact: true });
const phone = (page) => page.locator('.device-phone');

/** Types digits on the phone's code pad with its own buttons, as a learner taps. */
async function tapPad(page, digits) {
  for (const d of digits) await phone(page).locator('.pad-key', { hasText: new RegExp(`^${d}$`) }).click();
}

test('itsme with the bank app in Dutch: digipass, SMS, every code rule, a mismatch', { timeout: 120_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-bank&step=intro');
  await page.getByRole('button', { name: /Toestel A/ }).click();
  assert.match(await feedback(page), /kaartlezer/);
  await page.getByRole('button', { name: /Toestel B/ }).click();
  await expectStep(page, 'welcome');
  // The phone's home screen: apps, then the itsme welcome screen.
  assert.equal(await phone(page).locator('.ph-app').count(), 4);
  assert.match(await phone(page).locator('.phone-status .clock').innerText(), /^\d\d:\d\d$/);
  await button(page, 'Berichten').click();
  assert.match(await feedback(page), /andere app/);
  await button(page, 'itsme').click();
  assert.match(await phone(page).innerText(), /Welkom bij itsme/);
  await button(page, 'doorgaan').click();
  await expectStep(page, 'terms');
  await button(page, 'doorgaan').click();
  assert.match(await feedback(page), /twee vakjes/);
  // A box ticked out of order does not stay ticked: the screen keeps its state.
  await page.getByLabel('Ik heb het privacybeleid gelezen').click();
  assert.match(await feedback(page), /bovenste vakje/);
  assert.equal(await page.getByLabel('Ik heb het privacybeleid gelezen').isChecked(), false);
  await page.getByLabel('Ik aanvaard de gebruiksvoorwaarden').check();
  await page.getByLabel('Ik heb het privacybeleid gelezen').check();
  await button(page, 'doorgaan').click();
  await expectStep(page, 'phone');
  // '+32' opens the country picker inside the phone; België brings it back.
  await button(page, '+32').click();
  const picker = phone(page).getByRole('dialog', { name: 'Kies je land' });
  assert.match(await page.locator('#step-title').innerText(), /ander land/);
  const inPhone = await runAxe(page);
  assert.equal(inPhone.length, 0, inPhone.text);
  await page.screenshot({ path: path.join(SHOTS, 'nl-itsme-bank-phone-picker.png') });
  await picker.getByRole('button', { name: /Nederland/ }).first().click();
  assert.match(await feedback(page), /niet de juiste plek/);
  await picker.getByRole('button', { name: /België/ }).first().click();
  await picker.waitFor({ state: 'detached' });
  await page.getByRole('textbox', { name: 'Gsm-nummer', exact: true }).fill('0470 55 81');
  await button(page, 'doorgaan').click();
  assert.match(await feedback(page), /10 cijfers/);
  await page.getByRole('textbox', { name: 'Gsm-nummer', exact: true }).fill(MOBILE);
  await button(page, 'doorgaan').click();
  await expectStep(page, 'id-country');
  await button(page, 'Nederland').click();
  assert.match(await feedback(page), /Belgisch/);
  await button(page, 'België').click();
  await expectStep(page, 'bank');
  await button(page, 'KBC').click();
  await expectStep(page, 'to-bank');
  await button(page, 'Doorgaan').click();
  await expectStep(page, 'bank-app');
  await button(page, 'Delen').click();
  await button(page, 'Steek de bankkaart in').click();
  const answer = (await page.locator('.dp-screen').innerText()).replace(/\D/g, '');
  assert.equal(answer, '059316');
  await tapPad(page, '059317');
  await button(page, 'Bevestigen').click();
  assert.match(await feedback(page), /klopt niet/);
  await tapPad(page, answer);
  await button(page, 'Bevestigen').click();
  await expectStep(page, 'sms');
  // The SMS slides in after the bank step; tapping it opens the thread.
  await target(page, 'notif-sms').waitFor({ timeout: 10_000 });
  await target(page, 'notif-sms').click();
  const code = await phone(page).locator('.ph-bubble').getAttribute('data-value');
  assert.match(code, /^\d{5}$/);
  assert.match(await phone(page).locator('.ph-bubble').innerText(), new RegExp(code));
  await button(page, '‹ Terug naar itsme').click();
  await expectStep(page, 'sms-code');
  assert.match(await phone(page).innerText(), /\+32 470 55 81 26/);
  const wrong = code === '11111' ? '22222' : '11111';
  await page.locator('#im-sms').fill(wrong);
  await button(page, 'doorgaan').click();
  assert.match(await feedback(page), /klopt niet/);
  await page.locator('#im-sms').fill(code);
  await page.locator('#im-sms').press('Enter');
  await expectStep(page, 'choose-code');
  // Digits are masked; show/hide reveals them.
  const field = page.locator('#im-code');
  assert.equal(await field.getAttribute('type'), 'password');
  await tapPad(page, '123');
  await button(page, 'Toon code').click();
  assert.equal(await field.getAttribute('type'), 'text');
  assert.equal(await field.inputValue(), '123');
  await page.getByRole('button', { name: 'Wis laatste cijfer' }).click();
  assert.equal(await field.inputValue(), '12');
  await tapPad(page, '345');
  await button(page, 'doorgaan').click();
  assert.match(await feedback(page), /optellen/);
  for (const [bad, why] of [['11111', /hetzelfde cijfer/], ['12321', /achter naar voor/], ['54321', /aftellen/]]) {
    await field.fill(bad);
    await button(page, 'doorgaan').click();
    assert.match(await feedback(page), why, bad);
  }
  await field.fill('38162');
  await button(page, 'doorgaan').click();
  await expectStep(page, 'confirm-code');
  assert.match(await phone(page).innerText(), /vingerafdruk/);
  await page.locator('#im-code2').fill('38126');
  await button(page, 'doorgaan').click();
  assert.match(await feedback(page), /niet dezelfde code/);
  await page.locator('#im-code2').fill('38162');
  await button(page, 'doorgaan').click();
  await expectStep(page, 'finish');
  await button(page, 'Aan de slag').click();
  await expectStep(page, 'home');
  assert.equal(await phone(page).locator('.im-name').innerText(), 'Sofie');
  await next(page);
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('itsme with the eID in French: register, review, card data, sign with PIN, token to the phone', { timeout: 150_000 }, async () => {
  const page = await open('?lang=fr&scenario=itsme-eid&step=register');
  assert.match(await page.locator('.address').innerText(), /my\.itsme\.be/);
  await page.getByRole('textbox', { name: 'Numéro de GSM', exact: true }).fill('0470 55 81 26');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('sofie.maes@example');
  await button(page, '→ Créer mon compte').click();
  assert.match(await feedback(page), /premier 0/);
  await page.getByRole('textbox', { name: 'Numéro de GSM', exact: true }).fill('470 55 81 26');
  await button(page, '→ Créer mon compte').click();
  assert.match(await feedback(page), /@/);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('sofie.maes@example.com');
  await button(page, '→ Créer mon compte').click();
  await expectStep(page, 'consents');
  await button(page, '→ Créer mon compte').click();
  assert.match(await feedback(page), /deux cases/);
  await page.getByLabel(/localisation/).check();
  await page.getByLabel('Je ne suis pas un robot').check();
  await button(page, '→ Créer mon compte').click();
  await expectStep(page, 'review');
  assert.match(await page.locator('.site').innerText(), /BE \(\+32\) 470 55 81 26/);
  await button(page, '← Modifier les données').click();
  assert.match(await page.locator('#step-title').innerText(), /Retour au formulaire/);
  await button(page, '→ Créer mon compte').click();
  assert.match(await page.locator('#step-title').innerText(), /Vérifiez/);
  await button(page, '→ Créer mon compte').click();
  await expectStep(page, 'card-data');
  const data = await page.locator('.iw-data').innerText();
  for (const want of ['Maes', 'Sofie', 'Belge', 'Hasselt', '23.05.1986', 'Femme', '86.05.23-142.39', 'Kerkstraat 18', '3000', 'Leuven', '14.03.2031']) {
    assert.ok(data.includes(want), `card data shows ${want}`);
  }
  await next(page);
  await expectStep(page, 'share');
  await button(page, 'Continuer').click();
  assert.match(await feedback(page), /case/);
  await page.getByLabel(/Belgian Mobile ID/).check();
  await button(page, 'Continuer').click();
  await expectStep(page, 'terms');
  await page.locator('.iw-terms').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await button(page, 'Cliquez ici pour signer').click();
  await expectStep(page, 'sign-pin');
  await page.locator('#pin-field').fill('0000');
  await page.locator('[data-target-id="pin-ok"]').click();
  assert.match(await feedback(page), /2 essais/);
  await page.locator('#pin-field').fill('4271');
  await page.locator('[data-target-id="pin-ok"]').click();
  await expectStep(page, 'signed');
  await button(page, 'Fermer').click();
  await expectStep(page, 'token');
  const token = await page.locator('.iw-token').getAttribute('data-value');
  assert.match(token, /^[2-9A-HJKMNP-Z]{6}$/);
  await next(page);
  await expectStep(page, 'app-welcome');
  await button(page, 'itsme').click();
  await button(page, 'continuer').click();
  await expectStep(page, 'app-terms');
  await page.getByLabel('J’accepte les conditions d’utilisation').check();
  await page.getByLabel('J’ai lu la politique de confidentialité').check();
  await button(page, 'continuer').click();
  await expectStep(page, 'app-phone');
  await page.getByRole('textbox', { name: 'Numéro de GSM', exact: true }).fill(MOBILE);
  await button(page, 'continuer').click();
  await expectStep(page, 'app-token');
  // The token is still on the PC while the phone asks for it.
  assert.equal(await page.locator('.iw-token').getAttribute('data-value'), token);
  await page.getByRole('textbox', { name: 'Token d’identification', exact: true }).fill('OOOOOO');
  await button(page, 'continuer').click();
  assert.match(await feedback(page), /0, O, 1, I/);
  await page.getByRole('textbox', { name: 'Token d’identification', exact: true }).fill(token.toLowerCase());
  await button(page, 'continuer').click();
  await expectStep(page, 'app-sms');
  const banner = phone(page).locator('.ph-notif .ph-notif-text');
  await banner.waitFor({ timeout: 10_000 });
  const code = await banner.getAttribute('data-value');
  await tapPad(page, code);
  await button(page, 'continuer').click();
  await expectStep(page, 'app-choose-code');
  await page.locator('#im-code').fill('12345');
  await button(page, 'continuer').click();
  assert.match(await feedback(page), /se suivent/);
  await page.locator('#im-code').fill('90817');
  await button(page, 'continuer').click();
  await expectStep(page, 'app-confirm-code');
  await page.locator('#im-code2').fill('90817');
  await button(page, 'continuer').click();
  await expectStep(page, 'app-finish');
  await button(page, 'Démarrer').click();
  await expectStep(page, 'app-home');
  assert.match(await phone(page).innerText(), /Bonjour\s+Sofie/);
  await next(page);
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('itsme safety in Dutch: a misjudged scam and a misjudged real request are explained', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-safety&step=phishing');
  assert.match(await phone(page).innerText(), /Bericht 1 van 3/i);
  // The computer has no part in the SMS and the mail: it rests.
  const pc = page.locator('.device-pc');
  assert.match(await pc.innerText(), /computer hebt u nu niet nodig/);
  await button(page, 'itsme-veilig.info/bevestig').click();
  assert.match(await feedback(page), /nooit op een link/);
  await button(page, 'Veilig').click();
  assert.match(await feedback(page), /nooit een sms met een link/);
  await button(page, 'Oplichting').click();
  assert.match(await phone(page).innerText(), /Bericht 2 van 3/i);
  assert.match(await phone(page).innerText(), /Heractiveer/);
  assert.match(await phone(page).locator('.ph-inbox').innerText(), /Bibliotheek/);
  await button(page, 'Oplichting').click();
  assert.match(await phone(page).innerText(), /Bericht 3 van 3/i);
  // The real request comes from a login the learner started on the computer.
  assert.match(await pc.innerText(), /Bewijs dat jij het bent/);
  await button(page, 'Oplichting').click();
  assert.match(await feedback(page), /zelf op IRISbox/);
  await button(page, 'Veilig').click();
  assert.match(await phone(page).innerText(), /nooit een sms of e-mail met een link/);
  await button(page, 'Begrepen').click();
  await expectStep(page, 'browser');
  await button(page, 'Chrome').click();
  assert.match(await feedback(page), /standaardbrowser/);
  assert.match(await phone(page).innerText(), /Safari/);
  await button(page, 'Internet').click();
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('IRISbox with itsme in Dutch: country picker, symbol (a wrong one first), a wrong code', { timeout: 120_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-irisbox&step=home');
  assert.match(await page.locator('.address').innerText(), /irisbox\.irisnet\.be/);
  await button(page, 'me aanmelden').click();
  await expectStep(page, 'choose');
  await page.getByRole('button', { name: 'Aanmelden met itsme' }).click();
  await expectStep(page, 'phone');
  assert.match(await page.locator('.address').innerText(), /idp\.prd\.itsme\.services/);
  await button(page, 'verstuur').click();
  assert.match(await feedback(page), /BE/);
  await button(page, 'BE').click();
  await expectStep(page, 'country');
  const dialog = page.getByRole('dialog', { name: 'Kies je land' });
  await dialog.getByRole('button', { name: /Nederland/ }).first().click();
  assert.match(await feedback(page), /\+31/);
  await dialog.getByLabel('Zoeken').fill('belg');
  await dialog.getByRole('button', { name: /België/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('textbox', { name: 'Gsm-nummer', exact: true }).fill(MOBILE);
  await button(page, 'verstuur').click();
  await expectStep(page, 'prove');
  assert.match(await page.locator('.site').innerText(), /Bewijs dat jij het bent/);
  const right = await page.locator('.iw-symbol').getAttribute('data-value');
  await expectStep(page, 'notification');
  await target(page, 'notif-push').click();
  await expectStep(page, 'confirm');
  const app = await phone(page).innerText();
  for (const want of ['Aanmelden', 'IRISbox', 'Info', 'Aanmeldingsgegevens', '86.05.23-142.39', '592-0713468-55']) assert.ok(app.toLowerCase().includes(want.toLowerCase()), want);
  await button(page, 'Weigeren').click();
  assert.match(await feedback(page), /zelf op IRISbox/);
  await button(page, 'Bevestigen').click();
  await expectStep(page, 'symbol');
  assert.equal(await phone(page).locator('.sym').count(), 4);
  await phone(page).locator(`.sym:not([data-symbol="${right}"])`).first().click();
  assert.match(await page.locator('#step-title').innerText(), /Stop/);
  assert.match(await phone(page).innerText(), /Gestopt/);
  await button(page, 'Opnieuw oefenen').click();
  await phone(page).locator(`.sym[data-symbol="${right}"]`).click();
  await expectStep(page, 'code');
  await tapPad(page, '13579');
  await button(page, 'Bevestigen').click();
  assert.match(await feedback(page), /nog 2 keer/);
  await tapPad(page, ITSME_CODE);
  await button(page, 'Bevestigen').click();
  await expectStep(page, 'profile');
  await button(page, 'Als burger').click();
  await expectStep(page, 'done');
  assert.equal(await page.locator('.iris-username').innerText(), 'Sofie Maes');
  await next(page);
  await page.waitForSelector('#completed');
  noErrors(page);
  await page.close();
});

test('three wrong itsme codes block the app; an expired push is sent again (fake clock)', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-irisbox&step=code');
  for (const n of [2, 1]) {
    await page.locator('#iris-code').fill('13579');
    await button(page, 'Bevestigen').click();
    assert.match(await feedback(page), n === 2 ? /nog 2 keer/ : /Nog één fout/);
  }
  await page.locator('#iris-code').fill('13579');
  await button(page, 'Bevestigen').click();
  assert.match(await page.locator('#step-title').innerText(), /geblokkeerd/);
  await button(page, 'Opnieuw oefenen').click();
  await page.locator('#iris-code').fill(ITSME_CODE);
  await button(page, 'Bevestigen').click();
  await expectStep(page, 'profile');
  noErrors(page);
  await page.close();

  const late = await open('?lang=nl&scenario=itsme-irisbox&step=notification', { clock: true });
  await target(late, 'notif-push').waitFor();
  await late.clock.fastForward('02:01');
  await target(late, 'iw-resend').waitFor();
  assert.match(await late.locator('#step-title').innerText(), /verlopen/);
  assert.match(await phone(late).innerText(), /verlopen/);
  await button(late, 'Opnieuw versturen').click();
  await target(late, 'notif-push').click();
  await expectStep(late, 'confirm');
  noErrors(late);
  await late.close();
});

for (const [lang, query, want, other] of [
  ['nl', 'belg', 'België', ['Nederland', /^Neder/]],
  ['fr', 'belg', 'Belgique', ['Pays-Bas', /^pays/i]],
]) {
  test(`the country picker lists the browser's names in ${lang} and its search filters`, { timeout: 30_000 }, async () => {
    const page = await open(`?lang=${lang}&scenario=itsme-irisbox&step=country`);
    const dialog = page.getByRole('dialog');
    const most = await dialog.locator('ul').first().innerText();
    assert.match(most, new RegExp(`${want}\\s*\\+32`));
    assert.match(most, new RegExp(`${other[0]}\\s*\\+31`));
    const all = dialog.locator('.cc-all .cc-name');
    assert.ok((await all.count()) > 150, 'an A–Z list of countries');
    const names = await all.allInnerTexts();
    assert.deepEqual(names.slice(0, 5), [...names].slice(0, 5).sort((a, b) => a.localeCompare(b, lang)), 'sorted A–Z');
    await dialog.getByLabel(lang === 'nl' ? 'Zoeken' : 'Rechercher').fill(query);
    assert.deepEqual(await all.allInnerTexts(), [want]);
    await dialog.getByLabel(lang === 'nl' ? 'Zoeken' : 'Rechercher').fill(other[0].slice(0, 4));
    assert.ok((await all.allInnerTexts()).some((n) => other[1].test(n)));
    await dialog.getByLabel(lang === 'nl' ? 'Zoeken' : 'Rechercher').fill('+44');
    assert.ok((await dialog.locator('.cc-all .cc-dial').allInnerTexts()).every((d) => d.startsWith('+44')));
    noErrors(page);
    await page.close();
  });
}

test('watch mode plays all four itsme scenarios to the end', { timeout: 300_000 }, async () => {
  await watchToTheEnd(suite, SCENARIOS, 280_000);
});

test("the phone's own back button goes one screen back, and only while the phone is in use", { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=itsme-bank&step=terms');
  const back = page.getByRole('button', { name: 'Terug (knop van de telefoon)' });
  await back.click();
  await page.waitForSelector('#app[data-step="welcome"]');
  await page.goto(`${suite.server.url}?lang=nl&scenario=eid-mijngezondheid&step=pin`);
  await waitForApp(page);
  assert.ok(await page.locator('#phone-back').isDisabled(), 'the eID login does not use the phone');
  assert.deepEqual(page.errors, []);
  await page.close();
});
