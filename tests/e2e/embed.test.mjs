// Embedding with the drop-in host script (dist/embed/logincoach-embed.js), the host
// page on another origin than the app:
// - every step of STEPS.md fits its frame, at a phone-width and a wide host: the
//   frame is as tall as the app (no scrollbar inside it, nothing cut off);
// - the frame grows and shrinks with the content;
// - commands from an origin listed in embed.json drive the app (goto the first step
//   of every scenario, restart, set language and mode); from a third origin they
//   change nothing, with one console warning in the frame;
// - the host element gets logincoach:step, :progress and :completed (with the score);
// - dist/embed/embed-demo.html, a partner's course page, works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launch, newPage, inventory, SHOTS } from './harness.mjs';

const STEPS = inventory();
const SCENARIOS = [...new Set(STEPS.map(([sc]) => sc))];
let app;
let host;
let third;
let browser;

function hostPage(appUrl, spec) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner's course page</title>
<style>body { margin: 0; font: 16px sans-serif; } main { padding: 8px; }</style></head>
<body><main>
<h1>Lesson 4</h1>
<div id="lc" data-logincoach="${spec}" data-logincoach-title="Exercise"></div>
<p>Below the exercise.</p>
</main>
<script>
  window.__events = [];
  for (const t of ['ready', 'step', 'progress', 'completed', 'height']) {
    document.addEventListener('logincoach:' + t, (e) => window.__events.push(e.detail));
  }
</script>
<script src="${appUrl}embed/logincoach-embed.js"></script>
</body></html>`;
}

before(async () => {
  // The deployer allows the partner's origin (known once its server runs), not the third one.
  const appPages = {};
  app = await startServer({ root: 'dist', prefix: '/', pages: appPages });
  host = await startServer({ root: null, hostname: 'localhost', pages: { '/index.html': hostPage(app.url, '?lang=nl&scenario=overview') } });
  third = await startServer({ root: null, hostname: 'localhost', pages: { '/index.html': hostPage(app.url, '?lang=nl&scenario=overview') } });
  appPages['/embed.json'] = JSON.stringify({ origins: [host.origin] });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [host, third, app]) await s?.close();
});

async function openHost(server, width) {
  const page = await newPage(browser, { viewport: { width, height: 800 } });
  page.frameWarnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('LoginCoach ignored')) page.frameWarnings.push(m.text());
  });
  await page.goto(server.url);
  const frame = await appFrame(page);
  await frame.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  await settled(page, frame);
  return { page, frame };
}

async function appFrame(page) {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((fr) => fr !== page.mainFrame() && fr.url().startsWith(app.url));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('no app frame');
}

/** The frame's height, the app's height inside it, and whether the frame scrolls. */
async function measure(page, frame) {
  const outer = await page.locator('#lc iframe').evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    app: Math.ceil(document.getElementById('app').getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the frame has followed the app's height (fails after 10 s, with the figures). */
async function settled(page, frame) {
  let m;
  for (let i = 0; i < 100; i++) {
    m = await measure(page, frame);
    if (m.scroll <= m.view + 1 && Math.abs(m.outer - m.app) <= 2) return m;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame did not fit the app: ${JSON.stringify(m)}`);
}

const stepOf = (frame) => frame.locator('#app').getAttribute('data-step');
const gotoIn = (page, sc, step) => page.evaluate(([s, t]) => document.getElementById('lc').logincoach.goto(s, t), [sc, step]);

for (const width of [360, 1280]) {
  test(`every step of every scenario fits its frame on a ${width} px host, driven by goto`, { timeout: 600_000 }, async () => {
    const { page, frame } = await openHost(host, width);
    for (const [sc, step] of STEPS) {
      await gotoIn(page, sc, step);
      await frame.waitForSelector(`#app[data-scenario="${sc}"][data-step="${step}"]`, { timeout: 20_000 });
      await frame.waitForFunction(() => !document.querySelector('#loading-note.visible'), null, { timeout: 20_000 });
      const m = await settled(page, frame);
      assert.ok(m.outer >= m.app - 1, `${sc}/${step} at ${width}: the frame (${m.outer}) cuts the app (${m.app})`);
    }
    assert.deepEqual(page.errors, [], page.errors.join('\n'));
    await page.close();
  });
}

test('the frame grows and shrinks with the content, and with the host width', { timeout: 120_000 }, async () => {
  const { page, frame } = await openHost(host, 360);
  await gotoIn(page, 'csam-code', 'credentials');
  await frame.waitForSelector('#app[data-step="credentials"]');
  const tall = await settled(page, frame);
  await gotoIn(page, 'itsme-safety', 'phishing');
  await frame.waitForSelector('#app[data-scenario="itsme-safety"]');
  await gotoIn(page, 'overview', 'methods');
  await frame.waitForSelector('#app[data-scenario="overview"]');
  const other = await settled(page, frame);
  assert.notEqual(Math.round(tall.outer), Math.round(other.outer), 'a different step, a different height');
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await settled(page, frame);
  assert.notEqual(Math.round(wide.outer), Math.round(other.outer), 'a wide host, another height');
  await page.setViewportSize({ width: 360, height: 800 });
  const back = await settled(page, frame);
  assert.ok(Math.abs(back.outer - other.outer) <= 2, `back to the phone width, back to its height (${back.outer} vs ${other.outer})`);
  await page.close();
});

test('commands from the allowed origin: goto every first step, restart, set language and mode; events on the element', { timeout: 180_000 }, async () => {
  const { page, frame } = await openHost(host, 1280);
  for (const sc of SCENARIOS) {
    await gotoIn(page, sc);
    const first = STEPS.find(([s]) => s === sc)[1];
    await frame.waitForSelector(`#app[data-scenario="${sc}"][data-step="${first}"]`, { timeout: 20_000 });
  }
  await gotoIn(page, 'myebox', 'credentials');
  await frame.waitForSelector('#app[data-step="credentials"]');
  await page.evaluate(() => document.getElementById('lc').logincoach.restart());
  await frame.waitForSelector('#app[data-scenario="myebox"][data-step="home"]');
  await page.evaluate(() => document.getElementById('lc').logincoach.set({ lang: 'fr' }));
  await frame.waitForSelector('#app[lang="fr"]');
  await page.evaluate(() => document.getElementById('lc').logincoach.set({ mode: 'practice' }));
  await frame.waitForSelector('#app[data-mode="practice"]');
  const events = await page.evaluate(() => window.__events);
  const progress = events.filter((e) => e.type === 'progress' && e.scenario === 'myebox');
  assert.ok(progress.length > 0, 'progress events reach the element');
  assert.deepEqual({ index: progress.at(-1).index, total: progress.at(-1).total }, { index: 1, total: STEPS.filter(([s]) => s === 'myebox').length });
  assert.ok(events.some((e) => e.type === 'height' && e.height > 0));
  assert.deepEqual(page.frameWarnings, [], 'nothing was refused');
  // The end of an exercise reaches the element too.
  await gotoIn(page, 'eid-mijngezondheid', 'done');
  await frame.waitForSelector('#app[data-step="done"]');
  await frame.locator('#next-btn').click();
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'completed' && e.scenario === 'eid-mijngezondheid'));
  await page.close();
});

test('commands from a third origin change nothing and are warned about once', { timeout: 60_000 }, async () => {
  const { page, frame } = await openHost(third, 1280);
  await gotoIn(page, 'myebox', 'credentials');
  await page.evaluate(() => document.getElementById('lc').logincoach.set({ lang: 'fr' }));
  await page.evaluate(() => document.getElementById('lc').logincoach.restart());
  await page.waitForTimeout(1500);
  assert.equal(await frame.locator('#app').getAttribute('data-scenario'), 'overview');
  assert.equal(await frame.locator('#app').getAttribute('lang'), 'nl');
  assert.equal(page.frameWarnings.length, 1, page.frameWarnings.join('\n'));
  // The events still come: the frame is still sized.
  await settled(page, frame);
  await page.close();
});

test("the demo page: a partner's course page shows the progress and drives the frame", { timeout: 60_000 }, async () => {
  for (const width of [1280, 390]) {
    const page = await newPage(browser, { viewport: { width, height: 900 } });
    await page.goto(`${app.url}embed/embed-demo.html`);
    await page.locator('#demo-progress').filter({ hasText: /Stap 1 van \d+/ }).waitFor({ timeout: 30_000 });
    const frame = await appFrame(page);
    await page.locator('#demo-scenario').selectOption('myebox');
    await page.locator('#demo-goto').click();
    await frame.waitForSelector('#app[data-scenario="myebox"]');
    await page.locator('#demo-fr').click();
    await frame.waitForSelector('#app[lang="fr"]');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SHOTS, `embed-demo-${width}.png`), fullPage: true });
    assert.deepEqual(page.errors, [], page.errors.join('\n'));
    await page.close();
  }
});
