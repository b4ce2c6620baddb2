// The printed material (view=print: step cards and practice props; view=script: the
// facilitator's script with the speaker notes), for every scenario in Dutch and
// French, printed by Chromium to A4 (page.pdf) and read back with pdftotext
// (Debian's poppler-utils): no blank page, every step's title in the text, no step
// card cut between two pages, every printed prop marked as an exercise; axe passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { appSuite, newPage, waitForApp, runAxe, inventory, noErrors } from './harness.mjs';

const STEPS = inventory();
const SCENARIOS = [...new Set(STEPS.map(([sc]) => sc))];
const PRACTICE = { nl: /OEFENING|oefen/i, fr: /EXERCICE|exercice/i };
const suite = appSuite();
let dir;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logincoach-print-'));
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const flat = (text) => text.replace(/\s+/g, ' ').trim();

/** The PDF's pages as text, one string per page. */
function pages(pdf) {
  const file = path.join(dir, 'sheet.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
}

for (const lang of ['nl', 'fr']) {
  for (const view of ['print', 'script']) {
    test(`${lang}: the ${view === 'print' ? 'step cards' : "facilitator's script"} of every scenario print on A4, whole and marked as an exercise`, { timeout: 300_000 }, async () => {
      const page = await newPage(suite.browser, { viewport: { width: 900, height: 1200 } });
      for (const sc of SCENARIOS) {
        await page.goto(`${suite.server.url}?lang=${lang}&scenario=${sc}&view=${view}`);
        await waitForApp(page);
        await page.locator('.print-step').first().waitFor();
        const cards = await page.locator('.print-step').evaluateAll((els) =>
          els.map((el) => ({ title: el.querySelector('h2').innerText, say: el.querySelector('.print-say').innerText, notes: el.querySelectorAll('.print-notes p').length })),
        );
        assert.equal(cards.length, STEPS.filter(([s]) => s === sc).length, `${sc}: one card per step`);
        if (view === 'script') assert.ok(cards.every((c) => c.notes === 6), `${sc}: each card has its three notes`);
        if (sc === SCENARIOS[3] || sc === 'csam-code') {
          const axe = await runAxe(page);
          assert.equal(axe.length, 0, `${sc}: ${axe.text}`);
        }
        await page.emulateMedia({ media: 'print' });
        const text = pages(await page.pdf({ format: 'A4' })).map(flat);
        await page.emulateMedia({ media: 'screen' });
        text.forEach((t, i) => assert.ok(t.length > 20, `${sc} page ${i + 1} is not blank`));
        for (const c of cards) {
          const title = flat(c.title);
          const on = text.findIndex((t) => t.includes(title));
          assert.ok(on >= 0, `${sc}: "${title}" is printed`);
          // The card is not cut: its instruction ends on the page of its title.
          const words = flat(c.say).split(' ');
          const end = words.slice(-4).join(' ');
          assert.ok(text[on].includes(words.slice(0, 4).join(' ')) && text[on].includes(end), `${sc}: "${title}" is whole on page ${on + 1}`);
        }
        assert.doesNotMatch(text.join(' '), /\b(notes|print|fac)\.[a-z-]+\b/, `${sc}: no bare key`);
        if (await page.locator('.print-props').count()) {
          const props = await page.locator('.print-props').innerText();
          assert.match(props, PRACTICE[lang], `${sc}: the props say they are an exercise`);
        }
      }
      noErrors(page);
      await page.close();
    });
  }
}
