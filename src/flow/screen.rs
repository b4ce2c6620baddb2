//! Which mock screen a step shows, grouped by the site it imitates: one small enum
//! per site, so each site's scene table (`screens::<site>::scene`) matches exactly its
//! own screens and a new one fails to compile until the table says what it shows.

/// Which mock screen a step shows: the site, then the screen within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The overview and the explanation cards (the whole stage).
    Overview(Overview),
    /// mijngezondheid.be.
    MijnGezondheid(MijnGezondheid),
    /// CSAM (the government's login pages), with the OS dialogs and phone apps they call for.
    Csam(Csam),
    /// eid.belgium.be and the eID software installer.
    EidSite(EidSite),
    /// The check of the learner's own card reader.
    Reader(Reader),
    /// The itsme app on the phone and its web pages (my.itsme.be, the login page).
    Itsme(Itsme),
    /// irisbox.irisnet.be.
    IrisBox(IrisBox),
    /// The LRA letter and the webmail with CSAM's activation mail.
    Mail(Mail),
    /// myebox.be.
    MyEbox(MyEbox),
}

/// Screens of the overview and the explanation cards (the whole stage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overview {
    /// The overview: the three ways to log in.
    Methods,
    /// An explanation card without a mock screen (the PC pane recedes).
    Explain,
}

/// Screens of mijngezondheid.be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MijnGezondheid {
    /// MijnGezondheid home page, logged out.
    Home,
    /// MijnGezondheid profile choice (citizen or a child).
    Profile,
    /// MijnGezondheid logged in.
    Done,
}

/// Screens of CSAM (the government's login pages), with the OS dialogs and phone apps they call for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Csam {
    /// CSAM "Aanmelden bij de online overheid": the list of digital keys.
    ChooseKey,
    /// CSAM "Aanmelden met eID kaartlezer" with its three instructions.
    Eid,
    /// The browser's certificate chooser over the CSAM eID page.
    CertificateChooser,
    /// The OS smart-card PIN prompt over the CSAM eID page.
    PinPrompt,
    /// CSAM activation step 1: the activation code.
    ActCode,
    /// CSAM: the security code by e-mail or by SMS, with the advice about SMS.
    CodeVia,
    /// CSAM activation step 2: choose the key, language, terms.
    ActKey,
    /// CSAM: choose a username and password.
    ActCredentials,
    /// Phone mail with the registration code and its countdown (PC waits).
    RegMail,
    /// CSAM activation step 3: the registration code (phone shows the mail).
    RegCode,
    /// CSAM: "Uw digitale sleutel is nu geactiveerd."
    ActDone,
    /// CSAM: the compatible authenticator apps.
    ActApps,
    /// Phone app store: install an authenticator app.
    AuthInstall,
    /// PC shows the QR code; the phone's authenticator scans it.
    AuthScan,
    /// Phone shows the 6-digit code; the PC asks for it.
    AuthCode,
    /// CSAM: username and password for a security-code key.
    LoginCredentials,
    /// CSAM: the security code from the mail or the app.
    LoginCode,
}

/// Screens of eid.belgium.be and the eID software installer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EidSite {
    /// eid.belgium.be "Download de eID software" with the detected OS.
    Download,
    /// The "eID softwarelicentie" modal over eid.belgium.be.
    License,
    /// The eID installer window: Install, progress, Next.
    Install,
    /// The installer asks for the reader; the desk shows the reader, cable and card.
    Connect,
    /// The installer's reader test with the persona's first names.
    ReaderTest,
}

/// Screens of the check of the learner's own card reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The real card-reader probe (WebUSB / WebHID).
    Probe,
}

/// Screens of the itsme app on the phone and its web pages (my.itsme.be, the login page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Itsme {
    /// Which device is a digipass, which a card reader (PC pane shows a small quiz).
    Intro,
    /// Phone home screen, then the itsme welcome screen.
    Welcome,
    /// itsme app: accept the terms (two checkboxes).
    Terms,
    /// itsme app: "Vul je gsm-nummer in" with the +32 button.
    Phone,
    /// itsme app: which country issued the identity card.
    IdCountry,
    /// itsme app: the list of banks.
    Banks,
    /// itsme app: the warning before the bank app opens.
    ToBank,
    /// The bank app sharing identity data, confirmed with the digipass (desk).
    BankApp,
    /// Phone: an SMS arrives, the thread shows the control code.
    Sms,
    /// itsme app: "Vul je controlecode in" on the code pad.
    SmsCode,
    /// itsme app: "Kies uw itsme code" with the three rules.
    ChooseCode,
    /// itsme app: the itsme code once more.
    ConfirmCode,
    /// itsme app: "Aan de slag" / "Starten".
    Finish,
    /// itsme app home with the persona's first names.
    Home,
    /// my.itsme.be/nl/register: phone number and e-mail.
    Register,
    /// my.itsme.be: location consent, "Ik ben geen robot", "Maak mijn account aan".
    Consents,
    /// my.itsme.be: "Kijk je gegevens nog eens na".
    Review,
    /// my.itsme.be: the data read from the eID card.
    CardData,
    /// my.itsme.be: consent to share the data with Belgian Mobile ID.
    Share,
    /// my.itsme.be: the terms to scroll through and sign.
    TermsPc,
    /// The PIN prompt over the terms page.
    SignPin,
    /// my.itsme.be: signature confirmed, "Afsluiten".
    Signed,
    /// my.itsme.be: the identification token.
    Token,
    /// itsme app: "Vul je identificatietoken in" (PC still shows the token).
    AppToken,
    /// itsme app: the SMS arrives and the control code is typed.
    AppSms,
    /// Phone: three messages to judge, safe or scam.
    Phishing,
    /// Phone: the default browser.
    Browser,
    /// itsme web page: BE button, number, "verstuur".
    LoginPhone,
    /// itsme web page with the "Kies je land" picker.
    LoginCountry,
    /// itsme web page: "Bewijs dat jij het bent" with the symbol.
    LoginProve,
    /// Phone: the push notification at the bottom.
    LoginNotification,
    /// itsme app: the confirm screen.
    LoginConfirm,
    /// itsme app: pick the symbol the computer shows.
    LoginSymbol,
    /// itsme app: the itsme code.
    LoginCode,
}

/// Screens of irisbox.irisnet.be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IrisBox {
    /// irisbox.irisnet.be: "me aanmelden".
    Home,
    /// IRISbox: choose itsme.
    Choose,
    /// IRISbox: log in as citizen.
    Profile,
    /// IRISbox: logged in, the name top right.
    Done,
}

/// Screens of the LRA letter and the webmail with CSAM's activation mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mail {
    /// Desk: the LRA's paper letter with the activation code (PC shows the webmail).
    Letter,
    /// Webmail with "CSAM – Mijn digitale sleutels : activatie".
    Mail,
}

/// Screens of myebox.be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MyEbox {
    /// myebox.be home: "Open My e-Box".
    Home,
    /// My e-Box: choose the language and "inloggen".
    Language,
    /// My e-Box: the first-use message.
    FirstUse,
    /// My e-Box: preferences at the first visit.
    Prefs,
    /// My e-Box: the inbox with documents.
    Inbox,
}
