// Layout contract for every step of every scenario in STEPS.md, whichever chapter
// it belongs to: on a 1920x1080 projector the whole app fits without scrolling and
// reads from the back of a room (in Dutch and in the longer French); on a 360 px phone nothing scrolls sideways; the
// control the learner must use next is big enough to hit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { appSuite, newPage, waitForApp, REPO_ROOT } from './harness.mjs';

const suite = appSuite();

/** Every catalog key (from the Dutch source), to catch one shown bare. */
async function catalogKeys() {
  const dir = path.join(REPO_ROOT, 'locales', 'nl');
  const keys = new Set();
  for (const f of await fs.readdir(dir)) {
    for (const k of Object.keys(JSON.parse(await fs.readFile(path.join(dir, f), 'utf8')))) keys.add(k);
  }
  return keys;
}

/** Scenario and step ids, in order, from the normative inventory. */
async function inventory() {
  const text = await fs.readFile(path.join(REPO_ROOT, 'tests', 'data', 'STEPS.md'), 'utf8');
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

const SIZES = [
  { width: 1920, height: 1080, kind: 'projector' },
  { width: 360, height: 740, kind: 'phone' },
];

for (const size of SIZES) for (const lang of ['nl', 'fr']) {
  test(`every step fits a ${size.width}x${size.height} ${size.kind} in ${lang}`, { timeout: 300_000 }, async () => {
    const steps = await inventory();
    const keys = await catalogKeys();
    assert.ok(steps.length >= 80, `STEPS.md lists every step (${steps.length})`);
    const page = await newPage(suite.browser, { viewport: { width: size.width, height: size.height } });
    const problems = [];
    for (const [sc, st] of steps) {
      await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&step=${st}`);
      await waitForApp(page);
      const m = await page.evaluate(() => {
        const doc = document.documentElement;
        const say = document.querySelector('#instruction') || document.querySelector('#methods h1, h1');
        const target = document.querySelector('[data-coach-target]');
        // A checkbox or radio is also hit through its label: measure what a finger can hit.
        const hit = target && ((target.labels && target.labels[0]) || target.closest('label') || target);
        const r = hit && (hit.getBoundingClientRect().width * hit.getBoundingClientRect().height >=
          target.getBoundingClientRect().width * target.getBoundingClientRect().height ? hit : target).getBoundingClientRect();
        return {
          error: !!document.querySelector('#error-panel'),
          step: document.querySelector('#app')?.dataset.step,
          tall: doc.scrollHeight - window.innerHeight,
          wide: doc.scrollWidth - window.innerWidth,
          font: say ? parseFloat(getComputedStyle(say).fontSize) : 0,
          target: r && r.width > 0 ? { w: Math.round(r.width), h: Math.round(r.height), id: target.dataset.targetId } : null,
          // What a learner sees or hears: text, labels, placeholders.
          words: [document.body.innerText, ...[...document.querySelectorAll('[aria-label],[placeholder],[title]')]
            .map((e) => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')].join(' '))].join(' '),
        };
      });
      const where = `${sc}:${st}`;
      if (m.error || m.step !== st) {
        problems.push(`${where}: does not open by deep link`);
        continue;
      }
      // A chapter's texts arrive with it: no catalog key may show bare.
      const bare = (m.words.match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/g) || []).filter((w) => keys.has(w));
      if (bare.length) problems.push(`${where}: shows catalog keys instead of text: ${[...new Set(bare)].join(', ')}`);
      if (size.kind === 'projector') {
        if (m.tall > 0) problems.push(`${where}: scrolls ${m.tall}px on a projector`);
        if (m.font < 24) problems.push(`${where}: instruction is ${m.font}px, too small to read from the back of a room`);
      } else if (m.wide > 0) {
        problems.push(`${where}: scrolls ${m.wide}px sideways on a phone`);
      }
      // WCAG 2.5.8 asks 24x24 CSS px at least; the coach's next control should be easy to hit.
      if (m.target && (m.target.w < 24 || m.target.h < 24)) {
        problems.push(`${where}: next control ${m.target.id} is only ${m.target.w}x${m.target.h}px`);
      }
    }
    await page.close();
    assert.deepEqual(problems, [], `layout problems:\n${problems.join('\n')}`);
  });
}
