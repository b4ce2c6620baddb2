// A chapter's look (style/<chapter>.css), for platform.rs. index.html keeps each
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
