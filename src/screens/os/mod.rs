//! Dialogs of the operating system and the browser, and which operating system the
//! learner's computer runs (the PIN dialog and the eID download differ per system).

pub mod certificate;
pub mod pin;

use std::cell::Cell;

/// The learner's computer system, for the dialogs and downloads that differ per system.
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
    /// Catalog key of eid.belgium.be's "Voor …" line.
    pub fn key(self) -> &'static str {
        match self {
            Os::Windows => "eidsite.os.windows",
            Os::Mac => "eidsite.os.mac",
            Os::Linux => "eidsite.os.linux",
        }
    }
}

fn os_in(text: &str) -> Option<Os> {
    let t = text.to_ascii_lowercase();
    if t.contains("iphone") || t.contains("ipad") || t.contains("android") || t.contains("win") {
        // Phones and tablets get Windows, the guide's case (the eID software is for computers).
        Some(Os::Windows)
    } else if t.contains("mac") {
        Some(Os::Mac)
    } else if t.contains("linux") || t.contains("x11") || t.contains("cros") || t.contains("chrome os") {
        Some(Os::Linux)
    } else {
        None
    }
}

/// Detects the system from `navigator.userAgentData.platform` (preferred), then the
/// user agent, then `navigator.platform`; Windows when none of them says.
pub fn detect_os(ua_data_platform: Option<&str>, user_agent: &str, platform: Option<&str>) -> Os {
    ua_data_platform
        .filter(|p| !p.trim().is_empty())
        .and_then(os_in)
        .or_else(|| os_in(user_agent))
        .or_else(|| platform.and_then(os_in))
        .unwrap_or(Os::Windows)
}

thread_local! {
    static SEEN: Cell<Option<Os>> = const { Cell::new(None) };
}

/// The system of this browser (asked once; any missing API means Windows).
pub fn browser_os() -> Os {
    if let Some(os) = SEEN.with(Cell::get) {
        return os;
    }
    let os = match web_sys::window().map(|w| w.navigator()) {
        None => Os::Windows,
        Some(nav) => {
            let text = |obj: &wasm_bindgen::JsValue, key: &str| {
                js_sys::Reflect::get(obj, &key.into()).ok().and_then(|v| v.as_string())
            };
            let data = js_sys::Reflect::get(&nav, &"userAgentData".into()).ok().filter(|d| d.is_object());
            let ua_platform = data.as_ref().and_then(|d| text(d, "platform"));
            detect_os(ua_platform.as_deref(), &nav.user_agent().unwrap_or_default(), text(&nav, "platform").as_deref())
        }
    };
    SEEN.with(|s| s.set(Some(os)));
    os
}

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
        assert_eq!(detect_os(None, win, None), Os::Windows);
        assert_eq!(detect_os(None, mac, None), Os::Mac);
        assert_eq!(detect_os(None, lin, None), Os::Linux);
        assert_eq!(detect_os(None, iphone, None), Os::Windows);
        assert_eq!(detect_os(None, android, None), Os::Windows);
        assert_eq!(detect_os(None, "", None), Os::Windows);
        assert_eq!(detect_os(Some("macOS"), win, None), Os::Mac, "userAgentData wins");
        assert_eq!(detect_os(Some("Linux"), mac, None), Os::Linux);
        assert_eq!(detect_os(Some("Windows"), lin, None), Os::Windows);
        assert_eq!(detect_os(Some("Chrome OS"), lin, None), Os::Linux);
        assert_eq!(detect_os(Some(""), mac, Some("Linux x86_64")), Os::Mac, "empty platform falls back to the UA");
        assert_eq!(detect_os(None, "Mozilla/5.0", Some("MacIntel")), Os::Mac, "navigator.platform when the UA says nothing");
        assert_eq!(detect_os(None, "Mozilla/5.0", Some("Linux x86_64")), Os::Linux);
        assert_eq!(detect_os(None, "", Some("")), Os::Windows);
        assert_eq!(Os::Mac.key(), "eidsite.os.mac");
    }
}
