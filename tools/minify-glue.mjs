// Trunk post-build hook (Trunk.toml): minifies the JavaScript of a release build with
// terser: wasm-bindgen's glue and its snippets (src/lazy.js, src/offline.js). Trunk's own minifier
// cannot parse the glue and leaves it whole; terser takes it from 9.3 to 7.0 KiB gzip
// (measured on the build of 2026-12-02). Debug builds (`trunk serve`) stay readable.
// Property names are never mangled: the wasm imports them by name (tools/short-names.mjs
// shortens them afterwards, on both sides at once). (No integrity digests to rewrite in
// index.html: Trunk.toml has `no_sri`.)
//
// The glue also has a class for each Rust type the wasm exports. When wasm-opt has
// removed a type's exports (index.html's --remove-exports: wasm-streams' IntoUnderlying*,
// which come with Leptos's csr feature and which this app never uses), the wasm cannot
// hand such an object to JS, so its class is dead: it loses its `export` and terser
// drops it (0.3 KiB gzip, measured 2026-12-04). The build stops if the minified glue
// still names an export the wasm does not have.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minify } from 'terser';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-glue: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
const glue = (await readdir(dir)).filter((f) => /^logincoach-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one glue file in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const snippets = (await readdir(join(dir, 'snippets'), { recursive: true }).catch(() => []))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join('snippets', f));

const wasm = (await readdir(dir)).find((f) => /^logincoach-[0-9a-f]+_bg\.wasm$/.test(f));
const exported = new Set(WebAssembly.Module.exports(new WebAssembly.Module(await readFile(join(dir, wasm)))).map((e) => e.name));
/** Whether the wasm can still make objects of the glue's class `name` (it frees them). */
const alive = (name) => exported.has(`__wbg_${name.toLowerCase()}_free`);

for (const file of [...glue, ...snippets]) {
  const path = join(dir, file);
  let source = await readFile(path, 'utf8');
  let missing = [];
  if (file === glue[0]) {
    source = source
      .replace(/^export class (\w+) \{$/gm, (line, name) => (alive(name) ? line : `class ${name} {`))
      .replace(/^if \(Symbol\.dispose\) (\w+)\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;$/gm, (line, name) => (alive(name) ? line : ''));
    missing = [...new Set([...source.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]))].filter((n) => !exported.has(n));
  }
  // pure_new: an unused `new FinalizationRegistry(…)` of a dead class goes with it.
  const out = await minify(source, { module: true, compress: { pure_new: true }, mangle: true, format: { comments: false } });
  const named = missing.filter((n) => new RegExp(`\\.${n}(?![\\w$])`).test(out.code));
  if (named.length) {
    console.error(`minify-glue: the glue still uses exports the wasm does not have: ${named.join(', ')}`);
    process.exit(1);
  }
  await writeFile(path, out.code);
  console.log(`minify-glue: ${relative(dir, path)} ${source.length} -> ${out.code.length} bytes${missing.length ? `, ${missing.length} removed exports dropped` : ''}`);
}
