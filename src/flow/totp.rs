//! One-time codes for the authenticator-app lessons: RFC 4226 HOTP and RFC 6238
//! TOTP (HMAC-SHA1, 6 digits, 30-second period), Base32 secrets and the
//! `otpauth://` key URI that the QR code carries.
//!
//! Plain Rust, no browser APIs: callers pass the current time as milliseconds
//! since the Unix epoch (`js_sys::Date::now()` gives an `f64`, tests give `u64`),
//! because `std::time::SystemTime::now()` panics on `wasm32-unknown-unknown`.
//! Nothing here produces learner-facing text; the UI maps the enums to
//! translation keys.
//!
//! Dependencies: `hmac` + `sha1` (RustCrypto), `data-encoding` (Base32 without
//! padding) and `percent-encoding` (key URI labels, RFC 3986 unreserved set).

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, KeyInit, Mac};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha1::Sha1;

/// Number of digits every authenticator app shows by default, so the lessons use it.
pub const DIGITS: u32 = 6;
/// TOTP time step in seconds (RFC 6238 default, what every app assumes).
pub const PERIOD_SECONDS: u64 = 30;
/// A code with this many seconds left or fewer is "about to expire" (UI hint).
pub const ABOUT_TO_EXPIRE_SECONDS: u32 = 5;
/// Length in bytes of the secrets we generate (160 bits, as RFC 4226 recommends).
pub const SECRET_LEN: usize = 20;

const PERIOD_MS: u64 = PERIOD_SECONDS * 1000;
const MAX_DIGITS: u32 = 10;

/// A point in time as whole milliseconds since the Unix epoch, so callers can
/// pass either `js_sys::Date::now()` (`f64`) or a `u64` to the same functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct UnixMs(pub u64);

impl From<u64> for UnixMs {
    fn from(ms: u64) -> Self {
        UnixMs(ms)
    }
}

impl From<f64> for UnixMs {
    /// Saturating conversion: NaN and negative times become 0 (the epoch),
    /// fractions are dropped, too-large values clamp to `u64::MAX`.
    fn from(ms: f64) -> Self {
        if ms.is_nan() || ms <= 0.0 {
            UnixMs(0)
        } else {
            // `as` saturates for floats (also +inf) and never panics.
            UnixMs(ms as u64)
        }
    }
}

/// HMAC-SHA1 of `msg` under `key` (RFC 2104; the hmac crate hashes a long key and
/// pads a short one itself).
fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    // HMAC takes a key of any length: the crate's error case cannot happen here.
    let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(key).expect("HMAC accepts a key of any length");
    mac.update(msg);
    let out = mac.finalize().into_bytes();
    let mut result = [0u8; 20];
    result.copy_from_slice(&out);
    result
}

/// RFC 4226 HOTP value for `counter`, reduced to `digits` decimal digits
/// (`digits` above 10 behave as 10, the 31-bit value's full width; 0 gives 0).
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let mac = hmac_sha1(secret, &counter.to_be_bytes());
    let offset = usize::from(mac[19] & 0x0f);
    let binary = (u32::from(mac[offset]) & 0x7f) << 24
        | u32::from(mac[offset + 1]) << 16
        | u32::from(mac[offset + 2]) << 8
        | u32::from(mac[offset + 3]);
    match 10u64.checked_pow(digits.min(MAX_DIGITS)) {
        // binary < 2^31, so the remainder always fits in u32.
        Some(modulus) => (u64::from(binary) % modulus) as u32,
        None => binary,
    }
}

/// HOTP as the zero-padded text an app shows (e.g. "004271"), for comparisons.
pub fn hotp_string(secret: &[u8], counter: u64, digits: u32) -> String {
    let width = digits.min(MAX_DIGITS) as usize;
    format!("{:0width$}", hotp(secret, counter, digits), width = width)
}

/// RFC 6238 time-step counter for a moment (floor(seconds / 30)).
pub fn counter_at(now: impl Into<UnixMs>) -> u64 {
    now.into().0 / PERIOD_MS
}

/// Whole seconds until the current code rolls over, 1..=30 (30 right at a boundary).
pub fn seconds_left_at(now: impl Into<UnixMs>) -> u32 {
    let seconds_into_period = (now.into().0 % PERIOD_MS) / 1000;
    // seconds_into_period is 0..=29, so this is 1..=30.
    (PERIOD_SECONDS - seconds_into_period) as u32
}

/// True when a code has so little time left (<= 5 s) that the UI should advise waiting for the next one.
pub fn about_to_expire(seconds_left: u32) -> bool {
    seconds_left <= ABOUT_TO_EXPIRE_SECONDS
}

/// The code an authenticator app shows at one moment, with what the countdown ring needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotpCode {
    /// Six digits, zero-padded ("012345").
    pub code: String,
    /// Seconds until the next code, 1..=30.
    pub seconds_left: u32,
    /// RFC 6238 time-step counter the code belongs to.
    pub counter: u64,
}

impl TotpCode {
    /// Same as [`about_to_expire`] for this code's countdown.
    pub fn is_about_to_expire(&self) -> bool {
        about_to_expire(self.seconds_left)
    }
}

/// The 6-digit TOTP code at `now` (ms since the epoch, `u64` or `f64`).
pub fn totp_at(secret: &[u8], now: impl Into<UnixMs>) -> TotpCode {
    let now = now.into();
    let counter = counter_at(now);
    TotpCode {
        code: hotp_string(secret, counter, DIGITS),
        seconds_left: seconds_left_at(now),
        counter,
    }
}

/// Outcome of checking a typed code, so the UI can praise, explain drift, or explain the format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The code for the current 30-second step.
    Current,
    /// The code of the step just before (accepted: one step of clock drift or slow typing).
    Previous,
    /// One of the codes the app showed in the last few minutes, before the previous
    /// one: the learner typed a code that has since changed.
    Expired,
    /// Six digits, but no recent code (a future code is also Wrong).
    Wrong,
    /// Not exactly six ASCII digits once spaces are removed.
    Malformed,
}

impl Verdict {
    /// True for the verdicts that let the learner in.
    pub fn is_accepted(self) -> bool {
        matches!(self, Verdict::Current | Verdict::Previous)
    }
}

/// Removes the spaces apps put in codes ("123 456") and checks for exactly 6 ASCII digits.
fn normalise_typed_code(typed: &str) -> Option<String> {
    let cleaned: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.len() == DIGITS as usize && cleaned.bytes().all(|b| b.is_ascii_digit()) {
        Some(cleaned)
    } else {
        None
    }
}

/// Checks a typed TOTP code at `now`, accepting the current and the previous step only.
pub fn verify(secret: &[u8], typed: &str, now: impl Into<UnixMs>) -> Verdict {
    let Some(typed) = normalise_typed_code(typed) else {
        return Verdict::Malformed;
    };
    let counter = counter_at(now);
    if hotp_string(secret, counter, DIGITS) == typed {
        return Verdict::Current;
    }
    match counter.checked_sub(1) {
        Some(previous) if hotp_string(secret, previous, DIGITS) == typed => Verdict::Previous,
        _ if (2..=EXPIRED_STEPS).any(|back| counter.checked_sub(back).is_some_and(|c| hotp_string(secret, c, DIGITS) == typed)) => {
            Verdict::Expired
        }
        _ => Verdict::Wrong,
    }
}

/// How many 30-second steps back a code still counts as "changed since" rather than
/// wrong (five minutes: a learner who looked away).
pub const EXPIRED_STEPS: u64 = 10;

/// Why a Base32 secret could not be read (typed by hand in the "can't scan" path, or loaded back).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Base32Error {
    /// Nothing left after removing spaces and padding.
    Empty,
    /// A character outside A–Z and 2–7 (after uppercasing); carries the first one found.
    BadCharacter(char),
    /// A length that no byte string encodes to, or non-zero leftover bits.
    BadLength,
}

/// Base32 (RFC 4648 alphabet, no padding) of any bytes.
pub fn base32_encode(bytes: &[u8]) -> String {
    BASE32_NOPAD.encode(bytes)
}

/// Decodes Base32 leniently as people type it: ignores whitespace and '-', trailing '=' padding, and case.
pub fn base32_decode(text: &str) -> Result<Vec<u8>, Base32Error> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .trim_end_matches('=')
        .to_ascii_uppercase();
    if cleaned.is_empty() {
        return Err(Base32Error::Empty);
    }
    if let Some(bad) = cleaned
        .chars()
        .find(|c| !(c.is_ascii_uppercase() || ('2'..='7').contains(c)))
    {
        return Err(Base32Error::BadCharacter(bad));
    }
    BASE32_NOPAD
        .decode(cleaned.as_bytes())
        .map_err(|_| Base32Error::BadLength)
}

/// A 160-bit TOTP secret; built from browser randomness so this crate needs no RNG.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret([u8; SECRET_LEN]);

impl std::fmt::Debug for Secret {
    /// Redacted, so secrets do not end up in logs by accident.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl Secret {
    /// Wraps 20 random bytes from `crypto.getRandomValues` as a secret.
    pub fn from_random_bytes(bytes: [u8; SECRET_LEN]) -> Self {
        Secret(bytes)
    }

    /// Reads a secret back from its Base32 form (lenient like [`base32_decode`]); must be 20 bytes.
    pub fn from_base32(text: &str) -> Result<Self, SecretError> {
        let bytes = base32_decode(text).map_err(SecretError::Base32)?;
        let array: [u8; SECRET_LEN] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| SecretError::WrongLength(bytes.len()))?;
        Ok(Secret(array))
    }

    /// The raw key for [`hotp`], [`totp_at`] and [`verify`].
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Base32 without padding (32 characters), as it goes into the key URI.
    pub fn to_base32(&self) -> String {
        base32_encode(&self.0)
    }

    /// Base32 in groups of 4 separated by spaces, the way apps show it for typing by hand.
    pub fn to_base32_grouped(&self) -> String {
        let plain = self.to_base32();
        let mut out = String::with_capacity(plain.len() + plain.len() / 4);
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }

    /// Current code for this secret at `now` (convenience over [`totp_at`]).
    pub fn code_at(&self, now: impl Into<UnixMs>) -> TotpCode {
        totp_at(&self.0, now)
    }

    /// Checks a typed code for this secret (convenience over [`verify`]).
    pub fn verify(&self, typed: &str, now: impl Into<UnixMs>) -> Verdict {
        verify(&self.0, typed, now)
    }
}

/// Why a stored or typed secret was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SecretError {
    /// The text is not valid Base32.
    Base32(Base32Error),
    /// Valid Base32 but not 20 bytes; carries the decoded length.
    WrongLength(usize),
}

/// Why an `otpauth://` URI could not be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UriError {
    /// The issuer is empty or only whitespace.
    EmptyIssuer,
    /// The account is empty or only whitespace.
    EmptyAccount,
    /// The issuer contains ':', which the key URI format reserves as label separator.
    ColonInIssuer,
    /// The account contains ':', which the key URI format reserves as label separator.
    ColonInAccount,
}

/// Everything except RFC 3986 unreserved characters (ALPHA / DIGIT / "-" / "." / "_" / "~") is encoded.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes a label part or query value (space becomes %20, UTF-8 bytes %XX).
fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, URI_COMPONENT).to_string()
}

/// Builds the key URI for the QR code: `otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &Secret) -> Result<String, UriError> {
    if issuer.trim().is_empty() {
        return Err(UriError::EmptyIssuer);
    }
    if account.trim().is_empty() {
        return Err(UriError::EmptyAccount);
    }
    if issuer.contains(':') {
        return Err(UriError::ColonInIssuer);
    }
    if account.contains(':') {
        return Err(UriError::ColonInAccount);
    }
    let issuer = encode_component(issuer);
    Ok(format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={PERIOD_SECONDS}",
        account = encode_component(account),
        secret = secret.to_base32(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SEED: &[u8] = b"12345678901234567890";

    fn rfc_secret() -> Secret {
        Secret::from_random_bytes(*b"12345678901234567890")
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn hmac_matches_rfc2202_vectors() {
        // RFC 2202 test case 1, 2 and 6 (key longer than one block).
        assert_eq!(
            hex(&hmac_sha1(&[0x0b; 20], b"Hi There")),
            "b617318655057264e28bc0b6fb378c8ef146be00"
        );
        assert_eq!(
            hex(&hmac_sha1(b"Jefe", b"what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        assert_eq!(
            hex(&hmac_sha1(
                &[0xaa; 80],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "aa4ae5e15272d00e95705637ce8a3b55ed402112"
        );
        // Exactly one block long, and empty key: must not panic.
        assert_eq!(hmac_sha1(&[1; 64], b"x").len(), 20);
        assert_eq!(hmac_sha1(&[], b"x").len(), 20);
    }

    #[test]
    fn hotp_rfc4226_appendix_d() {
        let expected = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (counter, want) in expected.iter().enumerate() {
            assert_eq!(hotp(RFC_SEED, counter as u64, 6), *want, "counter {counter}");
        }
    }

    #[test]
    fn hotp_string_zero_pads() {
        // Find a counter whose code starts with 0 and check width.
        let mut found = false;
        for c in 0..200u64 {
            let n = hotp(RFC_SEED, c, 6);
            let s = hotp_string(RFC_SEED, c, 6);
            assert_eq!(s.len(), 6);
            assert_eq!(s.parse::<u32>().ok(), Some(n));
            if n < 100_000 {
                found = true;
                assert!(s.starts_with('0'));
            }
        }
        assert!(found, "expected at least one code below 100000 in 200 counters");
    }

    #[test]
    fn hotp_odd_digit_counts_do_not_panic() {
        assert_eq!(hotp(RFC_SEED, 0, 0), 0);
        let full = hotp(RFC_SEED, 0, 10);
        assert_eq!(hotp(RFC_SEED, 0, 99), full);
        assert_eq!(full % 1_000_000, 755224);
        assert_eq!(hotp_string(RFC_SEED, 0, 99).len(), 10);
        assert_eq!(hotp(RFC_SEED, u64::MAX, 6), hotp(RFC_SEED, u64::MAX, 6));
    }

    #[test]
    fn totp_rfc6238_appendix_b_sha1() {
        let vectors: [(u64, u32); 6] = [
            (59, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ];
        for (seconds, want) in vectors {
            let counter = counter_at(seconds * 1000);
            assert_eq!(hotp(RFC_SEED, counter, 8), want, "T={seconds}");
            // And the 6-digit code the app shows is the last six digits.
            let code = totp_at(RFC_SEED, seconds * 1000);
            assert_eq!(code.code, format!("{:06}", want % 1_000_000), "T={seconds}");
            assert_eq!(code.counter, counter);
        }
        assert_eq!(hotp_string(RFC_SEED, counter_at(1_111_111_109_000_u64), 8), "07081804");
    }

    #[test]
    fn f64_and_u64_times_agree() {
        let ms = 1_234_567_890_123u64;
        assert_eq!(totp_at(RFC_SEED, ms), totp_at(RFC_SEED, ms as f64));
        assert_eq!(totp_at(RFC_SEED, 59_999.9f64).counter, 1);
        assert_eq!(UnixMs::from(f64::NAN), UnixMs(0));
        assert_eq!(UnixMs::from(-5.0), UnixMs(0));
        assert_eq!(UnixMs::from(f64::INFINITY), UnixMs(u64::MAX));
        assert_eq!(UnixMs::from(1.9), UnixMs(1));
        // Far-future and extreme values do not panic.
        let _ = totp_at(RFC_SEED, u64::MAX);
        let _ = totp_at(RFC_SEED, f64::MAX);
    }

    #[test]
    fn seconds_left_edges() {
        assert_eq!(seconds_left_at(0u64), 30);
        assert_eq!(seconds_left_at(999u64), 30);
        assert_eq!(seconds_left_at(1_000u64), 29);
        assert_eq!(seconds_left_at(24_999u64), 6);
        assert_eq!(seconds_left_at(25_000u64), 5);
        assert_eq!(seconds_left_at(29_000u64), 1);
        assert_eq!(seconds_left_at(29_999u64), 1);
        assert_eq!(seconds_left_at(30_000u64), 30);
        assert_eq!(seconds_left_at(59_000u64), 1);
        for ms in (0..120_000u64).step_by(250) {
            let left = seconds_left_at(ms);
            assert!((1..=30).contains(&left), "{ms} -> {left}");
        }
        assert!(!about_to_expire(6));
        assert!(about_to_expire(5));
        assert!(about_to_expire(1));
        assert!(!totp_at(RFC_SEED, 24_999u64).is_about_to_expire());
        assert!(totp_at(RFC_SEED, 25_000u64).is_about_to_expire());
        assert!(!totp_at(RFC_SEED, 30_000u64).is_about_to_expire());
    }

    #[test]
    fn counter_boundaries() {
        assert_eq!(counter_at(0u64), 0);
        assert_eq!(counter_at(29_999u64), 0);
        assert_eq!(counter_at(30_000u64), 1);
        assert_eq!(counter_at(59_000u64), 1);
    }

    #[test]
    fn verify_current_previous_next_wrong_malformed() {
        let now = 1_111_111_111_000u64;
        let counter = counter_at(now);
        let current = hotp_string(RFC_SEED, counter, 6);
        let previous = hotp_string(RFC_SEED, counter - 1, 6);
        let next = hotp_string(RFC_SEED, counter + 1, 6);
        let two_back = hotp_string(RFC_SEED, counter - 2, 6);
        assert_eq!(verify(RFC_SEED, &current, now), Verdict::Current);
        assert_eq!(verify(RFC_SEED, &previous, now), Verdict::Previous);
        assert_ne!(next, current);
        assert_eq!(verify(RFC_SEED, &next, now), Verdict::Wrong);
        assert_eq!(verify(RFC_SEED, &two_back, now), Verdict::Expired, "a code that changed since");
        let ten_back = hotp_string(RFC_SEED, counter - EXPIRED_STEPS, 6);
        assert_eq!(verify(RFC_SEED, &ten_back, now), Verdict::Expired);
        let long_ago = hotp_string(RFC_SEED, counter - EXPIRED_STEPS - 1, 6);
        assert_eq!(verify(RFC_SEED, &long_ago, now), Verdict::Wrong, "older than five minutes is just wrong");
        let mut wrong = current.clone().into_bytes();
        wrong[5] = if wrong[5] == b'9' { b'0' } else { wrong[5] + 1 };
        let wrong = String::from_utf8(wrong).unwrap_or_default();
        if wrong != previous {
            assert_eq!(verify(RFC_SEED, &wrong, now), Verdict::Wrong);
        }
        // Spaces anywhere are fine, as apps show "123 456".
        let spaced = format!(" {} {} ", &current[..3], &current[3..]);
        assert_eq!(verify(RFC_SEED, &spaced, now), Verdict::Current);
        for bad in ["", "     ", "12345", "1234567", "12a456", "１２３４５６", "12-456", "+12345"] {
            assert_eq!(verify(RFC_SEED, bad, now), Verdict::Malformed, "{bad:?}");
        }
        assert!(Verdict::Current.is_accepted());
        assert!(Verdict::Previous.is_accepted());
        assert!(!Verdict::Wrong.is_accepted());
        assert!(!Verdict::Expired.is_accepted());
        assert!(!Verdict::Malformed.is_accepted());
    }

    #[test]
    fn verify_at_counter_zero_has_no_previous() {
        let current = hotp_string(RFC_SEED, 0, 6);
        assert_eq!(verify(RFC_SEED, &current, 10_000u64), Verdict::Current);
        let one = hotp_string(RFC_SEED, 1, 6);
        assert_eq!(verify(RFC_SEED, &one, 10_000u64), Verdict::Wrong);
        // Previous step accepted right after the boundary.
        assert_eq!(verify(RFC_SEED, &current, 30_000u64), Verdict::Previous);
        assert_eq!(verify(RFC_SEED, &current, 60_000u64), Verdict::Expired);
        assert_eq!(verify(RFC_SEED, &current, 30_000 * (EXPIRED_STEPS + 1)), Verdict::Wrong);
    }

    #[test]
    fn base32_of_rfc_seed() {
        assert_eq!(base32_encode(RFC_SEED), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(rfc_secret().to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            rfc_secret().to_base32_grouped(),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
        assert_eq!(
            base32_decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").as_deref(),
            Ok(RFC_SEED)
        );
    }

    #[test]
    fn base32_rfc4648_vectors() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "MY"),
            (b"fo", "MZXQ"),
            (b"foo", "MZXW6"),
            (b"foob", "MZXW6YQ"),
            (b"fooba", "MZXW6YTB"),
            (b"foobar", "MZXW6YTBOI"),
        ];
        for (raw, text) in cases {
            assert_eq!(base32_encode(raw), text);
            if !raw.is_empty() {
                assert_eq!(base32_decode(text).as_deref(), Ok(raw));
                // Padded form from other tools is accepted too.
                let padded = format!("{text}{}", "=".repeat((8 - text.len() % 8) % 8));
                assert_eq!(base32_decode(&padded).as_deref(), Ok(raw));
            }
        }
    }

    #[test]
    fn base32_decode_is_lenient_but_safe() {
        assert_eq!(
            base32_decode(" gezd gnbv-gy3t qojq gezd gnbv gy3t qojq ").as_deref(),
            Ok(RFC_SEED)
        );
        assert_eq!(base32_decode(""), Err(Base32Error::Empty));
        assert_eq!(base32_decode("  == "), Err(Base32Error::Empty));
        assert_eq!(base32_decode("GEZ1"), Err(Base32Error::BadCharacter('1')));
        assert_eq!(base32_decode("GEZ0"), Err(Base32Error::BadCharacter('0')));
        assert_eq!(base32_decode("GEé"), Err(Base32Error::BadCharacter('é')));
        assert_eq!(base32_decode("A"), Err(Base32Error::BadLength));
        assert_eq!(base32_decode("ABC"), Err(Base32Error::BadLength));
        // Non-zero trailing bits ("MZ" is not canonical for "f").
        assert_eq!(base32_decode("MZ"), Err(Base32Error::BadLength));
    }

    #[test]
    fn secret_round_trips() {
        for seed in [[0u8; 20], [0xff; 20], *b"12345678901234567890"] {
            let s = Secret::from_random_bytes(seed);
            let text = s.to_base32();
            assert_eq!(text.len(), 32);
            assert_eq!(Secret::from_base32(&text), Ok(s.clone()));
            assert_eq!(Secret::from_base32(&s.to_base32_grouped()), Ok(s.clone()));
            assert_eq!(Secret::from_base32(&text.to_lowercase()), Ok(s.clone()));
            assert_eq!(s.as_bytes(), &seed);
        }
        let mut pseudo = [0u8; 20];
        for (i, b) in pseudo.iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37).wrapping_add(11);
        }
        let s = Secret::from_random_bytes(pseudo);
        assert_eq!(Secret::from_base32(&s.to_base32()), Ok(s));
        assert_eq!(
            Secret::from_base32("MZXW6YTBOI"),
            Err(SecretError::WrongLength(6))
        );
        assert_eq!(
            Secret::from_base32("!!"),
            Err(SecretError::Base32(Base32Error::BadCharacter('!')))
        );
        assert_eq!(format!("{:?}", rfc_secret()), "Secret(..)");
    }

    #[test]
    fn secret_methods_match_free_functions() {
        let s = rfc_secret();
        let now = 1_234_567_890_000u64;
        assert_eq!(s.code_at(now), totp_at(RFC_SEED, now));
        assert_eq!(s.verify(&s.code_at(now).code, now), Verdict::Current);
        assert_eq!(s.code_at(now).code, "005924");
    }

    #[test]
    fn uri_plain() {
        let uri = otpauth_uri("LoginCoach", "jan", &rfc_secret());
        assert_eq!(
            uri.as_deref(),
            Ok("otpauth://totp/LoginCoach:jan?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LoginCoach&algorithm=SHA1&digits=6&period=30")
        );
    }

    #[test]
    fn uri_encodes_spaces_and_special_characters() {
        let uri = otpauth_uri("Login Coach", "jan.peeters@example.be", &rfc_secret());
        assert_eq!(
            uri.as_deref(),
            Ok("otpauth://totp/Login%20Coach:jan.peeters%40example.be?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Login%20Coach&algorithm=SHA1&digits=6&period=30")
        );
        let uri = otpauth_uri("A&B=C?/#+%", "Zoë ~x_y-z", &rfc_secret()).unwrap_or_default();
        assert!(
            uri.starts_with("otpauth://totp/A%26B%3DC%3F%2F%23%2B%25:Zo%C3%AB%20~x_y-z?secret="),
            "{uri}"
        );
        assert!(uri.contains("&issuer=A%26B%3DC%3F%2F%23%2B%25&"), "{uri}");
        assert!(!uri.contains(' '));
    }

    #[test]
    fn uri_rejects_colons_and_empties() {
        let s = rfc_secret();
        assert_eq!(otpauth_uri("Login:Coach", "jan", &s), Err(UriError::ColonInIssuer));
        assert_eq!(otpauth_uri("LoginCoach", "ja:n", &s), Err(UriError::ColonInAccount));
        assert_eq!(otpauth_uri("", "jan", &s), Err(UriError::EmptyIssuer));
        assert_eq!(otpauth_uri("  ", "jan", &s), Err(UriError::EmptyIssuer));
        assert_eq!(otpauth_uri("LoginCoach", "", &s), Err(UriError::EmptyAccount));
    }
}
