//! The eID software installer's windows: install, connect the reader, test it.

pub mod connect;
pub mod install;
pub mod test;

/// Catalog key of the installer's title bar.
pub const TITLE: &str = "installer.title";
