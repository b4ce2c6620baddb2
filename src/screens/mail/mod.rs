//! Mail: the PC webmail with CSAM's activation mail, the phone's mail app with the
//! registration code (and its 5-minute countdown) or a login code, and the LRA letter.
//! One file per screen, as static data.

pub mod letter;
pub mod meb_code;
pub mod registration;
pub mod webmail;

use crate::flow::screen::Mail;
use crate::screens::{devices, Pane, Scene};

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: Mail) -> Scene {
    match screen {
        Mail::Letter => devices(Pane::Page(&webmail::WAITING), Pane::PhoneIdle, Pane::Blocks(letter::DESK)),
        Mail::Mail => devices(Pane::Page(&webmail::PAGE), Pane::PhoneIdle, Pane::Blocks(letter::DESK)),
    }
}
