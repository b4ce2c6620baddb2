// Trunk post-build hook (Trunk.toml): minifies wasm-bindgen's JS glue in a release
// build with terser. Trunk's own minifier cannot parse the glue and leaves it whole;
// terser takes it from 9.3 to 7.0 KiB gzip (measured on the build of 2026-12-02).
// Only the glue next to index.html is touched; debug builds (`trunk serve`) keep it
// readable. Property names are never mangled: the wasm imports them by name.
// index.html preloads the glue with a subresource-integrity digest: the new one
// replaces the old, or the browser would refuse the file.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
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
const path = join(dir, glue[0]);
const source = await readFile(path, 'utf8');
const out = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
if (!html.includes(sri(source))) {
  console.error(`minify-glue: index.html does not carry the glue's digest ${sri(source)}`);
  process.exit(1);
}
await writeFile(path, out.code);
await writeFile(htmlPath, html.split(sri(source)).join(sri(out.code)));
console.log(`minify-glue: ${glue[0]} ${source.length} -> ${out.code.length} bytes`);
