// Guidance fixes of issue 10 in the eID and itsme chapters, as the learner sees them:
// the scam quiz's verdicts, the reader's plug-first and turn buttons, a test that
// cannot pass without the card, the practise exercise announced with a way back,
// the bank app's actions one by one, the PIN dialog of the learner's system, the
// country search, and a reader check that ignores a chooser left in an earlier one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, newPage, waitForApp, runAxe, feedback, noErrors, expectStep, target, stepOf } from './harness.mjs';

const suite = appSuite();
const open = suite.open;
const button = (page, name) => page.getByRole('button', { name, exact: true });
const phone = (page) => page.locator('.device-phone');
const instruction = (page) => page.locator('#instruction').innerText();

/** Climbs the hint ladder to "do it for me" and uses it. */
async function doItForMe(page) {
  for (let i = 0; i < 6 && !(await page.locator('#do-it-btn').isVisible()); i++) await page.locator('#hint-btn').click();
  await page.locator('#do-it-btn').click();
}

test('phishing: each message stands alone; the verdict is in the coach panel, then "Begrepen"', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-safety&step=phishing');
  await button(page, 'Oplichting').click();
  assert.match(await phone(page).innerText(), /Bericht 2 van 3/i);
  // No verdict on message 1 sits over message 2 …
  assert.doesNotMatch(await phone(page).innerText(), /Juist|✓/, 'the phone shows message 2 only');
  // … it is said in the panel, naming the message it is about.
  assert.match(await instruction(page), /Bericht 1 was oplichting/);
  assert.match(await instruction(page), /bericht 2/);
  await button(page, 'Oplichting').click();
  assert.match(await phone(page).innerText(), /Bericht 3 van 3/i);
  assert.doesNotMatch(await phone(page).innerText(), /Juist|✓|oplichting\./, 'nothing says "scam" above the genuine message 3');
  assert.match(await instruction(page), /Bericht 2 was ook oplichting/);
  await button(page, 'Veilig').click();
  assert.match(await instruction(page), /Bericht 3 was echt/);
  assert.match(await instruction(page), /tik dan op ‘Begrepen’/);
  await page.locator('#hint-btn').click();
  assert.match(await page.locator('#hint-text').innerText(), /Begrepen/);
  await button(page, 'Begrepen').click();
  await expectStep(page, 'browser');
  noErrors(page);
  await page.close();
});

test('connect-reader: a card before the plug always gets "plug in first"; the turn buttons say what they do', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=eid-install&step=connect-reader');
  // The card lies chip-last; dropped on the reader before the plug is in.
  const a = await page.locator('.eidi-hcard').boundingBox();
  const b = await page.locator('.eidi-drop-slot').boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
  assert.match(await feedback(page), /Steek eerst de stekker/);
  assert.doesNotMatch(await feedback(page), /Draai de kaart/);
  // Before the plug, no button offers a wrong way of inserting (each would say "turn").
  assert.equal(await button(page, 'Steek de kaart in: chip naar onder').count(), 0);
  await button(page, 'Steek de kaart in: chip naar boven, chip eerst').click();
  assert.match(await feedback(page), /Steek eerst de stekker/);
  // The two turn buttons are explained, and the card's position is said in words.
  const turns = page.locator('.eidi-turns');
  assert.match(await turns.innerText(), /zoals een bladzijde/);
  assert.match(await turns.innerText(), /halve slag/);
  assert.match(await page.locator('.eidi-way').innerText(), /verkeerde uiteinde/);
  await button(page, 'Kaart ronddraaien').click();
  assert.match(await page.locator('.eidi-way').innerText(), /ligt de kaart goed/);
  await button(page, 'Kaart omdraaien').click();
  assert.match(await page.locator('.eidi-way').innerText(), /omgekeerd/);
  const help = await button(page, 'Kaart omdraaien').getAttribute('aria-describedby');
  assert.match(await page.locator(`#${help}`).innerText(), /bladzijde/);
  await button(page, 'Steek de stekker in de USB-poort').click();
  assert.ok(await button(page, 'Steek de kaart in: chip naar onder').isVisible(), 'the wrong ways once the reader is in');
  noErrors(page);
  await page.close();
});

test('reader-test: with the card out the test cannot pass until the card is back; the tips count is right', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=eid-install&step=reader-test');
  const dialog = page.getByRole('dialog');
  assert.match(await dialog.innerText(), /Sofie/);
  await button(page, 'Haal de kaart uit de lezer').click();
  assert.match(await dialog.innerText(), /Geen kaart/);
  // Nothing in the test window passes it while the card is out …
  assert.equal(await dialog.getByRole('button').count(), 0, 'no "test again" that passes without the card');
  // … the card goes back in, on the desk; that is what the coach points at.
  const reinsert = button(page, 'Steek de kaart terug in de lezer');
  assert.equal(await reinsert.getAttribute('data-coach-target'), 'true');
  assert.match(await instruction(page), /Steek de kaart terug/);
  await doItForMe(page);
  await page.waitForSelector('.eidi-name');
  assert.match(await dialog.innerText(), /Sofie/);
  assert.equal(await stepOf(page), 'reader-test');
  await button(page, 'close').click();
  await expectStep(page, 'troubleshoot');
  // "deze twee tips": two tips on screen.
  assert.match(await instruction(page), /twee tips/);
  assert.equal(await page.locator('#explain li').count(), 2);
  noErrors(page);
  await page.close();
});

test('reader-check: "practise" says it opens another exercise, and the way back is clear', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=reader-check&step=probe');
  const note = page.locator('#probe-practise-note');
  assert.match(await note.innerText(), /andere oefening/);
  assert.match(await note.innerText(), /stap 4 van ‘De eID-software installeren’/);
  assert.match(await note.innerText(), /terug/);
  assert.equal(await page.locator('#probe-practise').getAttribute('aria-describedby'), 'probe-practise-note');
  await page.locator('#probe-practise').click();
  await page.waitForSelector('#app[data-scenario="eid-install"][data-step="connect-reader"]');
  const back = page.locator('#open-probe');
  assert.match(await back.innerText(), /Terug naar de test ‘Werkt mijn kaartlezer\?’/);
  await back.click();
  await page.waitForSelector('#app[data-scenario="reader-check"]');
  await page.waitForSelector('#probe');
  // Opened from an exercise, the same button goes back there and says so.
  const from = await open('?lang=nl&scenario=eid-install&step=connect-reader');
  await from.locator('#open-probe').click();
  await from.waitForSelector('#probe');
  assert.equal(await from.locator('#probe-practise').innerText(), 'Terug naar de oefening');
  assert.match(await from.locator('#probe-practise-note').innerText(), /‘De eID-software installeren’, stap 4: Sluit de kaartlezer aan/);
  await from.locator('#probe-practise').click();
  await expectStep(from, 'connect-reader');
  for (const p of [page, from]) {
    noErrors(p);
    await p.close();
  }
});

test('bank-app: each of the actions is guided, and "Bevestigen" too early is explained', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-bank&step=bank-app');
  assert.match(await instruction(page), /Eerste van drie acties: tik op ‘Delen’/);
  await button(page, 'Delen').click();
  assert.match(await instruction(page), /Tweede actie/);
  assert.match(await instruction(page), /‘Steek de bankkaart in’/);
  // "Bevestigen" with an empty field before the card is in: a specific, friendly word.
  await button(page, 'Bevestigen').click();
  assert.match(await feedback(page), /bankkaart zit er nog niet in/);
  assert.doesNotMatch(await feedback(page), /niet de juiste plek/);
  await button(page, 'Steek de bankkaart in').click();
  assert.match(await instruction(page), /Laatste actie: typ die 6 cijfers/);
  await button(page, 'Bevestigen').click();
  assert.match(await feedback(page), /Het vak is nog leeg/);
  await page.locator('#bank-response').fill('059316');
  await button(page, 'Bevestigen').click();
  await expectStep(page, 'sms');
  noErrors(page);
  await page.close();
});

const SYSTEMS = [
  ['Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', 'Windows-beveiliging', 'win'],
  ['macOS', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', 'Voer uw pincode in', 'mac'],
  ['Linux', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', 'beID: pincode vereist', 'gtk'],
];

for (const [name, userAgent, title, look] of SYSTEMS) {
  test(`the PIN dialog is the one of ${name} when the site detects ${name}`, { timeout: 60_000 }, async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 }, userAgent });
    // What Chromium reports as the platform, to match the user agent of this context.
    await page.addInitScript((os) => {
      Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => ({ platform: os, mobile: false, brands: [] }), configurable: true });
    }, name);
    await page.goto(`${suite.server.url}?lang=nl&scenario=eid-install&step=site`);
    await waitForApp(page);
    assert.match(await page.locator('.eidw-os').innerText(), new RegExp(name === 'Windows' ? 'Windows' : name));
    await page.goto(`${suite.server.url}?lang=nl&scenario=eid-mijngezondheid&step=pin`);
    await waitForApp(page);
    const dialog = page.getByRole('dialog', { name: title });
    assert.ok(await dialog.isVisible(), `the ${name} PIN dialog`);
    assert.equal(await page.locator('.os-dialog').getAttribute('class'), `os-dialog ${look}`);
    assert.equal(await page.getByText('Klik hier voor meer informatie').count(), name === 'Windows' ? 1 : 0, 'the Windows link only on Windows');
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, violations.text);
    await page.getByLabel('PIN', { exact: true }).fill('4271');
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await expectStep(page, 'profile');
    noErrors(page);
    await page.close();
  });
}

test('country search: the A–Z entry is the target while a search is shown, and "do it for me" picks it', { timeout: 60_000 }, async () => {
  const page = await open('?lang=nl&scenario=itsme-irisbox&step=country');
  const dialog = page.getByRole('dialog', { name: 'Kies je land' });
  await dialog.getByLabel('Zoeken').fill('Belg');
  assert.equal(await dialog.getByText('Meest geselecteerde landen').count(), 0, 'the search hides the most selected list');
  const highlighted = dialog.locator('[data-coach-target]');
  assert.equal(await highlighted.count(), 1, 'one highlighted entry while searching');
  assert.match(await highlighted.innerText(), /België\s*\+32/);
  assert.equal(await highlighted.getAttribute('data-target-id'), 'cc-be');
  await doItForMe(page);
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await target(page, 'iw-phone').getAttribute('data-coach-target'), 'true', 'next: the number');
  // A search without België keeps België on screen (the most selected list stays).
  const again = await open('?lang=nl&scenario=itsme-irisbox&step=country');
  await again.getByRole('dialog').getByLabel('Zoeken').fill('Neder');
  assert.equal(await again.locator('[data-target-id="cc-be"]').count(), 1);
  assert.equal(await again.locator('[data-target-id="cc-be"]').getAttribute('data-coach-target'), 'true');
  // By keyboard, in both lists: Nederland (most selected) and another country (A–Z) are
  // explained, and the picker stays open for the right choice.
  await again.locator('[data-target-id="cc-nl"]').focus();
  await again.keyboard.press('Enter');
  assert.match(await feedback(again), /Nederland heeft \+31/);
  await again.getByRole('dialog').getByLabel('Zoeken').fill('Duits');
  await again.locator('[data-target-id="cc-az-de"]').focus();
  await again.keyboard.press('Enter');
  assert.match(await feedback(again), /andere landcode/);
  assert.equal(await again.getByRole('dialog').count(), 1, 'the picker stays open');
  for (const p of [page, again]) {
    noErrors(p);
    await p.close();
  }
});

test('a chooser left open in one reader check does not write into the next one', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  await page.addInitScript(() => {
    const t = new EventTarget();
    t.getDevices = () => Promise.resolve([]);
    // The browser's chooser stays open until the test answers it.
    window.__choosers = [];
    t.requestDevice = () => new Promise((resolve, reject) => window.__choosers.push({ resolve, reject }));
    Object.defineProperty(Navigator.prototype, 'usb', { get: () => t, configurable: true });
    delete Navigator.prototype.hid;
  });
  await page.goto(`${suite.server.url}?lang=nl&scenario=reader-check&step=probe`);
  await waitForApp(page);
  await page.locator('#probe-request').click();
  await page.waitForFunction(() => window.__choosers.length === 1);
  // The learner leaves this check (to practise) and comes back to a new one.
  await page.locator('#probe-practise').click();
  await page.waitForSelector('#app[data-scenario="eid-install"]');
  await page.locator('#open-probe').click();
  await page.waitForSelector('.probe-result[data-probe-state="needs-click"]');
  // Now the first check's chooser answers, late: the learner chose a reader there.
  await page.evaluate(() => window.__choosers[0].resolve({ vendorId: 0x072f, productId: 0xb100, productName: 'ACR39U', configurations: [] }));
  await page.waitForTimeout(300);
  assert.ok(await page.locator('#probe-request').isEnabled(), 'the new check is not busy');
  // In this check the learner opens the chooser and closes it without choosing.
  await page.locator('#probe-request').click();
  await page.waitForFunction(() => window.__choosers.length === 2);
  assert.notEqual(await page.locator('.probe-result').getAttribute('data-probe-state'), 'connected', 'nothing was chosen here');
  assert.doesNotMatch(await page.locator('#probe-status').innerText(), /ACS ACR39U/);
  await page.evaluate(() => window.__choosers[1].reject(new DOMException('No device selected.', 'NotFoundError')));
  await page.waitForSelector('.probe-result[data-probe-state="not-found"]');
  assert.doesNotMatch(await page.locator('#probe-status').innerText(), /ACS ACR39U/);
  noErrors(page);
  await page.close();
});
