//! Screens imitating eid.belgium.be: the download section and the licence modal.

pub mod license;
pub mod site;

use crate::components::page::Block;

/// Catalog key of the host in the address bar.
pub const HOST_KEY: &str = "eidsite.host";

/// The site header: the Belgian colours and the site name.
pub const HEADER: Block = Block::Div(
    "eidw-head",
    &[
        Block::Art("fed-flag", "<i></i><i></i><i></i>"),
        Block::Span("eidw-brand", "eidsite.brand"),
        Block::Span("eidw-tag", "eidsite.tagline"),
    ],
);

/// The operating system the download section offers first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Os {
    /// Windows 11/10/8.1 (also the fallback: most learners use it).
    Windows,
    /// macOS.
    Mac,
    /// Linux.
    Linux,
}

impl Os {
    /// Catalog key of "Voor …".
    pub fn key(self) -> &'static str {
        match self {
            Os::Windows => "eidsite.os.windows",
            Os::Mac => "eidsite.os.mac",
            Os::Linux => "eidsite.os.linux",
        }
    }
}

/// Detects the OS from `navigator.userAgentData.platform` (preferred) or the user agent.
/// Phones and tablets get Windows, the guide's case (the eID software is for computers).
pub fn detect_os(platform: Option<&str>, user_agent: &str) -> Os {
    let p = platform.unwrap_or("").to_ascii_lowercase();
    let ua = user_agent.to_ascii_lowercase();
    let has = |s: &str| p.contains(s) || (p.is_empty() && ua.contains(s));
    let mobile = has("iphone") || has("ipad") || has("android");
    if has("win") || mobile {
        Os::Windows
    } else if has("mac") {
        Os::Mac
    } else if has("linux") || has("x11") || has("cros") || has("chrome os") {
        Os::Linux
    } else {
        Os::Windows
    }
}

fn browser_os() -> Os {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Os::Windows;
    };
    let platform = js_sys::Reflect::get(&nav, &"userAgentData".into())
        .ok()
        .filter(|d| d.is_object())
        .and_then(|d| js_sys::Reflect::get(&d, &"platform".into()).ok())
        .and_then(|p| p.as_string());
    detect_os(platform.as_deref(), &nav.user_agent().unwrap_or_default())
}

/// "Voor Windows 11/10/8.1" (or macOS / Linux) for the learner's own computer, as data.
pub const OS_LINE: Block = Block::Div(
    "eidw-osline",
    &[
        Block::When(|_| browser_os() == Os::Windows, &[Block::P("eidw-os", "eidsite.os.windows")]),
        Block::When(|_| browser_os() == Os::Mac, &[Block::P("eidw-os", "eidsite.os.mac")]),
        Block::When(|_| browser_os() == Os::Linux, &[Block::P("eidw-os", "eidsite.os.linux")]),
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_learners_os() {
        let win = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36";
        let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15";
        let lin = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120 Safari/537.36";
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1";
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 7) Chrome/120 Mobile Safari/537.36";
        assert_eq!(detect_os(None, win), Os::Windows);
        assert_eq!(detect_os(None, mac), Os::Mac);
        assert_eq!(detect_os(None, lin), Os::Linux);
        assert_eq!(detect_os(None, iphone), Os::Windows);
        assert_eq!(detect_os(None, android), Os::Windows);
        assert_eq!(detect_os(None, ""), Os::Windows);
        assert_eq!(detect_os(Some("macOS"), win), Os::Mac, "userAgentData wins");
        assert_eq!(detect_os(Some("Linux"), mac), Os::Linux);
        assert_eq!(detect_os(Some("Windows"), lin), Os::Windows);
        assert_eq!(detect_os(Some("Chrome OS"), lin), Os::Linux);
        assert_eq!(detect_os(Some(""), mac), Os::Mac, "empty platform falls back to the UA");
    }
}
