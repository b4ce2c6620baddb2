// The SCORM 1.2 package (`cargo xtask scorm`), as a learning platform meets it:
// - its imsmanifest.xml has what the SCORM 1.2 schema requires (metadata, one
//   organization, one item per scenario of STEPS.md, resources with
//   adlcp:scormtype="sco" launching that scenario) and lists only files it holds;
// - inside a real SCORM 1.2 runtime (scorm-again's Scorm12API, MIT, its browser
//   build dist/scorm12.min.js, hosted by a test page of the same origin as the
//   unpacked package, as Moodle serves it): a test done alone ends "passed" with
//   score 100, with a session time, and LMSFinish is called on leaving;
// - a learner who leaves mid-way and comes back resumes at the step they left;
// - without a platform, scorm=1 does nothing and shows no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, startServer, launch, newPage, waitForApp, inventory, noErrors, recordWatch, replay, control } from './harness.mjs';

const SCENARIOS = [...new Set(inventory().map(([sc]) => sc))];
const ZIP = path.join(REPO_ROOT, 'target', 'logincoach-scorm12.zip');
let dir;
let server;
let browser;
let manifest;

// A platform's page: the runtime as window.API (preloaded for a resume), and the SCO in a frame.
const LMS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title></head><body>
<script src="scorm-again.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  const preload = params.get('preload');
  if (preload) window.API.loadFromJSON(JSON.parse(preload));
  window.__set = {};
  window.__calls = [];
  window.API.on('LMSSetValue.cmi.*', (el, value) => { window.__set[el] = value; });
  for (const call of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(call, () => window.__calls.push(call));
  const frame = document.createElement('iframe');
  frame.title = 'SCO';
  frame.width = 1200;
  frame.height = 800;
  frame.src = params.get('launch');
  document.body.append(frame);
  window.__leave = () => frame.remove();
</script></body></html>`;

before(async () => {
  execFileSync('cargo', ['xtask', 'scorm', '--no-build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logincoach-scorm-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', ZIP, dir]);
  manifest = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  const runtime = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), 'utf8');
  server = await startServer({ root: dir, prefix: '/', pages: { '/lms.html': LMS, '/scorm-again.js': runtime } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The launch address of a scenario's SCO, as the manifest gives it. */
const launchOf = (sc) => manifest.match(new RegExp(`identifier="RES-${sc}"[^>]*href="([^"]+)"`))[1].replaceAll('&amp;', '&');

async function openLms(launch, preload) {
  const page = await newPage(browser);
  const q = new URLSearchParams({ launch });
  if (preload) q.set('preload', JSON.stringify(preload));
  await page.goto(`${server.url}lms.html?${q}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#app[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  return { page, frame };
}

test('the manifest has what SCORM 1.2 requires, one SCO per scenario of STEPS.md, and only files the zip holds', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}lms.html?launch=about:blank`);
  const m = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
    const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const all = (name) => [...doc.getElementsByTagNameNS(CP, name)];
    const root = doc.documentElement;
    const orgs = all('organizations')[0];
    const org = all('organization')[0];
    const resources = Object.fromEntries(all('resource').map((r) => [r.getAttribute('identifier'), r]));
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: [root.localName, root.namespaceURI, root.getAttribute('identifier') ? 'id' : '', root.getAttribute('version')],
      schema: [all('schema')[0]?.textContent, all('schemaversion')[0]?.textContent],
      defaultOrg: orgs.getAttribute('default') === org.getAttribute('identifier'),
      orgTitle: org.getElementsByTagNameNS(CP, 'title')[0]?.textContent,
      items: all('item').map((i) => {
        const res = resources[i.getAttribute('identifierref')];
        return {
          id: i.getAttribute('identifier'),
          title: i.getElementsByTagNameNS(CP, 'title')[0]?.textContent,
          type: res?.getAttribute('type'),
          scormtype: res?.getAttributeNS(ADL, 'scormtype'),
          href: res?.getAttribute('href'),
        };
      }),
      files: all('file').map((f) => f.getAttribute('href')),
    };
  }, manifest);
  assert.equal(m.error, 0, 'well-formed XML');
  assert.deepEqual(m.root, ['manifest', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'id', '1.2']);
  assert.deepEqual(m.schema, ['ADL SCORM', '1.2']);
  assert.ok(m.defaultOrg, 'organizations names its organization as the default');
  assert.equal(m.orgTitle, 'LoginCoach');
  assert.deepEqual(m.items.map((i) => i.href), SCENARIOS.map((sc) => `index.html?scenario=${sc}&lang=nl&scorm=1`), 'one SCO per scenario, in order');
  for (const i of m.items) {
    assert.equal(i.type, 'webcontent');
    assert.equal(i.scormtype, 'sco', i.id);
    assert.ok(i.title && !SCENARIOS.includes(i.title), `${i.id} has a Dutch title: ${i.title}`);
  }
  assert.equal(m.items.find((i) => i.id === 'ITEM-myebox').title, 'Aanmelden op My e-Box');
  for (const f of m.files) assert.ok(fs.existsSync(path.join(dir, f)), `${f} is in the zip`);
  assert.ok(m.files.includes('index.html') && m.files.includes('embed/scorm12.js'));
  await page.close();
});

test('a test done alone inside the platform: passed, score 100, a session time, LMSFinish on leaving', { timeout: 180_000 }, async () => {
  const script = await recordWatch(browser, server.url, 'itsme-safety', 'scorm');
  const { page, frame } = await openLms(launchOf('itsme-safety') + '&seed=scorm');
  await page.waitForFunction(() => window.__set['cmi.core.lesson_status'] === 'incomplete');
  assert.deepEqual(await page.evaluate(() => window.__calls.slice(0, 1)), ['LMSInitialize']);
  await frame.locator('#mode-test').click();
  await frame.locator('#app[data-mode="test"]').waitFor({ state: 'attached' });
  await replay(frame, script);
  await frame.locator('#result-card').waitFor();
  await page.waitForFunction(() => window.__set['cmi.core.lesson_status'] === 'passed');
  const set = await page.evaluate(() => window.__set);
  assert.equal(set['cmi.core.score.raw'], '100');
  assert.equal(set['cmi.core.score.min'], '0');
  assert.equal(set['cmi.core.score.max'], '100');
  assert.equal(set['cmi.suspend_data'], '', 'nothing left to resume');
  await page.evaluate(() => window.__leave());
  await page.waitForFunction(() => window.__calls.includes('LMSFinish'));
  const time = await page.evaluate(() => window.__set['cmi.core.session_time']);
  assert.match(time, /^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  assert.notEqual(time, '0000:00:00.00');
  // What the runtime itself recorded.
  const cmi = await page.evaluate(() => ({ status: window.API.cmi.core.lesson_status, raw: window.API.cmi.core.score.raw }));
  assert.deepEqual(cmi, { status: 'passed', raw: '100' });
  noErrors(page);
  await page.close();
});

test('a test with a mistake in one of its two steps ends failed, with score 50', { timeout: 180_000 }, async () => {
  const { page, frame } = await openLms(launchOf('itsme-safety'));
  await frame.locator('#mode-test').click();
  await frame.locator('#app[data-mode="test"]').waitFor({ state: 'attached' });
  // One wrong answer (a scam called safe), then what watch mode does.
  const script = await recordWatch(browser, server.url, 'itsme-safety', 'scorm');
  await control(frame, 'ph-1-safe').click();
  await frame.locator('#feedback').filter({ hasText: /\S/ }).waitFor();
  await replay(frame, script);
  await frame.locator('#result-card').waitFor();
  await page.waitForFunction(() => ['passed', 'failed'].includes(window.__set['cmi.core.lesson_status']));
  const set = await page.evaluate(() => window.__set);
  assert.equal(set['cmi.core.score.raw'], '50', 'one of the two steps done alone');
  assert.equal(set['cmi.core.lesson_status'], 'failed');
  await page.close();
});

test('leaving mid-way and coming back resumes at the step that was left', { timeout: 120_000 }, async () => {
  const first = await openLms(launchOf('myebox'));
  const { page, frame } = first;
  await frame.locator('[data-coach-target]').first().click();
  await frame.locator('#app[data-step="language"]').waitFor({ state: 'attached' });
  await frame.locator('[data-coach-target]').first().click();
  await frame.locator('#app[data-step="choose-key"]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => window.__set['cmi.core.lesson_location'] === 'myebox/choose-key');
  await page.evaluate(() => window.__leave());
  await page.waitForFunction(() => window.__calls.includes('LMSFinish'));
  const set = await page.evaluate(() => window.__set);
  assert.equal(set['cmi.core.exit'], 'suspend');
  assert.ok(set['cmi.suspend_data'].length < 200, `short suspend_data: ${set['cmi.suspend_data']}`);
  await page.close();

  // The platform relaunches with what it stored.
  const again = await openLms(launchOf('myebox'), {
    core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: set['cmi.core.lesson_location'] },
    suspend_data: set['cmi.suspend_data'],
  });
  await again.frame.locator('#app[data-scenario="myebox"][data-step="choose-key"]').waitFor({ state: 'attached', timeout: 20_000 });
  noErrors(again.page);
  await again.page.close();
});

test('without a platform, scorm=1 does nothing and shows no error', { timeout: 60_000 }, async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}${launchOf('myebox')}`);
  await waitForApp(page);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#app').getAttribute('data-step'), 'home');
  noErrors(page);
  await page.close();
});
