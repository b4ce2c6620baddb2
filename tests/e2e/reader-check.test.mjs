// reader-check/probe with fake navigator.usb / navigator.hid (no hardware): every
// state, live plug events, the permissions-policy message for an embedder, and
// proof that the probe never opens a device or claims an interface.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, waitForApp, runAxe } from './harness.mjs';

let server;
let host;
let browser;
const Q = '?lang=nl&scenario=reader-check&step=probe';

function hostPage(src) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Embedding host</title></head>
<body><h1>Host page</h1>
<iframe id="coach" title="LoginCoach" src="${src}" width="1100" height="800"></iframe>
</body></html>`;
}

before(async () => {
  server = await startServer({ root: 'dist', prefix: '/' });
  host = await startServer({ root: null, prefix: '/', hostname: 'localhost', pages: { '/index.html': hostPage(`${server.url}${Q}`) } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await server?.close();
});

/** Installed before the app loads: replaces navigator.usb / navigator.hid. */
function installFakes(cfg) {
  const mk = (d) => ({
    vendorId: d.vid,
    productId: d.pid,
    productName: d.name || '',
    manufacturerName: d.maker || '',
    deviceClass: 0,
    configurations: [{ interfaces: [{ alternates: [{ interfaceClass: d.cls ?? 0x0b }] }] }],
    open() { window.__touched = (window.__touched || 0) + 1; return Promise.reject(new Error('never')); },
    claimInterface() { window.__touched = (window.__touched || 0) + 1; return Promise.reject(new Error('never')); },
  });
  const fail = (e) => Promise.reject(new DOMException(e.message, e.name));
  const api = (c, many) => {
    const t = new EventTarget();
    t.getDevices = () => (c.getDevicesError ? fail(c.getDevicesError) : Promise.resolve((c.granted || []).map(mk)));
    t.requestDevice = (opts) => {
      window.__filters = JSON.parse(JSON.stringify(opts.filters));
      if (c.requestError) return fail(c.requestError);
      if (!c.request) return many ? Promise.resolve([]) : fail({ name: 'NotFoundError', message: 'No device selected.' });
      return Promise.resolve(many ? [mk(c.request)] : mk(c.request));
    };
    return t;
  };
  for (const [prop, c, many] of [['usb', cfg.usb, false], ['hid', cfg.hid, true]]) {
    if (c === undefined) {
      delete Navigator.prototype[prop];
      continue;
    }
    const fake = api(c, many);
    Object.defineProperty(Navigator.prototype, prop, { get: () => fake, configurable: true });
    window[`__${prop}Fire`] = (type, d) => {
      const ev = new Event(type);
      ev.device = mk(d);
      fake.dispatchEvent(ev);
    };
  }
}

async function probe(cfg) {
  const page = await newPage(browser, { viewport: { width: 1366, height: 900 } });
  await page.addInitScript(installFakes, cfg);
  await page.goto(`${server.url}${Q}`);
  await waitForApp(page);
  await page.waitForSelector('#probe');
  return page;
}

const state = (page) => page.locator('.probe-result').getAttribute('data-probe-state');
const status = (page) => page.locator('#probe-status').innerText();
async function waitState(page, s) {
  await page.waitForSelector(`.probe-result[data-probe-state="${s}"]`, { timeout: 10_000 });
}
async function done(page) {
  assert.equal(await page.evaluate(() => window.__touched || 0), 0, 'never open() or claimInterface()');
  assert.deepEqual(page.errors, [], page.errors.join('\n'));
  await page.close();
}

const ACS = { vid: 0x072f, pid: 0xb100, name: 'ACR39U ICC Reader' };
const CT30 = { vid: 0x08e6, pid: 0x3437, name: 'USB SmartCard Reader' };
const DIGIPASS = { vid: 0x1a44, pid: 0x0870, name: 'DIGIPASS 870' };

test('no WebUSB (Firefox, Safari): the browser cannot check, practise instead', { timeout: 30_000 }, async () => {
  const page = await probe({});
  await waitState(page, 'no-api');
  assert.match(await status(page), /Chrome, Edge of Opera/);
  assert.ok(await page.locator('#probe-request').isHidden());
  await page.locator('#probe-practise').click();
  await page.waitForSelector('#app[data-scenario="eid-install"][data-step="connect-reader"]');
  await done(page);
});

test('nothing granted: needs a click; the limits are honest', { timeout: 30_000 }, async () => {
  const page = await probe({ usb: {} });
  await waitState(page, 'needs-click');
  assert.match(await page.locator('#probe-limits').innerText(), /nooit uw kaart lezen/);
  assert.match(await page.locator('#probe-limits').innerText(), /Test PIN/);
  assert.equal((await runAxe(page)).length, 0);
  await done(page);
});

test('an ACS ACR39U granted before is shown on open, without a prompt', { timeout: 30_000 }, async () => {
  const page = await probe({ usb: { granted: [ACS] } });
  await waitState(page, 'connected');
  assert.match(await status(page), /ACS ACR39U\./);
  assert.doesNotMatch(await status(page), /gelijkaardig/);
  assert.match(await page.locator('#probe-via').innerText(), /WebUSB/);
  assert.equal(await page.evaluate(() => window.__filters), undefined, 'no requestDevice without a click');
  await done(page);
});

test('requestDevice with the CCID class and vendor filters finds a Gemalto CT30 "or similar"', { timeout: 30_000 }, async () => {
  const page = await probe({ usb: { request: CT30 } });
  await page.locator('#probe-request').click();
  await waitState(page, 'connected');
  assert.match(await status(page), /Gemalto IDBridge CT30 of een gelijkaardig model/);
  const filters = await page.evaluate(() => window.__filters);
  assert.deepEqual(filters[0], { classCode: 11 });
  assert.ok(filters.some((f) => f.vendorId === 0x072f));
  assert.equal(filters.length, 12);
  // Unplugged and plugged back in, live.
  await page.evaluate((d) => window.__usbFire('disconnect', d), CT30);
  await waitState(page, 'unplugged');
  assert.match(await status(page), /losgekoppeld/);
  await page.evaluate((d) => window.__usbFire('connect', d), CT30);
  await waitState(page, 'connected');
  await done(page);
});

test('chooser cancelled: not found, with tips on ports and built-in readers', { timeout: 30_000 }, async () => {
  const page = await probe({ usb: { requestError: { name: 'NotFoundError', message: 'No device selected.' } } });
  await page.locator('#probe-request').click();
  await waitState(page, 'not-found');
  assert.match(await page.locator('#probe-next').innerText(), /andere USB-poort/);
  assert.match(await page.locator('#probe-next').innerText(), /ingebouwde/);
  await done(page);
});

test('a permissions-policy SecurityError tells the embedder to add allow="usb"', { timeout: 30_000 }, async () => {
  const err = { name: 'SecurityError', message: 'Access to the feature "usb" is disallowed by permissions policy.' };
  const page = await probe({ usb: { requestError: err } });
  await page.locator('#probe-request').click();
  await waitState(page, 'policy');
  assert.match(await page.locator('#probe-next').innerText(), /allow="usb"/);
  await done(page);
});

test('a bank digipass is recognised and explained', { timeout: 30_000 }, async () => {
  const page = await probe({ usb: { request: DIGIPASS } });
  await page.locator('#probe-request').click();
  await waitState(page, 'digipass');
  assert.match(await status(page), /digipass van de bank/);
  await done(page);
});

test('WebHID as a second probe reports which API saw the reader', { timeout: 30_000 }, async () => {
  const page = await probe({ usb: {}, hid: { request: ACS } });
  await page.locator('#probe-hid').click();
  await waitState(page, 'connected');
  assert.match(await page.locator('#probe-via').innerText(), /WebHID/);
  const filters = await page.evaluate(() => window.__filters);
  assert.ok(filters.every((f) => typeof f.vendorId === 'number'));
  await done(page);
});

test('French texts', { timeout: 30_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 1366, height: 900 } });
  await page.addInitScript(installFakes, { usb: { granted: [CT30] } });
  await page.goto(`${server.url}?lang=fr&scenario=reader-check&step=probe`);
  await waitForApp(page);
  await waitState(page, 'connected');
  assert.match(await status(page), /ou un modèle semblable/);
  assert.equal((await runAxe(page)).length, 0);
  await done(page);
});

test('framed from another origin without allow="usb": the real browser blocks it, the embedder is told', { timeout: 60_000 }, async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(host.url, { waitUntil: 'load' });
  const frame = page.frameLocator('#coach');
  await frame.locator('.probe-result[data-probe-state="policy"]').waitFor({ timeout: 30_000 });
  assert.match(await frame.locator('#probe-next').innerText(), /allow="usb"/);
  assert.ok(await frame.locator('#probe-request').isHidden());
  assert.deepEqual(page.errors, [], page.errors.join('\n'));
  await page.close();
});

test('every probe state fits a projector and a phone, in nl and fr, and passes axe', { timeout: 240_000 }, async () => {
  const NF = { name: 'NotFoundError', message: 'No device selected.' };
  const SEC = { name: 'SecurityError', message: 'Access to the feature "usb" is disallowed by permissions policy.' };
  const STATES = [
    ['no-api', {}, null],
    ['needs-click', { usb: {} }, null],
    ['connected', { usb: { granted: [ACS] } }, null],
    ['connected', { usb: { request: CT30 } }, 'click'],
    ['not-found', { usb: { requestError: NF } }, 'click'],
    ['policy', { usb: { requestError: SEC } }, 'click'],
    ['digipass', { usb: { request: DIGIPASS } }, 'click'],
    ['unplugged', { usb: { granted: [ACS] } }, 'unplug'],
  ];
  const { SHOTS } = await import('./harness.mjs');
  const path = await import('node:path');
  for (const lang of ['nl', 'fr']) {
    for (const [w, h] of [[1920, 1080], [390, 844]]) {
      for (const [i, [want, cfg, act]] of STATES.entries()) {
        const page = await newPage(browser, { viewport: { width: w, height: h } });
        await page.addInitScript(installFakes, cfg);
        await page.goto(`${server.url}?lang=${lang}&scenario=reader-check&step=probe`);
        await waitForApp(page);
        await page.waitForSelector('#probe');
        if (act === 'click') await page.locator('#probe-request').click();
        if (act === 'unplug') {
          await waitState(page, 'connected');
          await page.evaluate((d) => window.__usbFire('disconnect', d), ACS);
        }
        await waitState(page, want);
        const what = `${lang} ${w}x${h} ${i}:${want}`;
        assert.doesNotMatch(await page.locator('.probe').innerText(), /reader\.probe\./, `${what}: no raw keys`);
        if (w === 1920) {
          const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
          assert.ok(overflow <= 0, `${what} fits without scrolling (overflows ${overflow}px)`);
        } else {
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(wide <= 0, `${what}: no sideways scrolling (${wide}px)`);
        }
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${what}: ${violations.text}`);
        await page.screenshot({ path: path.join(SHOTS, `${lang}-${w}x${h}-probe-${i}-${want}.png`), fullPage: w < 1000 });
        await done(page);
      }
    }
  }
});
