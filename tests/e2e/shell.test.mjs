// The app's own frame around the exercises, as a workshop meets it: a weak
// network, the browser's Back button, a facilitator's fixed seed, the watch speed,
// the "not real" badge on every step, a bad link, and a page that cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  appSuite, newPage, waitForApp, startServer, REPO_ROOT, noErrors, stepOf, target, expectStep, inventory, countIntervals,
} from './harness.mjs';

const suite = appSuite();
const catalog = (lang, part) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', lang, `${part}.json`), 'utf8'));
const core = { nl: catalog('nl', 'core'), fr: catalog('fr', 'core') };

/** The text of the whole page, for "no catalog key shown bare". */
const bodyText = (page) => page.locator('body').innerText();

test('a weak network: a chapter that cannot load is not shown; a calm note, a retry, and back online it opens', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=fr');
  await page.context().setOffline(true);
  await page.locator('button[data-scenario-id="lra-activation"]').click();
  const failed = page.locator('#load-failed');
  await failed.waitFor({ timeout: 15_000 });
  assert.equal(await failed.innerText(), core.fr['ui.load-failed']);
  assert.equal(await stepOf(page), 'methods', 'the current view stays');
  assert.doesNotMatch(await bodyText(page), /myebox\.|csam\.|lra-activation\.[a-z-]+\.title/, 'no bare keys');
  // The current view stays usable: the overview's own controls still work.
  assert.ok(await page.locator('button[data-scenario-id="itsme-bank"]').isEnabled());
  // Trying again while still offline keeps the note, and the view.
  await page.locator('#retry-btn').click();
  await page.waitForTimeout(300);
  await failed.waitFor();
  assert.equal(await stepOf(page), 'methods');
  // Back online: the exercise opens by itself, with its texts (a failed part is asked for again).
  await page.context().setOffline(false);
  await page.waitForSelector('#app[data-scenario="lra-activation"]', { timeout: 15_000 });
  assert.equal(await page.locator('#step-title').innerText(), catalog('fr', 'csam')['lra-activation.who.title']);
  assert.equal(await failed.count(), 0, 'the note is gone');
  page.errors.length = 0; // the offline fetches are logged as failed loads by the browser
  await page.close();
});

test('a deep link whose texts cannot come opens the overview with the note; retry opens the step', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  let block = true;
  await page.route('**/locales/*/itsme.json', (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${suite.server.url}?lang=nl&scenario=itsme-irisbox&step=country`);
  await waitForApp(page);
  await page.locator('#load-failed').waitFor();
  assert.equal(await stepOf(page), 'methods');
  assert.doesNotMatch(await bodyText(page), /itsme-irisbox\.|itsme\.[a-z-]+\./);
  assert.match(page.url(), /scenario=itsme-irisbox&step=country/, 'the link is kept in the address');
  block = false;
  await page.locator('#retry-btn').click();
  await expectStep(page, 'country');
  assert.equal(await page.locator('#step-title').innerText(), catalog('nl', 'itsme-irisbox')['itsme-irisbox.country.title']);
  page.errors.length = 0;
  await page.close();
});

test('a chapter\'s look comes with its texts: none on the overview; a blocked stylesheet gets the note and a retry', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser);
  const looks = () => page.evaluate(() => [...document.head.querySelectorAll('link[rel=stylesheet]')].map((l) => l.id));
  let block = true;
  await page.route('**/style/lra-*.css', (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${suite.server.url}?lang=fr`);
  await waitForApp(page);
  assert.deepEqual(await looks(), [], 'the overview carries no chapter stylesheet');
  await page.locator('button[data-scenario-id="lra-activation"]').click();
  const failed = page.locator('#load-failed');
  await failed.waitFor({ timeout: 15_000 });
  assert.equal(await stepOf(page), 'methods', 'an exercise without its look is not shown');
  block = false;
  await page.locator('#retry-btn').click();
  await expectStep(page, 'who');
  await page.locator('#next-btn').click();
  await page.locator('#next-btn').click();
  await expectStep(page, 'letter');
  // The practice letter has its look: a white sheet with a border, not bare text.
  const letter = await page.locator('.lra-letter').evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.notEqual(letter, 'none');
  assert.deepEqual(await looks(), ['style-lra']);
  // A deep link into another chapter brings that chapter's look only.
  await page.goto(`${suite.server.url}?lang=fr&scenario=itsme-irisbox&step=country`);
  await waitForApp(page);
  assert.deepEqual(await looks(), ['style-itsme']);
  page.errors.length = 0; // the blocked stylesheet is logged as a failed load by the browser
  await page.close();
});

test('switching language twice quickly: the latest choice wins, whatever answers last', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=home');
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/locales/fr/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.selectOption('#lang-select', 'fr');
  await page.waitForTimeout(100);
  await page.selectOption('#lang-select', 'de');
  await page.waitForSelector('#app[lang="de"]');
  release();
  await page.waitForTimeout(800);
  assert.equal(await page.locator('#app').getAttribute('lang'), 'de');
  assert.equal(await page.locator('#lang-select').inputValue(), 'de');
  assert.match(page.url(), /lang=de/);
  assert.equal(await page.locator('#step-title').innerText(), catalog('de', 'eid-mijngezondheid')['eid-mijngezondheid.home.title']);
  noErrors(page);
  await page.close();
});

test('the browser\'s Back and Forward move between steps and out to the overview', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl');
  const start = await page.evaluate(() => history.length);
  await page.locator('button[data-scenario-id="itsme-safety"]').click();
  await expectStep(page, 'phishing');
  // Go to the second step through the step list (a learner's jump).
  await page.locator('#step-list summary').click();
  await page.locator('#step-list button[data-step-id="browser"]').click();
  await expectStep(page, 'browser');
  assert.equal(await page.evaluate(() => history.length), start + 2, 'one entry per step entered');
  await page.goBack();
  await expectStep(page, 'phishing');
  await page.goBack();
  await expectStep(page, 'methods');
  assert.equal(await page.locator('#app').getAttribute('data-scenario'), 'overview');
  await page.goForward();
  await expectStep(page, 'phishing');
  assert.equal(await page.locator('#app').getAttribute('data-scenario'), 'itsme-safety');
  // A language switch rewrites the address, it adds no entry.
  const before = await page.evaluate(() => history.length);
  await page.selectOption('#lang-select', 'fr');
  await page.waitForSelector('#app[lang="fr"]');
  assert.equal(await page.evaluate(() => history.length), before);
  noErrors(page);
  await page.close();
});

test('in a frame, steps add no history entries (the host page\'s Back stays the host\'s)', { timeout: 60_000 }, async () => {
  const host = await startServer({
    root: 'dist',
    prefix: '/',
    pages: { '/host.html': '<!doctype html><html lang="en"><title>Host</title><iframe title="LoginCoach" src="./?lang=nl&scenario=itsme-safety&step=phishing" width="1200" height="800"></iframe></html>' },
  });
  const page = await newPage(suite.browser, { viewport: { width: 1300, height: 900 } });
  await page.goto(`${host.url}host.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#app[data-ready="true"]').waitFor();
  const start = await page.evaluate(() => history.length);
  await frame.locator('#step-list summary').click();
  await frame.locator('#step-list button[data-step-id="browser"]').click();
  await frame.locator('#app[data-step="browser"]').waitFor();
  assert.equal(await page.evaluate(() => history.length), start);
  noErrors(page);
  await page.close();
  await host.close();
});

test('a facilitator\'s seed= makes a run repeatable and stays in the address', { timeout: 60_000 }, async () => {
  const shown = async (query) => {
    const page = await suite.open(query);
    const text = await page.locator('.device-pc').innerText();
    const url = page.url();
    noErrors(page);
    await page.close();
    return { text, url };
  };
  const q = '?lang=nl&scenario=itsme-eid&step=token';
  const a = await shown(`${q}&seed=workshop1`);
  const b = await shown(`${q}&seed=workshop1`);
  const c = await shown(`${q}&seed=workshop2`);
  const d = await shown(q);
  assert.equal(a.text, b.text, 'the same seed shows the same token');
  assert.notEqual(a.text, c.text, 'another seed another token');
  assert.notEqual(d.text, a.text, 'without a seed every load is new');
  assert.match(a.url, /[?&]seed=workshop1(&|$)/);
  assert.doesNotMatch(d.url, /seed=/);
});

test('watch mode has slow / normal / fast, and the choice is kept for the page', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=fr&scenario=eid-install&step=site&mode=watch', { clock: true });
  for (const [id, key] of [['speed-slow', 'ui.speed.slow'], ['speed-normal', 'ui.speed.normal'], ['speed-fast', 'ui.speed.fast']]) {
    assert.equal(await page.locator(`#${id}`).innerText(), core.fr[key]);
  }
  assert.equal(await page.locator('#speed-normal').getAttribute('aria-pressed'), 'true', 'normal by default');
  await page.locator('#speed-slow').click();
  assert.equal(await page.locator('#speed-slow').getAttribute('aria-pressed'), 'true');
  // At the normal pace the first action is done within 4 s; slowly, not yet.
  await page.clock.runFor(4_500);
  assert.equal(await stepOf(page), 'site', 'slow: still on the first step after 4.5 s');
  await page.clock.runFor(6_000);
  await page.waitForSelector('#app[data-step="license"]', { timeout: 5_000 });
  // Kept when another exercise opens.
  await page.locator('#overview-link').click();
  await page.locator('button[data-scenario-id="eid-mijngezondheid"]').click();
  await page.waitForSelector('#app[data-scenario="eid-mijngezondheid"]');
  await page.locator('#speed-slow').waitFor();
  assert.equal(await page.locator('#speed-slow').getAttribute('aria-pressed'), 'true');
  noErrors(page);
  await page.close();
});

test('the normal watch pace is unchanged: the first action comes within 4 s', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-install&step=site&mode=watch', { clock: true });
  await page.clock.runFor(4_500);
  await page.waitForSelector('#app[data-step="license"]', { timeout: 5_000 });
  noErrors(page);
  await page.close();
});

test('"do it for me" pressed twice types once; a lost target is said in the panel', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=pin');
  while (!(await page.locator('#do-it-btn').isVisible())) await page.locator('#hint-btn').click();
  await page.evaluate(() => {
    window.__inputs = 0;
    document.addEventListener('input', () => window.__inputs++, true);
  });
  await page.locator('#do-it-btn').click();
  await page.locator('#do-it-btn').click();
  await page.waitForFunction(() => window.__inputs > 0);
  await page.waitForTimeout(4_000);
  const inputs = await page.evaluate(() => window.__inputs);
  const typed = (await target(page, 'pin-field').inputValue()).length;
  assert.ok(typed >= 4, `the PIN was typed (${typed} characters)`);
  assert.equal(inputs, typed, 'one input event per character: only one "do it for me" typed');
  noErrors(page);
  await page.close();

  // When the player cannot find its target it says so (never a silent failure).
  const p2 = await suite.open('?lang=fr&scenario=eid-mijngezondheid&step=home');
  while (!(await p2.locator('#do-it-btn').isVisible())) await p2.locator('#hint-btn').click();
  const want = await p2.evaluate(() => document.querySelector('[data-coach-target="true"]')?.getAttribute('data-target-id'));
  assert.ok(want, 'a marked target');
  await p2.evaluate((id) => document.querySelector(`[data-target-id="${id}"]`).setAttribute('data-target-id', 'hidden-away'), want);
  await p2.locator('#do-it-btn').click();
  await p2.locator('#coach-notice').waitFor({ timeout: 10_000 });
  assert.equal(await p2.locator('#coach-notice').innerText(), core.fr['ui.player-lost']);
  assert.equal(await stepOf(p2), 'home');
  noErrors(p2);
  await p2.close();
});

test('the coach pointer goes when the step changes', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=home');
  // "Show me" puts the pointer on the target for a while.
  while ((await page.locator('#app').getAttribute('data-hint')) !== '3') await page.locator('#hint-btn').click();
  await page.waitForSelector('#coach-pointer.visible', { state: 'attached', timeout: 10_000 });
  // The first time it shows, it appears on the target: it does not glide in from the corner.
  const arrival = await page.evaluate(() => {
    const p = document.querySelector('#coach-pointer');
    const r = p.getBoundingClientRect();
    const t = document.querySelector('[data-coach-target="true"]').getBoundingClientRect();
    return {
      gliding: p.getAnimations().some((a) => a.transitionProperty === 'transform'),
      inside: r.left >= t.left - 30 && r.left <= t.right && r.top >= t.top - 30 && r.top <= t.bottom,
    };
  });
  assert.deepEqual(arrival, { gliding: false, inside: true }, 'the pointer lands on the target at once');
  await page.locator('[data-coach-target="true"]').first().click();
  await page.waitForFunction(() => document.querySelector('#app').dataset.step !== 'home');
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#coach-pointer.visible').count(), 0, 'no pointer floating over the new step');
  // And it does not come back when the old "show me" would have moved it.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#coach-pointer.visible').count(), 0);
  noErrors(page);
  await page.close();
});

test('on a phone a new step does not yank the view to the top; the next control comes into view', { timeout: 60_000 }, async () => {
  const page = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=profile', { viewport: { width: 390, height: 844 } });
  const first = target(page, 'profile-citizen');
  await first.scrollIntoViewIfNeeded();
  await first.click();
  const confirm = target(page, 'profile-confirm');
  await confirm.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 100, `the learner scrolled down to work (${y})`);
  await confirm.click();
  await expectStep(page, 'done');
  await page.waitForTimeout(700);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title', 'focus still goes to the new title for screen readers');
  assert.ok((await page.evaluate(() => window.scrollY)) > 0, 'the page was not scrolled to the top');
  noErrors(page);
  await page.close();

  // A step whose next control is far down: it is brought into view.
  const p2 = await suite.open('?lang=nl&scenario=eid-mijngezondheid&step=certificate', { viewport: { width: 390, height: 844 } });
  const ok = target(p2, 'cert-ok');
  await ok.scrollIntoViewIfNeeded();
  await ok.click();
  await expectStep(p2, 'pin');
  await p2.waitForTimeout(900);
  const inView = await p2.evaluate(() => {
    const r = document.querySelector('[data-coach-target="true"]').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'the next control is on screen');
  noErrors(p2);
  await p2.close();
});

test('every step of STEPS.md shows the "exercise, not real" badge in the app\'s frame', { timeout: 240_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  for (const [lang, want] of [['nl', core.nl['ui.exercise-badge']], ['fr', core.fr['ui.exercise-badge']]]) {
    for (const [sc, step] of inventory()) {
      await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&step=${step}`);
      await waitForApp(page);
      const badge = page.locator('header #exercise-badge');
      assert.ok(await badge.isVisible(), `${lang} ${sc}/${step}: badge visible`);
      assert.equal(await badge.innerText(), want, `${lang} ${sc}/${step}`);
      const inside = await page.evaluate(() => !!document.querySelector('#exercise-badge').closest('.stage'));
      assert.equal(inside, false, 'in the app frame, not inside a mock site');
    }
  }
  noErrors(page);
  await page.close();
});

test('a 10,000-character value in the link is shortened on the error page and wraps on a phone', { timeout: 60_000 }, async () => {
  const long = 'x'.repeat(10_000);
  const page = await suite.open(`?lang=nl&scenario=${long}`, { viewport: { width: 390, height: 844 } });
  await page.locator('#error-panel').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling (${width} px)`);
  const text = await page.locator('#error-panel').innerText();
  assert.ok(text.length < 600, `the value is not echoed whole (${text.length} characters)`);
  assert.ok(text.includes('…'), 'the cut is marked');
  const reassure = page.locator('#error-panel p', { hasText: core.nl['error.reassure'] });
  const box = await reassure.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the reassuring text is on screen');
  noErrors(page);
  await page.close();
});

test('a page that cannot start (sandboxed frame without allow-same-origin) shows a plain fallback text', { timeout: 60_000 }, async () => {
  const host = await startServer({
    root: 'dist',
    prefix: '/',
    pages: { '/sandboxed.html': '<!doctype html><html lang="en"><title>Host</title><iframe title="LoginCoach" sandbox="allow-scripts" src="./?lang=nl" width="900" height="700"></iframe></html>' },
  });
  const page = await newPage(suite.browser, { viewport: { width: 1000, height: 800 } });
  await page.goto(`${host.url}sandboxed.html`);
  const frame = page.frameLocator('iframe');
  const fallback = frame.locator('#boot-fallback');
  await fallback.waitFor({ state: 'visible' });
  await page.waitForTimeout(7_000);
  assert.equal(await fallback.evaluate((e) => getComputedStyle(e).opacity), '1', 'the fallback shows after a while');
  assert.match(await fallback.innerText(), /LoginCoach kan hier niet starten/);
  await page.close();
  // A page that starts hides it.
  const ok = await suite.open('?lang=nl');
  assert.equal(await ok.locator('#boot-fallback').isVisible(), false);
  noErrors(ok);
  await ok.close();
  await host.close();
});

test('a scenario that never shows the phone runs no phone clock', { timeout: 60_000 }, async () => {
  const page = await newPage(suite.browser, { viewport: { width: 1366, height: 900 } });
  await countIntervals(page);
  await page.goto(`${suite.server.url}?lang=nl&scenario=eid-mijngezondheid&step=home`);
  await waitForApp(page);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__liveIntervals()), 0, 'no clock ticks for a phone nobody sees');
  // A scenario with the phone has its clock.
  await page.goto(`${suite.server.url}?lang=nl&scenario=itsme-bank&step=welcome`);
  await waitForApp(page);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__liveIntervals()), 1, 'the phone clock');
  noErrors(page);
  await page.close();
});
