// Trunk post-build hook (Trunk.toml): minifies the JavaScript of a release build with
// terser: wasm-bindgen's glue and its snippets (src/lazy.js, src/offline.js). Trunk's own minifier
// cannot parse the glue and leaves it whole; terser takes it from 9.3 to 7.0 KiB gzip
// (measured on the build of 2026-12-02). Debug builds (`trunk serve`) stay readable.
// Property names are never mangled: the wasm imports them by name. (No integrity
// digests to rewrite in index.html: Trunk.toml has `no_sri`.)
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

for (const file of [...glue, ...snippets]) {
  const path = join(dir, file);
  const source = await readFile(path, 'utf8');
  const out = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
  await writeFile(path, out.code);
  console.log(`minify-glue: ${relative(dir, path)} ${source.length} -> ${out.code.length} bytes`);
}
