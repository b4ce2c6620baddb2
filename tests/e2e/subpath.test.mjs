// The release build in dist/ must work from any sub-path (Trunk public_url "./"),
// render in Dutch, log no errors and make no third-party requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, waitForApp, runAxe } from './harness.mjs';

const PREFIX = '/some/sub/path/';
let server;
let browser;
let page;

before(async () => {
  server = await startServer({ root: 'dist', prefix: PREFIX });
  browser = await launch();
  page = await newPage(browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('app renders under a sub-path with ?lang=nl', { timeout: 60_000 }, async () => {
  const response = await page.goto(`${server.url}?lang=nl`, { waitUntil: 'load' });
  assert.equal(response.status(), 200, 'index.html is served');
  await waitForApp(page);
  assert.ok(new URL(page.url()).pathname.startsWith(PREFIX), `still under ${PREFIX}: ${page.url()}`);

  const outside = server.requests.filter((r) => !r.startsWith(PREFIX) && r !== '/favicon.ico');
  assert.deepEqual(outside, [], 'every asset is loaded relative to the sub-path');

  const lang = await page.evaluate(() => document.documentElement.lang);
  assert.match(lang, /^nl/, `<html lang> follows ?lang=nl (got "${lang}")`);

  assert.deepEqual(page.errors, [], `no console errors:\n${page.errors.join('\n')}`);
});

test('no axe-core accessibility violations on the first screen', { timeout: 60_000 }, async () => {
  await waitForApp(page);
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, violations.text);
  assert.deepEqual(page.errors, [], `no console errors:\n${page.errors.join('\n')}`);
});
