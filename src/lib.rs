//! LoginCoach: practise logging in to Belgian online government on safe mock screens.
//!
//! `flow` and `scenarios` are plain Rust (tested natively); `app`, `components`,
//! `screens` and `player` render that state with Leptos and forward events.

#![warn(missing_docs)]

pub mod app;
pub mod components;
pub mod flow;
pub mod platform;
pub mod player;
pub mod scenarios;
pub mod screens;
pub mod webusb;

pub use app::App;
