//! Translation catalogs: Dutch is the source, every other language must have the
//! same keys (a native test enforces it). Texts may hold `{name}` placeholders.

use std::collections::HashMap;

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

    /// The raw catalog parts shipped for this language (`locales/<lang>/<part>.json`).
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::Nl => catalog_parts!("nl"),
            Lang::Fr => catalog_parts!("fr"),
            Lang::De => catalog_parts!("de"),
            Lang::En => catalog_parts!("en"),
        }
    }
}

/// The catalog files of one language, one per chapter so chapters can grow independently.
macro_rules! catalog_parts {
    ($lang:literal) => {
        &[
            include_str!(concat!("../../locales/", $lang, "/core.json")),
            include_str!(concat!("../../locales/", $lang, "/eid.json")),
            include_str!(concat!("../../locales/", $lang, "/eid-install.json")),
            include_str!(concat!("../../locales/", $lang, "/itsme.json")),
            include_str!(concat!("../../locales/", $lang, "/csam.json")),
        ]
    };
}
use catalog_parts;

/// Parses one catalog part; a broken part yields an empty map (the fallback then shows Dutch).
pub fn parse_catalog(text: &str) -> HashMap<String, String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// All parts of a language merged into one map.
pub fn load(lang: Lang) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for part in lang.sources() {
        map.extend(parse_catalog(part));
    }
    map
}

/// The active catalog with the Dutch source behind it as fallback.
#[derive(Clone, Debug)]
pub struct Catalogs {
    lang: Lang,
    current: HashMap<String, String>,
    source: HashMap<String, String>,
}

impl Catalogs {
    /// Loads the catalogs for a language.
    pub fn new(lang: Lang) -> Self {
        let source = load(Lang::Nl);
        let current = if lang == Lang::Nl {
            HashMap::new()
        } else {
            load(lang)
        };
        Catalogs {
            lang,
            current,
            source,
        }
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

    #[test]
    fn every_catalog_part_parses_and_no_key_is_defined_twice() {
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for part in lang.sources() {
                let map: HashMap<String, String> = serde_json::from_str(part)
                    .unwrap_or_else(|e| panic!("{} catalog part is broken: {e}", lang.code()));
                for k in map.into_keys() {
                    assert!(seen.insert(k.clone()), "{}: {k} is defined in two parts", lang.code());
                }
            }
            assert!(seen.len() > 100, "{} catalog is nearly empty", lang.code());
        }
    }

    #[test]
    fn fallback_and_placeholders() {
        let c = Catalogs::new(Lang::Fr);
        assert_eq!(c.t("no.such.key"), "no.such.key");
        assert_eq!(fill("Nog {n} pogingen", &[("n", "2")]), "Nog 2 pogingen");
        assert_eq!(Lang::from_preferred(&["de-AT".into()]), Lang::De);
        assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("fr-BE"), None);
    }
}
