//! The app's own overview screens.

pub mod methods;
