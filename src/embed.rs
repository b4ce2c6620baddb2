//! The app's half of the embedding protocol (version 1), wired once at the root.
//! It tells where the learner is (`ready`, `step`, `progress`, `completed` with a
//! test's score) and obeys a host's checked commands. The transport is plain JS
//! that loads only when needed, so a page used on its own carries none of it:
//! `embed/child.js` in a frame (it relays to the parent, reports the height, and
//! lets through only the parent's commands from an origin listed in `embed.json`),
//! `embed/scorm12.js` under a learning platform (`scorm=1`). Both hear the app's
//! messages posted to this window and hand commands to `window.__logincoach`.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsValue};

use crate::coach::{Coach, Command};
use crate::flow::embed::{HostCommand, VERSION};
use crate::flow::{Mode, Score};
use crate::{platform, scenarios};

/// Wires the protocol for this page (nothing when it is neither framed nor under an LMS).
/// `step_key` is the root's (scenario, step, completed), which changes once per step.
pub fn wire(coach: Coach, step_key: Memo<(&'static str, &'static str, bool)>) {
    let framed = platform::is_framed();
    if !framed && !coach.host.scorm {
        return;
    }
    announce_steps(coach, step_key);
    let hook = Closure::<dyn FnMut(JsValue)>::new(move |data: JsValue| {
        let text = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
        let version = js_sys::Reflect::get(&data, &JsValue::from_str("version")).ok().and_then(|v| v.as_f64());
        match HostCommand::read(version, text) {
            Some(cmd) => obey(coach, cmd),
            None => platform::warn("LoginCoach ignored a command it does not know (see docs/embedding.md)."),
        }
    });
    platform::set_global("__logincoach", hook.as_ref());
    // The hook lives as long as the page.
    hook.forget();
    if framed {
        platform::add_module_script("embed/child.js");
    }
    if coach.host.scorm {
        platform::add_module_script("embed/scorm12.js");
    }
}

/// Posts one message to this window, where the relay scripts hear it. The first
/// ones (`ready` and the first step) are also kept in `window.__logincoachEarly`
/// for the relays, which load a moment after the app has started.
fn send(fields: &[(&str, JsValue)], early: bool) {
    let obj = js_sys::Object::new();
    for (k, v) in [("source", JsValue::from_str("logincoach")), ("version", JsValue::from_f64(VERSION))].iter().chain(fields) {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    if early {
        platform::push_global("__logincoachEarly", &obj);
    }
    platform::post_to_self(&obj);
}

/// `ready` once, then `step` and `progress` on every step entered, `completed` at
/// the end (with the score in a test).
fn announce_steps(coach: Coach, step_key: Memo<(&'static str, &'static str, bool)>) {
    Effect::new(move |announced: Option<bool>| {
        let (_, _, completed) = step_key.get();
        let early = announced.is_none();
        if early {
            send(&here(coach, "ready"), true);
        }
        if completed {
            let mut fields = here(coach, "completed");
            // A test's figures go with it (never what the learner typed).
            if coach.mode.get_untracked() == Mode::Test {
                fields.push(("score", score_object(coach.session.with_untracked(|s| s.score()))));
            }
            send(&fields, early);
        } else {
            send(&here(coach, "step"), early);
            let (index, total) = coach.session.with_untracked(|s| (s.index() + 1, s.scenario().steps.len()));
            let mut fields = here(coach, "progress");
            fields.extend([("index", JsValue::from_f64(index as f64)), ("total", JsValue::from_f64(total as f64))]);
            send(&fields, early);
        }
        true
    });
}

/// The fields every message carries: its type, and where the learner is.
fn here(coach: Coach, kind: &'static str) -> Vec<(&'static str, JsValue)> {
    let (scenario, step) = coach.session.with_untracked(|s| (s.scenario().id, s.step().id));
    vec![
        ("type", JsValue::from_str(kind)),
        ("scenario", JsValue::from_str(scenario)),
        ("step", JsValue::from_str(step)),
        ("lang", JsValue::from_str(coach.texts.lang.get_untracked().code())),
        ("mode", JsValue::from_str(coach.mode.get_untracked().code())),
    ]
}

/// A test's figures as `completed` carries them: `{steps, alone, mistakes, seconds}`.
fn score_object(sc: Score) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in [("steps", sc.steps), ("alone", sc.alone), ("mistakes", sc.mistakes), ("seconds", sc.seconds)] {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &JsValue::from_f64(f64::from(v)));
    }
    obj.into()
}

/// Does what a checked command asks, as the app's own controls would.
fn obey(coach: Coach, cmd: HostCommand) {
    match cmd {
        HostCommand::Goto { scenario, step } => {
            let Some(sc) = scenarios::find(&scenario) else {
                platform::warn(&["LoginCoach: there is no scenario \"", &scenario, "\"; the command was ignored."].concat());
                return;
            };
            let test = coach.mode.get_untracked() == Mode::Test;
            // A test starts at its first step, as in the address.
            let i = step.and_then(|id| sc.index_of(&id)).filter(|_| !test).unwrap_or(0);
            let same = coach.session.with_untracked(|s| s.scenario().id) == sc.id;
            if same && test {
                coach.run(Command::Restart);
            } else if same {
                coach.error.set(None);
                coach.session.update(|s| s.goto(i));
            } else {
                coach.open(sc, i);
            }
        }
        HostCommand::Restart => coach.run(Command::Restart),
        HostCommand::Set { lang, mode } => {
            if let Some(lang) = lang {
                coach.set_lang(lang);
            }
            if let Some(mode) = mode {
                coach.set_mode(mode);
            }
        }
        HostCommand::Ping => send(&here(coach, "ready"), false),
    }
}
