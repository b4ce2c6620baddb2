// dist/ as a host that sends files compressed ahead of time serves it (nginx's
// `brotli_static` and `gzip_static`, Caddy's `precompressed`; the README's "Hosting"):
// - every `.br` and `.gz` copy (tools/precompress.mjs) is exactly the file beside it,
//   so no host can send a learner an old or broken wasm, and every file of the first
//   load has both;
// - served that way, the first load arrives brotli-encoded, and an exercise opens
//   and answers a click with no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT, startServer, launch, newPage, waitForApp, noErrors, expectStep } from './harness.mjs';

const DIST = path.join(REPO_ROOT, 'dist');
const files = fs.readdirSync(DIST, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(DIST, f)).isFile());

test('each compressed copy in dist/ is the file beside it, and the first load has both kinds', () => {
  const copies = files.filter((f) => /\.(br|gz)$/.test(f));
  assert.ok(copies.length > 20, `only ${copies.length} compressed copies`);
  for (const copy of copies) {
    const original = copy.replace(/\.(br|gz)$/, '');
    assert.ok(files.includes(original), `${copy} has no file beside it`);
    const packed = fs.readFileSync(path.join(DIST, copy));
    const unpacked = copy.endsWith('.br') ? zlib.brotliDecompressSync(packed) : zlib.gunzipSync(packed);
    assert.ok(unpacked.equals(fs.readFileSync(path.join(DIST, original))), `${copy} is not ${original}`);
  }
  const firstLoad = files.filter((f) => /^[^/\\]+\.(wasm|js|html)$/.test(f));
  assert.ok(firstLoad.some((f) => f.endsWith('.wasm')), 'a wasm at the top of dist/');
  for (const f of firstLoad) {
    for (const ext of ['.br', '.gz']) assert.ok(files.includes(f + ext), `${f}${ext} is missing`);
  }
});

test('served with its compressed copies, the app arrives brotli-encoded and an exercise works', { timeout: 60_000 }, async () => {
  const server = await startServer({ root: 'dist', prefix: '/oefenen/', compress: 'static' });
  const browser = await launch();
  try {
    const page = await newPage(browser, { viewport: { width: 1366, height: 900 } });
    const encodings = new Map();
    page.on('response', (r) => encodings.set(new URL(r.url()).pathname.replace('/oefenen/', ''), r.headers()['content-encoding'] ?? 'none'));
    await page.goto(`${server.url}?lang=fr&scenario=eid-mijngezondheid&step=home`);
    await waitForApp(page);
    const wasm = [...encodings].find(([name]) => name.endsWith('.wasm'));
    assert.deepEqual(wasm?.[1], 'br', `the wasm came ${wasm?.[1] ?? 'never'}`);
    assert.equal(encodings.get('locales/fr/core.json'), 'br', 'the catalogs too');
    await page.locator('[data-coach-target]').click();
    await expectStep(page, 'browser-note');
    noErrors(page);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
