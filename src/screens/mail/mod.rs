//! Mail: the PC webmail with CSAM's activation mail, the phone's mail app with the
//! registration code (and its 5-minute countdown) or a login code, and the LRA letter.
//! One file per screen, as static data.

pub mod letter;
pub mod meb_code;
pub mod registration;
pub mod webmail;
