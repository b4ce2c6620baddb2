//! Dialogs of the operating system and the browser.

pub mod certificate;
pub mod pin;
