//! Validation rules for the codes, PINs, names and numbers the learner types on
//! the mock screens, as the Dutch guide states them (itsme code, eID PIN, CSAM
//! account, activation letter, SMS/e-mail codes, national register number,
//! itsme identification token).
//!
//! Plain Rust, no browser APIs, no panics on input. Nothing here is
//! learner-facing text: every outcome is a typed enum that the UI maps to a
//! translation key.

/// Length of an itsme code.
pub const ITSME_CODE_LEN: usize = 5;
/// Shortest eID PIN the eID software accepts.
pub const PIN_MIN_LEN: usize = 4;
/// Longest eID PIN the eID software accepts.
pub const PIN_MAX_LEN: usize = 12;
/// Shortest CSAM username in our teaching rules.
pub const USERNAME_MIN_LEN: usize = 6;
/// Longest CSAM username in our teaching rules.
pub const USERNAME_MAX_LEN: usize = 64;
/// Shortest CSAM password in our teaching rules.
pub const PASSWORD_MIN_LEN: usize = 8;
/// Number of groups in a CSAM activation code (`K7QM-2XPD-9RTA-W4HN`).
pub const ACTIVATION_GROUPS: usize = 4;
/// Characters per group in a CSAM activation code.
pub const ACTIVATION_GROUP_LEN: usize = 4;
/// Length of an itsme identification token.
pub const TOKEN_LEN: usize = 6;
/// Characters used for tokens and generated activation codes: no 0/O, 1/I/L, so nothing can be misread.
pub const UNAMBIGUOUS_ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

// ---------------------------------------------------------------------------
// itsme code
// ---------------------------------------------------------------------------

/// A reason the itsme app refuses a chosen 5-digit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItsmeCodeViolation {
    /// Not exactly five ASCII digits (the other checks are then skipped).
    NotFiveDigits,
    /// All five digits the same, e.g. 11111.
    IdenticalDigits,
    /// The guide's "optellende cijfers": each digit one more than the previous, e.g. 12345 or 01234 (no wrap-around: 67890 is allowed).
    AscendingRun,
    /// Each digit one less than the previous, e.g. 54321; not in the guide but the real app refuses it too, so we do.
    DescendingRun,
    /// Reads the same backwards, e.g. 12321 (11111 is reported as this too).
    Palindrome,
}

/// Checks a new itsme code and returns every rule it breaks, so the UI can list them all.
///
/// Choices: only a full 5-digit run counts as ascending/descending (12346 is
/// fine); there is no wrap-around (90123, 67890 are fine); descending runs
/// are refused like ascending ones, as the real app does. No trimming: the
/// code comes from a PIN pad.
pub fn check_itsme_code(code: &str) -> Result<(), Vec<ItsmeCodeViolation>> {
    let digits: Vec<u8> = code.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    if digits.len() != ITSME_CODE_LEN || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(vec![ItsmeCodeViolation::NotFiveDigits]);
    }
    let mut violations = Vec::new();
    if digits.windows(2).all(|w| w[0] == w[1]) {
        violations.push(ItsmeCodeViolation::IdenticalDigits);
    }
    if digits.windows(2).all(|w| w[1] == w[0] + 1) {
        violations.push(ItsmeCodeViolation::AscendingRun);
    }
    if digits.windows(2).all(|w| w[0] == w[1] + 1) {
        violations.push(ItsmeCodeViolation::DescendingRun);
    }
    if digits.iter().eq(digits.iter().rev()) {
        violations.push(ItsmeCodeViolation::Palindrome);
    }
    if violations.is_empty() {
        Ok(())
    } else {
        Err(violations)
    }
}

/// True when the confirmation entry equals the first entry (exact, no normalising; does not validate).
pub fn codes_match(first: &str, confirmation: &str) -> bool {
    first == confirmation
}

// ---------------------------------------------------------------------------
// eID PIN
// ---------------------------------------------------------------------------

/// Why a typed eID PIN has the wrong shape (its correctness is checked elsewhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PinFormatError {
    /// Contains something other than ASCII digits.
    NotDigits,
    /// Fewer than 4 digits.
    TooShort,
    /// More than 12 digits.
    TooLong,
}

/// Checks an eID PIN's format: 4 to 12 ASCII digits, nothing else (no trimming, as on a PIN pad).
pub fn check_pin_format(pin: &str) -> Result<(), PinFormatError> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinFormatError::NotDigits);
    }
    if pin.len() < PIN_MIN_LEN {
        Err(PinFormatError::TooShort)
    } else if pin.len() > PIN_MAX_LEN {
        Err(PinFormatError::TooLong)
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// CSAM username and password (our plausible teaching rules)
// ---------------------------------------------------------------------------

/// One username rule shown as a live checklist item.
///
/// These are LoginCoach's plausible teaching rules, not an official CSAM specification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UsernameRule {
    /// 6 to 64 characters.
    Length,
    /// Only ASCII letters, digits, '.', '_' and '-' (false while empty).
    AllowedCharacters,
}

/// One password rule shown as a live checklist item.
///
/// These are LoginCoach's plausible teaching rules, not an official CSAM specification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PasswordRule {
    /// At least 8 characters.
    MinLength,
    /// At least one uppercase letter (any script, e.g. 'É').
    Uppercase,
    /// At least one lowercase letter.
    Lowercase,
    /// At least one ASCII digit.
    Digit,
    /// At least one character that is not a letter, digit or whitespace (e.g. ! ? # @ . -).
    Special,
    /// Does not contain the username, ignoring case (false while the password is empty).
    NotContainingUsername,
}

/// Every username rule with whether it is met now, in display order, for ticking off while typing.
pub fn username_rules(username: &str) -> Vec<(UsernameRule, bool)> {
    let len = username.chars().count();
    let allowed = !username.is_empty()
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    vec![
        (
            UsernameRule::Length,
            (USERNAME_MIN_LEN..=USERNAME_MAX_LEN).contains(&len),
        ),
        (UsernameRule::AllowedCharacters, allowed),
    ]
}

/// Every password rule with whether it is met now, in display order; `username` may still be empty.
pub fn password_rules(password: &str, username: &str) -> Vec<(PasswordRule, bool)> {
    // CSAM usernames are ASCII (see `username_rules`), so ASCII case folding is
    // enough and keeps Unicode case tables out of the wasm.
    let username = username.trim().to_ascii_lowercase();
    let contains_username =
        !username.is_empty() && password.to_ascii_lowercase().contains(username.as_str());
    vec![
        (
            PasswordRule::MinLength,
            password.chars().count() >= PASSWORD_MIN_LEN,
        ),
        (PasswordRule::Uppercase, password.chars().any(char::is_uppercase)),
        (PasswordRule::Lowercase, password.chars().any(char::is_lowercase)),
        (
            PasswordRule::Digit,
            password.chars().any(|c| c.is_ascii_digit()),
        ),
        (
            PasswordRule::Special,
            password
                .chars()
                .any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
        ),
        (
            PasswordRule::NotContainingUsername,
            !password.is_empty() && !contains_username,
        ),
    ]
}

/// True when every rule in a checklist is met (enables the "Next" button).
pub fn all_satisfied<R>(rules: &[(R, bool)]) -> bool {
    rules.iter().all(|(_, ok)| *ok)
}

// ---------------------------------------------------------------------------
// CSAM activation code (paper letter)
// ---------------------------------------------------------------------------

/// Why a typed activation code was refused, precise enough to point at the typo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivationCodeError {
    /// Not 16 letters/digits after removing spaces and dashes.
    WrongLength,
    /// A character that is not A–Z or 0–9 (after uppercasing); the first one found.
    BadCharacter(char),
    /// Well-formed but different; `first_wrong_group` is 1-based (1..=4), as the learner counts groups on the letter.
    Mismatch {
        /// 1-based index of the first group of four that differs.
        first_wrong_group: usize,
    },
}

/// Canonical form for comparing activation codes: trimmed, uppercased, spaces and dashes removed.
pub fn normalize_activation_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Letter form `XXXX-XXXX-XXXX-XXXX` of any accepted input, or None if it is not 16 letters/digits.
pub fn format_activation_code(code: &str) -> Option<String> {
    let n = normalize_activation_code(code);
    if n.len() != ACTIVATION_GROUPS * ACTIVATION_GROUP_LEN
        || !n.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    let groups: Vec<&str> = (0..ACTIVATION_GROUPS)
        .filter_map(|g| n.get(g * ACTIVATION_GROUP_LEN..(g + 1) * ACTIVATION_GROUP_LEN))
        .collect();
    Some(groups.join("-"))
}

/// A printable activation code for the mock letter, from 16 caller-provided random bytes (unambiguous characters only).
pub fn activation_code_from_random(bytes: &[u8; 16]) -> String {
    let raw: String = bytes.iter().map(|b| unambiguous_char(*b)).collect();
    // 16 unambiguous characters always format.
    format_activation_code(&raw).unwrap_or(raw)
}

/// Compares a typed activation code with the expected one (both normalised) and says what is wrong.
pub fn check_activation_code(typed: &str, expected: &str) -> Result<(), ActivationCodeError> {
    let typed = normalize_activation_code(typed);
    if let Some(bad) = typed
        .chars()
        .find(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
    {
        return Err(ActivationCodeError::BadCharacter(bad));
    }
    if typed.len() != ACTIVATION_GROUPS * ACTIVATION_GROUP_LEN {
        return Err(ActivationCodeError::WrongLength);
    }
    let expected = normalize_activation_code(expected);
    if typed == expected {
        return Ok(());
    }
    // Both are ASCII here only if expected is well-formed; compare byte chunks safely either way.
    let typed_groups = typed.as_bytes().chunks(ACTIVATION_GROUP_LEN);
    let mut expected_groups = expected.as_bytes().chunks(ACTIVATION_GROUP_LEN);
    let first_wrong = typed_groups
        .enumerate()
        .find(|(_, group)| expected_groups.next() != Some(*group))
        .map(|(i, _)| i + 1)
        .unwrap_or(ACTIVATION_GROUPS);
    Err(ActivationCodeError::Mismatch {
        first_wrong_group: first_wrong,
    })
}

// ---------------------------------------------------------------------------
// Short numeric codes (SMS control code, e-mail registration code)
// ---------------------------------------------------------------------------

/// Why a typed SMS or e-mail code has the wrong shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumericCodeError {
    /// Contains something other than digits and spaces.
    NotDigits,
    /// Right characters, wrong count.
    WrongLength,
}

/// Checks a `len`-digit code (spaces anywhere ignored) and returns the bare digits for comparison.
pub fn check_numeric_code(typed: &str, len: usize) -> Result<String, NumericCodeError> {
    let cleaned: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumericCodeError::NotDigits);
    }
    if cleaned.len() != len {
        return Err(NumericCodeError::WrongLength);
    }
    Ok(cleaned)
}

/// True when a typed numeric code equals the expected one, spaces ignored on both sides.
pub fn numeric_code_matches(typed: &str, expected: &str) -> bool {
    let strip = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let expected = strip(expected);
    !expected.is_empty() && strip(typed) == expected
}

// ---------------------------------------------------------------------------
// Belgian national register number (rijksregisternummer)
// ---------------------------------------------------------------------------

/// Digits of an NRN typed plain (`85073003328`) or formatted (`85.07.30-033.28`); '.', '-' and spaces are ignored.
fn nrn_digits(text: &str) -> Option<[u8; 11]> {
    let mut out = [0u8; 11];
    let mut n = 0;
    for c in text.chars() {
        match c {
            '.' | '-' => {}
            c if c.is_whitespace() => {}
            c if c.is_ascii_digit() => {
                let slot = out.get_mut(n)?;
                *slot = c as u8 - b'0';
                n += 1;
            }
            _ => return None,
        }
    }
    (n == 11).then_some(out)
}

/// Check digits (1..=97) for a birth date `yymmdd` (0..=999999) and sequence number (0..=999); None when out of range.
///
/// Rule: 97 − (9-digit number mod 97); for people born in 2000 or later the
/// 9 digits are prefixed with "2" first. Only the checksum is modelled: real
/// numbers can have month/day 00 and bis numbers add 20/40 to the month.
pub fn nrn_check_digits(yymmdd: u32, seq: u16, born_2000_or_later: bool) -> Option<u8> {
    if yymmdd > 999_999 || seq > 999 {
        return None;
    }
    let nine = u64::from(yymmdd) * 1000 + u64::from(seq);
    let base = if born_2000_or_later {
        2_000_000_000 + nine
    } else {
        nine
    };
    // base % 97 is 0..=96, so the result is 1..=97 and fits u8.
    Some((97 - base % 97) as u8)
}

/// True when the text is an 11-digit NRN (plain or `YY.MM.DD-XXX.CC`) whose check digits fit either century.
pub fn nrn_is_valid(text: &str) -> bool {
    let Some(d) = nrn_digits(text) else {
        return false;
    };
    let num = |range: std::ops::Range<usize>| -> u32 {
        d[range].iter().fold(0u32, |acc, x| acc * 10 + u32::from(*x))
    };
    let (yymmdd, seq, check) = (num(0..6), num(6..9), num(9..11));
    let seq = seq as u16; // at most 999
    [false, true]
        .iter()
        .any(|born_2000| nrn_check_digits(yymmdd, seq, *born_2000).map(u32::from) == Some(check))
}

/// Shows an NRN as `YY.MM.DD-XXX.CC` (as on the eID card); None when it is not 11 digits (no checksum check).
pub fn format_nrn(text: &str) -> Option<String> {
    let d = nrn_digits(text)?;
    let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
    Some(format!(
        "{}.{}.{}-{}.{}",
        &s[0..2],
        &s[2..4],
        &s[4..6],
        &s[6..9],
        &s[9..11]
    ))
}

/// Builds a valid formatted NRN for a mock person; None when the parts are out of range.
pub fn nrn_from_parts(yymmdd: u32, seq: u16, born_2000_or_later: bool) -> Option<String> {
    let check = nrn_check_digits(yymmdd, seq, born_2000_or_later)?;
    format_nrn(&format!("{yymmdd:06}{seq:03}{check:02}"))
}

// ---------------------------------------------------------------------------
// itsme identification token
// ---------------------------------------------------------------------------

/// Maps a random byte to the unambiguous alphabet (31 symbols; the tiny modulo bias is irrelevant for a practice token).
fn unambiguous_char(byte: u8) -> char {
    let alphabet = UNAMBIGUOUS_ALPHABET.as_bytes();
    char::from(alphabet[usize::from(byte) % alphabet.len()])
}

/// A 6-character identification token from 6 caller-provided random bytes (browser crypto).
pub fn token_from_random(bytes: &[u8; TOKEN_LEN]) -> String {
    bytes.iter().map(|b| unambiguous_char(*b)).collect()
}

/// Why a typed identification token was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenError {
    /// Not 6 characters after removing spaces.
    WrongLength,
    /// A character that never appears in tokens (e.g. 0, O, 1, I, L); the first one found, uppercased.
    BadCharacter(char),
    /// Well-formed but not the expected token.
    Mismatch,
}

/// Compares a typed token with the expected one, ignoring case and spaces.
pub fn check_token(typed: &str, expected: &str) -> Result<(), TokenError> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let typed = norm(typed);
    if let Some(bad) = typed.chars().find(|c| !UNAMBIGUOUS_ALPHABET.contains(*c)) {
        return Err(TokenError::BadCharacter(bad));
    }
    if typed.chars().count() != TOKEN_LEN {
        return Err(TokenError::WrongLength);
    }
    if typed == norm(expected) {
        Ok(())
    } else {
        Err(TokenError::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ItsmeCodeViolation as V;

    #[test]
    fn itsme_code_good_ones() {
        for ok in ["13579", "90123", "67890", "12346", "10293", "24680", "00001", "98766"] {
            assert_eq!(check_itsme_code(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn itsme_code_shape() {
        for bad in ["", "1234", "123456", "12a45", " 1357", "1357 ", "１２３４５", "13-79", "ééééé"] {
            assert_eq!(check_itsme_code(bad), Err(vec![V::NotFiveDigits]), "{bad:?}");
        }
    }

    #[test]
    fn itsme_code_violations() {
        assert_eq!(
            check_itsme_code("11111"),
            Err(vec![V::IdenticalDigits, V::Palindrome])
        );
        assert_eq!(
            check_itsme_code("00000"),
            Err(vec![V::IdenticalDigits, V::Palindrome])
        );
        assert_eq!(check_itsme_code("12345"), Err(vec![V::AscendingRun]));
        assert_eq!(check_itsme_code("01234"), Err(vec![V::AscendingRun]));
        assert_eq!(check_itsme_code("56789"), Err(vec![V::AscendingRun]));
        assert_eq!(check_itsme_code("54321"), Err(vec![V::DescendingRun]));
        assert_eq!(check_itsme_code("98765"), Err(vec![V::DescendingRun]));
        assert_eq!(check_itsme_code("43210"), Err(vec![V::DescendingRun]));
        assert_eq!(check_itsme_code("12321"), Err(vec![V::Palindrome]));
        assert_eq!(check_itsme_code("90009"), Err(vec![V::Palindrome]));
        assert_eq!(check_itsme_code("11211"), Err(vec![V::Palindrome]));
    }

    #[test]
    fn codes_match_is_exact() {
        assert!(codes_match("13579", "13579"));
        assert!(!codes_match("13579", "13578"));
        assert!(!codes_match("13579", "13579 "));
        assert!(codes_match("", ""));
    }

    #[test]
    fn pin_format() {
        assert_eq!(check_pin_format("1234"), Ok(()));
        assert_eq!(check_pin_format("123456789012"), Ok(()));
        assert_eq!(check_pin_format("123"), Err(PinFormatError::TooShort));
        assert_eq!(check_pin_format(""), Err(PinFormatError::TooShort));
        assert_eq!(check_pin_format("1234567890123"), Err(PinFormatError::TooLong));
        assert_eq!(check_pin_format("12a4"), Err(PinFormatError::NotDigits));
        assert_eq!(check_pin_format(" 1234"), Err(PinFormatError::NotDigits));
        assert_eq!(check_pin_format("١٢٣٤"), Err(PinFormatError::NotDigits));
    }

    fn flags<R: Copy>(rules: &[(R, bool)]) -> Vec<bool> {
        rules.iter().map(|(_, ok)| *ok).collect()
    }

    #[test]
    fn username_live_rules() {
        let r = username_rules("");
        assert_eq!(r.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![UsernameRule::Length, UsernameRule::AllowedCharacters]);
        assert_eq!(flags(&r), vec![false, false]);
        assert_eq!(flags(&username_rules("jan")), vec![false, true]);
        assert_eq!(flags(&username_rules("jan.peeters_1-a")), vec![true, true]);
        assert_eq!(flags(&username_rules("jan peeters")), vec![true, false]);
        assert_eq!(flags(&username_rules("jan@peeters")), vec![true, false]);
        assert_eq!(flags(&username_rules("zoë.janssens")), vec![true, false]);
        assert_eq!(flags(&username_rules(&"a".repeat(64))), vec![true, true]);
        assert_eq!(flags(&username_rules(&"a".repeat(65))), vec![false, true]);
        assert_eq!(flags(&username_rules("abcdef")), vec![true, true]);
        assert_eq!(flags(&username_rules("abcde")), vec![false, true]);
        assert!(all_satisfied(&username_rules("jan.peeters")));
        assert!(!all_satisfied(&username_rules("jan")));
    }

    #[test]
    fn password_live_rules() {
        use PasswordRule as P;
        let r = password_rules("", "");
        assert_eq!(
            r.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            vec![P::MinLength, P::Uppercase, P::Lowercase, P::Digit, P::Special, P::NotContainingUsername]
        );
        assert_eq!(flags(&r), vec![false; 6]);
        assert_eq!(flags(&password_rules("a", "")), vec![false, false, true, false, false, true]);
        assert_eq!(flags(&password_rules("Zomer2024!", "jan.peeters")), vec![true; 6]);
        assert_eq!(flags(&password_rules("Zomer 2024", "x")), vec![true, true, true, true, false, true]);
        assert_eq!(flags(&password_rules("ÉTÉété9#", "")), vec![true; 6]);
        assert_eq!(flags(&password_rules("abcdefgh", "")), vec![true, false, true, false, false, true]);
        // Username inside, any case.
        let r = password_rules("xJAN.Peeters1!", "jan.peeters");
        assert_eq!(flags(&r), vec![true, true, true, true, true, false]);
        assert!(!all_satisfied(&r));
        // Username with surrounding spaces is trimmed before comparing.
        assert_eq!(password_rules("Xjanpeeters1!", " janpeeters ")[5], (P::NotContainingUsername, false));
        assert!(all_satisfied(&password_rules("Brussel#1830", "jan.peeters")));
        assert!(all_satisfied::<P>(&[]));
    }

    #[test]
    fn activation_code_accepts_variants() {
        let expected = "K7QM-2XPD-9RTA-W4HN";
        for typed in [
            "K7QM-2XPD-9RTA-W4HN",
            "k7qm-2xpd-9rta-w4hn",
            "  K7QM 2XPD 9RTA W4HN ",
            "K7QM2XPD9RTAW4HN",
            "K7QM - 2XPD - 9RTA - W4HN",
        ] {
            assert_eq!(check_activation_code(typed, expected), Ok(()), "{typed:?}");
        }
    }

    #[test]
    fn activation_code_errors() {
        let expected = "K7QM-2XPD-9RTA-W4HN";
        assert_eq!(check_activation_code("", expected), Err(ActivationCodeError::WrongLength));
        assert_eq!(check_activation_code("K7QM-2XPD-9RTA-W4H", expected), Err(ActivationCodeError::WrongLength));
        assert_eq!(check_activation_code("K7QM-2XPD-9RTA-W4HNN", expected), Err(ActivationCodeError::WrongLength));
        assert_eq!(check_activation_code("K7QM-2XPD-9RTA-W4H!", expected), Err(ActivationCodeError::BadCharacter('!')));
        assert_eq!(check_activation_code("K7QM_2XPD", expected), Err(ActivationCodeError::BadCharacter('_')));
        assert_eq!(check_activation_code("K7QM-2XPD-9RTA-W4HÑ", expected), Err(ActivationCodeError::BadCharacter('Ñ')));
        for (typed, group) in [
            ("X7QM-2XPD-9RTA-W4HN", 1),
            ("K7QM-2XPO-9RTA-W4HN", 2),
            ("K7QM-2XPD-9RTB-W4HN", 3),
            ("K7QM-2XPD-9RTA-W4HM", 4),
            ("K7QM-2XPD-ABCD-EFGH", 3),
        ] {
            assert_eq!(
                check_activation_code(typed, expected),
                Err(ActivationCodeError::Mismatch { first_wrong_group: group }),
                "{typed}"
            );
        }
        // A malformed expected value never panics.
        assert_eq!(
            check_activation_code("K7QM-2XPD-9RTA-W4HN", "K7QM"),
            Err(ActivationCodeError::Mismatch { first_wrong_group: 2 })
        );
        assert_eq!(
            check_activation_code("K7QM-2XPD-9RTA-W4HN", "ééé"),
            Err(ActivationCodeError::Mismatch { first_wrong_group: 1 })
        );
    }

    #[test]
    fn activation_code_format_and_generate() {
        assert_eq!(format_activation_code("k7qm2xpd9rtaw4hn").as_deref(), Some("K7QM-2XPD-9RTA-W4HN"));
        assert_eq!(format_activation_code("K7QM"), None);
        assert_eq!(format_activation_code("K7QM-2XPD-9RTA-W4H!"), None);
        let code = activation_code_from_random(&[0, 1, 2, 3, 30, 31, 32, 33, 100, 200, 250, 255, 7, 8, 9, 10]);
        assert_eq!(code.len(), 19);
        assert_eq!(format_activation_code(&code).as_deref(), Some(code.as_str()));
        assert!(code.chars().all(|c| c == '-' || UNAMBIGUOUS_ALPHABET.contains(c)));
        assert_eq!(check_activation_code(&code.to_lowercase(), &code), Ok(()));
        assert_eq!(&code[..4], "2345");
    }

    #[test]
    fn numeric_codes() {
        assert_eq!(check_numeric_code("123456", 6).as_deref(), Ok("123456"));
        assert_eq!(check_numeric_code(" 123 456 ", 6).as_deref(), Ok("123456"));
        assert_eq!(check_numeric_code("12345", 5).as_deref(), Ok("12345"));
        assert_eq!(check_numeric_code("12345", 6), Err(NumericCodeError::WrongLength));
        assert_eq!(check_numeric_code("", 6), Err(NumericCodeError::WrongLength));
        assert_eq!(check_numeric_code("1234567", 6), Err(NumericCodeError::WrongLength));
        assert_eq!(check_numeric_code("12-456", 6), Err(NumericCodeError::NotDigits));
        assert_eq!(check_numeric_code("12345O", 6), Err(NumericCodeError::NotDigits));
        assert!(numeric_code_matches("123 456", "123456"));
        assert!(!numeric_code_matches("123457", "123456"));
        assert!(!numeric_code_matches("", ""));
    }

    #[test]
    fn nrn_check_digits_examples() {
        // Computed by hand: 97 - (850730033 mod 97) = 28, etc.
        assert_eq!(nrn_check_digits(850730, 33, false), Some(28));
        assert_eq!(nrn_check_digits(930518, 223, false), Some(61));
        assert_eq!(nrn_check_digits(991231, 998, false), Some(41));
        // Born 2000 or later: "2" prefixed to the nine digits.
        assert_eq!(nrn_check_digits(10203, 5, true), Some(66));
        assert_eq!(nrn_check_digits(170101, 1, true), Some(71));
        assert_eq!(nrn_check_digits(0, 1, true), Some(28));
        assert_eq!(nrn_check_digits(1_000_000, 1, false), None);
        assert_eq!(nrn_check_digits(850730, 1000, false), None);
        // Range 1..=97 for many inputs.
        for seq in 0..=999u16 {
            for born in [false, true] {
                let c = nrn_check_digits(850730, seq, born).unwrap_or(0);
                assert!((1..=97).contains(&c));
            }
        }
    }

    #[test]
    fn nrn_validity() {
        for ok in [
            "85073003328",
            "85.07.30-033.28",
            "93.05.18-223.61",
            "93051822361",
            "01.02.03-005.66",
            "17010100171",
            " 85 07 30 033 28 ",
            "850730-033-28",
        ] {
            assert!(nrn_is_valid(ok), "{ok}");
        }
        for bad in [
            "",
            "85073003327",
            "85.07.30-033.29",
            "8507300332",
            "850730033281",
            "85/07/30-033.28",
            "85.07.30-O33.28",
            "01020300567",
            "abcdefghijk",
            "８５０７３００３３２８",
        ] {
            assert!(!nrn_is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn nrn_format_and_build() {
        assert_eq!(format_nrn("85073003328").as_deref(), Some("85.07.30-033.28"));
        assert_eq!(format_nrn("85.07.30-033.28").as_deref(), Some("85.07.30-033.28"));
        assert_eq!(format_nrn("1234"), None);
        assert_eq!(format_nrn("x"), None);
        assert_eq!(nrn_from_parts(930518, 223, false).as_deref(), Some("93.05.18-223.61"));
        assert_eq!(nrn_from_parts(10203, 5, true).as_deref(), Some("01.02.03-005.66"));
        assert_eq!(nrn_from_parts(1_000_000, 5, true), None);
        for (d, s, b) in [(850730u32, 33u16, false), (240229, 997, true), (500101, 1, false)] {
            let n = nrn_from_parts(d, s, b).unwrap_or_default();
            assert!(nrn_is_valid(&n), "{n}");
        }
    }

    #[test]
    fn token_generation() {
        assert_eq!(UNAMBIGUOUS_ALPHABET.len(), 31);
        for c in ['0', 'O', '1', 'I', 'L'] {
            assert!(!UNAMBIGUOUS_ALPHABET.contains(c));
        }
        assert_eq!(token_from_random(&[0, 1, 2, 3, 4, 5]), "234567");
        assert_eq!(token_from_random(&[30, 31, 255, 8, 9, 10]), "Z29ABC");
        for seed in 0..=255u8 {
            let t = token_from_random(&[seed, seed.wrapping_add(1), seed ^ 0x55, 255 - seed, seed / 2, seed.wrapping_mul(7)]);
            assert_eq!(t.chars().count(), TOKEN_LEN);
            assert!(t.chars().all(|c| UNAMBIGUOUS_ALPHABET.contains(c)));
            assert_eq!(check_token(&t, &t), Ok(()));
        }
    }

    #[test]
    fn token_checking() {
        assert_eq!(check_token("Z2KABC", "Z2KABC"), Ok(()));
        assert_eq!(check_token("z2k abc", "Z2KABC"), Ok(()));
        assert_eq!(check_token(" z 2 k a b c ", "z2kabc"), Ok(()));
        assert_eq!(check_token("Z2KABD", "Z2KABC"), Err(TokenError::Mismatch));
        assert_eq!(check_token("Z2KAB", "Z2KABC"), Err(TokenError::WrongLength));
        assert_eq!(check_token("Z2KABCD", "Z2KABC"), Err(TokenError::WrongLength));
        assert_eq!(check_token("", "Z2KABC"), Err(TokenError::WrongLength));
        assert_eq!(check_token("Z2KAB0", "Z2KABC"), Err(TokenError::BadCharacter('0')));
        assert_eq!(check_token("Z2KABo", "Z2KABC"), Err(TokenError::BadCharacter('O')));
        assert_eq!(check_token("l2KABC", "Z2KABC"), Err(TokenError::BadCharacter('L')));
        assert_eq!(check_token("Z2-ABC", "Z2KABC"), Err(TokenError::BadCharacter('-')));
        // Tokens are ASCII: a letter outside it is named, not case-folded into two.
        assert_eq!(check_token("ß2KABC", "Z2KABC"), Err(TokenError::BadCharacter('ß')));
    }
}
