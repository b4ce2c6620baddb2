/*! LoginCoach host script, protocol version 1. Licence: MIT OR Apache-2.0 (as LoginCoach).
 *
 * Add this file to a page, next to an element that names the exercise:
 *   <script src="https://your.host/logincoach/embed/logincoach-embed.js" defer></script>
 *   <div data-logincoach="?lang=fr&scenario=itsme-irisbox"></div>
 * The element gets an iframe of the app beside this script, as tall as its content
 * (the app reports its height), with allow="usb; hid" and a title. The element then
 * receives DOM events `logincoach:ready`, `:step`, `:progress`, `:completed` (with
 * the score in a test) and `:height` (event.detail is the app's message), and has
 * methods `el.logincoach.goto(scenario, step?)`, `.restart()`, `.set({lang, mode})`,
 * `.ping()`. Commands are obeyed only if the app's `embed.json` lists this page's
 * origin. No dependencies, nothing sent anywhere else. See docs/embedding.md. */
(() => {
  'use strict';
  const script = document.currentScript;
  // The script lives in the app's embed/ folder: the app is one folder up.
  const base = new URL('..', script && script.src ? script.src : location.href);
  const appOrigin = base.origin;
  const mounted = [];

  function frameUrl(spec) {
    const params = new URLSearchParams((spec || '').replace(/^\?/, ''));
    params.set('fit', 'height');
    return new URL('index.html?' + params.toString(), base).href;
  }

  function mount(el) {
    if (el.logincoach) return el.logincoach;
    const frame = document.createElement('iframe');
    frame.src = frameUrl(el.getAttribute('data-logincoach'));
    frame.title = el.getAttribute('data-logincoach-title') || 'LoginCoach';
    frame.allow = 'usb; hid';
    // Until the app reports its height (on a wide frame it is 0.6 times its width).
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + Math.max(640, Math.round(el.clientWidth * 0.6)) + 'px';
    el.appendChild(frame);
    const post = (type, fields) => {
      if (frame.contentWindow) frame.contentWindow.postMessage({ target: 'logincoach', version: 1, type, ...fields }, appOrigin);
    };
    const api = {
      frame,
      goto: (scenario, step) => post('goto', step ? { scenario: String(scenario), step: String(step) } : { scenario: String(scenario) }),
      restart: () => post('restart', {}),
      set: ({ lang, mode } = {}) => post('set', { ...(lang ? { lang: String(lang) } : {}), ...(mode ? { mode: String(mode) } : {}) }),
      ping: () => post('ping', {}),
    };
    el.logincoach = api;
    mounted.push({ el, frame });
    return api;
  }

  window.addEventListener('message', (e) => {
    const d = e.data;
    if (e.origin !== appOrigin || !d || d.source !== 'logincoach' || d.version !== 1 || typeof d.type !== 'string') return;
    for (const { el, frame } of mounted) {
      if (frame.contentWindow !== e.source) continue;
      if (d.type === 'height' && Number.isFinite(d.height) && d.height > 0) frame.style.height = Math.ceil(d.height) + 'px';
      el.dispatchEvent(new CustomEvent('logincoach:' + d.type, { detail: d, bubbles: true }));
    }
  });

  const mountAll = () => document.querySelectorAll('[data-logincoach]').forEach(mount);
  window.LoginCoach = { mount, mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
