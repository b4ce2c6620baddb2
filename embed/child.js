// LoginCoach in a frame (loaded by the app only when it is framed; src/embed.rs):
// - relays the app's messages ({source: "logincoach", version: 1, type, ...}) to the
//   parent page, the first ones from window.__logincoachEarly;
// - with fit=height, reports the app's height ({type: "height", height}) whenever it
//   changes: a ResizeObserver fires at most once per frame, and only new values go;
// - passes the parent's commands ({target: "logincoach", version: 1, type, ...}) to
//   the app (window.__logincoach, which checks their fields) only when they come from
//   window.parent and from an origin listed in embed.json beside index.html (or the
//   app's own origin); anything else is ignored, with one console warning.
const own = location.origin;
const parent = window.parent;
let allowed = null; // the origins that may command, once embed.json is read
const held = []; // commands that came before it was read
let warned = false;

const relay = (d) => parent.postMessage(d, '*'); // ids and counts only: no personal data
const isOurs = (d) => d && typeof d === 'object' && d.source === 'logincoach' && d.version === 1;

function command(e) {
  if (allowed === null) return void held.push(e);
  if (allowed.has('*') || allowed.has(e.origin)) {
    if (typeof window.__logincoach === 'function') window.__logincoach(e.data);
  } else if (!warned) {
    warned = true;
    console.warn(`LoginCoach ignored a command from ${e.origin}: that origin is not listed in embed.json (said once).`);
  }
}

window.addEventListener('message', (e) => {
  const d = e.data;
  if (e.source === window && e.origin === own && isOurs(d)) relay(d);
  else if (e.source === parent && e.source !== window && d && typeof d === 'object' && d.target === 'logincoach') command(e);
});
for (const d of window.__logincoachEarly || []) if (isOurs(d)) relay(d);

fetch('embed.json', { cache: 'no-cache' })
  .then((r) => (r.ok ? r.json() : {}))
  .catch(() => ({}))
  .then((config) => {
    const list = Array.isArray(config && config.origins) ? config.origins.filter((o) => typeof o === 'string') : [];
    allowed = new Set([own, ...list.map((o) => o.trim())]);
    held.splice(0).forEach(command);
  });

if (new URLSearchParams(location.search).get('fit') === 'height') {
  const app = document.getElementById('app');
  let last = 0;
  if (app && 'ResizeObserver' in window) {
    new ResizeObserver(() => {
      const height = Math.ceil(Math.max(app.scrollHeight, app.getBoundingClientRect().height));
      if (height !== last) {
        last = height;
        relay({ source: 'logincoach', version: 1, type: 'height', height });
      }
    }).observe(app);
  }
}
