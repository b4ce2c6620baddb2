//! LoginCoach: practise logging in to Belgian online government on safe mock screens.
//!
//! Layers, each importing only those below it: `screens` (one file per mock screen,
//! grouped by the site it imitates, and the stage that places them on the devices)
//! → `components` (browser and phone frames, coach panel, shared controls) →
//! `coach` (the app-wide context, commands, player, texts) → `flow` and `scenarios`
//! (plain Rust, tested natively). `app` only builds the root.

#![warn(missing_docs)]

pub mod app;
pub mod coach;
pub mod embed;
pub mod components;
pub mod flow;
pub mod platform;
pub mod scenarios;
pub mod screens;
pub mod webusb;

pub use app::App;
