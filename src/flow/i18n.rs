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

    /// The raw catalog text shipped for this language.
    pub fn source(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("../../locales/nl.json"),
            Lang::Fr => include_str!("../../locales/fr.json"),
            Lang::De => include_str!("../../locales/de.json"),
            Lang::En => include_str!("../../locales/en.json"),
        }
    }
}

/// Parses one catalog; a broken catalog yields an empty map (the fallback then shows Dutch).
pub fn parse_catalog(text: &str) -> HashMap<String, String> {
    serde_json::from_str(text).unwrap_or_default()
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
        let source = parse_catalog(Lang::Nl.source());
        let current = if lang == Lang::Nl {
            HashMap::new()
        } else {
            parse_catalog(lang.source())
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
    fn every_catalog_parses_and_is_not_empty() {
        for lang in Lang::ALL {
            let map = parse_catalog(lang.source());
            assert!(map.len() > 20, "{} catalog is empty or broken", lang.code());
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
