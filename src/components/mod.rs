//! Shared building blocks of the mock scene and the coach panel.

pub mod browser_frame;
pub mod controls;
pub mod facilitator;
pub mod narration;
pub mod page;
pub mod phone_frame;
pub mod props;
pub mod result_card;
pub mod topbar;
