// The shipped page under the strict policy a host is told to send (README "Hosting"):
// no inline script in dist/index.html, the page's own meta policy as strict, and every
// step of STEPS.md, the workshop views and the practice flow of one scenario shown
// with that header and no CSP violation, page error or console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, appSuite, inventory, next, noErrors, target, waitForApp, expectStep } from './harness.mjs';

/** The policy the README gives hosts, word for word. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

const suite = appSuite({ headers: { 'content-security-policy': STRICT_CSP } });

/** Keeps every `securitypolicyviolation` the page sees, before the app starts. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

const violations = (page) => page.evaluate(() => window.__csp);

test('dist/index.html has no inline script and carries the strict policy itself', () => {
  const html = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1, 'the loader script is there');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, 'each script is a file');
    assert.equal(body.trim(), '', 'no inline code');
  }
  const meta = html.match(/<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i);
  assert.ok(meta, 'a meta policy is there for hosts that send none');
  assert.equal(meta[0].match(/content="([^"]+)"/)?.[1], STRICT_CSP);
});

test('every step of STEPS.md shows under the strict header with no violation', { timeout: 240_000 }, async () => {
  const page = await suite.open('?lang=nl');
  await watchViolations(page);
  for (const [lang, i] of [['nl', 0], ['fr', 1]]) {
    for (const [sc, step] of inventory().filter((_, k) => k % 2 === i)) {
      await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&step=${step}`);
      await waitForApp(page);
      await page.waitForSelector(`#app[data-step="${step}"]`, { timeout: 15_000 });
      assert.deepEqual(await violations(page), [], `${lang} ${sc}/${step}`);
    }
  }
  noErrors(page);
  await page.close();
});

test('the workshop views and a practised step work under the strict header', { timeout: 120_000 }, async () => {
  for (const query of ['?lang=nl&scenario=itsme-irisbox&view=facilitator', '?lang=fr&scenario=csam-app&view=print', '?lang=nl&scenario=csam-app&view=script']) {
    const page = await suite.open('?lang=nl');
    await watchViolations(page);
    await page.goto(`${suite.server.url}${query}`);
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(page), [], query);
    noErrors(page);
    await page.close();
  }
  // The learner's own clicks and typing, help and the pointer, under the same header.
  const page = await suite.open('?lang=nl');
  await watchViolations(page);
  await page.goto(`${suite.server.url}?lang=nl&scenario=eid-mijngezondheid&step=home`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'aanmelden', exact: true }).click();
  await expectStep(page, 'browser-note');
  await next(page);
  await page.getByRole('button', { name: 'Aanmelden met eID-kaartlezer' }).click();
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expectStep(page, 'certificate');
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expectStep(page, 'pin');
  // Help up to the highlighted field (the pulse), then the learner types.
  for (let i = 0; i < 3; i += 1) await page.locator('#hint-btn').click();
  await page.getByLabel('PIN', { exact: true }).pressSequentially('4271');
  await target(page, 'pin-ok').click();
  await expectStep(page, 'profile');
  await page.getByLabel(/Als burger/).check();
  await page.getByRole('button', { name: 'profiel bevestigen' }).click();
  await expectStep(page, 'done');
  await next(page);
  await page.waitForSelector('#completed');
  assert.deepEqual(await violations(page), []);
  noErrors(page);
  await page.close();
});
