// Trunk's one post-build hook (Trunk.toml). Trunk starts the hooks of a stage all at
// once, in parallel; these steps must run in order, since each reads what the one
// before wrote: minify-glue minifies the glue, short-names shortens the names between
// the wasm and that glue, boot-script moves the loader out of index.html, lazy-parts
// adds the scripts fetched only by the screens that use them, service-worker lists
// and digests the final files, and precompress writes their .br and .gz copies.
import { execFileSync } from 'node:child_process';

for (const step of ['minify-glue.mjs', 'short-names.mjs', 'boot-script.mjs', 'lazy-parts.mjs', 'service-worker.mjs', 'precompress.mjs']) {
  execFileSync(process.execPath, [new URL(step, import.meta.url).pathname], { stdio: 'inherit' });
}
