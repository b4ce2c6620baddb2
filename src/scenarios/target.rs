//! Target ids: the names of the controls a step expects, one module per imitated
//! site. The scenario data and the screens both use these constants, so a control
//! renamed on one side and not the other fails to compile instead of silently
//! leaving a step without its target. The strings are what `data-target-id` holds
//! in the DOM (the browser tests select on them).

/// Declares a site's target ids, each documented by the id it stands for.
macro_rules! targets {
    ($($name:ident = $id:literal),* $(,)?) => {
        $(#[doc = concat!("The control `", $id, "`.")] pub const $name: &str = $id;)*
    };
}

/// Controls of the authenticator app on the phone (store, scan, code).
pub mod authenticator {
    targets! {
        AUTH_SCAN = "auth-scan",
        STORE_GOOGLE = "store-google",
        STORE_MICROSOFT = "store-microsoft",
        STORE_DUO = "store-duo",
        STORE_GAME = "store-game",
        AUTH_MANUAL = "auth-manual",
    }
}

/// Controls of the CSAM pages (login, key choice, activation, codes).
pub mod csam {
    targets! {
        KEY_EID = "key-eid",
        CSAM_LOGIN = "csam-login",
        KEY_ITSME = "key-itsme",
        KEY_EMAIL = "key-email",
        KEY_APP = "key-app",
        KEY_TOKEN = "key-token",
        KEY_ITSME_CREATE = "key-itsme-create",
        CSAM_OTHER_KEY = "csam-other-key",
        CSAM_NO_EID = "csam-no-eid",
        ACT_TERMS = "act-terms",
        ACT_ACTIVATE = "act-activate",
        APPS_NEXT = "apps-next",
        CRED_USERNAME = "cred-username",
        CRED_NEXT = "cred-next",
        CRED_PASSWORD = "cred-password",
        ACT_CODE = "act-code",
        ACT_NEXT = "act-next",
        REG_CODE = "reg-code",
        REG_NEXT = "reg-next",
        TOTP_CODE = "totp-code",
        TOTP_NEXT = "totp-next",
        MEB_USERNAME = "meb-username",
        MEB_NEXT = "meb-next",
        MEB_PASSWORD = "meb-password",
        MEB_CODE = "meb-code",
        MEB_CODE_NEXT = "meb-code-next",
        REG_NEW_CODE = "reg-new-code",
        ACT_KEY_EMAIL = "act-key-email",
        ACT_KEY_APP = "act-key-app",
        VIA_EMAIL = "via-email",
        VIA_SMS = "via-sms",
        REG_CANCEL = "reg-cancel",
        CRED_CANCEL = "cred-cancel",
        ACT_HELP = "act-help",
        ACT_KEY_SMS = "act-key-sms",
        REG_OTHER = "reg-other",
        MEB_FORGOT = "meb-forgot",
        MEB_OTHER_KEY = "meb-other-key",
        MEB_FORGOT_BACK = "meb-forgot-back",
        CSAM_RETRY = "csam-retry",
    }
}

/// Controls of eid.belgium.be (download page and licence).
pub mod eidsite {
    targets! {
        SITE_DOWNLOAD = "site-download",
        LICENSE_ACCEPT = "license-accept",
        LICENSE_QUICK = "license-quick",
        LICENSE_CLOSE = "license-close",
        SITE_OTHER_OS = "site-other-os",
        SITE_HOWTO = "site-howto",
        LICENSE_PRINT = "license-print",
    }
}

/// Controls of the eID software installer on the PC.
pub mod installer {
    targets! {
        INSTALLER_INSTALL = "installer-install",
        INSTALLER_NEXT = "installer-next",
        TEST_CLOSE = "test-close",
        INSTALLER_CANCEL = "installer-cancel",
    }
}

/// Controls of IRISbox, the Brussels counter.
pub mod irisbox {
    targets! {
        IRIS_LOGIN = "iris-login",
        IRIS_ITSME = "iris-itsme",
        IRIS_CITIZEN = "iris-citizen",
        IRIS_LANG_FR = "iris-lang-fr",
        IRIS_LANG_EN = "iris-lang-en",
        IRIS_SEARCH = "iris-search",
        IRIS_EID = "iris-eid",
        IRIS_CSAM = "iris-csam",
        IRIS_COMPANY = "iris-company",
        IRIS_LOGOUT = "iris-logout",
        IRIS_NEW = "iris-new",
    }
}

/// Controls of the itsme app and my.itsme.be.
pub mod itsme {
    targets! {
        APP_ITSME = "app-itsme",
        IM_CONTINUE = "im-continue",
        IM_CHECK_1 = "im-check-1",
        IM_CHECK_2 = "im-check-2",
        IM_START = "im-start",
        QUIZ_DIGIPASS = "quiz-digipass",
        IM_ID_BE = "im-id-be",
        IM_TO_BANK = "im-to-bank",
        BANK_SHARE = "bank-share",
        DP_CARD = "dp-card",
        NOTIF_SMS = "notif-sms",
        SMS_BACK = "sms-back",
        REG_LOCATION = "reg-location",
        REG_ROBOT = "reg-robot",
        REG_CREATE = "reg-create",
        REV_CREATE = "rev-create",
        SHARE_AGREE = "share-agree",
        SHARE_CONTINUE = "share-continue",
        TERMS_SIGN = "terms-sign",
        SIG_CLOSE = "sig-close",
        PH_1_SCAM = "ph-1-scam",
        PH_2_SCAM = "ph-2-scam",
        PH_3_SAFE = "ph-3-safe",
        PH_DONE = "ph-done",
        BR_INTERNET = "br-internet",
        IW_CC = "iw-cc",
        NOTIF_PUSH = "notif-push",
        PUSH_CONFIRM = "push-confirm",
        IM_PHONE = "im-phone",
        IM_CODE2 = "im-code2",
        IM_CODE2_OK = "im-code2-ok",
        BANK_RESPONSE = "bank-response",
        BANK_CONFIRM = "bank-confirm",
        IM_SMS = "im-sms",
        IM_SMS_OK = "im-sms-ok",
        REG_PHONE = "reg-phone",
        REG_EMAIL = "reg-email",
        IM_TOKEN = "im-token",
        IM_TOKEN_OK = "im-token-ok",
        IW_PHONE = "iw-phone",
        IW_SEND = "iw-send",
        IM_CODE = "im-code",
        IM_CODE_OK = "im-code-ok",
        REV_BACK = "rev-back",
        IW_RESEND = "iw-resend",
        SYM_RETRY = "sym-retry",
        IRIS_CODE = "iris-code",
        IRIS_CODE_OK = "iris-code-ok",
        IM_UNBLOCK = "im-unblock",
        IM_CC = "im-cc",
        REV_EDIT = "rev-edit",
        APP_BANK = "app-bank",
        APP_SMS = "app-sms",
        APP_MAIL = "app-mail",
        IM_HOME_SCAN = "im-home-scan",
        IM_HOME_SETTINGS = "im-home-settings",
        QUIZ_READER = "quiz-reader",
        IM_ID_NL = "im-id-nl",
        IM_CANCEL = "im-cancel",
        BANK_REFUSE = "bank-refuse",
        IM_RESEND = "im-resend",
        REG_CC = "reg-cc",
        PH_1_SAFE = "ph-1-safe",
        PH_2_SAFE = "ph-2-safe",
        PH_3_SCAM = "ph-3-scam",
        PH_LINK = "ph-link",
        BR_CHROME = "br-chrome",
        BR_FIREFOX = "br-firefox",
        IW_LANG_FR = "iw-lang-fr",
        IW_LANG_DE = "iw-lang-de",
        IW_LANG_EN = "iw-lang-en",
        PUSH_REJECT = "push-reject",
        BANK_MOCK = "bank-mock",
        BANK_ARGENTA = "bank-argenta",
        BANK_BELFIUS = "bank-belfius",
        BANK_BNP = "bank-bnp",
        BANK_CRELAN = "bank-crelan",
        BANK_ING = "bank-ing",
        BANK_KBC = "bank-kbc",
    }
}

/// Controls of the webmail and the letters.
pub mod mail {
    targets! {
        MAIL_ACTIVATE = "mail-activate",
        MAIL_REPLY = "mail-reply",
        MAIL_DELETE = "mail-delete",
    }
}

/// Controls of MijnGezondheid (Masanté).
pub mod mijngezondheid {
    targets! {
        MG_LOGIN = "mg-login",
        PROFILE_CITIZEN = "profile-citizen",
        PROFILE_CONFIRM = "profile-confirm",
        MG_LANG_FR = "mg-lang-fr",
        MG_LANG_DE = "mg-lang-de",
        MG_LANG_EN = "mg-lang-en",
        PROFILE_CHILD = "profile-child",
        MG_TAB_DATA = "mg-tab-data",
        MG_TAB_ACCESS = "mg-tab-access",
        MG_TAB_OTHER = "mg-tab-other",
        MG_TAB_FAQ = "mg-tab-faq",
        MG_TAB_CONTACT = "mg-tab-contact",
        MG_LOGOUT = "mg-logout",
    }
}

/// Controls of My e-Box.
pub mod myebox {
    targets! {
        MEB_OPEN = "meb-open",
        MEB_NOTIFY_YES = "meb-notify-yes",
        MEB_SAVE = "meb-save",
        MEB_LOGIN_NL = "meb-login-nl",
        MEB_LOGIN_FR = "meb-login-fr",
        MEB_LOGIN_DE = "meb-login-de",
        MEB_LOGIN_EN = "meb-login-en",
        MEB_INFO = "meb-info",
        MEB_NOTIFY_NO = "meb-notify-no",
        MEB_DOC_1 = "meb-doc-1",
        MEB_DOC_2 = "meb-doc-2",
        MEB_DOC_3 = "meb-doc-3",
    }
}

/// Controls of the PC's own dialogs (certificate, PIN).
pub mod os {
    targets! {
        CERT_OK = "cert-ok",
        PIN_FIELD = "pin-field",
        PIN_OK = "pin-ok",
        BLOCKED_RETRY = "blocked-retry",
        CERT_CANCEL = "cert-cancel",
        CERT_INFO = "cert-info",
        PIN_CANCEL = "pin-cancel",
        PIN_MORE = "pin-more",
    }
}

/// Controls of the overview of the login methods.
pub mod overview {
    targets! {
        METHOD_EID = "method-eid",
    }
}

/// Controls of the phone's shared parts (notifications, country list, symbols).
pub mod phone {
    targets! {
        CC_BE = "cc-be",
        SYM_RIGHT = "sym-right",
        SYM_WRONG_1 = "sym-wrong-1",
        SYM_WRONG_2 = "sym-wrong-2",
        SYM_WRONG_3 = "sym-wrong-3",
        CC_NL = "cc-nl",
        CC_OTHER = "cc-other",
        CC_CLOSE = "cc-close",
        SCAM_LINK = "scam-link",
    }
}

/// Controls of the card reader and the eID card on the desk.
pub mod reader {
    targets! {
        READER_PLUG = "reader-plug",
        CARD_INSERT = "card-insert",
        CARD_REINSERT = "card-reinsert",
        CARD_REMOVE = "card-remove",
        CARD_WRONG = "card-wrong",
        CARD_WRONG_SIDE = "card-wrong-side",
        TRY_CHROME = "try-chrome",
    }
}
/// Events a scene reports by itself (a countdown ran out, an SMS arrived): the
/// scenario data waits for or branches on them, the screens send them.
pub mod event {
    targets! {
        SMS = "sms",
        PUSH = "push",
        INSTALLED = "installed",
        EXPIRED = "expired",
        PUSH_EXPIRED = "push-expired",
    }
}

/// Detours that a screen draws differently (their ids are also catalog key parts).
pub mod branch {
    targets! {
        EXPIRED = "expired",
        CANCELLED = "cancelled",
        CC = "cc",
        NO_CARD = "no-card",
        NO_EXTENSION = "no-extension",
        FORGOT = "forgot",
    }
}
