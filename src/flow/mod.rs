//! Plain-Rust flow logic: scenarios, steps, the session engine, URLs, personas and
//! translations. Nothing here touches the DOM, so all of it is tested natively.

pub mod embed;
pub mod engine;
pub mod i18n;
pub mod model;
pub mod pace;
pub mod persona;
pub mod readers;
pub mod route;
pub mod rules;
pub mod score;
pub mod screen;
pub mod totp;

pub use engine::{Action, Feedback, HintLevel, Outcome, Session};
pub use i18n::{Catalogs, Lang};
pub use model::{Branch, BranchKind, Chapter, ChapterId, Device, Gesture, NumberMemo, Rule, Run, Scenario, Step, TextMemo, Validator};
pub use score::{Help, Score, StepRecord};
pub use screen::Screen;
pub use persona::{Persona, PERSONA};
pub use pace::WatchSpeed;
pub use route::{Host, Mode, Route, RouteError, Seed, View};
