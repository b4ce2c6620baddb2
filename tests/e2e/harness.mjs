// Shared helpers for the browser end-to-end tests (run with `node --test tests/e2e/`).
//
// - startServer(): a tiny static file server for dist/ under any URL prefix
// - launch():      Debian Chromium (/usr/bin/chromium) driven by playwright-core
// - newPage():     a page that records console errors, page errors and any
//                  request to a host other than 127.0.0.1 / localhost
// - runAxe():      axe-core accessibility check (@axe-core/playwright), violations formatted readably
import AxeBuilder from '@axe-core/playwright';
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Serves the files of `root` (relative to the repository root) under the URL
 * path `prefix` on 127.0.0.1, on a free port.
 *
 * `pages` maps extra URL paths (inside the prefix) to HTML strings, e.g. a host
 * page for iframe tests. `hostname` is only the name put into the returned URL
 * ('localhost' gives a different origin from '127.0.0.1' on the same machine).
 * Anything outside the prefix is 404; `<prefix without slash>` redirects to the prefix.
 * `headers` go on every response (a host's Content-Security-Policy, say);
 * `compress: 'gzip'` gzips text files (level 9) for clients that accept it, as a host
 * compressing on the fly does; `compress: 'static'` sends the build's own `.br` or
 * `.gz` copy of a file (tools/precompress.mjs) to a client that accepts it, as nginx's
 * `brotli_static` and `gzip_static` do, and gzips on the fly a file with no copy (the
 * benchmark's slow line, both ways).
 *
 * @returns {Promise<{url: string, origin: string, port: number, requests: string[], close: () => Promise<void>}>}
 */
export async function startServer({ root = 'dist', prefix = '/', pages = {}, hostname = '127.0.0.1', headers = {}, compress = false } = {}) {
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';
  const rootDir = root == null ? null : path.resolve(REPO_ROOT, root);
  const requests = [];
  const serverHeaders = headers;

  const server = http.createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...serverHeaders, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const url = new URL(req.url, 'http://x');
      requests.push(url.pathname + url.search);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'method not allowed', { allow: 'GET, HEAD' });
      }
      if (url.pathname + '/' === prefix) {
        return send(301, '', { location: prefix + url.search });
      }
      if (!url.pathname.startsWith(prefix)) {
        return send(404, 'not found (outside ' + prefix + ')', { 'content-type': 'text/plain' });
      }
      let rel = decodeURIComponent(url.pathname.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';

      if (Object.hasOwn(pages, '/' + rel) || Object.hasOwn(pages, rel)) {
        const body = pages['/' + rel] ?? pages[rel];
        return send(200, body, { 'content-type': contentType(rel) });
      }
      if (!rootDir) return send(404, 'not found', { 'content-type': 'text/plain' });

      const file = path.resolve(rootDir, rel);
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
        return send(403, 'forbidden', { 'content-type': 'text/plain' });
      }
      let body;
      try {
        body = await fs.readFile(file);
      } catch {
        return send(404, 'not found', { 'content-type': 'text/plain' });
      }
      const type = contentType(file);
      const accepts = (enc) => new RegExp(`\\b${enc}\\b`).test(req.headers['accept-encoding'] || '');
      if (compress === 'static') {
        for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
          if (!accepts(enc)) continue;
          const packed = await fs.readFile(file + ext).catch(() => null);
          if (packed) return send(200, packed, { 'content-type': type, 'content-length': packed.length, 'content-encoding': enc, vary: 'accept-encoding' });
        }
      }
      if (compress && accepts('gzip') && !/octet-stream|image\/png/.test(type)) {
        const packed = zlib.gzipSync(body, { level: 9 });
        return send(200, packed, { 'content-type': type, 'content-length': packed.length, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      return send(200, body, { 'content-type': type, 'content-length': body.length });
    } catch (err) {
      return send(500, String(err), { 'content-type': 'text/plain' });
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://${hostname}:${port}`;
  return {
    url: origin + prefix,
    origin,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Launches Debian Chromium headless (no browser download, no network chatter). */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    ...options,
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * New context + page. `page.errors` collects console errors, uncaught page
 * errors, failed loads and every request to a non-local host (those are
 * blocked: the app must make no third-party requests). Tests assert it is empty.
 * `opts` are Playwright browser.newContext() options.
 */
export async function newPage(browser, opts = {}) {
  // No offline worker here: each test page is a fresh visit (offline.test.mjs tests it).
  const context = await browser.newContext({ locale: 'nl-BE', serviceWorkers: 'block', ...opts });
  const page = await context.newPage();
  const errors = [];
  page.errors = errors;

  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => {
    errors.push(`pageerror: ${err && err.stack ? err.stack : err}`);
  });
  page.on('crash', () => errors.push('page crashed'));

  await context.route('**/*', (route) => {
    const url = route.request().url();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* keep '' */
    }
    const scheme = url.split(':', 1)[0];
    if ((scheme === 'http' || scheme === 'https' || scheme === 'ws' || scheme === 'wss') && !LOCAL_HOSTS.has(host)) {
      errors.push(`third-party request blocked: ${route.request().method()} ${url}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return page;
}

/** Waits until the app says it is interactive (`#app[data-ready="true"]`). */
export async function waitForApp(pageOrFrame, timeout = 30_000) {
  await pageOrFrame.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout });
}

/** Readable multi-line text for axe violations (empty string when none). */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(' ')}\n      ${String(n.failureSummary || '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/** axe-core through its Playwright integration (@axe-core/playwright works with playwright-core). */
export async function runAxe(page, options = { resultTypes: ['violations'] }) {
  const { violations } = await new AxeBuilder({ page }).options(options).analyze();
  Object.defineProperty(violations, 'text', {
    value: violations.length ? `${violations.length} axe violation(s):\n${formatViolations(violations)}` : 'no axe violations',
    enumerable: false,
  });
  return violations;
}

/** Where the e2e tests leave screenshots for a human review. */
export const SHOTS = path.join(REPO_ROOT, 'target', 'screenshots');

/**
 * The usual set-up of a browser test file: serves dist/ at '/', launches
 * Chromium once for the file, closes both at the end. `suite.open(query)` opens
 * the app on a new page and waits until it is interactive.
 */
export function appSuite({ headers = {} } = {}) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startServer({ root: 'dist', prefix: '/', headers });
    suite.browser = await launch();
    await fs.mkdir(SHOTS, { recursive: true });
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  // `clock` installs Playwright's fake clock before the app starts; `prepare(page)` runs
  // then too (a route that fails a request, say).
  suite.open = async (query, { viewport = { width: 1366, height: 900 }, clock = false, prepare = async () => {} } = {}) => {
    const page = await newPage(suite.browser, { viewport });
    if (clock) await page.clock.install();
    await prepare(page);
    await page.goto(`${suite.server.url}${query}`);
    await waitForApp(page);
    return page;
  };
  return suite;
}

// Small readers shared by the test files: what the learner sees of the app.

/** The step the app shows. */
export const stepOf = (page) => page.locator('#app').getAttribute('data-step');
/** The coach's feedback line. */
export const feedback = (page) => page.locator('#feedback').innerText();
/** The step's title in the coach panel. */
export const title = (page) => page.locator('#step-title').innerText();
/** A mock control by its target id. */
export const target = (page, id) => page.locator(`[data-target-id="${id}"]`);
/** The coach's Next button. */
export const next = (page) => page.locator('#next-btn').click();
/** Fails with every console error, page error and blocked request the page had. */
export const noErrors = (page) => assert.deepEqual(page.errors, [], page.errors.join('\n'));

/** Waits for a step, and checks the address says the same (the URL is the state). */
export async function expectStep(page, step, timeout = 15_000) {
  await page.waitForSelector(`#app[data-step="${step}"]`, { timeout });
  assert.match(page.url(), new RegExp(`[?&]step=${step}(&|$)`));
}

/** Opens each scenario at its first step in watch mode and waits until it has played to the end. */
export async function watchToTheEnd(suite, scenarios, timeout) {
  await Promise.all(
    Object.entries(scenarios).map(async ([sc, steps]) => {
      const page = await suite.open(`?lang=nl&scenario=${sc}&step=${steps[0]}&mode=watch`);
      await page.waitForSelector('#completed', { timeout });
      noErrors(page);
      await page.close();
    }),
  );
}

/** Scenario and step ids, in order, from the normative inventory (tests/data/STEPS.md). */
export function inventory() {
  const text = fsSync.readFileSync(path.join(REPO_ROOT, 'tests', 'data', 'STEPS.md'), 'utf8');
  const out = [];
  let scenario = null;
  for (const line of text.split('\n')) {
    const h = line.match(/^## ([a-z0-9-]+) /);
    if (h) {
      scenario = h[1];
      continue;
    }
    const row = line.match(/^\| `([a-z0-9-]+)` \|/);
    if (scenario && row) out.push([scenario, row[1]]);
  }
  return out;
}

/** Makes the page count its live `setInterval`s (`window.__liveIntervals()`), installed before the app starts. */
export async function countIntervals(page) {
  await page.addInitScript(() => {
    const live = new Set();
    const set = window.setInterval.bind(window);
    const clear = window.clearInterval.bind(window);
    window.setInterval = (f, ms, ...a) => {
      const id = set(f, ms, ...a);
      live.add(id);
      return id;
    };
    window.clearInterval = (id) => {
      live.delete(id);
      clear(id);
    };
    window.__liveIntervals = () => live.size;
  });
}

/** Writes down every click on a mock or coach control and every value typed. */
async function recordActions(page) {
  await page.addInitScript(() => {
    window.__script = [];
    const idOf = (el) => el && el.closest && el.closest('[data-target-id]');
    document.addEventListener(
      'click',
      (e) => {
        const el = idOf(e.target);
        if (el) window.__script.push({ kind: 'click', id: el.getAttribute('data-target-id'), t: performance.now() });
      },
      true,
    );
    document.addEventListener(
      'input',
      (e) => {
        const el = idOf(e.target);
        // Ticking a box or a radio is its click; only text is typed.
        if (!el || !('value' in e.target) || ['checkbox', 'radio'].includes(e.target.type)) return;
        const id = el.getAttribute('data-target-id');
        const last = window.__script[window.__script.length - 1];
        if (last && last.kind === 'type' && last.id === id) last.value = e.target.value;
        else window.__script.push({ kind: 'type', id, value: e.target.value, t: performance.now() });
      },
      true,
    );
  });
}

/** What watch mode does in a scenario, as a list of actions; the same `seed` later
 * gives the same codes, so a learner (or a test) can do exactly that. */
export async function recordWatch(browser, baseUrl, sc, seed) {
  const page = await newPage(browser, { viewport: { width: 1366, height: 900 } });
  await recordActions(page);
  await page.goto(`${baseUrl}?lang=nl&scenario=${sc}&mode=watch&seed=${seed}`);
  await waitForApp(page);
  await page.locator('#speed-fast').click();
  await page.waitForSelector('#completed', { timeout: 240_000 });
  const script = await page.evaluate(() => window.__script);
  noErrors(page);
  await page.close();
  return script;
}

/** A visible control by its target id (some ids exist twice, one of them hidden). */
export const control = (page, id) => page.locator(`[data-target-id="${id}"]`).filter({ visible: true }).first();

/** Does the script as a learner: clicks and types, waiting for each control to appear.
 * Where watch mode waited (an SMS on its way, the installer running), so does the
 * learner: a gap longer than the fast player's own pace (about 1.25 s) is waited. */
export async function replay(page, script, { each = async () => {}, before = async () => {} } = {}) {
  let prev = null;
  for (const a of script) {
    const gap = prev == null ? 0 : a.t - prev;
    prev = a.t;
    if (gap > 2000) await new Promise((r) => setTimeout(r, gap - 1000));
    await before(a);
    if (a.kind === 'click') {
      await control(page, a.id).click({ timeout: 20_000 });
    } else if (a.id === 'totp-code') {
      // The authenticator's code changes every 30 s: type the one the phone shows now.
      const code = await page.locator('.auth-code').first().getAttribute('data-code');
      await control(page, a.id).fill(code);
    } else {
      await control(page, a.id).fill(a.value, { timeout: 20_000 });
    }
    await each(a);
  }
}
