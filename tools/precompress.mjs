// Trunk post-build step (tools/post-build.mjs), last, release builds only: writes a
// brotli (quality 11) and a gzip (level 9) copy beside every text file of dist/, as
// `<file>.br` and `<file>.gz`, for hosts that serve files compressed ahead of time
// (nginx `brotli_static` / `gzip_static`, Caddy `precompressed`, sirv, and others; see
// the README's "Hosting"). Hosts that compress on the fly, or not at all, ignore them.
// Compressing once at the highest levels costs the host no CPU per request and gives
// the smallest first load a learner on a slow line can get (brotli 11 against a
// host's usual on-the-fly gzip 6 or brotli 4). Node's own zlib: no package needed.
// Not copied: a file that would not shrink by a tenth (nothing to gain), the service
// worker's list (written before this step, and it never asks for these names), nor
// the SCORM package (xtask scorm leaves them out: a learning platform serves files
// its own way).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precompress: no folder (give one, or run me from Trunk)');
  process.exit(1);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const TEXT = /\.(html|js|mjs|wasm|css|json|svg|webmanifest|txt)$/;
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && TEXT.test(e.name))
  .map((e) => join(e.parentPath ?? e.path, e.name));
const quality11 = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } };
let copies = 0;
for (const file of files) {
  const body = await readFile(file);
  for (const [ext, bytes] of [['br', zlib.brotliCompressSync(body, quality11)], ['gz', zlib.gzipSync(body, { level: 9 })]]) {
    if (bytes.length > body.length * 0.9) continue;
    await writeFile(`${file}.${ext}`, bytes);
    copies += 1;
  }
}
console.log(`precompress: ${copies} copies (.br, .gz) of ${files.length} files`);
