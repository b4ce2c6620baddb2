// Trunk post-build hook (Trunk.toml), after minify-glue and before service-worker, in
// every profile: moves each inline <script> Trunk wrote into index.html (its loader,
// which imports the glue and starts the wasm, and in `trunk serve` its reload client)
// into a file of its own beside the page, boot-<digest>.js. So the page runs under a strict policy with no
// 'unsafe-inline' and no hash to keep by hand:
//   script-src 'self' 'wasm-unsafe-eval'
// (index.html's meta CSP; README "Hosting" gives the header). The script's text is
// kept as Trunk wrote it: its relative imports resolve the same from a file beside
// index.html as from the page.
// The loader gets src/boot.js in front (the static shell's language, and the first
// view's catalogs and look requested while the wasm downloads); release builds
// minify the file with terser, as minify-glue does the glue.
// One exception, never shipped: the live-reload client that only `trunk serve` adds
// has its address filled in by the dev server inside the page, so it stays inline,
// and that dev page alone allows inline scripts.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('boot-script: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
const prelude = await readFile('src/boot.js', 'utf8');
const release = process.env.TRUNK_PROFILE === 'release';

// An inline script: <script …> with no src attribute, up to its closing tag. Trunk's
// minifier may drop quotes (`type=module`); attributes are kept as written.
const INLINE = /<script\b((?:(?!\bsrc\s*=)[^>])*)>([\s\S]*?)<\/script\s*>/gi;
const digest = (text) => createHash('sha256').update(text).digest('hex');
const RELOAD_MARK = '.well-known/trunk/ws';
let moved = 0;
let devReload = false;
let loaders = 0;
// The scripts to move, in order; then each becomes its file.
const found = [];
let out = html.replace(INLINE, (whole, attrs, body) => {
  if (!body.trim()) return whole;
  if (body.includes(RELOAD_MARK)) {
    devReload = true;
    return whole;
  }
  found.push({ attrs, body });
  return `\u0000${found.length - 1}\u0000`;
});
for (const [i, { attrs, body }] of found.entries()) {
  const loader = /\binit\b/.test(body) && /_bg\.wasm/.test(body);
  if (loader) loaders += 1;
  let text = loader ? `${prelude}\n${body}` : body;
  if (release) text = (await minify(text, { module: /type=["']?module/.test(attrs), compress: true, mangle: true, format: { comments: false } })).code;
  const name = `boot-${digest(text).slice(0, 16)}.js`;
  await writeFile(join(dir, name), text);
  moved += 1;
  console.log(`boot-script: inline script ${moved}${loader ? ' (the loader, with src/boot.js)' : ''} -> ${name} (${text.length} bytes)`);
  out = out.replace(`\u0000${i}\u0000`, `<script${attrs} src="./${name}"></script>`);
}
if (devReload) {
  out = out.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'");
  console.log('boot-script: trunk serve: its reload client stays inline, this dev page allows inline scripts');
} else if (/<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i.test(out)) {
  console.error('boot-script: an inline script is still in index.html');
  process.exit(1);
}
if (loaders !== 1) {
  console.error(`boot-script: expected one inline loader in index.html, found ${loaders} (has Trunk's output changed?)`);
  process.exit(1);
}
await writeFile(htmlPath, out);
