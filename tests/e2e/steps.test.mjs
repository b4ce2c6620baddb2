// Every step of tests/data/STEPS.md, by deep link, in Dutch and French, on a
// projector (1920x1080) and a phone (390x844): it opens at that step in that
// language, its title is translated, it marks exactly one next target (where a step
// has one to offer), axe finds no violation, no catalog key shows bare, the page
// fits the projector without scrolling and the phone without sideways scrolling
// (the mock web page in it neither),
// and nothing is logged as an error. One walk for every chapter, driven by the
// inventory; the chapter files test what their screens do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { appSuite, newPage, waitForApp, runAxe, SHOTS, stepOf, noErrors, inventory, REPO_ROOT } from './harness.mjs';

const suite = appSuite();

/** Every catalog key (the Dutch parts define them all): none may show as text. */
const KEYS = fs
  .readdirSync(path.join(REPO_ROOT, 'locales', 'nl'))
  .flatMap((f) => Object.keys(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', 'nl', f), 'utf8'))));

/** Steps with nothing to use next: the overview (a choice, not a target) and the wait for a push. */
const NO_TARGET = new Set(['overview:methods', 'itsme-irisbox:prove']);

for (const lang of ['nl', 'fr']) {
  test(`every step of STEPS.md by deep link in ${lang}: translated, one target, axe, no bare key, fits`, { timeout: 900_000 }, async () => {
    const steps = inventory();
    assert.ok(steps.length >= 86, `STEPS.md lists every step (${steps.length})`);
    for (const [w, h] of [[1920, 1080], [390, 844]]) {
      const page = await newPage(suite.browser, { viewport: { width: w, height: h } });
      for (const [sc, st] of steps) {
        const step = `${sc}:${st}`;
        await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&step=${st}`);
        await waitForApp(page);
        assert.equal(await stepOf(page), st, step);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang, step);
        const heading = await page.locator('#step-title').innerText();
        assert.ok(heading.length > 3 && !heading.includes('.title'), `${step}: translated title: ${heading}`);
        if (!NO_TARGET.has(step)) {
          await page.waitForSelector('[data-coach-target]', { timeout: 10_000, state: 'attached' });
          assert.equal(await page.locator('[data-coach-target]').count(), 1, `${step}: one next target`);
        }
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${lang} ${w}x${h} ${step}: ${violations.text}`);
        const text = await page.locator('body').innerText();
        const bare = KEYS.filter((k) => text.includes(k));
        assert.deepEqual(bare, [], `${lang} ${step}: catalog keys shown bare`);
        if (w === 1920) {
          const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
          assert.ok(overflow <= 0, `${lang} ${step} fits a 1920x1080 projector without scrolling (overflows ${overflow}px)`);
        } else {
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(wide <= 0, `${lang} ${step} has no sideways scrolling on a phone (${wide}px)`);
          // Nor the mock browser's page: a button off to its right is one the learner never finds.
          const pageWide = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.browser-page')].map((el) => el.scrollWidth - el.clientWidth)));
          assert.ok(pageWide <= 1, `${lang} ${step}: the mock web page fits a phone without sideways scrolling (${pageWide}px)`);
        }
        await page.screenshot({ path: path.join(SHOTS, `${lang}-${w}x${h}-${sc}-${st}.png`) });
      }
      noErrors(page);
      await page.close();
    }
  });
}
