//! The app's half of the embedding protocol (version 1), wired once at the root.
//! It tells where the learner is (`ready`, `step`, `progress`, `completed` with a
//! test's score) and obeys checked commands (`goto`, `restart`, `set`, `ping`) from:
//! - a host page, in a frame: the transport is `embed/child.js`, loaded only then
//!   (it relays to the parent, reports the height, and lets through only the
//!   parent's commands from an origin listed in `embed.json`);
//! - a learning platform (`scorm=1`): `embed/scorm12.js`, loaded only then;
//! - the facilitator's window on the same machine, over a `BroadcastChannel` (same
//!   origin only), when this window is on its own. The facilitator's window itself
//!   only follows those messages (`follow`) and sends the commands.
//!
//! The two scripts hear the app's messages posted to this window and hand commands
//! to `window.__logincoach`.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsValue};

use crate::coach::{Coach, Command};
use crate::flow::embed::{HostCommand, VERSION};
use crate::flow::{Lang, Mode, Score, View};
use crate::{platform, scenarios};

/// Where this window's messages go.
#[derive(Clone, Copy)]
struct Sinks {
    /// This window, for the frame's relay or the SCORM glue.
    relays: bool,
    /// The facilitator's window, over the channel.
    channel: bool,
}

/// Wires the protocol for this page.
pub fn wire(coach: Coach) {
    if coach.view == View::Facilitator {
        return follow(coach);
    }
    let framed = platform::is_framed();
    let sinks = Sinks { relays: framed || coach.host.scorm, channel: !framed };
    announce_steps(coach, sinks);
    if sinks.channel {
        platform::on_channel(Box::new(move |data| command(coach, sinks, &data)));
    }
    if !sinks.relays {
        return;
    }
    let hook = Closure::<dyn FnMut(JsValue)>::new(move |data: JsValue| command(coach, sinks, &data));
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

/// A string field of a message.
fn text(data: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).ok().and_then(|v| v.as_string())
}

/// Reads a command (its sender was checked already) and obeys it.
fn command(coach: Coach, sinks: Sinks, data: &JsValue) {
    // The channel also carries the other learner windows' own messages: not commands.
    if text(data, "target").is_none() {
        return;
    }
    let version = js_sys::Reflect::get(data, &JsValue::from_str("version")).ok().and_then(|v| v.as_f64());
    match HostCommand::read(version, |name| text(data, name)) {
        Some(cmd) => obey(coach, cmd, sinks),
        None => platform::warn("LoginCoach ignored a command it does not know (see docs/embedding.md)."),
    }
}

/// The facilitator's window: its own session follows the learner's window (each
/// `ready` and `progress` there), so it shows that step's texts and speaker notes;
/// it asks where that window is as soon as it opens.
fn follow(coach: Coach) {
    platform::on_channel(Box::new(move |data| {
        if text(&data, "source").as_deref() != Some("logincoach") || !matches!(text(&data, "type").as_deref(), Some("ready" | "progress")) {
            return;
        }
        let Some(sc) = text(&data, "scenario").and_then(|id| scenarios::find(&id)) else { return };
        let i = text(&data, "step").and_then(|id| sc.index_of(&id)).unwrap_or(0);
        if let Some(l) = text(&data, "lang").and_then(|c| Lang::from_code(&c)).filter(|l| *l != coach.texts.lang.get_untracked()) {
            coach.set_lang(l);
        }
        if let Some(m) = text(&data, "mode").and_then(|c| Mode::from_code(&c)).filter(|m| *m != coach.mode.get_untracked()) {
            coach.mode.set(m);
        }
        coach.linked.set(true);
        if coach.session.with_untracked(|s| s.scenario().id) == sc.id {
            coach.session.update(|s| s.goto(i));
        } else {
            coach.open(sc, i);
        }
    }));
    coach.drive(HostCommand::Ping);
}

/// Sends one message: to this window, where the relay scripts hear it (the first
/// ones, `ready` and the first step, also kept in `window.__logincoachEarly` for
/// the relays, which load a moment after the app has started), and to the channel.
fn send(fields: &[(&str, JsValue)], early: bool, sinks: Sinks) {
    let obj = js_sys::Object::new();
    for (k, v) in [("source", JsValue::from_str("logincoach")), ("version", JsValue::from_f64(VERSION))].iter().chain(fields) {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    if sinks.relays {
        if early {
            platform::push_global("__logincoachEarly", &obj);
        }
        platform::post_to_self(&obj);
    }
    if sinks.channel {
        platform::channel_post(&obj);
    }
}

/// `ready` once, then `step` and `progress` on every step entered, `completed` at
/// the end (with the score in a test).
fn announce_steps(coach: Coach, sinks: Sinks) {
    Effect::new(move |announced: Option<bool>| {
        let (_, _, completed) = coach.step_key.get();
        let early = announced.is_none();
        if early {
            send(&here(coach, "ready"), true, sinks);
        }
        if completed {
            let mut fields = here(coach, "completed");
            // A test's figures go with it (never what the learner typed).
            if coach.mode.get_untracked() == Mode::Test {
                fields.push(("score", score_object(coach.session.with_untracked(|s| s.score()))));
            }
            send(&fields, early, sinks);
        } else {
            send(&here(coach, "step"), early, sinks);
            let (index, total) = coach.session.with_untracked(|s| (s.index() + 1, s.scenario().steps.len()));
            let mut fields = here(coach, "progress");
            fields.extend([("index", JsValue::from_f64(index as f64)), ("total", JsValue::from_f64(total as f64))]);
            send(&fields, early, sinks);
        }
        true
    });
    // The facilitator's window also hears a new language or mode chosen on the wall.
    if sinks.channel {
        Effect::new(move |first: Option<()>| {
            coach.texts.lang.track();
            coach.mode.track();
            if first.is_some() {
                send(&here(coach, "ready"), false, Sinks { relays: false, channel: true });
            }
        });
    }
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
fn obey(coach: Coach, cmd: HostCommand, sinks: Sinks) {
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
                coach.clear_error();
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
        HostCommand::Ping => send(&here(coach, "ready"), false, sinks),
    }
}
