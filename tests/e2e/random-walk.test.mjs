// A seeded random walk: WALK_ACTIONS (1,000 here; `cargo xtask bench` runs 10,000)
// random actions over all 12 scenarios: clicks on any enabled control, odd text typed
// into any field (long strings, emoji, markup, right-to-left script), keys, Back and
// Forward, reload. It fails on any page error, console error, blocked request, or a
// state with no enabled control, and says the seed and the last actions, so
// `WALK_SEED=<seed> node --test tests/e2e/random-walk.test.mjs` replays the same walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, inventory, waitForApp } from './harness.mjs';

const SEED = Number(process.env.WALK_SEED ?? 20261203) >>> 0;
const ACTIONS = Number(process.env.WALK_ACTIONS ?? 1000);
const suite = appSuite();

/** mulberry32: a small, well-known 32-bit generator; the same seed, the same walk. */
function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_TEXT = [
  'x'.repeat(600),
  '😀👍🏽🇧🇪 family 👨‍👩‍👧',
  '<script>alert(1)</script><b>bold</b>&amp;',
  'مرحبا بالعالم',
  'שלום עולם 123',
  '0000',
  '4271',
  '   ',
  "Robert'); DROP TABLE--",
  '\u202Eevil\u202C',
  '123456789012345678901234567890',
];
const KEYS = ['Tab', 'Shift+Tab', 'Enter', 'Escape', ' ', 'ArrowLeft', 'ArrowRight', 'ArrowDown', 'Backspace', '1', 'a'];

// Controls: every enabled, visible button, field or link of the page. The print
// buttons only call the browser's print dialog (not the app's to test here).
const CONTROLS = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href]';
const SKIP = '#print-btn, [data-print]';

test(`a random walk of ${ACTIONS} actions (seed ${SEED}) meets no error and no dead end`, { timeout: 60_000 + ACTIONS * 1_500 }, async () => {
  const random = rng(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const scenarios = [...new Set(inventory().map(([sc]) => sc))];
  assert.equal(scenarios.length, 12);
  const page = await suite.open(`?lang=nl&scenario=${scenarios[0]}`);
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  page.context().on('page', (p) => p !== page && p.close().catch(() => {}));
  await page.evaluate(() => { window.print = () => {}; });
  const log = [];
  const fail = (why) => assert.fail(`${why}\nseed ${SEED}, action ${log.length}; last actions:\n${log.slice(-15).join('\n')}\n${page.errors.join('\n')}`);
  const perScenario = Math.ceil(ACTIONS / scenarios.length);
  const seen = new Set();

  for (let n = 0; n < ACTIONS; n += 1) {
    const fresh = n % perScenario === 0;
    const roll = random();
    let what;
    try {
      if (fresh || !page.url().startsWith(suite.server.url)) {
        const sc = scenarios[Math.floor(n / perScenario) % scenarios.length];
        const lang = pick(['nl', 'fr', 'de', 'en']);
        what = `open ${sc} in ${lang}`;
        await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}`);
        await page.evaluate(() => { window.print = () => {}; });
      } else if (roll < 0.7) {
        // Which controls: any of the page; a field to type into, when there is one;
        // or, a quarter of the time, the one the coach marks next (or Next), as a
        // learner mostly follows, so the walk gets deep into the scenarios too.
        const want = roll < 0.4 ? 'any' : roll < 0.55 ? 'field' : 'next';
        const controls = page.locator(CONTROLS);
        const visible = await page.evaluate(
          ([sel, skip, want]) => {
            const all = [...document.querySelectorAll(sel)].flatMap((el, i) => (el.checkVisibility() && !el.matches(skip) ? [[i, el]] : []));
            const field = (el) => el.matches('input:not([type=radio]):not([type=checkbox]):not([type=range]), textarea');
            const next = (el) => el.matches('[data-coach-target], #next-btn');
            const chosen = want === 'field' ? all.filter(([, el]) => field(el)) : want === 'next' ? all.filter(([, el]) => next(el)) : [];
            return (chosen.length ? chosen : all).map(([i]) => i);
          },
          [CONTROLS, SKIP, want],
        );
        if (!visible.length) fail('no enabled control to use');
        const c = controls.nth(pick(visible));
        what = `use control ${want}`;
        const label = await c.evaluate((el) => `${el.tagName.toLowerCase()}#${el.id || el.dataset.targetId || ''} "${(el.innerText || el.value || el.getAttribute('aria-label') || '').slice(0, 30)}"`);
        const typing = await c.evaluate((el) => el.matches('input:not([type=radio]):not([type=checkbox]):not([type=range]), textarea'));
        if (typing && want !== 'next') {
          const text = pick(ODD_TEXT);
          what = `type ${JSON.stringify(text.slice(0, 20))}${text.length > 20 ? '…' : ''} into ${label}`;
          if (random() < 0.5) await c.fill(text, { timeout: 2_000 });
          else await c.pressSequentially(text.slice(0, 12), { timeout: 4_000 });
        } else {
          what = `click ${label}`;
          await c.click({ timeout: 2_000 });
        }
      } else if (roll < 0.86) {
        const key = pick(KEYS);
        what = `key ${key}`;
        await page.keyboard.press(key);
      } else if (roll < 0.92) {
        what = 'Back';
        await page.goBack({ waitUntil: 'commit' }).catch(() => {});
      } else if (roll < 0.96) {
        what = 'Forward';
        await page.goForward({ waitUntil: 'commit' }).catch(() => {});
      } else {
        what = 'reload';
        await page.reload();
      }
    } catch (err) {
      // A control that went away or got covered between looking and clicking is
      // what a hurried learner meets too: not a failure of the app.
      if (!/Timeout|detached|not attached|intercepts pointer|not visible|not an <input>|Target page|navigat/i.test(String(err))) throw err;
      what = `${what} (missed: ${String(err).split('\n')[0].slice(0, 60)})`;
    }
    log.push(`${n}: ${what}`);
    if (page.url().startsWith(suite.server.url)) {
      await waitForApp(page, 15_000).catch(() => fail('the app is not there'));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (page.errors.length) fail('an error');
      const [usable, where] = await page.evaluate(
        (sel) => [[...document.querySelectorAll(sel)].some((el) => el.checkVisibility()), `${document.querySelector('#app')?.dataset.scenario}/${document.querySelector('#app')?.dataset.step}`],
        CONTROLS,
      );
      if (!usable) fail('a state with no enabled control');
      seen.add(where);
    }
  }
  assert.deepEqual(page.errors, []);
  const kinds = {};
  for (const line of log) {
    const kind = line.split(': ')[1].split(' ')[0] + (line.includes('(missed') ? ' (missed)' : '');
    kinds[kind] = (kinds[kind] || 0) + 1;
  }
  console.log(`random walk, seed ${SEED}: ${JSON.stringify(kinds)}; ${seen.size} distinct steps seen`);
  assert.ok(seen.size >= 24, `the walk got around (${seen.size} steps seen)`);
  await page.close();
});
