// `cargo xtask bench`: LoginCoach on a library's old laptop and a slow line, by hand,
// not a CI gate. Release dist/ served compressed (BENCH_ENCODING: `static`, the default,
// sends the build's brotli copies as a host set up as the README says does; `gzip`
// compresses on the fly, as most hosts do), Debian Chromium under a 4x CPU
// throttle, and for first views an emulated 1.6 Mbit/s line with 150 ms round trips,
// each figure beside a one-button static page measured in the same run. Prints the
// figures and writes target/bench.json (README "Performance" shows the latest).
//   first view:  clickable and first paint, median of 5, overview and an itsme step
//   step change: p50 / p95 / max over every step of STEPS.md (the app's own Back /
//                Forward path: the address changes, popstate, the step is shown, the
//                next frame is painted) and the main thread's work for each, beside the
//                same method on the one-button page (its floor: a frame's wait even
//                where nothing changes)
//   typing:      keystroke to next paint (Event Timing), itsme phone field and PIN
//   memory:      wasm memory and JS heap after 10 / 100 / 1,000 step changes
//   idle:        timers and animation frames per second on still steps
//   bytes:       the first view's bytes on the wire; the first load raw, gzip, brotli
//   lighthouse:  npm lighthouse@12.2.3 (installed into target/bench-tools on first
//                use), mobile: performance, accessibility, best practices on every
//                scenario's first step
//   random walk: 10,000 seeded actions (tests/e2e/random-walk.test.mjs)
// BENCH_QUICK=1 runs fewer rounds (a smoke run); BENCH_SKIP=lighthouse,walk skips parts,
// BENCH_ONLY=typing runs only those. BENCH_DIST=<dir> measures another build instead of
// dist/ (an older commit's, for a before/after on the same machine).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT, CHROMIUM, startServer, launch, inventory } from '../tests/e2e/harness.mjs';

const QUICK = process.env.BENCH_QUICK === '1';
const SKIP = new Set((process.env.BENCH_SKIP || '').split(',').filter(Boolean));
// BENCH_ONLY=typing,idle runs only those parts (first_view, step_change, typing, idle, lighthouse, walk).
const ONLY = new Set((process.env.BENCH_ONLY || '').split(',').filter(Boolean));
const wanted = (part) => !SKIP.has(part) && (!ONLY.size || ONLY.has(part));
const DIST = process.env.BENCH_DIST || 'dist';
const ENCODING = process.env.BENCH_ENCODING || 'static';
if (!['static', 'gzip'].includes(ENCODING)) throw new Error(`BENCH_ENCODING=${ENCODING}: give static or gzip`);
const CPU = 4;
const LINE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const FIRST_VIEW_RUNS = QUICK ? 2 : 5;

const BASELINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>baseline</title></head>
<body><button type="button" id="only">One button</button><label>Plain field <input id="plain"></label></body></html>`;

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// Counters for timers and frames, and the wasm instance (for its memory), before the app starts.
const INSTRUMENT = () => {
  window.__bench = { timeouts: 0, intervals: 0, frames: 0, clickable: null };
  const st = window.setTimeout.bind(window);
  const si = window.setInterval.bind(window);
  const raf = window.requestAnimationFrame.bind(window);
  window.setTimeout = (f, ms, ...a) => (window.__bench.timeouts++, st(f, ms, ...a));
  window.setInterval = (f, ms, ...a) => {
    const id = si((...b) => (window.__bench.intervals++, f(...b)), ms, ...a);
    return id;
  };
  window.requestAnimationFrame = (f) => (window.__bench.frames++, raf(f));
  addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail?.wasm));
  // Clickable: the app has mounted with its controls (or the baseline's button is there).
  new MutationObserver((_, obs) => {
    if (document.querySelector('#app[data-ready="true"] button:not([disabled]), #only')) {
      window.__bench.clickable = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
};

async function page(browser, { line = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-BE', serviceWorkers: 'block' });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (line) await cdp.send('Network.emulateNetworkConditions', LINE);
  await p.addInitScript(INSTRUMENT);
  p.on('pageerror', (e) => console.error('page error:', e.message));
  return { p, cdp, close: () => context.close() };
}

async function firstView(browser, url) {
  const clickable = [];
  const paint = [];
  let wire = 0;
  for (let i = 0; i < FIRST_VIEW_RUNS; i += 1) {
    const { p, cdp, close } = await page(browser, { line: true });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await p.goto(url);
    await p.waitForFunction(() => window.__bench.clickable !== null, null, { timeout: 60_000 });
    clickable.push(await p.evaluate(() => window.__bench.clickable));
    paint.push(await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await p.waitForLoadState('networkidle');
    wire = bytes;
    await close();
  }
  return { clickable_ms: round(median(clickable), 0), first_paint_ms: round(median(paint), 0), wire_kib: round(wire / 1024) };
}

/**
 * One step change as Back and Forward make it, in the page: the address changes, popstate,
 * then frames until the step is shown (on the baseline page, which shows nothing, one frame).
 */
const SHOW_STEP = async ([sc, step]) => {
  const t0 = performance.now();
  // The address as the app writes it (with its mode), as Back and Forward find
  // it: without `mode` the app would write its own entry, a cost no learner has.
  history.pushState(null, '', `?lang=nl&scenario=${sc}&step=${step}&mode=guided`);
  dispatchEvent(new PopStateEvent('popstate'));
  // After the frame that shows it: a frame's callback, then a task after its
  // paint. A scenario's first visit waits for its texts and look too.
  const app = () => document.querySelector('#app');
  const shown = () => !app() || (app().dataset.step === step && app().dataset.scenario === sc);
  for (let i = 0; i < 600; i += 1) {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    if (shown()) return performance.now() - t0;
  }
  return -1;
};

/** What the method itself costs: the same step changes on the one-button page, where nothing changes. */
async function stepChangeFloor(browser, url) {
  const { p, cdp, close } = await page(browser);
  await p.goto(`${url}baseline.html`);
  const work = mainThread(cdp);
  const times = [];
  const busy = [];
  for (const [sc, step] of inventory()) {
    const change = await work(() => p.evaluate(SHOW_STEP, [sc, step]));
    times.push(change.result);
    busy.push(change.ms);
  }
  await close();
  return { ...spread(times), ...spread(busy, 'main_thread_') };
}

/** p50 / p95 / max of a list of milliseconds, under names with a prefix. */
const spread = (xs, prefix = '') => ({
  count: xs.length,
  [`${prefix}p50_ms`]: round(quantile(xs, 0.5)),
  [`${prefix}p95_ms`]: round(quantile(xs, 0.95)),
  [`${prefix}max_ms`]: round(Math.max(...xs)),
});

/** Chromium's performance counters of a page, by name (`Performance.enable` first). */
const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** Main-thread time (script, style, layout, paint: Chromium's TaskDuration) of what `run` makes the page do. */
function mainThread(cdp) {
  const enabled = cdp.send('Performance.enable');
  return async (run) => {
    await enabled;
    const before = (await metrics(cdp)).TaskDuration;
    const result = await run();
    return { result, ms: ((await metrics(cdp)).TaskDuration - before) * 1000 };
  };
}

/** Step changes over every step of STEPS.md, in order, through the app's popstate path. */
async function stepChanges(browser, url, rounds) {
  const steps = inventory();
  const { p, cdp, close } = await page(browser);
  await p.goto(`${url}?lang=nl&scenario=${steps[0][0]}&step=${steps[0][1]}`);
  await p.waitForSelector('#app[data-ready="true"]');
  const work = mainThread(cdp);
  const times = [];
  const busy = [];
  const memory = {};
  let n = 0;
  const marks = new Set([10, 100, 1000]);
  for (let r = 0; r < rounds; r += 1) {
    for (const [sc, step] of steps) {
      const change = await work(() => p.evaluate(SHOW_STEP, [sc, step]));
      if (change.result < 0) throw new Error(`step ${sc}/${step} was not shown`);
      // The first visit of a scenario also fetches its texts and look: not counted.
      const firstVisit = r === 0 && (n === 0 || steps[n - 1][0] !== sc);
      if (!firstVisit) {
        times.push(change.result);
        busy.push(change.ms);
      }
      n += 1;
      if (marks.has(n)) memory[n] = await heap(p);
    }
  }
  while (n < 1000 && rounds > 0 && !QUICK) {
    // Up to 1,000 step changes for the memory figure, cycling the inventory.
    const [sc, step] = steps[n % steps.length];
    await p.evaluate(SHOW_STEP, [sc, step]);
    n += 1;
    if (marks.has(n)) memory[n] = await heap(p);
  }
  await close();
  return { ...spread(times), ...spread(busy, 'main_thread_'), memory };
}

async function heap(p) {
  return p.evaluate(() => ({
    wasm_mb: Math.round((window.__wasm?.memory?.buffer.byteLength ?? NaN) / 1e4) / 100,
    js_heap_mb: Math.round((performance.memory?.usedJSHeapSize ?? NaN) / 1e4) / 100,
  }));
}

/** Keystroke to next paint, by the browser's Event Timing entries (one per key), and
 *  the main thread's time per key (all of it, and restyling), which Event Timing's 8 ms
 *  steps and frame alignment hide. */
async function typing(browser, url, field, chars) {
  const { p, cdp, close } = await page(browser);
  await cdp.send('Performance.enable');
  await p.goto(url);
  await p.waitForSelector(field);
  await p.evaluate(() => {
    window.__keys = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input' || e.name === 'keyup') window.__keys.push([e.interactionId, e.name, e.duration]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await p.locator(field).first().click();
  const before = await metrics(cdp);
  for (const ch of chars) {
    await p.keyboard.press(ch);
    await p.waitForTimeout(120);
  }
  const after = await metrics(cdp);
  await p.waitForTimeout(500);
  const entries = await p.evaluate(() => window.__keys);
  const perKeyMs = (name) => round(((after[name] - before[name]) * 1000) / chars.length);
  await close();
  // One figure per key: the longest of its events (below 16 ms the browser reports none: 16).
  const perKey = new Map();
  for (const [id, , d] of entries) perKey.set(id, Math.max(perKey.get(id) ?? 0, d));
  const durations = [...Array(chars.length)].map((_, i) => [...perKey.values()][i] ?? 16);
  return {
    keys: chars.length,
    p50_ms: median(durations),
    p95_ms: quantile(durations, 0.95),
    main_thread_ms_per_key: perKeyMs('TaskDuration'),
    restyle_ms_per_key: perKeyMs('RecalcStyleDuration'),
  };
}

/** On a still step: timers and frames the page asks for, and the browser's own style
 *  recalculations and main-thread time (a CSS animation asks for no frame, yet may
 *  cost a recalculation per frame). `help` asks for help first (the pulse shows). */
async function idle(browser, url, { help = 0, seconds = QUICK ? 2 : 5 } = {}) {
  const { p, cdp, close } = await page(browser);
  await p.goto(url);
  await p.waitForSelector('#app[data-ready="true"]');
  for (let i = 0; i < help; i += 1) await p.locator('#hint-btn').click();
  await p.waitForTimeout(1500);
  await cdp.send('Performance.enable');
  const a = await p.evaluate(() => ({ ...window.__bench }));
  const ma = await metrics(cdp);
  await p.waitForTimeout(seconds * 1000);
  const b = await p.evaluate(() => ({ ...window.__bench }));
  const mb = await metrics(cdp);
  await close();
  const per = (k) => round((b[k] - a[k]) / seconds, 2);
  return {
    timers_per_s: round(per('timeouts') + per('intervals'), 2),
    frames_per_s: per('frames'),
    style_recalcs_per_s: round((mb.RecalcStyleCount - ma.RecalcStyleCount) / seconds, 1),
    main_thread_ms_per_s: round(((mb.TaskDuration - ma.TaskDuration) * 1000) / seconds, 1),
  };
}

function firstLoadBytes() {
  const report = path.join(REPO_ROOT, 'target', 'size-report.txt');
  const dist = path.resolve(REPO_ROOT, DIST);
  const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|html)$/.test(f)).map((f) => path.join(dist, f));
  files.push(...fs.readdirSync(path.join(dist, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => path.join(dist, 'snippets', f)));
  let raw = 0, gz = 0, br = 0;
  for (const f of files) {
    const b = fs.readFileSync(f);
    raw += b.length;
    gz += zlib.gzipSync(b, { level: 9 }).length;
    br += zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  // The size report describes dist/ only.
  const line = DIST === 'dist' && fs.existsSync(report) ? fs.readFileSync(report, 'utf8').split('\n').find((l) => l.startsWith('FIRST-LOAD, heaviest view')) : null;
  return { raw_kib: round(raw / 1024), gzip_kib: round(gz / 1024), brotli_kib: round(br / 1024), brotli_saves_pct: round((1 - br / gz) * 100, 0), heaviest_view: line?.replace(/\s+/g, ' ').trim() ?? null };
}

// Async: the file server runs in this very process, and must keep answering.
async function lighthouse(url, scenarios) {
  const tools = path.join(REPO_ROOT, 'target', 'bench-tools');
  const bin = path.join(tools, 'node_modules', '.bin', 'lighthouse');
  if (!fs.existsSync(bin)) {
    console.log('installing lighthouse@12.2.3 into target/bench-tools (npm, once)…');
    fs.mkdirSync(tools, { recursive: true });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', tools, 'lighthouse@12.2.3'], { stdio: 'inherit' });
  }
  const out = {};
  for (const [sc, step] of scenarios) {
    let json;
    try {
      ({ stdout: json } = await promisify(execFile)(
        bin,
        [
          `${url}?lang=nl&scenario=${sc}&step=${step}`,
          '--output=json',
          '--quiet',
          '--only-categories=performance,accessibility,best-practices',
          `--chrome-path=${CHROMIUM}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, CHROME_PATH: CHROMIUM } },
      ));
    } catch (err) {
      out[sc] = { error: String(err.stderr || err).slice(0, 200) };
      console.log(`  lighthouse ${sc}/${step}: failed: ${out[sc].error}`);
      continue;
    }
    const { categories, audits } = JSON.parse(json);
    out[sc] = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    // What the performance score is made of (simulated: Lighthouse's own throttling).
    const ms = (id) => Math.round(audits[id]?.numericValue ?? NaN);
    out[sc].metrics_ms = { fcp: ms('first-contentful-paint'), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time'), si: ms('speed-index') };
    console.log(`  lighthouse ${sc}/${step}: ${JSON.stringify(out[sc])}`);
  }
  return out;
}

const server = await startServer({ root: DIST, prefix: '/', pages: { '/baseline.html': BASELINE }, compress: ENCODING });
const browser = await launch();
const url = server.url;
const result = { date: new Date().toISOString(), cpu_throttle: CPU, line: '1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT', encoding: ENCODING, quick: QUICK };
try {
  if (wanted('first_view')) {
    console.log('first view on the slow line…');
    const base = await firstView(browser, `${url}baseline.html`);
    const overview = await firstView(browser, `${url}?lang=nl`);
    const itsme = await firstView(browser, `${url}?lang=nl&scenario=itsme-eid&step=terms`);
    const ratio = (v) => ({ ...v, clickable_ratio: round(v.clickable_ms / base.clickable_ms, 2), first_paint_ratio: round(v.first_paint_ms / base.first_paint_ms, 2) });
    result.first_view = { baseline: base, overview: ratio(overview), itsme_step: ratio(itsme) };
  }

  if (wanted('step_change')) {
    console.log('step changes over every step of STEPS.md…');
    result.step_change = await stepChanges(browser, url, QUICK ? 1 : 3);
    result.step_change.baseline_floor = await stepChangeFloor(browser, url);
  }

  if (wanted('typing')) {
    console.log('typing…');
    result.typing = {
      baseline_plain_input: await typing(browser, `${url}baseline.html`, '#plain', [...'04701234560470123456']),
      itsme_phone_field: await typing(browser, `${url}?lang=nl&scenario=itsme-bank&step=phone`, 'input[data-target-id]', [...'04701234560470123456']),
      pin_field: await typing(browser, `${url}?lang=nl&scenario=eid-mijngezondheid&step=pin`, '#pin-field', [...'427142714271']),
    };
  }

  if (wanted('idle')) {
    console.log('idle…');
    result.idle = {
      overview: await idle(browser, `${url}?lang=nl`),
      itsme_step: await idle(browser, `${url}?lang=nl&scenario=itsme-eid&step=terms`),
      hint_pulse: await idle(browser, `${url}?lang=nl&scenario=eid-mijngezondheid&step=home`, { help: 2 }),
    };
  }

  result.first_load = firstLoadBytes();

  if (wanted('lighthouse')) {
    console.log('lighthouse (mobile) on every scenario\'s first step…');
    const firsts = [];
    for (const [sc, step] of inventory()) if (!firsts.some(([s]) => s === sc)) firsts.push([sc, step]);
    result.lighthouse = await lighthouse(url, QUICK ? firsts.slice(0, 2) : firsts);
  }
} finally {
  await browser.close();
  await server.close();
}

if (wanted('walk')) {
  const actions = QUICK ? 1000 : 10000;
  console.log(`random walk of ${actions} actions…`);
  const t0 = Date.now();
  execFileSync(process.execPath, ['--test', 'tests/e2e/random-walk.test.mjs'], { stdio: 'inherit', cwd: REPO_ROOT, env: { ...process.env, WALK_ACTIONS: String(actions) } });
  result.random_walk = { actions, passed: true, seconds: Math.round((Date.now() - t0) / 1000) };
}

fs.mkdirSync(path.join(REPO_ROOT, 'target'), { recursive: true });
fs.writeFileSync(path.join(REPO_ROOT, 'target', 'bench.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.log('wrote target/bench.json');
