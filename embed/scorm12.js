// SCORM 1.2 glue. The app loads it only when launched with scorm=1 (the launch
// address of every SCO in the package `cargo xtask scorm` builds; src/embed.rs).
// It finds the LMS's API the standard way (this window, its parents up to 7 levels,
// then the opener and its parents); without one it does nothing at all. With one:
// - LMSInitialize; lesson_status "incomplete" on a first attempt;
// - on every step: lesson_location "scenario/step" and a short suspend_data
//   (about 60 characters, far below SCORM 1.2's 4,096), exit "suspend";
// - at the end: "completed", or in a test "passed"/"failed" with score.raw
//   (the share of steps done alone, 0–100; passed from the LMS's mastery score,
//   else 80);
// - a relaunch with entry "resume" goes back to the step the learner left;
// - on leaving: session_time, LMSCommit, LMSFinish.
// It hears the app's messages posted to this window and sends its one command
// (goto, to resume) through window.__logincoach. Nothing a learner types is sent.

const MAX_LEVELS = 7;

function apiIn(start) {
  let win = start;
  for (let level = 0; win && level <= MAX_LEVELS; level++) {
    try {
      if (win.API && typeof win.API.LMSInitialize === 'function') return win.API;
    } catch {
      // A window of another origin: look further up.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

const api = apiIn(window) || (window.opener ? apiIn(window.opener) : null);

if (api && api.LMSInitialize('') === 'true') {
  const started = Date.now();
  const get = (el) => String(api.LMSGetValue(el) ?? '');
  const set = (el, value) => api.LMSSetValue(el, String(value));
  let finished = false;
  let done = false;

  const status = get('cmi.core.lesson_status');
  if (status === '' || status === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
  const resume = get('cmi.core.entry') === 'resume' ? parseSuspend(get('cmi.suspend_data')) : null;
  const mastery = Number.parseFloat(get('cmi.student_data.mastery_score'));
  const passMark = Number.isFinite(mastery) ? mastery : 80;
  let resumed = false;

  function parseSuspend(text) {
    try {
      const s = JSON.parse(text);
      return s && s.v === 1 && typeof s.s === 'string' && typeof s.t === 'string' ? s : null;
    } catch {
      return null;
    }
  }

  // CMITimespan: HHHH:MM:SS.SS
  function timespan(ms) {
    const cs = Math.round(ms / 10);
    const h = Math.floor(cs / 360000);
    const m = Math.floor((cs % 360000) / 6000);
    const s = (cs % 6000) / 100;
    return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
  }

  function hear(d) {
    if (!d || d.source !== 'logincoach' || d.version !== 1 || finished) return;
    if (d.type === 'ready' && resume && !resumed) {
      resumed = true;
      if (resume.s === d.scenario && resume.t !== d.step && typeof window.__logincoach === 'function') {
        window.__logincoach({ target: 'logincoach', version: 1, type: 'goto', scenario: resume.s, step: resume.t });
      }
    } else if (d.type === 'step' && !done) {
      set('cmi.core.lesson_location', `${d.scenario}/${d.step}`.slice(0, 255));
      set('cmi.suspend_data', JSON.stringify({ v: 1, s: d.scenario, t: d.step, m: d.mode }));
      set('cmi.core.exit', 'suspend');
      set('cmi.core.session_time', timespan(Date.now() - started));
      api.LMSCommit('');
    } else if (d.type === 'completed') {
      done = true;
      const sc = d.score;
      if (sc && sc.steps > 0) {
        const raw = Math.round((100 * sc.alone) / sc.steps);
        set('cmi.core.score.min', 0);
        set('cmi.core.score.max', 100);
        set('cmi.core.score.raw', raw);
        set('cmi.core.lesson_status', raw >= passMark ? 'passed' : 'failed');
      } else {
        set('cmi.core.lesson_status', 'completed');
      }
      set('cmi.suspend_data', '');
      set('cmi.core.exit', '');
      set('cmi.core.session_time', timespan(Date.now() - started));
      api.LMSCommit('');
    }
  }

  window.addEventListener('message', (e) => {
    if (e.source === window && e.origin === location.origin) hear(e.data);
  });
  for (const d of window.__logincoachEarly || []) hear(d);

  const finish = () => {
    if (finished) return;
    finished = true;
    set('cmi.core.session_time', timespan(Date.now() - started));
    api.LMSCommit('');
    api.LMSFinish('');
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}
