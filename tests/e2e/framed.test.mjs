// The app embedded in an iframe on another origin announces itself and every
// step to the parent window with postMessage:
//   {source: "logincoach", version: 1, type: "ready", ...}
//   {source: "logincoach", version: 1, type: "step", scenario, step, lang, mode}
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage } from './harness.mjs';

const SCENARIO = 'eid-mijngezondheid';
let app;
let host;
let browser;
let page;
let appUrl;

function hostPage(src) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Embedding host</title></head>
<body>
<script>
  window.__msgs = [];
  window.addEventListener('message', (e) => {
    window.__msgs.push({ origin: e.origin, data: e.data });
  });
</script>
<h1>Host page</h1>
<iframe id="coach" title="LoginCoach" src="${src}" width="1024" height="768"></iframe>
</body>
</html>`;
}

/** Messages from the coach so far (data only, with the sender origin). */
async function coachMessages() {
  const msgs = await page.evaluate(() => window.__msgs);
  return msgs.filter((m) => m.data && typeof m.data === 'object' && m.data.source === 'logincoach');
}

/** Waits for a coach message matching `pred` at index >= `from`; returns it. */
async function waitForMessage(pred, from = 0, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const msgs = await coachMessages();
    const hit = msgs.slice(from).find((m) => pred(m.data));
    if (hit) return hit;
    if (Date.now() > deadline) {
      assert.fail(`timed out waiting for a matching message; got:\n${JSON.stringify(msgs, null, 2)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  app = await startServer({ root: 'dist', prefix: '/' });
  appUrl = `${app.url}?lang=nl&scenario=${SCENARIO}&step=home`;
  // Second server, reached as "localhost": a different origin from 127.0.0.1.
  host = await startServer({ root: null, prefix: '/', hostname: 'localhost', pages: { '/index.html': hostPage(appUrl) } });
  browser = await launch();
  page = await newPage(browser);
  await page.goto(host.url, { waitUntil: 'load' });
});

after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

test('host and app are on different origins', () => {
  assert.notEqual(new URL(host.url).origin, new URL(app.url).origin);
});

test('iframe announces ready and the first step', { timeout: 60_000 }, async () => {
  const ready = await waitForMessage((d) => d.type === 'ready');
  assert.equal(ready.origin, app.origin, 'message comes from the app origin');
  assert.equal(ready.data.version, 1);

  const step = await waitForMessage((d) => d.type === 'step');
  assert.equal(step.origin, app.origin);
  assert.deepEqual(
    {
      source: step.data.source,
      version: step.data.version,
      type: step.data.type,
      scenario: step.data.scenario,
      step: step.data.step,
      lang: step.data.lang,
      mode: step.data.mode,
    },
    { source: 'logincoach', version: 1, type: 'step', scenario: SCENARIO, step: 'home', lang: 'nl', mode: 'guided' },
  );
  assert.deepEqual(page.errors, [], `no console errors:\n${page.errors.join('\n')}`);
});

test('clicking the highlighted target inside the frame posts the next step', { timeout: 60_000 }, async () => {
  const frame = page.frameLocator('#coach');
  await frame.locator('#app[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  const seen = (await coachMessages()).length;
  await frame.locator('[data-coach-target]').first().click();
  const next = await waitForMessage((d) => d.type === 'step' && d.step === 'browser-note', seen);
  assert.equal(next.origin, app.origin);
  assert.equal(next.data.scenario, SCENARIO);
  assert.equal(next.data.lang, 'nl');
  assert.equal(next.data.version, 1);
  assert.deepEqual(page.errors, [], `no console errors:\n${page.errors.join('\n')}`);
});

test('finishing the scenario inside the frame posts completed, and ready only once', { timeout: 60_000 }, async () => {
  const frame = page.frameLocator('#coach');
  const seen = (await coachMessages()).length;
  // A facilitator jumps to the last step through the step list, then finishes.
  await frame.locator('#step-list summary').click();
  await frame.locator('[data-step-id="done"]').click();
  await waitForMessage((d) => d.type === 'step' && d.step === 'done', seen);
  await frame.locator('#next-btn').click();
  const done = await waitForMessage((d) => d.type === 'completed', seen);
  assert.equal(done.data.scenario, SCENARIO);
  assert.equal(done.data.step, 'done');
  const readies = (await coachMessages()).filter((m) => m.data.type === 'ready');
  assert.equal(readies.length, 1, 'ready is posted once');
  assert.deepEqual(page.errors, [], `no console errors:\n${page.errors.join('\n')}`);
});
