//! Chapter 2: the itsme app — creating an account with a bank app or with the eID
//! on the PC, staying safe, and logging in to IRISbox.
//!
//! The per-run values (SMS control codes, the identification token, the symbols)
//! and the validators are plain Rust here, tested natively; the screens only show
//! them. Everything random comes from the run's seed, so tests are deterministic.

use crate::flow::model::{Branch, BranchKind, ChapterId, Device, Gesture, Rule, Run, Scenario, Step, TextMemo, Validator};
use crate::flow::screen::{IrisBox, Itsme, Screen};
use crate::flow::rules::{self, ItsmeCodeViolation, TokenError};
use super::target;

/// Memory key: the itsme code chosen in `choose-code`, checked in `confirm-code`.
pub const CODE: TextMemo = TextMemo("itsmecode");
/// Memory key: the bank chosen in the list.
pub const BANK: TextMemo = TextMemo("bank");
/// How long a push notification waits in the app before it expires.
pub const PUSH_VALID_MS: u32 = 120_000;
/// The digipass's challenge shown by the bank app (practice value).
pub const CHALLENGE: &str = "4821 7730";
/// The digipass's answer to [`CHALLENGE`] (practice value).
pub const RESPONSE: &str = "059316";
/// How many symbols the app offers to choose from.
pub const SYMBOL_CHOICES: usize = 4;
/// How many different symbols exist.
pub const SYMBOL_COUNT: usize = 8;

/// A 5-digit SMS control code from the run's seed.
pub fn sms_code(run: &Run) -> String {
    let mut x: u32 = 0x811C_9DC5;
    for b in run.seed[..16].iter() {
        x = (x ^ u32::from(*b)).wrapping_mul(0x0100_0193);
    }
    format!("{:05}", x % 100_000)
}

/// The run's identification token (6 unambiguous characters).
pub fn token(run: &Run) -> String {
    let mut b = [0u8; rules::TOKEN_LEN];
    b.copy_from_slice(&run.seed[16..16 + rules::TOKEN_LEN]);
    rules::token_from_random(&b)
}

/// The symbols of this run: the one the computer shows, then the app's choices in
/// the order shown (the right one among them, at a seeded position). Indices into
/// the symbol set.
pub fn symbols(run: &Run) -> (usize, [usize; SYMBOL_CHOICES]) {
    let mut pool: Vec<usize> = (0..SYMBOL_COUNT).collect();
    let mut picked = [0usize; SYMBOL_CHOICES];
    for (i, p) in picked.iter_mut().enumerate() {
        let at = usize::from(run.seed[24 + i]) % pool.len();
        *p = pool.remove(at);
    }
    let right = picked[0];
    // Shuffle the shown order (Fisher–Yates with the seed).
    for i in (1..SYMBOL_CHOICES).rev() {
        let j = usize::from(run.seed[28 + i]) % (i + 1);
        picked.swap(i, j);
    }
    (right, picked)
}

/// Digits of a typed phone number with "+32"/"0032" and separators removed.
fn phone_digits(typed: &str) -> String {
    let compact: String = typed.chars().filter(|c| !matches!(c, ' ' | '.' | '/' | '-')).collect();
    let rest = compact
        .strip_prefix("+32")
        .or_else(|| compact.strip_prefix("0032"))
        .unwrap_or(&compact);
    rest.to_owned()
}

fn persona_mobile9(run: &Run) -> String {
    phone_digits(run.persona.mobile).trim_start_matches('0').to_owned()
}

/// The phone number in the app or on the itsme web page (a leading 0 is fine there).
fn phone_check(typed: &str, run: &Run) -> Result<(), &'static str> {
    let digits = phone_digits(typed);
    let nine = digits.strip_prefix('0').unwrap_or(&digits);
    if nine.len() != 9 || !nine.starts_with('4') || !nine.bytes().all(|b| b.is_ascii_digit()) {
        return Err("format");
    }
    if nine == persona_mobile9(run) {
        Ok(())
    } else {
        Err("not-yours")
    }
}

/// The mobile number in the itsme app or web page.
pub static PHONE: Validator = Validator {
    check: phone_check,
    example: |run| run.persona.mobile.to_owned(),
};

/// my.itsme.be wants the number without its first 0, as the guide says.
pub static PHONE_NO_ZERO: Validator = Validator {
    check: |typed, run| {
        if phone_digits(typed).starts_with('0') {
            return Err("leading-zero");
        }
        phone_check(typed, run)
    },
    example: persona_mobile9,
};

/// The persona's e-mail address.
pub static EMAIL: Validator = Validator {
    check: |typed, run| {
        let t = typed.trim().to_ascii_lowercase();
        let ok_shape = t
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.ends_with('.') && !t.contains(' '));
        if !ok_shape {
            Err("email-format")
        } else if t == run.persona.email {
            Ok(())
        } else {
            Err("email-not-yours")
        }
    },
    example: |run| run.persona.email.to_owned(),
};

fn code_of(typed: &str, expected: &str) -> Result<(), &'static str> {
    match rules::check_numeric_code(typed, 5) {
        Err(_) => Err("format"),
        Ok(c) if c == expected => Ok(()),
        Ok(_) => Err("wrong"),
    }
}

/// The SMS control code.
pub static SMS: Validator = Validator {
    check: |typed, run| code_of(typed, &sms_code(run)),
    example: sms_code,
};

/// The catalog key suffix explaining why a new itsme code is refused.
pub fn violation_key(v: ItsmeCodeViolation) -> &'static str {
    match v {
        ItsmeCodeViolation::NotFiveDigits => "rule-length",
        ItsmeCodeViolation::IdenticalDigits => "rule-identical",
        ItsmeCodeViolation::AscendingRun => "rule-ascending",
        ItsmeCodeViolation::DescendingRun => "rule-descending",
        ItsmeCodeViolation::Palindrome => "rule-palindrome",
    }
}

fn new_code_check(typed: &str, _: &Run) -> Result<(), &'static str> {
    rules::check_itsme_code(typed).map_err(|v| v.first().copied().map(violation_key).unwrap_or("rule-length"))
}

/// A new itsme code that follows the app's three rules.
pub static NEW_CODE: Validator = Validator {
    check: new_code_check,
    example: |run| run.persona.itsme_code.to_owned(),
};

/// The same itsme code typed again (any valid code when the first was not typed in this run).
pub static CONFIRM_CODE: Validator = Validator {
    check: |typed, run| match run.recall(CODE) {
        Some(first) if rules::codes_match(first, typed) => Ok(()),
        Some(_) => Err("mismatch"),
        None => new_code_check(typed, run),
    },
    example: |run| run.recall(CODE).unwrap_or(run.persona.itsme_code).to_owned(),
};

/// The identification token from the PC.
pub static TOKEN: Validator = Validator {
    check: |typed, run| {
        rules::check_token(typed, &token(run)).map_err(|e| match e {
            TokenError::WrongLength => "token-length",
            TokenError::BadCharacter(_) => "token-char",
            TokenError::Mismatch => "wrong",
        })
    },
    example: token,
};

/// The digipass's answer.
pub static DIGIPASS: Validator = Validator {
    check: |typed, _| match rules::check_numeric_code(typed, RESPONSE.len()) {
        Err(_) => Err("format"),
        Ok(c) if c == RESPONSE => Ok(()),
        Ok(_) => Err("wrong"),
    },
    example: |_| RESPONSE.to_owned(),
};

/// The persona's itsme code, when logging in.
pub static LOGIN_CODE: Validator = Validator {
    check: |typed, run| code_of(typed, run.persona.itsme_code),
    example: |run| run.persona.itsme_code.to_owned(),
};

const fn typed(target: &'static str, rule: Rule, submit: &'static str) -> Gesture {
    Gesture::Type { target, rule, submit, tries: None, on_exhausted: None, remember: None }
}

const fn step(
    id: &'static str,
    devices: &'static [Device],
    screen: Screen,
    expect: &'static [Gesture],
    mistakes: &'static [(&'static str, &'static str)],
) -> Step {
    Step { id, devices, screen, expect, branches: &[], mistakes }
}

const PHONE_ONLY: &[Device] = &[Device::Phone];
const OTHER_APPS: &[(&str, &str)] = &[(target::itsme::APP_BANK, "other-app"), (target::itsme::APP_SMS, "other-app"), (target::itsme::APP_MAIL, "other-app")];

const fn welcome(id: &'static str) -> Step {
    step(id, PHONE_ONLY, Screen::Itsme(Itsme::Welcome), &[Gesture::Click(target::itsme::APP_ITSME), Gesture::Click(target::itsme::IM_CONTINUE)], OTHER_APPS)
}

const fn terms(id: &'static str) -> Step {
    step(
        id,
        PHONE_ONLY,
        Screen::Itsme(Itsme::Terms),
        &[Gesture::Click(target::itsme::IM_CHECK_1), Gesture::Click(target::itsme::IM_CHECK_2), Gesture::Click(target::itsme::IM_CONTINUE)],
        &[(target::itsme::IM_CONTINUE, "tick-first"), (target::itsme::IM_CHECK_2, "order")],
    )
}

const PHONE_EXPECT: &[Gesture] = &[typed(target::itsme::IM_PHONE, Rule::Custom(&PHONE), target::itsme::IM_CONTINUE)];

/// The "+32" button opens the country picker; choosing België comes back.
const CC_PICKER: &[Branch] = &[Branch { id: target::branch::CC, back: target::phone::CC_BE, enter_on: &[target::itsme::IM_CC], kind: BranchKind::Detour }];

const fn phone(id: &'static str) -> Step {
    Step { id, devices: PHONE_ONLY, screen: Screen::Itsme(Itsme::Phone), expect: PHONE_EXPECT, branches: CC_PICKER, mistakes: &[] }
}

const CHOOSE_EXPECT: &[Gesture] = &[Gesture::Type {
    target: target::itsme::IM_CODE,
    rule: Rule::Custom(&NEW_CODE),
    submit: target::itsme::IM_CODE_OK,
    tries: None,
    on_exhausted: None,
    remember: Some(CODE),
}];

const fn choose_code(id: &'static str) -> Step {
    step(id, PHONE_ONLY, Screen::Itsme(Itsme::ChooseCode), CHOOSE_EXPECT, &[])
}

const CONFIRM_EXPECT: &[Gesture] = &[typed(target::itsme::IM_CODE2, Rule::Custom(&CONFIRM_CODE), target::itsme::IM_CODE2_OK)];

const fn confirm_code(id: &'static str) -> Step {
    step(id, PHONE_ONLY, Screen::Itsme(Itsme::ConfirmCode), CONFIRM_EXPECT, &[])
}

const fn finish(id: &'static str) -> Step {
    step(id, PHONE_ONLY, Screen::Itsme(Itsme::Finish), &[Gesture::Click(target::itsme::IM_START)], &[])
}

const fn home(id: &'static str) -> Step {
    step(id, PHONE_ONLY, Screen::Itsme(Itsme::Home), &[], &[(target::itsme::IM_HOME_SCAN, "explore"), (target::itsme::IM_HOME_SETTINGS, "explore")])
}

/// Target ids of the banks in the list (any is right: "the one whose app you have").
pub const BANKS: &[&str] = &[target::itsme::BANK_MOCK, target::itsme::BANK_ARGENTA, target::itsme::BANK_BELFIUS, target::itsme::BANK_BNP, target::itsme::BANK_CRELAN, target::itsme::BANK_ING, target::itsme::BANK_KBC];

/// `itsme-bank`: create itsme on the phone with the bank app and a digipass.
pub static ITSME_BANK: Scenario = Scenario {
    id: "itsme-bank",
    chapter: Some(ChapterId::Itsme),
    steps: &[
        step("intro", &[Device::Pc], Screen::Itsme(Itsme::Intro), &[Gesture::Click(target::itsme::QUIZ_DIGIPASS)], &[(target::itsme::QUIZ_READER, "reader")]),
        welcome("welcome"),
        terms("terms"),
        phone("phone"),
        step("id-country", PHONE_ONLY, Screen::Itsme(Itsme::IdCountry), &[Gesture::Click(target::itsme::IM_ID_BE)], &[(target::itsme::IM_ID_NL, "nl")]),
        step("bank", PHONE_ONLY, Screen::Itsme(Itsme::Banks), &[Gesture::Choose { options: BANKS, remember: Some(BANK) }], &[]),
        step("to-bank", PHONE_ONLY, Screen::Itsme(Itsme::ToBank), &[Gesture::Click(target::itsme::IM_TO_BANK)], &[(target::itsme::IM_CANCEL, "cancel")]),
        step(
            "bank-app",
            &[Device::Phone, Device::Reader],
            Screen::Itsme(Itsme::BankApp),
            &[
                Gesture::Click(target::itsme::BANK_SHARE),
                Gesture::Click(target::itsme::DP_CARD),
                typed(target::itsme::BANK_RESPONSE, Rule::Custom(&DIGIPASS), target::itsme::BANK_CONFIRM),
            ],
            // "Bevestigen" before the card is in the digipass: there is no answer to type yet.
            &[(target::itsme::BANK_REFUSE, "refuse"), (target::itsme::DP_CARD, "share-first"), (target::itsme::BANK_CONFIRM, "card-first")],
        ),
        step(
            "sms",
            &[Device::Inbox, Device::Phone],
            Screen::Itsme(Itsme::Sms),
            &[Gesture::Await { event: target::event::SMS, after_ms: 2500 }, Gesture::Click(target::itsme::NOTIF_SMS), Gesture::Click(target::itsme::SMS_BACK)],
            &[],
        ),
        step("sms-code", PHONE_ONLY, Screen::Itsme(Itsme::SmsCode), &[typed(target::itsme::IM_SMS, Rule::Custom(&SMS), target::itsme::IM_SMS_OK)], &[(target::itsme::IM_RESEND, "resend")]),
        choose_code("choose-code"),
        confirm_code("confirm-code"),
        finish("finish"),
        home("home"),
    ],
};

/// `itsme-eid`: create itsme on my.itsme.be with the eID, then finish on the phone.
pub static ITSME_EID: Scenario = Scenario {
    id: "itsme-eid",
    chapter: Some(ChapterId::Itsme),
    steps: &[
        step(
            "register",
            &[Device::Pc],
            Screen::Itsme(Itsme::Register),
            &[
                typed(target::itsme::REG_PHONE, Rule::Custom(&PHONE_NO_ZERO), target::itsme::REG_CREATE),
                typed(target::itsme::REG_EMAIL, Rule::Custom(&EMAIL), target::itsme::REG_CREATE),
            ],
            &[(target::itsme::REG_CC, "cc")],
        ),
        step(
            "consents",
            &[Device::Pc],
            Screen::Itsme(Itsme::Consents),
            &[Gesture::Click(target::itsme::REG_LOCATION), Gesture::Click(target::itsme::REG_ROBOT), Gesture::Click(target::itsme::REG_CREATE)],
            &[(target::itsme::REG_CREATE, "tick-first"), (target::itsme::REG_ROBOT, "order")],
        ),
        Step {
            id: "review",
            devices: &[Device::Pc],
            screen: Screen::Itsme(Itsme::Review),
            expect: &[Gesture::Click(target::itsme::REV_CREATE)],
            branches: &[Branch { id: "edit", back: target::itsme::REV_BACK, enter_on: &[target::itsme::REV_EDIT], kind: BranchKind::Detour }],
            mistakes: &[],
        },
        step("card-data", &[Device::Pc, Device::Reader], Screen::Itsme(Itsme::CardData), &[], &[]),
        step(
            "share",
            &[Device::Pc],
            Screen::Itsme(Itsme::Share),
            &[Gesture::Click(target::itsme::SHARE_AGREE), Gesture::Click(target::itsme::SHARE_CONTINUE)],
            &[(target::itsme::SHARE_CONTINUE, "tick-first")],
        ),
        step("terms", &[Device::Pc], Screen::Itsme(Itsme::TermsPc), &[Gesture::Click(target::itsme::TERMS_SIGN)], &[]),
        Step {
            id: "sign-pin",
            devices: &[Device::Pc, Device::Paper, Device::Reader],
            screen: Screen::Itsme(Itsme::SignPin),
            expect: &[Gesture::Type {
                target: target::os::PIN_FIELD,
                rule: Rule::PersonaPin,
                submit: target::os::PIN_OK,
                tries: Some(3),
                on_exhausted: Some("blocked"),
                remember: None,
            }],
            branches: &[Branch { id: "blocked", back: target::os::BLOCKED_RETRY, enter_on: &[], kind: BranchKind::Detour }],
            mistakes: &[(target::os::PIN_CANCEL, "cancel"), (target::os::PIN_MORE, "more")],
        },
        step("signed", &[Device::Pc], Screen::Itsme(Itsme::Signed), &[Gesture::Click(target::itsme::SIG_CLOSE)], &[]),
        step("token", &[Device::Pc], Screen::Itsme(Itsme::Token), &[], &[]),
        welcome("app-welcome"),
        terms("app-terms"),
        phone("app-phone"),
        step(
            "app-token",
            &[Device::Phone, Device::Pc],
            Screen::Itsme(Itsme::AppToken),
            &[typed(target::itsme::IM_TOKEN, Rule::Custom(&TOKEN), target::itsme::IM_TOKEN_OK)],
            &[],
        ),
        step(
            target::itsme::APP_SMS,
            &[Device::Inbox, Device::Phone],
            Screen::Itsme(Itsme::AppSms),
            &[Gesture::Await { event: target::event::SMS, after_ms: 2500 }, typed(target::itsme::IM_SMS, Rule::Custom(&SMS), target::itsme::IM_SMS_OK)],
            &[(target::itsme::IM_RESEND, "resend")],
        ),
        choose_code("app-choose-code"),
        confirm_code("app-confirm-code"),
        finish("app-finish"),
        home("app-home"),
    ],
};

/// `itsme-safety`: spotting scams, and the phone's default browser.
pub static ITSME_SAFETY: Scenario = Scenario {
    id: "itsme-safety",
    chapter: Some(ChapterId::Itsme),
    steps: &[
        step(
            "phishing",
            &[Device::Inbox, Device::Phone, Device::Pc],
            Screen::Itsme(Itsme::Phishing),
            &[Gesture::Click(target::itsme::PH_1_SCAM), Gesture::Click(target::itsme::PH_2_SCAM), Gesture::Click(target::itsme::PH_3_SAFE), Gesture::Click(target::itsme::PH_DONE)],
            &[(target::itsme::PH_1_SAFE, "1-safe"), (target::itsme::PH_2_SAFE, "2-safe"), (target::itsme::PH_3_SCAM, "3-scam"), (target::itsme::PH_LINK, "link")],
        ),
        step(
            "browser",
            PHONE_ONLY,
            Screen::Itsme(Itsme::Browser),
            &[Gesture::Click(target::itsme::BR_INTERNET)],
            &[(target::itsme::BR_CHROME, "other"), (target::itsme::BR_FIREFOX, "other")],
        ),
    ],
};

/// `itsme-irisbox`: log in to IRISbox with itsme.
pub static ITSME_IRISBOX: Scenario = Scenario {
    id: "itsme-irisbox",
    chapter: Some(ChapterId::Itsme),
    steps: &[
        step(
            "home",
            &[Device::Pc],
            Screen::IrisBox(IrisBox::Home),
            &[Gesture::Click(target::irisbox::IRIS_LOGIN)],
            &[(target::irisbox::IRIS_LANG_FR, "lang"), (target::irisbox::IRIS_LANG_EN, "lang"), (target::irisbox::IRIS_SEARCH, "search")],
        ),
        step(
            "choose",
            &[Device::Pc],
            Screen::IrisBox(IrisBox::Choose),
            &[Gesture::Click(target::irisbox::IRIS_ITSME)],
            &[(target::irisbox::IRIS_EID, "other"), (target::irisbox::IRIS_CSAM, "other")],
        ),
        step(
            "phone",
            &[Device::Pc],
            Screen::Itsme(Itsme::LoginPhone),
            &[Gesture::Click(target::itsme::IW_CC)],
            &[(target::itsme::IW_SEND, "cc-first"), (target::itsme::IW_LANG_FR, "lang"), (target::itsme::IW_LANG_DE, "lang"), (target::itsme::IW_LANG_EN, "lang")],
        ),
        step(
            "country",
            &[Device::Pc],
            Screen::Itsme(Itsme::LoginCountry),
            &[Gesture::Click(target::phone::CC_BE), typed(target::itsme::IW_PHONE, Rule::Custom(&PHONE), target::itsme::IW_SEND)],
            &[(target::phone::CC_NL, "nl"), (target::phone::CC_OTHER, "other"), (target::phone::CC_CLOSE, "close")],
        ),
        step(
            "prove",
            &[Device::Pc, Device::Phone],
            Screen::Itsme(Itsme::LoginProve),
            &[Gesture::Await { event: target::event::PUSH, after_ms: 8000 }],
            // A fake SMS "from itsme" comes in while the learner waits: opening it is the mistake.
            &[(target::phone::SCAM_LINK, "scam")],
        ),
        Step {
            id: "notification",
            devices: &[Device::Phone, Device::Pc],
            screen: Screen::Itsme(Itsme::LoginNotification),
            expect: &[Gesture::Click(target::itsme::NOTIF_PUSH)],
            branches: &[Branch { id: target::branch::EXPIRED, back: target::itsme::IW_RESEND, enter_on: &[target::event::PUSH_EXPIRED], kind: BranchKind::Timeout }],
            mistakes: OTHER_APPS,
        },
        step("confirm", PHONE_ONLY, Screen::Itsme(Itsme::LoginConfirm), &[Gesture::Click(target::itsme::PUSH_CONFIRM)], &[(target::itsme::PUSH_REJECT, "reject")]),
        Step {
            id: "symbol",
            devices: &[Device::Phone, Device::Pc],
            screen: Screen::Itsme(Itsme::LoginSymbol),
            expect: &[Gesture::Click(target::phone::SYM_RIGHT)],
            branches: &[Branch { id: "wrong", back: target::itsme::SYM_RETRY, enter_on: &[target::phone::SYM_WRONG_1, target::phone::SYM_WRONG_2, target::phone::SYM_WRONG_3], kind: BranchKind::Mistake }],
            mistakes: &[],
        },
        Step {
            id: "code",
            devices: PHONE_ONLY,
            screen: Screen::Itsme(Itsme::LoginCode),
            expect: &[Gesture::Type {
                target: target::itsme::IRIS_CODE,
                rule: Rule::Custom(&LOGIN_CODE),
                submit: target::itsme::IRIS_CODE_OK,
                tries: Some(3),
                on_exhausted: Some("blocked"),
                remember: None,
            }],
            branches: &[Branch { id: "blocked", back: target::itsme::IM_UNBLOCK, enter_on: &[], kind: BranchKind::Detour }],
            mistakes: &[],
        },
        step("profile", &[Device::Pc], Screen::IrisBox(IrisBox::Profile), &[Gesture::Click(target::irisbox::IRIS_CITIZEN)], &[(target::irisbox::IRIS_COMPANY, "company")]),
        step("done", &[Device::Pc], Screen::IrisBox(IrisBox::Done), &[], &[(target::irisbox::IRIS_LOGOUT, "logout"), (target::irisbox::IRIS_NEW, "explore")]),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::engine::{Action, Feedback, Outcome};
    use crate::flow::{Session, PERSONA};
    use crate::scenarios::test_support::{at, submit, wrong_key};

    #[test]
    fn run_values_are_deterministic_and_well_formed() {
        let s = Session::seeded(&ITSME_EID, &PERSONA, [3; 32]);
        let t = token(s.run());
        assert_eq!(t, token(Session::seeded(&ITSME_EID, &PERSONA, [3; 32]).run()));
        assert_eq!(t.len(), rules::TOKEN_LEN);
        assert!(t.chars().all(|c| rules::UNAMBIGUOUS_ALPHABET.contains(c)));
        let code = sms_code(s.run());
        assert_eq!(code.len(), 5);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
        let mut other = [3; 32];
        other[0] = 4;
        assert_ne!(sms_code(Session::seeded(&ITSME_EID, &PERSONA, other).run()), code);
    }

    #[test]
    fn symbols_are_distinct_and_include_the_right_one() {
        for n in 0..=255u8 {
            let mut seed = [0u8; 32];
            for (i, b) in seed.iter_mut().enumerate() {
                *b = n.wrapping_mul(31).wrapping_add(i as u8 * 7);
            }
            let s = Session::seeded(&ITSME_IRISBOX, &PERSONA, seed);
            let (right, shown) = symbols(s.run());
            assert!(shown.contains(&right));
            let mut sorted = shown;
            sorted.sort_unstable();
            assert!(sorted.windows(2).all(|w| w[0] != w[1]), "{shown:?}");
            assert!(shown.iter().all(|i| *i < SYMBOL_COUNT));
        }
        // Different runs put the right symbol at different places.
        let places: std::collections::BTreeSet<usize> = (0..40u8)
            .map(|n| {
                let s = Session::seeded(&ITSME_IRISBOX, &PERSONA, [n; 32]);
                let (right, shown) = symbols(s.run());
                shown.iter().position(|x| *x == right).unwrap_or(9)
            })
            .collect();
        assert!(places.len() > 1, "{places:?}");
    }

    #[test]
    fn phone_number_rules() {
        let mut s = at(&ITSME_BANK, "phone");
        assert_eq!(submit(&mut s, "im-phone", "0470 55 81", "im-continue"), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-bank.phone.format");
        submit(&mut s, "im-phone", "0471 55 81 26", "im-continue");
        assert_eq!(wrong_key(&s), "itsme-bank.phone.not-yours");
        assert_eq!(submit(&mut s, "im-phone", "470/55.81.26", "im-continue"), Outcome::NewStep);
        let mut s = at(&ITSME_EID, "register");
        submit(&mut s, "reg-phone", "0470558126", "reg-create");
        assert_eq!(wrong_key(&s), "itsme-eid.register.leading-zero");
        assert_eq!(submit(&mut s, "reg-phone", "470 55 81 26", "reg-create"), Outcome::Progress);
        submit(&mut s, "reg-email", "sofie.maes@example", "reg-create");
        assert_eq!(wrong_key(&s), "itsme-eid.register.email-format");
        submit(&mut s, "reg-email", "sofie@example.com", "reg-create");
        assert_eq!(wrong_key(&s), "itsme-eid.register.email-not-yours");
        assert_eq!(submit(&mut s, "reg-email", " Sofie.Maes@example.com ", "reg-create"), Outcome::NewStep);
    }

    #[test]
    fn code_rules_are_explained_one_by_one_and_the_confirmation_must_match() {
        let mut s = at(&ITSME_BANK, "choose-code");
        for (code, why) in [
            ("11111", "rule-identical"),
            ("12345", "rule-ascending"),
            ("54321", "rule-descending"),
            ("12321", "rule-palindrome"),
            ("1234", "rule-length"),
        ] {
            assert_eq!(submit(&mut s, "im-code", code, "im-code-ok"), Outcome::Mistake, "{code}");
            assert_eq!(wrong_key(&s), format!("itsme-bank.choose-code.{why}"));
        }
        assert_eq!(submit(&mut s, "im-code", "38162", "im-code-ok"), Outcome::NewStep);
        assert_eq!(s.run().recall(CODE), Some("38162"));
        assert_eq!(submit(&mut s, "im-code2", "38126", "im-code2-ok"), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-bank.confirm-code.mismatch");
        assert_eq!(submit(&mut s, "im-code2", "38162", "im-code2-ok"), Outcome::NewStep);
        // Opened by deep link: any valid code is accepted.
        let mut s = at(&ITSME_EID, "app-confirm-code");
        submit(&mut s, "im-code2", "22222", "im-code2-ok");
        assert_eq!(wrong_key(&s), "itsme-eid.app-confirm-code.rule-identical");
        assert_eq!(submit(&mut s, "im-code2", "90817", "im-code2-ok"), Outcome::NewStep);
    }

    #[test]
    fn token_and_sms_code_must_match_the_run() {
        let mut s = at(&ITSME_EID, "app-token");
        let t = token(s.run());
        submit(&mut s, "im-token", "ABC", "im-token-ok");
        assert_eq!(wrong_key(&s), "itsme-eid.app-token.token-length");
        submit(&mut s, "im-token", "O0O0O0", "im-token-ok");
        assert_eq!(wrong_key(&s), "itsme-eid.app-token.token-char");
        let other = if t == "222222" { "333333" } else { "222222" };
        submit(&mut s, "im-token", other, "im-token-ok");
        assert_eq!(wrong_key(&s), "itsme-eid.app-token.wrong");
        assert_eq!(submit(&mut s, "im-token", &t.to_lowercase(), "im-token-ok"), Outcome::NewStep);
        assert_eq!(s.step().id, "app-sms");
        assert_eq!(s.act(Action::Event("sms".into())), Outcome::Progress);
        let code = sms_code(s.run());
        let bad = if code == "00000" { "11111" } else { "00000" };
        submit(&mut s, "im-sms", bad, "im-sms-ok");
        assert_eq!(wrong_key(&s), "itsme-eid.app-sms.wrong");
        assert_eq!(submit(&mut s, "im-sms", &code, "im-sms-ok"), Outcome::NewStep);
    }

    #[test]
    fn a_fake_sms_while_waiting_for_the_push_is_a_mistake_and_the_push_still_comes() {
        let mut s = at(&ITSME_IRISBOX, "prove");
        assert_eq!(s.act(Action::Click("scam-link".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-irisbox.prove.scam");
        assert_eq!(s.act(Action::Event("push".into())), Outcome::NewStep);
    }

    #[test]
    fn wrong_symbol_stops_and_three_wrong_codes_block() {
        let mut s = at(&ITSME_IRISBOX, "symbol");
        assert_eq!(s.act(Action::Click("sym-wrong-2".into())), Outcome::Branched);
        assert_eq!(s.key("title"), "itsme-irisbox.symbol.wrong.title");
        assert_eq!(s.act(Action::Click("sym-retry".into())), Outcome::Returned);
        assert_eq!(s.act(Action::Click("sym-right".into())), Outcome::NewStep);
        for n in [2u8, 1] {
            assert_eq!(submit(&mut s, "iris-code", "13579", "iris-code-ok"), Outcome::Mistake);
            assert!(matches!(s.feedback(), Some(Feedback::WrongValue { tries_left: Some(left), .. }) if *left == n));
        }
        assert_eq!(submit(&mut s, "iris-code", "13579", "iris-code-ok"), Outcome::Branched);
        assert_eq!(s.act(Action::Click("im-unblock".into())), Outcome::Returned);
        assert_eq!(submit(&mut s, "iris-code", PERSONA.itsme_code, "iris-code-ok"), Outcome::NewStep);
    }

    #[test]
    fn the_plus_32_button_opens_the_country_picker() {
        let mut s = at(&ITSME_BANK, "phone");
        assert_eq!(s.act(Action::Click("im-cc".into())), Outcome::Branched);
        assert_eq!(s.next_target(), Some("cc-be"));
        assert_eq!(s.act(Action::Click("cc-nl".into())), Outcome::Mistake);
        assert_eq!(s.act(Action::Click("cc-be".into())), Outcome::Returned);
        assert_eq!(submit(&mut s, "im-phone", PERSONA.mobile, "im-continue"), Outcome::NewStep);
    }

    #[test]
    fn an_expired_push_is_sent_again() {
        let mut s = at(&ITSME_IRISBOX, "notification");
        assert_eq!(s.act(Action::Event("push-expired".into())), Outcome::Branched);
        assert_eq!(s.next_target(), Some("iw-resend"));
        assert_eq!(s.act(Action::Click("iw-resend".into())), Outcome::Returned);
        assert_eq!(s.act(Action::Click("notif-push".into())), Outcome::NewStep);
    }

    #[test]
    fn the_bank_app_explains_each_of_its_actions() {
        let mut s = at(&ITSME_BANK, "bank-app");
        assert_eq!(s.act(Action::Click("dp-card".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-bank.bank-app.share-first");
        assert_eq!(s.act(Action::Click("bank-share".into())), Outcome::Progress);
        assert_eq!(s.act(Action::Click("bank-confirm".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-bank.bank-app.card-first", "no generic 'not the right place'");
        assert_eq!(s.act(Action::Click("dp-card".into())), Outcome::Progress);
        assert_eq!(s.act(Action::Click("bank-confirm".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-bank.bank-app.empty");
        assert_eq!(submit(&mut s, "bank-response", RESPONSE, "bank-confirm"), Outcome::NewStep);
    }

    #[test]
    fn phishing_is_judged_message_by_message() {
        let mut s = at(&ITSME_SAFETY, "phishing");
        assert_eq!(s.act(Action::Click("ph-1-safe".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-safety.phishing.1-safe");
        assert_eq!(s.act(Action::Click("ph-1-scam".into())), Outcome::Progress);
        assert_eq!(s.act(Action::Click("ph-2-safe".into())), Outcome::Mistake);
        assert_eq!(s.act(Action::Click("ph-2-scam".into())), Outcome::Progress);
        assert_eq!(s.act(Action::Click("ph-3-scam".into())), Outcome::Mistake);
        assert_eq!(wrong_key(&s), "itsme-safety.phishing.3-scam");
        assert_eq!(s.act(Action::Click("ph-3-safe".into())), Outcome::Progress);
        assert_eq!(s.act(Action::Click("ph-done".into())), Outcome::NewStep);
    }
}
