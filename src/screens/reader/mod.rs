//! The card reader: the simulated one handled on the desk, and the probe of the real one.

pub mod handled;
pub mod probe;
