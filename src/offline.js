// Offline after the first visit: registers sw.js beside the page (its scope is the
// page's folder, so any sub-path works) and says when a new version is waiting.
// Nothing happens where service workers are not allowed (a cross-origin frame with
// storage partitioned or blocked, a private window): the app works as before.
let waiting = null;
let asked = false;

export function registerOffline(onNewVersion) {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  const seen = (worker) => {
    waiting = worker;
    onNewVersion();
  };
  sw.register('sw.js')
    .then((reg) => {
      // A version already waiting from an earlier visit, or one arriving now; the
      // first install (no controller yet) is not "new".
      if (reg.waiting && sw.controller) seen(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && sw.controller) seen(next);
        });
      });
    })
    .catch(() => {});
  // Only the page where "reload" was chosen reloads: another tab may be mid-exercise.
  sw.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
}

// The learner chose "reload": the waiting version takes over, then the page reloads.
export function applyNewVersion() {
  asked = true;
  if (waiting) waiting.postMessage('skip-waiting');
  else location.reload();
}
