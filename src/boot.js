// LoginCoach's first moments, before its WebAssembly has arrived. tools/boot-script.mjs
// puts this in front of Trunk's loader in boot-<digest>.js, so it runs as soon as the
// page is parsed: it shows the static shell's "loading" line in the page's language,
// and asks at once for the first view's catalogs and chapter look, in parallel with
// the wasm, instead of after it has run (the app's own requests then find them).
// NEEDS is the app's table (flow::i18n::CHAPTER_PARTS, scenarios::chapter_of): each
// chapter's shared parts, each scenario's chapter, the scenarios with a narration part
// of their own; tests/contract.rs checks it gives scenarios::parts_for for every
// scenario. One line of JSON, so that test can read it.
const NEEDS = {"chapters":{"eid":["eid","eid-install","os"],"itsme":["itsme","os"],"lra":["csam","eid"]},"scenarios":{"reader-check":"eid","eid-install":"eid","eid-mijngezondheid":"eid","itsme-bank":"itsme","itsme-eid":"itsme","itsme-safety":"itsme","itsme-irisbox":"itsme","lra-activation":"lra","csam-code":"lra","csam-app":"lra","myebox":"lra"},"own":["eid-mijngezondheid","itsme-bank","itsme-eid","itsme-safety","itsme-irisbox"]};
{
  const q = new URLSearchParams(location.search);
  const codes = ['nl', 'fr', 'de', 'en'];
  // As flow::Route::parse: a known `lang`, else the browser's first known language, else Dutch
  // (the app also reads `navigator.language` when the list is empty: no browser today).
  const first = (tags) => tags.map((t) => String(t || '').trim().split(/[-_]/)[0].toLowerCase()).find((c) => codes.includes(c));
  const lang = first([q.get('lang')]) || first(navigator.languages || []) || 'nl';
  document.documentElement.dataset.bootLang = lang;
  const scenario = q.get('scenario');
  const chapter = NEEDS.scenarios[scenario];
  const parts = ['core', ...(NEEDS.chapters[chapter] || []), ...(chapter && NEEDS.own.includes(scenario) ? [scenario] : [])];
  // A fetch() is a CORS request, so its preload says `crossorigin`; a stylesheet
  // <link> is not, so its preload does not: each preload then matches its request.
  const preload = (href, as) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = as;
    link.href = href;
    if (as === 'fetch') link.crossOrigin = 'anonymous';
    document.head.append(link);
  };
  // The Dutch core is built into the app. (The workshop views' notes and look are not
  // preloaded: those windows open from an app that has them cached already.)
  for (const part of parts) {
    if (!(lang === 'nl' && part === 'core')) preload(`locales/${lang}/${part}.json`, 'fetch');
  }
  const looks = document.getElementById('chapter-styles')?.content;
  const look = chapter && looks?.querySelector(`link[data-chapter="${chapter}"]`);
  if (look) preload(look.getAttribute('href'), 'style');
}
