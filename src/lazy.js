// What the app fetches only when a screen needs it, for platform.rs: a chapter's look,
// and the QR code drawer.
//
// A chapter's look (style/<chapter>.css). index.html keeps each
// chapter's <link> inert in <template id="chapter-styles"> (Trunk minifies, hashes
// and signs it there); a copy goes into the head with the chapter's texts. A link
// that failed is removed, so the next try fetches it anew. A page without the
// template (a wasm test) has none. Plain JS: the same in Rust through web-sys cost
// 1.2 KiB gzip more of wasm (measured).

const source = (chapter) =>
  document.getElementById('chapter-styles')?.content.querySelector(`link[data-chapter="${chapter}"]`);
const applied = (chapter) => document.getElementById('style-' + chapter)?.hasAttribute('data-loaded');

/** Whether the chapter's look applies already (or it has none). */
export function stylesReady(chapter) {
  return Boolean(applied(chapter) || !source(chapter));
}

/** Fetches the chapter's look unless it applies already; resolves to whether it arrived. */
export function loadStyles(chapter) {
  return new Promise((done) => {
    const src = source(chapter);
    if (applied(chapter) || !src) return done(true);
    document.getElementById('style-' + chapter)?.remove();
    const link = src.cloneNode();
    link.id = 'style-' + chapter;
    link.onload = () => {
      link.setAttribute('data-loaded', '');
      done(true);
    };
    link.onerror = () => {
      link.remove();
      done(false);
    };
    document.head.append(link);
  });
}

// The QR code of the authenticator exercise (csam-app, step scan), drawn by lean-qr's
// nano build (npm lean-qr, MIT; tools/lazy-parts.mjs copies it to lazy/lean-qr.js).
// Only that screen fetches it: the qrcode crate in the wasm cost 13 KiB gzip of every
// first load (measured 2026-12-03), lean-qr's 2 KiB come with the one screen that
// shows a QR code. Relative to the page, so it works under any sub-path.
/** Resolves to the SVG of `text`'s QR code: dark modules as one path, a 4-module quiet zone. */
export async function qrSvg(text) {
  const { generate } = await import(new URL('lazy/lean-qr.js', document.baseURI).href);
  const code = generate(text);
  const n = code.size;
  const w = n + 8;
  let d = '';
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) if (code.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${w}" shape-rendering="crispEdges"><rect width="${w}" height="${w}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
