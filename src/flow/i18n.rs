//! Translation catalogs: Dutch is the source, every other language must have the
//! same keys (a native test enforces it). Texts may hold `{name}` placeholders.

use std::collections::HashMap;

use super::model::ChapterId;

/// An interface language of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch, the source language.
    #[default]
    Nl,
    /// French, kept complete.
    Fr,
    /// German.
    De,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order of the language switch.
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::De, Lang::En];

    /// The ISO code used in URLs, `lang` attributes and catalog names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Parses an exact code (`nl`, `fr`, `de`, `en`; case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Picks the first supported language from the browser's list (`fr-BE` counts as `fr`), else Dutch.
    pub fn from_preferred(preferred: &[String]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::from_code(tag.split(['-', '_']).next().unwrap_or("")))
            .unwrap_or_default()
    }

    /// Where the language's catalog parts are served, relative to the page.
    pub fn part_url(self, part: &str) -> String {
        format!("locales/{}/{part}.json", self.code())
    }
}

/// The catalog files of a language, one per chapter so chapters grow independently
/// (`locales/<lang>/<part>.json`), and one per scenario for the narration of a big
/// chapter's scenarios. `core` (the app's own controls and the overview) is fetched
/// before the app mounts; a scenario's parts are fetched when a learner goes there
/// (see `scenarios::parts_for`), so the first load carries one scenario's texts.
pub const PARTS: &[&str] = &[
    "core",
    "eid",
    "eid-mijngezondheid",
    "eid-install",
    "itsme",
    "itsme-bank",
    "itsme-eid",
    "itsme-safety",
    "itsme-irisbox",
    "csam",
    "os",
    // The workshop texts (speaker notes, print labels): the facilitator's window and the print sheets only.
    "notes",
];

/// The parts each chapter uses besides `core`,
/// then its scenarios whose narration is a part of its own, named after the scenario.
/// `cargo xtask size` reads the same table to measure the heaviest first view.
pub const CHAPTER_PARTS: &[(ChapterId, &[&str], &[&str])] = &[
    (ChapterId::Eid, &["eid", "eid-install", "os"], &["eid-mijngezondheid"]),
    // itsme-eid signs with the PIN prompt: the system dialogs (`os`) are their own
    // small part, so itsme does not fetch the eID chapter's texts for them. The
    // chapter's screens are shared; each scenario brings its own narration.
    (ChapterId::Itsme, &["itsme", "os"], &["itsme-bank", "itsme-eid", "itsme-safety", "itsme-irisbox"]),
    // The CSAM key choice and login pages come from the eID chapter's screens (not
    // its narration).
    (ChapterId::Lra, &["csam", "eid"], &[]),
];

/// The Dutch core (the app's own controls and error pages), compiled in: the
/// fallback when a catalog cannot be fetched, so the app always has words.
pub const BUILT_IN_CORE: &str = include_str!("../../locales/nl/core.json");

/// Reads one catalog part (a flat JSON object of strings) into a map, `None` when it
/// is not one. The floor parses no JSON itself: the app hands in the browser's
/// `JSON.parse` (`platform::parse_catalog`), native tests serde_json.
pub type Parse = fn(&str) -> Option<HashMap<String, String>>;

/// The active catalog with the built-in Dutch core behind it as fallback.
#[derive(Clone, Debug)]
pub struct Catalogs {
    lang: Lang,
    current: HashMap<String, String>,
    source: HashMap<String, String>,
    loaded: Vec<&'static str>,
    parse: Parse,
}

impl Catalogs {
    /// Only the built-in Dutch core (before or without fetched parts).
    pub fn dutch(parse: Parse) -> Self {
        Catalogs::empty(Lang::Nl, parse)
    }

    /// A language with nothing fetched yet: only the built-in Dutch core answers.
    pub fn empty(lang: Lang, parse: Parse) -> Self {
        Catalogs {
            lang,
            current: HashMap::new(),
            source: parse(BUILT_IN_CORE).unwrap_or_default(),
            // The Dutch core is built in: Dutch never fetches it.
            loaded: if lang == Lang::Nl { vec!["core"] } else { Vec::new() },
            parse,
        }
    }

    /// Catalogs for a language from its parts' texts (read by tests); a broken part is
    /// skipped (Dutch shows instead).
    pub fn with_parts<'a>(lang: Lang, parts: impl IntoIterator<Item = &'a str>, parse: Parse) -> Self {
        let mut c = Catalogs::empty(lang, parse);
        for part in parts {
            c.current.extend(parse(part).unwrap_or_default());
        }
        c
    }

    /// Adds a fetched part. `None` (it could not be loaded) or a broken text leaves
    /// the part missing, so it is asked for again on the next try: a failed part
    /// never counts as loaded. Returns whether the part is loaded now.
    pub fn add(&mut self, part: &'static str, text: Option<&str>) -> bool {
        let Some(map) = text.and_then(self.parse) else {
            return self.loaded.contains(&part);
        };
        self.current.extend(map);
        if !self.loaded.contains(&part) {
            self.loaded.push(part);
        }
        true
    }

    /// Adds parts fetched in `lang`; ignored when the language changed meanwhile.
    /// Returns how many of them could not be loaded (for the "check the connection" note).
    pub fn add_fetched(&mut self, lang: Lang, fetched: &[(&'static str, Option<String>)]) -> usize {
        if self.lang != lang {
            return 0;
        }
        fetched.iter().filter(|(part, text)| !self.add(part, text.as_deref())).count()
    }

    /// The parts asked for so far (to fetch the same ones in another language).
    pub fn loaded(&self) -> &[&'static str] {
        &self.loaded
    }

    /// Which of these parts still have to be fetched.
    pub fn missing(&self, needed: &[&'static str]) -> Vec<&'static str> {
        needed.iter().copied().filter(|p| !self.loaded.contains(p)).collect()
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a key exists in the active language or the source.
    pub fn has(&self, key: &str) -> bool {
        self.current.contains_key(key) || self.source.contains_key(key)
    }

    /// The text for a key; falls back to Dutch, then to the key itself.
    pub fn t(&self, key: &str) -> String {
        self.current
            .get(key)
            .or_else(|| self.source.get(key))
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }

    /// The text for a key with `{name}` placeholders filled in.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(&self.t(key), args)
    }

    /// The text for a key if it exists (optional texts such as hints).
    pub fn opt(&self, key: &str) -> Option<String> {
        self.has(key).then(|| self.t(key))
    }
}

/// Replaces `{name}` placeholders; unknown ones stay visible for translators.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The app parses with the browser's `JSON.parse`; natively, serde_json.
    fn json(text: &str) -> Option<HashMap<String, String>> {
        serde_json::from_str(text).ok()
    }

    #[test]
    fn fallback_and_placeholders() {
        let c = Catalogs::with_parts(Lang::Fr, [r#"{"ui.next": "Suivant"}"#], json);
        assert_eq!(c.t("ui.next"), "Suivant");
        assert_eq!(c.t("ui.back"), Catalogs::dutch(json).t("ui.back"), "missing French falls back to the Dutch core");
        assert_eq!(Catalogs::dutch(json).t("ui.back"), "← Terug");
        assert_eq!(c.t("no.such.key"), "no.such.key");
        assert_eq!(fill("Nog {n} pogingen", &[("n", "2")]), "Nog 2 pogingen");
        assert_eq!(Lang::from_preferred(&["de-AT".into()]), Lang::De);
        assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("fr-BE"), None);
        assert_eq!(Lang::Fr.part_url("core"), "locales/fr/core.json");
    }

    #[test]
    fn parts_are_fetched_once_and_a_failed_part_is_asked_for_again() {
        let mut c = Catalogs::empty(Lang::Fr, json);
        assert_eq!(c.missing(&["core", "eid"]), ["core", "eid"]);
        assert!(c.add("core", Some(r#"{"ui.next": "Suivant"}"#)));
        assert!(!c.add("eid", None), "a part that did not arrive is not loaded");
        assert!(!c.add("itsme", Some("{broken")), "nor is a broken one");
        assert_eq!(c.missing(&["core", "eid", "itsme"]), ["eid", "itsme"]);
        assert_eq!(c.t("ui.next"), "Suivant");
        assert_eq!(c.loaded(), ["core"]);
        // The next try brings it.
        let failed = c.add_fetched(Lang::Fr, &[("eid", Some(r#"{"a": "b"}"#.into())), ("itsme", None)]);
        assert_eq!(failed, 1);
        assert_eq!(c.missing(&["core", "eid", "itsme"]), ["itsme"]);
        assert_eq!(c.add_fetched(Lang::De, &[("itsme", None)]), 0, "another language's answer is ignored");
        assert_eq!(Catalogs::dutch(json).missing(&["core", "csam"]), ["csam"], "the Dutch core is built in");
    }
}
