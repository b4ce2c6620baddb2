// Screenshots of every step for a human review: node tools/shoot.mjs [lang…]
// Needs dist/ (cargo xtask build). Writes target/screenshots/review/*.png.
import fs from 'node:fs/promises';
import path from 'node:path';
import { startServer, launch, newPage, waitForApp, REPO_ROOT } from '../tests/e2e/harness.mjs';

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['nl', 'fr'];
const only = process.env.ONLY; // e.g. "eid-mijngezondheid"
const out = path.join(REPO_ROOT, 'target', 'screenshots', 'review');
await fs.mkdir(out, { recursive: true });
const server = await startServer({ root: 'dist', prefix: '/' });
const browser = await launch();
const probe = await newPage(browser);
await probe.goto(server.url);
await waitForApp(probe);
// The step inventory comes from the app itself: open each scenario's step list.
const scenarios = await probe.evaluate(() =>
  [...document.querySelectorAll('[data-scenario-id], [data-target-id^="method-"]')].length,
);
await probe.close();
const list = (process.env.STEPS || '').split(',').filter(Boolean);
for (const lang of langs) {
  for (const [w, h] of [[1920, 1080], [390, 844]]) {
    const page = await newPage(browser, { viewport: { width: w, height: h } });
    for (const item of list) {
      const [sc, st] = item.split(':');
      if (only && sc !== only) continue;
      await page.goto(`${server.url}?lang=${lang}&scenario=${sc}&step=${st}`);
      await waitForApp(page);
      await page.waitForTimeout(150);
      const file = path.join(out, `${lang}-${w}-${sc}-${st}.png`);
      await page.screenshot({ path: file, fullPage: w < 1000 });
    }
    if (page.errors.length) console.error(page.errors.join('\n'));
    await page.close();
  }
}
console.log(`wrote screenshots to ${out} (${scenarios} scenario links on the overview)`);
await browser.close();
await server.close();
