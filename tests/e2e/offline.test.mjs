// Offline after the first visit (sw.js, written after the build from its real files
// by tools/service-worker.mjs), under a sub-path as a library's site would host it:
// - one visit online, then offline: the first step of all 12 scenarios opens in
//   Dutch and French, with its texts and look, and no request fails;
// - a second build with a changed file is noticed on the next visit: a calm note
//   offers to reload (on the overview, not in the middle of an exercise), and
//   after "reload" the new version is the one running;
// - the manifest and its icons are there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, startServer, launch, waitForApp, inventory } from './harness.mjs';

/** Each scenario with its first step, in STEPS.md order. */
const FIRST = inventory().filter(([sc], i, all) => all.findIndex(([other]) => other === sc) === i);
let dir;
let server;
let browser;

before(async () => {
  // A copy of the build, so a second build can be made from it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logincoach-offline-'));
  fs.cpSync(path.join(REPO_ROOT, 'dist'), dir, { recursive: true });
  server = await startServer({ root: dir, prefix: '/bib/logincoach/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A context without request routing (routing would keep the service worker out). */
async function visit(context, query = '?lang=nl') {
  const page = await context.newPage();
  page.failed = [];
  page.errors = [];
  page.on('requestfailed', (r) => page.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url + query);
  await waitForApp(page);
  return page;
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 30_000 });
}

test('after one visit, every scenario opens offline in Dutch and French', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await visit(context);
  await controlled(page);
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.length >= 1);
  await context.setOffline(true);
  for (const lang of ['nl', 'fr']) {
    for (const [sc, step] of FIRST) {
      await page.goto(`${server.url}?lang=${lang}&scenario=${sc}&step=${step}`);
      await waitForApp(page);
      await page.waitForSelector(`#app[data-scenario="${sc}"][data-step="${step}"][lang="${lang}"]`, { timeout: 15_000 });
      assert.equal(await page.locator('#load-failed').count(), 0, `${lang} ${sc}: the texts came from the cache`);
      const title = await page.locator('#step-title').innerText();
      assert.ok(title && !title.includes(`${sc}.`), `${lang} ${sc}: a real title (${title})`);
    }
  }
  assert.deepEqual(page.failed, [], 'no request failed offline');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a new build is noticed on the next visit and offered calmly, between exercises', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const first = await visit(context);
  await controlled(first);
  const before = await first.evaluate(async () => (await caches.keys()).join());
  await first.close();

  // The second build: one file changed, its worker written again from the files.
  fs.appendFileSync(path.join(dir, 'locales', 'nl', 'core.json'), '\n');
  execFileSync('node', [path.join(REPO_ROOT, 'tools', 'service-worker.mjs'), dir]);

  // The next visit still runs the old version; the new one installs meanwhile. In
  // the middle of an exercise nothing interrupts.
  const busy = await visit(context, '?lang=nl&scenario=myebox&step=credentials');
  await busy.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r && r.waiting)), null, { timeout: 30_000, polling: 250 });
  await busy.waitForTimeout(500);
  assert.equal(await busy.locator('#new-version').count(), 0, 'not in the middle of an exercise');

  // On the overview (another tab), the calm note.
  const page = await visit(context, '?lang=nl');
  await page.locator('#new-version').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('#new-version').innerText(), /nieuwe versie/);
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.locator('#reload-btn').click()]);
  await waitForApp(page);
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k.join() !== old), before, { timeout: 30_000, polling: 500 });
  assert.equal(await busy.locator('#app').getAttribute('data-step'), 'credentials', 'the other tab was not reloaded');
  await context.close();
});
