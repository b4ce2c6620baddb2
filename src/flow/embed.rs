//! The embedding protocol's plain half (version 1): what a host page's command asks,
//! checked field by field before anything is obeyed. Who may send one (the parent
//! frame, from an origin listed in `embed.json`) is checked first by the frame's
//! relay, `embed/child.js`; the app's half is `src/embed.rs`.

use super::i18n::Lang;
use super::route::Mode;

/// The protocol version the app speaks and accepts.
pub const VERSION: f64 = 1.0;

/// A host page's command, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostCommand {
    /// `goto {scenario, step?}`: open a scenario at a step id (its first step without one).
    Goto {
        /// The scenario id, as in STEPS.md.
        scenario: String,
        /// The step id, if given.
        step: Option<String>,
    },
    /// `restart`: the current scenario from its first step.
    Restart,
    /// `set {lang?, mode?}`: another language and/or mode.
    Set {
        /// The new language, if given.
        lang: Option<Lang>,
        /// The new mode, if given.
        mode: Option<Mode>,
    },
    /// `ping`: answered by a `ready` message.
    Ping,
}

impl HostCommand {
    /// Reads a command: `None` unless it is addressed to LoginCoach, of version 1, of
    /// a known type and with fields of the right kind. `field` gives a string field
    /// of the message; `version` its version number.
    pub fn read(version: Option<f64>, field: impl Fn(&str) -> Option<String>) -> Option<HostCommand> {
        if field("target").as_deref() != Some("logincoach") || version != Some(VERSION) {
            return None;
        }
        let id = |name: &str| field(name).filter(|v| is_id(v));
        match field("type").as_deref()? {
            "goto" => Some(HostCommand::Goto { scenario: id("scenario")?, step: id("step") }),
            "restart" => Some(HostCommand::Restart),
            "ping" => Some(HostCommand::Ping),
            "set" => {
                let lang = field("lang").map(|c| Lang::from_code(&c).ok_or(())).transpose().ok()?;
                let mode = field("mode").map(|c| Mode::from_code(&c).ok_or(())).transpose().ok()?;
                (lang.is_some() || mode.is_some()).then_some(HostCommand::Set { lang, mode })
            }
            _ => None,
        }
    }
}

impl HostCommand {
    /// The message fields of this command, as another window sends it (the
    /// facilitator's window to the learner's): `read` gives the command back.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let mut f = vec![("target", "logincoach".to_owned())];
        let kind = match self {
            HostCommand::Goto { scenario, step } => {
                f.push(("scenario", scenario.clone()));
                f.extend(step.clone().map(|s| ("step", s)));
                "goto"
            }
            HostCommand::Restart => "restart",
            HostCommand::Ping => "ping",
            HostCommand::Set { lang, mode } => {
                f.extend(lang.map(|l| ("lang", l.code().to_owned())));
                f.extend(mode.map(|m| ("mode", m.code().to_owned())));
                "set"
            }
        };
        f.push(("type", kind.to_owned()));
        f
    }
}

/// A scenario or step id: short, lowercase letters, digits and `-`.
fn is_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= 40 && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(version: Option<f64>, pairs: &[(&str, &str)]) -> Option<HostCommand> {
        HostCommand::read(version, |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn commands_are_read_field_by_field() {
        let v = Some(1.0);
        assert_eq!(
            read(v, &[("target", "logincoach"), ("type", "goto"), ("scenario", "itsme-irisbox"), ("step", "code")]),
            Some(HostCommand::Goto { scenario: "itsme-irisbox".into(), step: Some("code".into()) })
        );
        assert_eq!(
            read(v, &[("target", "logincoach"), ("type", "goto"), ("scenario", "myebox")]),
            Some(HostCommand::Goto { scenario: "myebox".into(), step: None })
        );
        assert_eq!(read(v, &[("target", "logincoach"), ("type", "restart")]), Some(HostCommand::Restart));
        assert_eq!(read(v, &[("target", "logincoach"), ("type", "ping")]), Some(HostCommand::Ping));
        assert_eq!(read(v, &[("target", "logincoach"), ("type", "set"), ("lang", "fr")]), Some(HostCommand::Set { lang: Some(Lang::Fr), mode: None }));
        assert_eq!(
            read(v, &[("target", "logincoach"), ("type", "set"), ("mode", "test"), ("lang", "de")]),
            Some(HostCommand::Set { lang: Some(Lang::De), mode: Some(Mode::Test) })
        );
    }

    #[test]
    fn a_command_sent_is_the_command_read() {
        for cmd in [
            HostCommand::Goto { scenario: "myebox".into(), step: Some("code".into()) },
            HostCommand::Goto { scenario: "myebox".into(), step: None },
            HostCommand::Restart,
            HostCommand::Ping,
            HostCommand::Set { lang: Some(Lang::En), mode: Some(Mode::Watch) },
            HostCommand::Set { lang: None, mode: Some(Mode::Practice) },
        ] {
            let fields = cmd.fields();
            let field = |k: &str| fields.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
            assert_eq!(HostCommand::read(Some(VERSION), field), Some(cmd));
        }
    }

    #[test]
    fn anything_else_is_not_obeyed() {
        let goto = [("target", "logincoach"), ("type", "goto"), ("scenario", "myebox")];
        assert_eq!(read(Some(2.0), &goto), None, "another version");
        assert_eq!(read(None, &goto), None);
        assert_eq!(read(Some(1.0), &[("type", "goto"), ("scenario", "myebox")]), None, "not addressed to us");
        for bad in [
            &[("target", "logincoach"), ("type", "launch")][..],
            &[("target", "logincoach")],
            &[("target", "logincoach"), ("type", "goto")],
            &[("target", "logincoach"), ("type", "goto"), ("scenario", "<img src=x>")],
            &[("target", "logincoach"), ("type", "set")],
            &[("target", "logincoach"), ("type", "set"), ("lang", "xx")],
            &[("target", "logincoach"), ("type", "set"), ("lang", "fr"), ("mode", "exam")],
        ] {
            assert_eq!(read(Some(1.0), bad), None, "{bad:?}");
        }
    }
}
