// Layout contract for every step of every scenario in STEPS.md, whichever chapter
// it belongs to: on a 1920x1080 projector the whole app fits without scrolling and
// reads from the back of a room (in Dutch and in the longer French); on a 360 px phone nothing scrolls sideways; the
// control the learner must use next is big enough to hit.
//
// The wall (issue 10): on the projector and on a 1366x768 laptop the stage uses the
// whole window: the device(s) in use cover at least half of the stage (a phone alone,
// which cannot be that wide and still look like a phone, fills its height), the mock
// text on the projector is at least 20 px, and the coach's Help, Do it for me and Next
// stay inside the window, also after mistakes, when the feedback and the hint show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { appSuite, newPage, waitForApp, REPO_ROOT, inventory } from './harness.mjs';

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

const SIZES = [
  { width: 1920, height: 1080, kind: 'projector' },
  { width: 1366, height: 768, kind: 'laptop' },
  { width: 360, height: 740, kind: 'phone' },
];

/**
 * In the page: how the window is used. The coach controls that are on screen (or not),
 * the part of the stage the devices in use cover, and the size mock text is drawn at.
 */
function measureWall() {
  const panel = document.querySelector('#narration');
  const pr = panel ? panel.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  // Fully visible: inside the window and not scrolled away inside the coach panel.
  const offscreen = ['#hint-btn', '#do-it-btn', '#next-btn']
    .map((sel) => document.querySelector(sel))
    .filter(Boolean)
    .map((el) => [el.id, el.getBoundingClientRect()])
    .filter(([, r]) => !(r.width > 0 && r.left >= 0 && r.right <= innerWidth &&
      r.top >= Math.max(0, pr.top) && r.bottom <= Math.min(innerHeight, pr.bottom)))
    .map(([id, r]) => `#${id} at ${Math.round(r.top)}..${Math.round(r.bottom)}px`);
  const fb = document.querySelector('#feedback .feedback-text');
  const fbBox = document.querySelector('#feedback');
  const feedback = fb ? {
    // What shows of the feedback box: at least two lines (or all of it when shorter).
    shown: Math.round(Math.min(fbBox.getBoundingClientRect().bottom, pr.bottom, innerHeight) - Math.max(fbBox.getBoundingClientRect().top, pr.top)),
    needed: Math.round(Math.min(fb.getBoundingClientRect().height, 2 * parseFloat(getComputedStyle(fb).lineHeight) + 8)),
  } : null;
  // The control to use next shows: its middle is inside the window and not scrolled
  // away inside the browser window, the phone, the desk or the panel (a mock page's own
  // scroll box, like terms to read to the end, is part of the exercise).
  const next = document.querySelector('[data-coach-target]');
  let hidden = null;
  if (next && next.getBoundingClientRect().width > 0) {
    const r = next.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const boxes = [{ left: 0, top: 0, right: innerWidth, bottom: innerHeight }];
    let own = false;
    for (let a = next.parentElement; a && a !== document.body; a = a.parentElement) {
      if (a.matches('.browser-page, .phone-screen, .device, .stage, .coach-panel')) boxes.push(a.getBoundingClientRect());
      else if (boxes.length === 1 && getComputedStyle(a).overflowY !== 'visible') own = true;
    }
    if (!own && !boxes.every((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) {
      hidden = `${next.dataset.targetId} at ${Math.round(x)},${Math.round(y)}`;
    }
  }
  const stage = document.querySelector('.stage:not(.stage-full)');
  if (!stage) return { offscreen, feedback, hidden, stage: null };
  const s = stage.getBoundingClientRect();
  const sr = { l: s.left, t: s.top, r: s.right, b: Math.min(s.bottom, innerHeight) };
  const active = [...stage.querySelectorAll(':scope > .device.active')].filter((d) => d.getBoundingClientRect().width > 0);
  let covered = 0;
  for (const d of active) {
    const r = d.getBoundingClientRect();
    covered += Math.max(0, Math.min(r.right, sr.r) - Math.max(r.left, sr.l)) * Math.max(0, Math.min(r.bottom, sr.b) - Math.max(r.top, sr.t));
  }
  const phone = stage.querySelector(':scope > .device-phone.active');
  // Mock text as drawn (font size times the zoom the stage gives the device).
  const fonts = [];
  for (const d of active) {
    const walk = document.createTreeWalker(d, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.textContent.trim()) continue;
      const el = n.parentElement;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.bottom < 0 || r.top > innerHeight || getComputedStyle(el).visibility === 'hidden') continue;
      fonts.push(parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom || 1));
    }
  }
  fonts.sort((a, b) => a - b);
  return {
    offscreen,
    feedback,
    hidden,
    stage: {
      devices: active.map((d) => d.className.match(/device-(pc|phone|props)/)[1]).join('+'),
      cover: covered / ((sr.r - sr.l) * (sr.b - sr.t)),
      // The stage reaches the bottom of the window (less the workspace padding).
      reach: Math.round(innerHeight - sr.b),
      phoneHeight: phone ? phone.getBoundingClientRect().height / (sr.b - sr.t) : 0,
      text: fonts.length ? fonts[fonts.length >> 1] : null,
    },
  };
}

/**
 * In the page: a mistake or two on the mock screens (a control that is not the next
 * one), then Help until "Do it for me" shows: the coach panel at its fullest.
 * Returns whether a mistake's feedback shows.
 */
async function makeMistakes() {
  // The app redraws after each click (in a task of its own): wait for it.
  const redraw = () => new Promise((r) => setTimeout(r, 0));
  const tried = [];
  for (let i = 0; i < 4 && !document.querySelector('#feedback .feedback-text'); i++) {
    const wrong = [...document.querySelectorAll('.stage button[data-target-id]:not([data-coach-target]):not(:disabled)')]
      .find((b) => !tried.includes(b.dataset.targetId) && b.getBoundingClientRect().width > 0);
    if (!wrong) break;
    tried.push(wrong.dataset.targetId);
    wrong.click();
    await redraw();
  }
  // A second mistake climbs the hint ladder further (the same wrong control again).
  const again = document.querySelector('#feedback .feedback-text') && document.querySelector(`.stage [data-target-id="${tried.at(-1)}"]`);
  if (again) {
    again.click();
    await redraw();
  }
  for (let i = 0; i < 4 && document.querySelector('#hint-btn') && !document.querySelector('#do-it-btn'); i++) {
    document.querySelector('#hint-btn').click();
    await redraw();
  }
  return !!document.querySelector('#feedback .feedback-text');
}

/** Waits until the page has laid out and painted what a click changed. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** What is wrong with the wall in one state of a step (empty when all is well). */
function wallProblems(where, size, w) {
  const out = [];
  if (w.offscreen.length) out.push(`${where}: coach controls off screen: ${w.offscreen.join(', ')}`);
  if (w.feedback && w.feedback.shown < w.feedback.needed) {
    out.push(`${where}: only ${w.feedback.shown}px of the feedback shows (needs ${w.feedback.needed}px)`);
  }
  if (w.hidden) out.push(`${where}: the control to use next is out of sight: ${w.hidden}`);
  if (!w.stage) return out;
  const { devices, cover, reach, phoneHeight, text } = w.stage;
  if (reach > 24) out.push(`${where}: the stage stops ${reach}px above the bottom of the window`);
  if (devices === 'phone') {
    // A phone alone cannot cover half of a landscape stage and still look like a phone:
    // it takes the whole height instead.
    if (phoneHeight < 0.95) out.push(`${where}: the phone fills only ${Math.round(phoneHeight * 100)}% of the stage height`);
  } else if (devices && cover < 0.5) {
    out.push(`${where}: the ${devices} in use cover only ${Math.round(cover * 100)}% of the stage`);
  }
  if (size.kind === 'projector' && devices && text < 20) {
    out.push(`${where}: mock text is ${text && text.toFixed(1)}px on the ${devices}, too small for the back of a room`);
  }
  return out;
}

for (const size of SIZES) for (const lang of ['nl', 'fr']) {
  test(`every step fits a ${size.width}x${size.height} ${size.kind} in ${lang}`, { timeout: 400_000 }, async (t) => {
    const steps = inventory();
    const keys = await catalogKeys();
    assert.ok(steps.length >= 80, `STEPS.md lists every step (${steps.length})`);
    // Reduced motion: nothing is caught halfway through sliding in (and it is faster).
    const page = await newPage(suite.browser, { viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });
    const problems = [];
    let mistakes = 0;
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
      if (size.kind !== 'phone') {
        if (m.tall > 0) problems.push(`${where}: scrolls ${m.tall}px on a ${size.kind}`);
        if (size.kind === 'projector' && m.font < 24) problems.push(`${where}: instruction is ${m.font}px, too small to read from the back of a room`);
        problems.push(...wallProblems(where, size, await page.evaluate(measureWall)));
        // After mistakes: feedback, the hint and "Do it for me" in the panel, the controls still on screen.
        const shown = await page.evaluate(makeMistakes);
        await settle(page);
        if (shown) mistakes += 1;
        problems.push(...wallProblems(`${where} (after mistakes)`, size, await page.evaluate(measureWall)));
        const tall = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
        if (tall > 0) problems.push(`${where} (after mistakes): scrolls ${tall}px on a ${size.kind}`);
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
    // The mistake walk did show feedback: most steps have a wrong control to click.
    if (size.kind !== 'phone') {
      t.diagnostic(`a mistake's feedback showed on ${mistakes} of ${steps.length} steps`);
      assert.ok(mistakes >= 60, `a mistake's feedback showed on only ${mistakes} steps`);
    }
  });
}
