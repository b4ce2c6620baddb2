//! Chapter 3: a local registration office (LRA) and CSAM digital keys with a
//! security code by e-mail, by SMS or by an authenticator app, then My e-Box.
//!
//! The validators and the little bits of run logic (registration code, TOTP secret)
//! live here as plain Rust so they are tested natively; the screens only show them.


use crate::flow::model::{Branch, BranchKind, ChapterId, Device, Gesture, NumberMemo, Rule, Run, Scenario, Step, TextMemo, Validator};
use crate::flow::screen::{Csam, Mail, MyEbox, Overview, Screen};
use crate::flow::rules::{self, ActivationCodeError, PasswordRule, UsernameRule};
use crate::flow::totp::{self, Secret, Verdict};
use super::target;

/// Memory key: the key chosen on the activation page or on the login page.
pub const KEY_CHOICE: TextMemo = TextMemo("csamkey");
/// Memory key: the username chosen in csam-code / csam-app.
pub const USERNAME: TextMemo = TextMemo("csamuser");
/// Memory key: when the registration mail was sent (ms since the epoch).
pub const SENT_AT: NumberMemo = NumberMemo("csamsent");
/// Memory key: how many registration codes were asked so far (a new one differs).
pub const ROUND: NumberMemo = NumberMemo("csamround");
/// How long a registration code stays valid.
pub const REGISTRATION_VALID_MS: u64 = 5 * 60 * 1000;
/// The username Sofie chose before (My e-Box login).
pub const MEB_USERNAME: &str = "sofie.maes";
/// The password Sofie chose before (My e-Box login).
pub const MEB_PASSWORD: &str = "Zonnebloem-24";
/// Catalog key of the issuer in the QR code and the authenticator mock: "LoginCoach
/// (exercise)" in the learner's language, so a real app that scans the practice code
/// shows an entry that is plainly an exercise, not a second CSAM key.
pub const ISSUER_KEY: &str = "auth.issuer";
/// Memory key: how the registration code comes in csam-code (`via-email` or `via-sms`).
pub const CODE_VIA: TextMemo = TextMemo("csamvia");
/// Memory key: the username typed on My e-Box's login page.
pub const MEB_USER: TextMemo = TextMemo("mebuser");

/// Memory key: the password the learner chose in csam-code or csam-app.
pub const PASSWORD: TextMemo = TextMemo("csampw");

/// What a run hands on to the next exercise opened in the same page (the pair the
/// learner chose, so My e-Box accepts it); in memory only, gone on reload.
pub const CARRIED: &[TextMemo] = &[USERNAME, PASSWORD];

/// The username and password the learner chose earlier in this page, if any.
pub fn chosen_pair(run: &Run) -> Option<(&str, &str)> {
    Some((run.recall(USERNAME)?, run.recall(PASSWORD)?))
}

/// Memory key: the language box the learner logged in with on My e-Box.
pub const MEB_LANG: TextMemo = TextMemo("meblang");

/// Memory key: the authenticator app chosen in the store.
pub const AUTH_APP: TextMemo = TextMemo("authapp");

/// The language of the My e-Box box the learner logged in with (`nl`, `fr`, …), if known.
pub fn meb_lang(run: &Run) -> Option<&'static str> {
    let chosen = run.recall(MEB_LANG)?.strip_prefix("meb-login-")?;
    ["nl", "fr", "de", "en"].into_iter().find(|c| *c == chosen)
}

/// Whether the registration code comes by SMS (chosen at csam-code's first step).
pub fn by_sms(run: &Run) -> bool {
    run.recall(CODE_VIA) == Some(target::csam::VIA_SMS)
}

/// The run's TOTP secret: the first 20 bytes of the run's seed.
pub fn secret(run: &Run) -> Secret {
    let mut b = [0u8; totp::SECRET_LEN];
    b.copy_from_slice(&run.seed[..totp::SECRET_LEN]);
    Secret::from_random_bytes(b)
}

/// The `otpauth://` URI the QR code holds, under the (translated) exercise issuer.
pub fn otpauth(run: &Run, issuer: &str) -> String {
    totp::otpauth_uri(issuer, run.persona.email, &secret(run)).unwrap_or_default()
}

fn round(run: &Run) -> u32 {
    run.count(ROUND).and_then(|r| u32::try_from(r).ok()).unwrap_or(0)
}

/// A 6-digit code from the seed, a salt and the round (registration and login codes).
fn six_digits(run: &Run, salt: u8) -> String {
    let r = round(run).to_le_bytes();
    let mut x: u32 = 0x811C_9DC5;
    for b in run.seed[20..].iter().chain(r.iter()).chain([salt].iter()) {
        x = (x ^ u32::from(*b)).wrapping_mul(0x0100_0193);
    }
    format!("{:06}", x % 1_000_000)
}

/// The registration code of the current mail (changes when a new one is asked).
pub fn registration_code(run: &Run) -> String {
    six_digits(run, 1)
}

/// The login code My e-Box's CSAM page sends by e-mail.
pub fn login_code(run: &Run) -> String {
    six_digits(run, 2)
}

fn activation_check(typed: &str, run: &Run) -> Result<(), &'static str> {
    rules::check_activation_code(typed, run.persona.activation_code).map_err(|e| match e {
        ActivationCodeError::WrongLength => "wrong-length",
        ActivationCodeError::BadCharacter(_) => "bad-char",
        ActivationCodeError::Mismatch { first_wrong_group: 1 } => "group-1",
        ActivationCodeError::Mismatch { first_wrong_group: 2 } => "group-2",
        ActivationCodeError::Mismatch { first_wrong_group: 3 } => "group-3",
        ActivationCodeError::Mismatch { .. } => "group-4",
    })
}

/// The activation code from the letter, checked group by group.
pub static ACTIVATION: Validator = Validator {
    check: activation_check,
    example: |run| run.persona.activation_code.to_owned(),
};

fn username_check(typed: &str, _: &Run) -> Result<(), &'static str> {
    match rules::username_rules(typed).into_iter().find(|(_, ok)| !ok) {
        None => Ok(()),
        Some((UsernameRule::Length, _)) => Err("user-length"),
        Some((UsernameRule::AllowedCharacters, _)) => Err("user-chars"),
    }
}

/// A new username that follows the rules.
pub static NEW_USERNAME: Validator = Validator {
    check: username_check,
    example: |_| MEB_USERNAME.to_owned(),
};

fn password_check(typed: &str, run: &Run) -> Result<(), &'static str> {
    let user = run.recall(USERNAME).unwrap_or("");
    match rules::password_rules(typed, user).into_iter().find(|(_, ok)| !ok) {
        None => Ok(()),
        Some((PasswordRule::MinLength, _)) => Err("pw-length"),
        Some((PasswordRule::Uppercase, _)) => Err("pw-upper"),
        Some((PasswordRule::Lowercase, _)) => Err("pw-lower"),
        Some((PasswordRule::Digit, _)) => Err("pw-digit"),
        Some((PasswordRule::Special, _)) => Err("pw-special"),
        Some((PasswordRule::NotContainingUsername, _)) => Err("pw-username"),
    }
}

/// A new password that follows the rules.
pub static NEW_PASSWORD: Validator = Validator {
    check: password_check,
    example: |_| MEB_PASSWORD.to_owned(),
};

fn code_check(typed: &str, expected: &str) -> Result<(), &'static str> {
    match rules::check_numeric_code(typed, 6) {
        Err(_) => Err("format"),
        Ok(c) if c == expected => Ok(()),
        Ok(_) => Err("wrong"),
    }
}

fn meb_user_check(typed: &str, run: &Run) -> Result<(), &'static str> {
    let chosen = chosen_pair(run).is_some_and(|(u, _)| u == typed);
    if typed == MEB_USERNAME || chosen {
        Ok(())
    } else {
        Err("wrong")
    }
}

/// My e-Box's username: the practice one, or the one chosen earlier in this page.
pub static MEB_LOGIN_USER: Validator = Validator {
    check: meb_user_check,
    example: |_| MEB_USERNAME.to_owned(),
};

fn meb_password_check(typed: &str, run: &Run) -> Result<(), &'static str> {
    let user = run.recall(MEB_USER).unwrap_or(MEB_USERNAME);
    let practice = user == MEB_USERNAME && typed == MEB_PASSWORD;
    let chosen = chosen_pair(run).is_some_and(|(u, p)| u == user && p == typed);
    if practice || chosen {
        Ok(())
    } else {
        Err("wrong")
    }
}

/// My e-Box's password: the one that goes with the username typed.
pub static MEB_LOGIN_PASSWORD: Validator = Validator {
    check: meb_password_check,
    example: |_| MEB_PASSWORD.to_owned(),
};

/// The registration code from the mail.
pub static REGISTRATION: Validator = Validator {
    check: |typed, run| code_check(typed, &registration_code(run)),
    example: registration_code,
};

fn totp_check(typed: &str, run: &Run) -> Result<(), &'static str> {
    match totp::verify(secret(run).as_bytes(), typed, run.now_ms) {
        Verdict::Current | Verdict::Previous => Ok(()),
        Verdict::Malformed => Err("format"),
        Verdict::Expired => Err("expired"),
        Verdict::Wrong => Err("wrong"),
    }
}

fn totp_example(run: &Run) -> String {
    totp::totp_at(secret(run).as_bytes(), run.now_ms).code
}

/// The code the authenticator app shows now (the current or the previous one).
pub static TOTP: Validator = Validator {
    check: totp_check,
    example: totp_example,
};

/// Whether the learner chose the app key on My e-Box's login page.
pub fn uses_app(run: &Run) -> bool {
    run.recall(KEY_CHOICE) == Some(target::csam::KEY_APP)
}

/// My e-Box's security code: from the app or from the e-mail, as chosen.
pub static MEB_CODE: Validator = Validator {
    check: |typed, run| {
        if uses_app(run) {
            totp_check(typed, run)
        } else {
            code_check(typed, &login_code(run))
        }
    },
    example: |run| if uses_app(run) { totp_example(run) } else { login_code(run) },
};

const fn typed(target: &'static str, rule: Rule, submit: &'static str, remember: Option<TextMemo>) -> Gesture {
    Gesture::Type { target, rule, submit, tries: None, on_exhausted: None, remember }
}

const fn info(id: &'static str, devices: &'static [Device], screen: Screen) -> Step {
    Step { id, devices, screen, expect: &[], branches: &[], mistakes: &[] }
}

const CREDENTIALS: Step = Step {
    id: "credentials",
    devices: &[Device::Pc],
    screen: Screen::Csam(Csam::ActCredentials),
    expect: &[
        typed(target::csam::CRED_USERNAME, Rule::Custom(&NEW_USERNAME), target::csam::CRED_NEXT, Some(USERNAME)),
        typed(target::csam::CRED_PASSWORD, Rule::Custom(&NEW_PASSWORD), target::csam::CRED_NEXT, Some(PASSWORD)),
    ],
    branches: &[],
    mistakes: &[(target::csam::CRED_CANCEL, "cancel")],
};

/// `lra-activation`: the LRA appointment, the letter, the mail and activating a key.
pub static LRA_ACTIVATION: Scenario = Scenario {
    id: "lra-activation",
    chapter: Some(ChapterId::Lra),
    steps: &[
        info("who", &[], Screen::Overview(Overview::Explain)),
        info("appointment", &[], Screen::Overview(Overview::Explain)),
        info("letter", &[Device::Paper], Screen::Mail(Mail::Letter)),
        Step {
            id: "email",
            devices: &[Device::Pc, Device::Inbox],
            screen: Screen::Mail(Mail::Mail),
            expect: &[Gesture::Click(target::mail::MAIL_ACTIVATE)],
            branches: &[],
            mistakes: &[(target::mail::MAIL_REPLY, "reply"), (target::mail::MAIL_DELETE, "delete")],
        },
        Step {
            id: "code",
            devices: &[Device::Pc, Device::Paper],
            screen: Screen::Csam(Csam::ActCode),
            expect: &[typed(target::csam::ACT_CODE, Rule::Custom(&ACTIVATION), target::csam::ACT_NEXT, None)],
            branches: &[],
            mistakes: &[(target::csam::ACT_HELP, "help")],
        },
        Step {
            id: "choose-key",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::ActKey),
            expect: &[
                Gesture::Choose { options: &[target::csam::ACT_KEY_EMAIL, target::csam::ACT_KEY_APP], remember: Some(KEY_CHOICE) },
                Gesture::Click(target::csam::ACT_TERMS),
                Gesture::Click(target::csam::ACT_ACTIVATE),
            ],
            branches: &[],
            mistakes: &[
                (target::csam::ACT_KEY_SMS, "sms"),
                (target::csam::ACT_ACTIVATE, "not-yet"),
                (target::csam::ACT_TERMS, "key-first"),
            ],
        },
    ],
};

const EXPIRED: Branch = Branch { id: target::branch::EXPIRED, back: target::csam::REG_NEW_CODE, enter_on: &[target::event::EXPIRED], kind: BranchKind::Timeout };

/// `csam-code`: a key with a security code by e-mail or by SMS, as the learner chooses.
pub static CSAM_CODE: Scenario = Scenario {
    id: "csam-code",
    chapter: Some(ChapterId::Lra),
    steps: &[
        Step {
            id: "sms-note",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::CodeVia),
            expect: &[Gesture::Choose { options: &[target::csam::VIA_EMAIL, target::csam::VIA_SMS], remember: Some(CODE_VIA) }],
            branches: &[],
            mistakes: &[],
        },
        CREDENTIALS,
        Step {
            id: "registration-email",
            devices: &[Device::Inbox, Device::Phone],
            screen: Screen::Csam(Csam::RegMail),
            expect: &[],
            branches: &[EXPIRED],
            mistakes: &[],
        },
        Step {
            id: "registration-code",
            devices: &[Device::Pc, Device::Inbox, Device::Phone],
            screen: Screen::Csam(Csam::RegCode),
            expect: &[typed(target::csam::REG_CODE, Rule::Custom(&REGISTRATION), target::csam::REG_NEXT, None)],
            branches: &[
                EXPIRED,
                Branch { id: target::branch::CANCELLED, back: target::csam::REG_NEW_CODE, enter_on: &[target::csam::REG_CANCEL], kind: BranchKind::Detour },
            ],
            // A fake SMS "from CSAM" with a link arrives meanwhile: opening it is the mistake.
            mistakes: &[(target::csam::REG_OTHER, "other-key"), (target::phone::SCAM_LINK, "scam")],
        },
        info("activated", &[Device::Pc], Screen::Csam(Csam::ActDone)),
    ],
};

/// `csam-app`: a key with a security code from an authenticator app.
pub static CSAM_APP: Scenario = Scenario {
    id: "csam-app",
    chapter: Some(ChapterId::Lra),
    steps: &[
        CREDENTIALS,
        Step {
            id: "apps",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::ActApps),
            expect: &[Gesture::Click(target::csam::APPS_NEXT)],
            branches: &[],
            mistakes: &[],
        },
        Step {
            id: "install",
            devices: &[Device::Phone],
            screen: Screen::Csam(Csam::AuthInstall),
            expect: &[Gesture::Choose {
                options: &[target::authenticator::STORE_GOOGLE, target::authenticator::STORE_MICROSOFT, target::authenticator::STORE_DUO],
                remember: Some(AUTH_APP),
            }],
            branches: &[],
            mistakes: &[(target::authenticator::STORE_GAME, "game")],
        },
        Step {
            id: "scan",
            devices: &[Device::Pc, Device::Phone],
            screen: Screen::Csam(Csam::AuthScan),
            expect: &[Gesture::Click(target::authenticator::AUTH_SCAN)],
            branches: &[],
            mistakes: &[(target::authenticator::AUTH_MANUAL, "manual")],
        },
        Step {
            id: "code",
            devices: &[Device::Phone, Device::Pc],
            screen: Screen::Csam(Csam::AuthCode),
            expect: &[typed(target::csam::TOTP_CODE, Rule::Custom(&TOTP), target::csam::TOTP_NEXT, None)],
            branches: &[],
            mistakes: &[],
        },
        info("activated", &[Device::Pc], Screen::Csam(Csam::ActDone)),
    ],
};

/// `myebox`: log in to My e-Box with a security code and set the preferences.
pub static MYEBOX: Scenario = Scenario {
    id: "myebox",
    chapter: Some(ChapterId::Lra),
    steps: &[
        Step {
            id: "home",
            devices: &[Device::Pc],
            screen: Screen::MyEbox(MyEbox::Home),
            expect: &[Gesture::Click(target::myebox::MEB_OPEN)],
            branches: &[],
            mistakes: &[(target::myebox::MEB_INFO, "info")],
        },
        Step {
            id: "language",
            devices: &[Device::Pc],
            screen: Screen::MyEbox(MyEbox::Language),
            expect: &[Gesture::Choose {
                options: &[target::myebox::MEB_LOGIN_NL, target::myebox::MEB_LOGIN_FR, target::myebox::MEB_LOGIN_DE, target::myebox::MEB_LOGIN_EN],
                remember: Some(MEB_LANG),
            }],
            branches: &[],
            mistakes: &[],
        },
        Step {
            id: "choose-key",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::ChooseKey),
            expect: &[Gesture::Choose { options: &[target::csam::KEY_EMAIL, target::csam::KEY_APP], remember: Some(KEY_CHOICE) }],
            branches: &[],
            mistakes: &[
                (target::csam::KEY_EID, "other-key"),
                (target::csam::KEY_ITSME, "other-key"),
                (target::csam::KEY_ITSME_CREATE, "other-key"),
                (target::csam::KEY_TOKEN, "token"),
            ],
        },
        Step {
            id: "credentials",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::LoginCredentials),
            expect: &[
                typed(target::csam::MEB_USERNAME, Rule::Custom(&MEB_LOGIN_USER), target::csam::MEB_NEXT, Some(MEB_USER)),
                typed(target::csam::MEB_PASSWORD, Rule::Custom(&MEB_LOGIN_PASSWORD), target::csam::MEB_NEXT, None),
            ],
            // "Forgot your username or password?": what the real site offers, then back.
            branches: &[Branch { id: target::branch::FORGOT, back: target::csam::MEB_FORGOT_BACK, enter_on: &[target::csam::MEB_FORGOT], kind: BranchKind::Detour }],
            mistakes: &[(target::csam::MEB_OTHER_KEY, "other-key")],
        },
        Step {
            id: "code",
            devices: &[Device::Pc, Device::Inbox, Device::Phone],
            screen: Screen::Csam(Csam::LoginCode),
            expect: &[typed(target::csam::MEB_CODE, Rule::Custom(&MEB_CODE), target::csam::MEB_CODE_NEXT, None)],
            branches: &[],
            mistakes: &[],
        },
        info("first-use", &[Device::Pc], Screen::MyEbox(MyEbox::FirstUse)),
        Step {
            id: "preferences",
            devices: &[Device::Pc],
            screen: Screen::MyEbox(MyEbox::Prefs),
            expect: &[Gesture::Click(target::myebox::MEB_NOTIFY_YES), Gesture::Click(target::myebox::MEB_SAVE)],
            branches: &[],
            mistakes: &[(target::myebox::MEB_NOTIFY_NO, "notify"), (target::myebox::MEB_SAVE, "notify-first")],
        },
        Step {
            id: "done",
            devices: &[Device::Pc],
            screen: Screen::MyEbox(MyEbox::Inbox),
            expect: &[],
            branches: &[],
            mistakes: &[(target::myebox::MEB_DOC_1, "doc"), (target::myebox::MEB_DOC_2, "doc"), (target::myebox::MEB_DOC_3, "doc")],
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::engine::{Action, Outcome};
    use crate::flow::PERSONA;
    use crate::scenarios::test_support::{at, submit, wrong_key};

    #[test]
    fn persona_activation_code_is_well_formed() {
        assert_eq!(rules::format_activation_code(PERSONA.activation_code).as_deref(), Some(PERSONA.activation_code));
    }

    #[test]
    fn activation_typo_names_the_group() {
        let mut s = at(&LRA_ACTIVATION, "code");
        assert_eq!(submit(&mut s, "act-code", "K7PM-4XQ2-HN8B-3TWB", "act-next"), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "lra-activation.code.group-3");
        submit(&mut s, "act-code", "K7PM4XQ2", "act-next");
        assert_eq!(wrong_key(&s), "lra-activation.code.wrong-length");
        submit(&mut s, "act-code", "K7PM-4XQ2-HN8R-3TW!", "act-next");
        assert_eq!(wrong_key(&s), "lra-activation.code.bad-char");
        assert_eq!(submit(&mut s, "act-code", "k7pm 4xq2 hn8r 3twb", "act-next"), Outcome::NewStep);
    }

    #[test]
    fn credentials_explain_each_rule_and_remember_the_username() {
        let mut s = at(&CSAM_CODE, "credentials");
        submit(&mut s, "cred-username", "sofie", "cred-next");
        assert_eq!(wrong_key(&s), "csam-code.credentials.user-length");
        submit(&mut s, "cred-username", "sofie maes", "cred-next");
        assert_eq!(wrong_key(&s), "csam-code.credentials.user-chars");
        assert_eq!(submit(&mut s, "cred-username", "sofie.maes", "cred-next"), Outcome::Progress);
        for (pw, why) in [
            ("Ab1!", "pw-length"),
            ("abcdefg1!", "pw-upper"),
            ("ABCDEFG1!", "pw-lower"),
            ("Abcdefgh!", "pw-digit"),
            ("Abcdefgh1", "pw-special"),
            ("Sofie.Maes-1", "pw-username"),
        ] {
            assert_eq!(submit(&mut s, "cred-password", pw, "cred-next"), Outcome::Mistake);
            assert_eq!(wrong_key(&s), format!("csam-code.credentials.{why}"));
        }
        assert_eq!(submit(&mut s, "cred-password", "Tulpen&Rozen7", "cred-next"), Outcome::NewStep);
    }

    #[test]
    fn registration_code_expires_into_a_detour_and_changes_when_renewed() {
        let mut s = at(&CSAM_CODE, "registration-code");
        let first = registration_code(s.run());
        assert_eq!(submit(&mut s, "reg-code", "12345", "reg-next"), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "csam-code.registration-code.format");
        assert_eq!(s.act(Action::Event("expired".into())), Outcome::Branched);
        assert_eq!(s.next_target(), Some("reg-new-code"));
        s.set_count(ROUND, 1);
        assert_eq!(s.act(Action::Click("reg-new-code".into())), Outcome::Returned);
        assert_ne!(registration_code(s.run()), first);
        assert_eq!(s.act(Action::Click("reg-cancel".into())), Outcome::Branched);
        assert_eq!(s.branch().map(|b| b.id), Some("cancelled"));
        s.act(Action::Click("reg-new-code".into()));
        let code = registration_code(s.run());
        assert_eq!(submit(&mut s, "reg-code", &code, "reg-next"), Outcome::NewStep);
    }

    #[test]
    fn a_fake_sms_opened_mid_code_is_a_mistake_and_the_code_still_works() {
        let mut s = at(&CSAM_CODE, "registration-code");
        assert_eq!(s.act(Action::Click("scam-link".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "csam-code.registration-code.scam");
        let code = registration_code(s.run());
        assert_eq!(submit(&mut s, "reg-code", &code, "reg-next"), Outcome::NewStep);
    }

    #[test]
    fn forgotten_login_is_a_detour_that_leads_back_to_the_login() {
        let mut s = at(&MYEBOX, "credentials");
        assert_eq!(s.act(Action::Click("meb-forgot".into())), Outcome::Branched);
        assert_eq!(s.branch().map(|b| b.id), Some("forgot"));
        assert_eq!(s.next_target(), Some("meb-forgot-back"));
        assert_eq!(s.act(Action::Click("meb-forgot-back".into())), Outcome::Returned);
        assert_eq!(submit(&mut s, "meb-username", MEB_USERNAME, "meb-next"), Outcome::Progress);
    }

    #[test]
    fn totp_accepts_current_and_previous_only() {
        let mut s = at(&CSAM_APP, "code");
        let t = 1_700_000_000_000.0;
        s.set_now(t);
        let key = secret(s.run());
        let previous = totp::totp_at(key.as_bytes(), t - 30_000.0).code;
        let next = totp::totp_at(key.as_bytes(), t + 30_000.0).code;
        assert_eq!(submit(&mut s, "totp-code", &next, "totp-next"), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "csam-app.code.wrong");
        assert_eq!(submit(&mut s, "totp-code", "12 34", "totp-next"), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "csam-app.code.format");
        assert_eq!(submit(&mut s, "totp-code", &previous, "totp-next"), Outcome::NewStep);
    }

    #[test]
    fn otpauth_uri_holds_the_runs_secret_under_the_exercise_issuer() {
        let s = at(&CSAM_APP, "scan");
        let uri = otpauth(s.run(), "LoginCoach (oefening)");
        assert!(uri.starts_with("otpauth://totp/LoginCoach%20%28oefening%29:sofie.maes%40example.com?secret="), "{uri}");
        assert!(uri.contains("&issuer=LoginCoach%20%28oefening%29&"), "{uri}");
        assert!(uri.contains(&secret(s.run()).to_base32()));
    }

    #[test]
    fn myebox_accepts_the_practice_pair_and_the_pair_chosen_in_this_page() {
        let login_after = |chosen: Option<&Run>, user: &str, pw: &str| {
            let mut s = at(&MYEBOX, "credentials");
            if let Some(run) = chosen {
                s.carry(run, CARRIED);
            }
            s.act(Action::Input("meb-username".into(), user.into()));
            s.act(Action::Input("meb-password".into(), pw.into()));
            let first = s.act(Action::Click("meb-next".into()));
            if first == Outcome::Progress {
                s.act(Action::Click("meb-next".into()))
            } else {
                first
            }
        };
        let login = |user: &str, pw: &str| login_after(None, user, pw);
        assert_eq!(login("sofie.maes", "Zonnebloem-24"), Outcome::NewStep);
        assert_eq!(login("jan.peeters", "Tulpen&Rozen7"), Outcome::Mistake, "nothing chosen yet");
        let mut s = at(&CSAM_CODE, "credentials");
        submit(&mut s, "cred-username", "jan.peeters", "cred-next");
        assert_eq!(submit(&mut s, "cred-password", "Tulpen&Rozen7", "cred-next"), Outcome::NewStep);
        assert_eq!(chosen_pair(s.run()), Some(("jan.peeters", "Tulpen&Rozen7")));
        let chosen = s.run().clone();
        let login = |user: &str, pw: &str| login_after(Some(&chosen), user, pw);
        assert_eq!(login("jan.peeters", "Tulpen&Rozen7"), Outcome::NewStep);
        assert_eq!(login("jan.peeters", "Zonnebloem-24"), Outcome::Mistake, "the password goes with its username");
        assert_eq!(login("sofie.maes", "Tulpen&Rozen7"), Outcome::Mistake);
        assert_eq!(login("sofie.maes", "Zonnebloem-24"), Outcome::NewStep, "the practice pair still works");
    }

    #[test]
    fn the_code_comes_by_email_or_by_sms_as_chosen() {
        let mut s = at(&CSAM_CODE, "sms-note");
        assert!(!by_sms(s.run()));
        assert_eq!(s.act(Action::Click("via-sms".into())), Outcome::NewStep);
        assert!(by_sms(s.run()));
        s.back();
        assert_eq!(s.act(Action::Click("via-email".into())), Outcome::NewStep);
        assert!(!by_sms(s.run()));
    }

    #[test]
    fn myebox_code_follows_the_chosen_key() {
        let mut s = at(&MYEBOX, "choose-key");
        s.act(Action::Click("key-app".into()));
        assert_eq!(s.step().id, "credentials");
        s.goto(MYEBOX.index_of("code").expect("code"));
        assert!(uses_app(s.run()));
        let now = s.run().now_ms;
        let code = totp::totp_at(secret(s.run()).as_bytes(), now).code;
        assert_eq!(submit(&mut s, "meb-code", &code, "meb-code-next"), Outcome::NewStep);
        let mut s = at(&MYEBOX, "code");
        let mail = login_code(s.run());
        assert_eq!(submit(&mut s, "meb-code", &mail, "meb-code-next"), Outcome::NewStep);
    }
}
