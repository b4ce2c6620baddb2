//! The phone's authenticator app: the app store, scanning the QR code, and the
//! 6-digit code that changes every 30 seconds (RFC 6238). One file per screen.

pub mod code;
pub mod scan;
pub mod store;
