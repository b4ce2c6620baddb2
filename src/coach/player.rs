//! The watch-mode player and the "show me" / "do it for me" hints. It performs the
//! engine's next expected action on the real DOM — a click or typed input event —
//! so it goes through exactly the handlers a learner's click or typing uses.

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;

use crate::coach::{Coach, PlayState};
use crate::flow::engine::PlayerOp;
use crate::platform;

/// What the coach says when the control it should use is not on the screen.
pub const LOST_KEY: &str = "ui.player-lost";

async fn find(target: &str) -> Option<web_sys::HtmlElement> {
    for _ in 0..40 {
        if let Some(el) = platform::find_target(target) {
            return Some(el);
        }
        TimeoutFuture::new(50).await;
    }
    None
}

/// The step being shown, to drop a pointer that would land after the step changed.
fn step_now(coach: Coach) -> (&'static str, usize) {
    coach.session.with_untracked(|s| (s.scenario().id, s.index()))
}

/// Whether an action the player started is still wanted: the same step, and (for
/// watch mode) the same playing run, so "pause" stops even an action under way.
#[derive(Clone, Copy)]
struct Wanted {
    at: (&'static str, usize),
    run: Option<u32>,
}

impl Wanted {
    fn now(coach: Coach, run: Option<u32>) -> Wanted {
        Wanted { at: step_now(coach), run }
    }

    fn still(self, coach: Coach) -> bool {
        step_now(coach) == self.at && self.run.is_none_or(|r| coach.watch.run.get_untracked() == r)
    }
}

/// Moves the visible pointer onto a target (used by "show me" and the player). When
/// the target cannot be found the coach says so in the panel: never a silent failure.
pub async fn point_at(coach: Coach, target: &str) -> Option<web_sys::HtmlElement> {
    point_while(coach, target, Wanted::now(coach, None)).await
}

async fn point_while(coach: Coach, target: &str, wanted: Wanted) -> Option<web_sys::HtmlElement> {
    let Some(el) = find(target).await else {
        if wanted.still(coach) {
            // A note that texts could not come (with its retry) stays.
            if matches!(coach.note.get_untracked(), crate::coach::Note::None) {
                coach.note.set(crate::coach::Note::PlayerLost);
            }
        }
        return None;
    };
    if !wanted.still(coach) {
        return None;
    }
    platform::reveal(&el);
    TimeoutFuture::new(120).await;
    if !wanted.still(coach) {
        return None;
    }
    coach.watch.pointer.set(Some(platform::centre_of(&el)));
    let travel = coach.watch.play.get_untracked().speed.pointer_ms();
    TimeoutFuture::new(if platform::prefers_reduced_motion() { 150 } else { travel }).await;
    wanted.still(coach).then_some(el)
}

/// Performs one action as a learner would, while it is still wanted; returns false
/// if it was not done (target not found, or paused meanwhile).
async fn perform(coach: Coach, op: PlayerOp, wanted: Wanted) -> bool {
    match op {
        PlayerOp::Wait(ms) => {
            TimeoutFuture::new(ms.saturating_add(200)).await;
            true
        }
        PlayerOp::Click(target) => match point_while(coach, target, wanted).await {
            Some(el) => {
                el.click();
                true
            }
            None => false,
        },
        PlayerOp::Type(target, text) => match point_while(coach, target, wanted).await {
            Some(el) => {
                let _ = el.focus();
                let mut typed = String::new();
                for ch in text.chars() {
                    if !wanted.still(coach) {
                        return false;
                    }
                    typed.push(ch);
                    platform::type_into(&el, &typed);
                    TimeoutFuture::new(coach.watch.play.get_untracked().speed.key_ms()).await;
                }
                true
            }
            None => false,
        },
    }
}

/// Performs one action unless another one is still under way (a second "do it for
/// me" while the first is typing would type over it): one action at a time.
async fn perform_alone(coach: Coach, op: PlayerOp, run: Option<u32>) -> Option<bool> {
    if coach.watch.acting.get_value() {
        return None;
    }
    coach.watch.acting.set_value(true);
    let done = perform(coach, op, Wanted::now(coach, run)).await;
    coach.watch.acting.set_value(false);
    Some(done)
}

/// Waits the pause before the next action, in short slices so a new speed counts at
/// once; false when the player was stopped meanwhile.
async fn pause(coach: Coach, run: u32) -> bool {
    let start = platform::now_ms();
    loop {
        TimeoutFuture::new(100).await;
        if coach.watch.run.get_untracked() != run || coach.watch.play.get_untracked().state != PlayState::Playing {
            return false;
        }
        if platform::now_ms() - start >= f64::from(coach.watch.play.get_untracked().speed.pause_ms()) {
            return true;
        }
    }
}

/// Starts (or resumes) playing from the current step.
pub fn start(coach: Coach) {
    let run = coach.watch.run.get_untracked().wrapping_add(1);
    coach.watch.run.set(run);
    coach.watch.play.update(|p| p.state = PlayState::Playing);
    leptos::task::spawn_local(async move {
        loop {
            if !pause(coach, run).await {
                return;
            }
            let Some(op) = coach.session.with_untracked(|s| s.next_op()) else {
                coach.watch.play.update(|p| p.state = PlayState::Paused);
                coach.watch.pointer.set(None);
                return;
            };
            if perform_alone(coach, op, Some(run)).await == Some(false) {
                if coach.watch.run.get_untracked() == run {
                    coach.watch.play.update(|p| p.state = PlayState::Paused);
                }
                return;
            }
        }
    });
}

/// Pauses the player; the current step stays as it is.
pub fn stop(coach: Coach) {
    coach.watch.run.update(|r| *r = r.wrapping_add(1));
    coach.watch.play.update(|p| p.state = PlayState::Paused);
    coach.watch.pointer.set(None);
}

/// Performs just the next action (the "step" button, and "do it for me").
pub fn step_once(coach: Coach) {
    if coach.watch.acting.get_value() {
        return;
    }
    if let Some(op) = coach.session.with_untracked(|s| s.next_op()) {
        leptos::task::spawn_local(async move {
            if perform_alone(coach, op, None).await.is_some() {
                TimeoutFuture::new(400).await;
                coach.watch.pointer.set(None);
            }
        });
    }
}

/// Shows where the next target is, without acting ("show me").
pub fn show_me(coach: Coach) {
    if let Some(target) = coach.session.with_untracked(|s| s.next_target()) {
        leptos::task::spawn_local(async move {
            if point_at(coach, target).await.is_some() {
                TimeoutFuture::new(2500).await;
                coach.watch.pointer.set(None);
            }
        });
    }
}
