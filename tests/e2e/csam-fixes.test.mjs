// Issue 10, chapter 3: what the learner sees after the fixes.
// - The practice QR code, decoded from its pixels (jsQR in the page), names an
//   exercise issuer in the language shown, and the page says it may be deleted; when
//   its script cannot come, a calm note says so and the exercise goes on.
// - My e-Box takes the practice pair shown on screen, and the pair the learner chose
//   earlier in this page; "no documents" can be chosen; the language follows the learner.
// - The activation page has a terms checkbox, a PDF link that opens nothing, a language
//   dropdown; the letter says it is a practice letter; the CSAM mail comes after the letter.
// - csam-code lets the learner take the code by SMS too, with the warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { appSuite, REPO_ROOT, feedback, noErrors, next, expectStep, stepOf, runAxe } from './harness.mjs';

const axeClean = async (page, where) => {
  const v = await runAxe(page);
  assert.equal(v.length, 0, `${where}: ${v.text}`);
};

const suite = appSuite();
const JSQR = path.join(REPO_ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js');

/** Decodes the QR code on the page from its drawing (the SVG painted on a canvas).
 *  The decoder is evaluated by the test's driver, not added as a <script>: the page
 *  runs under its strict CSP, which refuses inline scripts (as it should). */
async function decodeQr(page) {
  // The drawing comes a moment after the screen: its script is fetched only there.
  await page.locator('.csamact-qr svg').waitFor();
  await page.evaluate(fs.readFileSync(JSQR, 'utf8'));
  return page.evaluate(async () => {
    const svg = document.querySelector('.csamact-qr svg');
    if (!svg) return null;
    const markup = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(markup);
    await img.decode();
    const size = 480;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, size, size);
    const pixels = ctx.getImageData(0, 0, size, size);
    const found = window.jsQR(pixels.data, size, size);
    return found ? found.data : null;
  });
}

for (const [lang, issuer, deleted, scan] of [
  ['nl', 'LoginCoach (oefening)', /verwijderen/, 'QR-code scannen'],
  ['fr', 'LoginCoach (exercice)', /supprimer/, 'Scanner un code QR'],
]) {
  test(`${lang}: the practice QR code adds "${issuer}" to a real app, and says it can be deleted`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=csam-app&step=scan`);
    const text = await decodeQr(page);
    assert.ok(text, 'the QR code on screen decodes');
    const enc = encodeURIComponent(issuer).replace(/\(/g, '%28').replace(/\)/g, '%29');
    assert.ok(text.startsWith(`otpauth://totp/${enc}:sofie.maes%40example.com?secret=`), text);
    const url = new URL(text);
    assert.equal(url.searchParams.get('issuer'), issuer);
    assert.ok(!/CSAM/i.test(text), `no CSAM entry in a real app: ${text}`);
    assert.match(url.searchParams.get('secret'), /^[A-Z2-7]{32}$/, 'still a real, scannable key');
    const note = page.locator('.csam-content .practice-note');
    assert.ok(await note.isVisible(), 'the note is on screen');
    assert.match(await note.innerText(), deleted);
    assert.match(await note.innerText(), new RegExp(issuer.replace(/[()]/g, '\\$&')));
    // The app mock on the phone names the same exercise issuer.
    await page.getByRole('button', { name: scan }).click();
    await expectStep(page, 'code');
    assert.equal(await page.locator('.device-phone .auth-issuer').innerText(), issuer);
    assert.ok(!/CSAM/.test(await page.locator('.device-phone .auth-account').innerText()));
    noErrors(page);
    await page.close();
  });
}

test('a QR code whose script cannot come leaves a calm note, and the exercise goes on', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=csam-app&step=scan', {
    prepare: (p) => p.route('**/lazy/lean-qr.js', (route) => route.abort()),
  });
  const note = page.locator('.csam-content .qr-missing');
  await note.waitFor();
  assert.match(await note.innerText(), /niet erg/);
  assert.equal(await page.locator('.csamact-qr svg').count(), 0);
  await axeClean(page, 'the QR code missing');
  await page.getByRole('button', { name: 'QR-code scannen' }).click();
  await expectStep(page, 'code');
  await page.close();
});

test('My e-Box takes the pair chosen earlier in this page; the language follows the box chosen', { timeout: 120_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=csam-code&step=credentials');
  await page.locator('#cred-username').fill('jan.peeters');
  await page.locator('#cred-password').fill('Tulpen&Rozen7');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'registration-email');
  // On to My e-Box in the same page (the overview), no reload.
  await page.locator('#overview-link').click();
  await page.locator('[data-scenario-id="myebox"]').click();
  await expectStep(page, 'home');
  await page.getByRole('button', { name: 'Open My e-Box' }).click();
  await page.getByRole('button', { name: 'se connecter', exact: true }).click();
  await page.getByRole('button', { name: 'Aanmelden met beveiligingscode via e-mail' }).click();
  await expectStep(page, 'credentials');
  const note = await page.locator('.device-pc .practice-note').innerText();
  assert.match(note, /sofie\.maes/);
  assert.match(note, /Zonnebloem-24/);
  assert.match(note, /zelf een gebruikersnaam en wachtwoord/, 'says the pair chosen earlier works too');
  assert.ok(!note.includes('Tulpen&Rozen7'), 'the password is never shown');
  await axeClean(page, 'login with the chosen username named');
  await page.locator('#meb-username').fill('jan.peeters');
  await page.locator('#meb-password').fill('Zonnebloem-24');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  assert.match(await feedback(page), /sofie\.maes/);
  assert.equal(await stepOf(page), 'credentials');
  await page.locator('#meb-username').fill('jan.peeters');
  await page.locator('#meb-password').fill('Tulpen&Rozen7');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'code');
  const code = await page.locator('.mail-code').getAttribute('data-code');
  await page.locator('#meb-code').fill(code);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'first-use');
  await next(page);
  await expectStep(page, 'preferences');
  assert.equal(await page.locator('select#meb-lang').inputValue(), 'fr', 'the box the learner logged in with');
  noErrors(page);
  await page.close();
});

test('My e-Box says plainly which practice pair works', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=myebox&step=credentials');
  const note = page.locator('.device-pc .practice-note');
  assert.ok(await note.isVisible());
  assert.match(await note.innerText(), /gebruikersnaam sofie\.maes en wachtwoord Zonnebloem-24/);
  assert.ok(!/zelf/.test(await note.innerText()), 'nothing chosen yet in this page');
  await page.locator('#meb-username').fill('sofie.maes');
  await page.locator('#meb-password').fill('Zonnebloem-24');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'code');
  noErrors(page);
  await page.close();
});

test('fr: My e-Box preferences: "no documents" can be chosen, the language is French', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=fr&scenario=myebox&step=preferences');
  const lang = page.getByLabel('Langue de My e-Box', { exact: true });
  assert.equal(await lang.evaluate((e) => e.tagName), 'SELECT');
  assert.equal(await lang.inputValue(), 'fr');
  assert.equal(await lang.locator('option:checked').innerText(), 'Français');
  const none = page.getByLabel('Je ne veux recevoir aucun document via My e-Box');
  await none.check();
  assert.ok(await none.isChecked(), 'the choice stays');
  assert.ok(await page.locator('.meb-note').isVisible(), 'what it means shows once ticked');
  assert.match(await page.locator('.meb-note').innerText(), /papier/);
  await axeClean(page, 'preferences, no documents');
  await none.uncheck();
  assert.ok(!(await none.isChecked()));
  assert.ok(!(await page.locator('.meb-note').isVisible()));
  await lang.selectOption('de');
  assert.equal(await lang.inputValue(), 'de', 'any language may be chosen');
  await page.getByLabel('Oui, envoyez-moi un e-mail').check();
  await page.getByRole('button', { name: 'enregistrer' }).click();
  await expectStep(page, 'done');
  noErrors(page);
  await page.close();
});

for (const [lang, terms, pdf, language, langName, nothing, notCard] of [
  ['nl', 'Ik accepteer de gebruikersvoorwaarden', 'Download de gebruikersvoorwaarden (PDF)', 'Mijn voorkeurstaal', 'Nederlands', /opent er niets/, /geen echte brief/],
  ['fr', 'J’accepte les conditions d’utilisation', 'Télécharger les conditions d’utilisation (PDF)', 'Ma langue préférée', 'Français', /rien ne s’ouvre/, /pas une vraie lettre/],
]) {
  test(`${lang}: activation page: terms checkbox, a PDF link that opens nothing, a language dropdown`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=lra-activation&step=choose-key`);
    assert.equal(await page.getByRole('radio', { name: terms }).count(), 0, 'not a radio button');
    const box = page.getByRole('checkbox', { name: terms });
    assert.equal(await box.count(), 1);
    const select = page.getByLabel(language, { exact: true });
    assert.equal(await select.evaluate((e) => e.tagName), 'SELECT');
    assert.equal(await select.inputValue(), lang, 'starts at the language the learner reads');
    assert.equal(await select.locator('option:checked').innerText(), langName);
    assert.equal(await select.locator('option').count(), 4);
    const before = page.url();
    const pages = page.context().pages().length;
    assert.ok(!(await page.locator('.csamact-terms .practice-note').isVisible()));
    await page.getByRole('button', { name: pdf }).click();
    assert.ok(await page.locator('.csamact-terms .practice-note').isVisible());
    assert.match(await page.locator('.csamact-terms .practice-note').innerText(), nothing);
    assert.equal(page.url(), before, 'nothing real opens');
    assert.equal(page.context().pages().length, pages, 'no new window');
    await axeClean(page, 'terms PDF note');
    await select.selectOption('en');
    assert.equal(await select.inputValue(), 'en');
    await page.getByRole('radio', { name: lang === 'nl' ? 'Beveiligingscode via e-mail' : 'Code de sécurité via e-mail' }).check();
    await box.check();
    assert.ok(await box.isChecked());
    await page.locator('[data-target-id="act-activate"]').click();
    await page.waitForSelector('#completed');
    noErrors(page);
    await page.close();
  });

  test(`${lang}: the letter is a practice letter, and the CSAM mail is not there yet`, { timeout: 60_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=lra-activation&step=letter`);
    const letter = await page.locator('.lra-letter').innerText();
    assert.match(letter, notCard);
    assert.ok(!/kaart|carte/.test(letter), `the letter does not call itself a card: ${letter}`);
    const pc = await page.locator('.device-pc').innerText();
    assert.ok(!pc.includes('CSAM –'), `no CSAM mail on the PC yet: ${pc}`);
    await next(page);
    await expectStep(page, 'email');
    assert.match(await page.locator('.device-pc .mail-read').innerText(), /CSAM – /);
    noErrors(page);
    await page.close();
  });
}

for (const [lang, sms, smsRe, nextLabel, label] of [
  ['nl', 'Beveiligingscode via sms', /sommige diensten/, 'Volgende', 'Registratiecode *'],
  ['fr', 'Code de sécurité via SMS', /certains services/, 'Suivant', 'Code d’enregistrement *'],
]) {
  test(`${lang}: csam-code: the learner can take the code by SMS, with the warning`, { timeout: 90_000 }, async () => {
    const page = await suite.open(`?lang=${lang}&scenario=csam-code&step=sms-note`);
    assert.match(await page.locator('.device-pc .csamact-advice').innerText(), smsRe, 'the warning is on screen');
    await page.getByRole('button', { name: sms, exact: true }).click();
    await expectStep(page, 'credentials');
    await page.locator('#cred-username').fill('sofie.maes');
    await page.locator('#cred-password').fill('Tulpen&Rozen7');
    await page.getByRole('button', { name: nextLabel, exact: true }).click();
    await expectStep(page, 'registration-email');
    assert.match(await page.locator('.device-pc .csamact-advice').innerText(), /0470 55 81 26/);
    assert.match(await page.locator('.device-pc .csamact-advice').innerText(), /SMS|sms/);
    const thread = page.locator('.device-phone .ph-sms');
    assert.ok(await thread.isVisible(), 'the code arrives as an SMS on the phone');
    assert.equal(await page.locator('.device-phone .pmail').count(), 0, 'not a mail');
    const code = await thread.locator('.mail-code').getAttribute('data-code');
    assert.match(code, /^\d{6}$/);
    await axeClean(page, 'registration code by SMS');
    await next(page);
    await expectStep(page, 'registration-code');
    assert.match(await page.locator('.device-pc .csam-content').innerText(), /SMS|sms/);
    await axeClean(page, 'registration code page, SMS');
    await page.getByLabel(label).fill(code);
    await page.getByRole('button', { name: nextLabel, exact: true }).click();
    await expectStep(page, 'activated');
    noErrors(page);
    await page.close();
  });
}

test('csam-code by e-mail still works, and Back lets the learner change the way', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=csam-code&step=sms-note');
  await page.getByRole('button', { name: 'Beveiligingscode via sms', exact: true }).click();
  await expectStep(page, 'credentials');
  await page.locator('#back-btn').click();
  await expectStep(page, 'sms-note');
  await page.getByRole('button', { name: 'Beveiligingscode via e-mail', exact: true }).click();
  await page.locator('#cred-username').fill('sofie.maes');
  await page.locator('#cred-password').fill('Tulpen&Rozen7');
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expectStep(page, 'registration-email');
  assert.ok(await page.locator('.device-phone .pmail').isVisible(), 'the code comes by mail');
  assert.match(await page.locator('.device-pc .csamact-advice').innerText(), /sofie\.maes@example\.com/);
  noErrors(page);
  await page.close();
});
