// Trunk post-build step (tools/post-build.mjs, after minify-glue): gives the names that
// wasm-bindgen writes on both sides of the wasm/JS boundary short names, in the wasm and
// in its (already minified) glue, in release builds. wasm-bindgen names each import
// `__wbg_<name>_<16 hex digits>` under the module "./logincoach_bg.js" and some exports
// `…_invoke__h<16 hex digits>`; the hex digits do not compress, and each name is paid
// twice, once in the wasm and once in the glue. Short names take the first load from
// 267.5 to about 261 KiB gzip (wasm −4.1, glue −2.5 KiB; measured 2026-12-04).
// wasm-bindgen has no option for it (its issues #3736, #3909), and binaryen's
// --minify-imports-and-exports-and-modules would also fold the snippets' modules into
// one and re-encode the whole module, which made it 2 KiB larger when run after
// Trunk's wasm-opt. So only the import and export sections are rewritten here; every
// other byte of the wasm is copied as it is. Any name not found exactly where expected
// in the glue stops the build, so a new wasm-bindgen cannot break the page silently.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const fail = (why) => {
  console.error(`short-names: ${why}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set (run me from Trunk)');
const files = await readdir(dir);
const wasmFile = files.filter((f) => /^logincoach-[0-9a-f]+_bg\.wasm$/.test(f));
const glueFile = files.filter((f) => /^logincoach-[0-9a-f]+\.js$/.test(f));
if (wasmFile.length !== 1 || glueFile.length !== 1) fail(`expected one wasm and one glue file in ${dir}`);

/** The glue's own import module: the object of functions it hands to the wasm. */
const OWN = './logincoach_bg.js';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** The n-th short name: a … Z, aa … ZZ (keywords such as `do` are fine as keys and members). */
const short = (n) => {
  let s = '';
  do {
    s = LETTERS[n % 52] + s;
    n = Math.floor(n / 52) - 1;
  } while (n >= 0);
  return s;
};

const wasm = await readFile(join(dir, wasmFile[0]));
let glue = await readFile(join(dir, glueFile[0]), 'utf8');

// The binary format (https://webassembly.github.io/spec/core/binary/modules.html): a
// header, then sections of id, LEB128 length and body; names are a length and UTF-8.
let at = 8;
const uleb = () => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};
const toUleb = (n) => {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    bytes.push(byte);
  } while (n);
  return Buffer.from(bytes);
};
const readName = () => {
  const length = uleb();
  at += length;
  return wasm.subarray(at - length, at).toString();
};
const name = (s) => {
  const bytes = Buffer.from(s);
  return Buffer.concat([toUleb(bytes.length), bytes]);
};
/** Skips an import's description (function, table, memory, global or tag). */
const skipImportDesc = () => {
  const kind = wasm[at++];
  const limits = () => {
    const flags = wasm[at++];
    uleb();
    if (flags & 1) uleb();
  };
  if (kind === 0) uleb();
  else if (kind === 1) {
    at += 1;
    limits();
  } else if (kind === 2) limits();
  else if (kind === 3) at += 2;
  else if (kind === 4) {
    at += 1;
    uleb();
  } else fail(`unknown import kind ${kind}`);
};

const renamedImports = [];
const renamedExports = [];
/** Exports the glue reaches only as `<exports>.<name>`, long enough to be worth it. */
const renamable = (n) => {
  if (n.length < 8) return false;
  const all = glue.match(new RegExp(`(?<![\\w$])${n}(?![\\w$])`, 'g'))?.length ?? 0;
  const asMember = glue.match(new RegExp(`\\.${n}(?![\\w$])`, 'g'))?.length ?? 0;
  return all > 0 && all === asMember;
};

const out = [wasm.subarray(0, 8)];
while (at < wasm.length) {
  const id = wasm[at++];
  const length = uleb();
  const start = at;
  const header = wasm.subarray(start - 1 - toUleb(length).length, start);
  if (id === 2 || id === 7) {
    const count = uleb();
    const body = [toUleb(count)];
    for (let i = 0; i < count; i += 1) {
      if (id === 2) {
        const module = readName();
        const field = readName();
        const desc = at;
        skipImportDesc();
        if (module === OWN) {
          const to = short(renamedImports.length);
          renamedImports.push([field, to]);
          body.push(name('a'), name(to));
        } else body.push(name(module), name(field));
        body.push(wasm.subarray(desc, at));
      } else {
        const field = readName();
        const desc = at;
        at += 1;
        uleb();
        const to = renamable(field) ? short(renamedExports.length) : field;
        if (to !== field) renamedExports.push([field, to]);
        body.push(name(to), wasm.subarray(desc, at));
      }
    }
    if (at !== start + length) fail(`section ${id} did not parse to its end`);
    const joined = Buffer.concat(body);
    out.push(Buffer.from([id]), toUleb(joined.length), joined);
  } else out.push(header, wasm.subarray(start, start + length));
  at = start + length;
}

// In the glue, each import is one key of the object literal given as OWN, and that
// object is given under the key "./logincoach_bg.js".
for (const [from, to] of renamedImports) {
  const key = new RegExp(`(?<![\\w$.])${from}:`, 'g');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) fail(`the import ${from} is ${found} keys in the glue, not 1`);
  glue = glue.replace(key, `${to}:`);
}
const moduleKey = `"${OWN}":`;
if (glue.split(moduleKey).length !== 2) fail(`the glue does not give ${OWN} exactly once`);
glue = glue.replace(moduleKey, 'a:');
for (const [from, to] of renamedExports) glue = glue.replace(new RegExp(`\\.${from}(?![\\w$])`, 'g'), `.${to}`);

const rewritten = Buffer.concat(out);
try {
  new WebAssembly.Module(rewritten);
} catch (error) {
  fail(`the rewritten wasm does not compile: ${error.message}`);
}
await writeFile(join(dir, wasmFile[0]), rewritten);
await writeFile(join(dir, glueFile[0]), glue);
console.log(`short-names: ${renamedImports.length} imports and ${renamedExports.length} exports renamed; wasm ${wasm.length} -> ${rewritten.length} bytes`);
