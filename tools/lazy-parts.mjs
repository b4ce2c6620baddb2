// Trunk post-build step (tools/post-build.mjs): the third-party scripts a screen
// fetches only when it needs them go into dist/lazy/, with their licences. Today one:
// lean-qr's nano build (npm lean-qr, exact version in package.json), which draws the
// QR code of the authenticator exercise (src/lazy.js). Saved as .js, not .mjs, since
// some static hosts do not serve .mjs as JavaScript, which a module import needs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('lazy-parts: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
const pkg = new URL('../node_modules/lean-qr/', import.meta.url);
const { version, license } = JSON.parse(await readFile(new URL('package.json', pkg), 'utf8'));
const code = await readFile(new URL('nano.mjs', pkg), 'utf8');
await mkdir(join(dir, 'lazy'), { recursive: true });
await writeFile(join(dir, 'lazy', 'lean-qr.js'), `/*! lean-qr ${version} (nano), ${license}: see lean-qr.LICENSE.txt */\n${code}`);
await writeFile(join(dir, 'lazy', 'lean-qr.LICENSE.txt'), await readFile(new URL('LICENSE', pkg), 'utf8'));
console.log(`lazy-parts: lazy/lean-qr.js (lean-qr ${version})`);
