//! The browser's "Select a certificate" chooser for certif.iamfas.belgium.be:443.

use leptos::prelude::*;

use crate::app::Coach;
use crate::components::controls::CoachButton;
use crate::components::os_dialog::OsDialog;

/// Host that asks for the certificate, as the real dialog names it.
pub const CERT_HOST: &str = "certif.iamfas.belgium.be:443";

/// The certificate chooser with the persona's authentication certificate.
#[component]
pub fn CertificateChooser() -> AnyView {
    let coach = Coach::use_context();
    let p = coach.session.with_untracked(|s| s.persona());
    view! {
        <OsDialog title=Signal::derive(move || coach.t("os.cert.title")) look="chrome">
            <p>{move || coach.tf("os.cert.text", &[("host", CERT_HOST)])}</p>
            <table class="cert-table">
                <thead>
                    <tr>
                        <th scope="col">{move || coach.t("os.cert.subject")}</th>
                        <th scope="col">{move || coach.t("os.cert.issuer")}</th>
                        <th scope="col">{move || coach.t("os.cert.serial")}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="selected" id="cert-row">
                        <td>{format!("{} (Authentication)", p.full_name())}</td>
                        <td>"Citizen CA"</td>
                        <td>{p.cert_serial}</td>
                    </tr>
                </tbody>
            </table>
            <div class="os-buttons">
                <CoachButton target="cert-info" class="os-btn os-left">{move || coach.t("os.cert.info")}</CoachButton>
                <CoachButton target="cert-ok" class="os-btn os-default">"OK"</CoachButton>
                <CoachButton target="cert-cancel" class="os-btn">{move || coach.t("os.cancel")}</CoachButton>
            </div>
        </OsDialog>
    }
    .into_any()
}
