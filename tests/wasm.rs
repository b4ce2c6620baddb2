//! Components with logic, rendered in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use logincoach::coach::Coach;
use logincoach::components::narration::Narration;
use logincoach::flow::{Catalogs, Lang, Mode, Route};
use logincoach::scenarios;
use logincoach::screens;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn route(scenario: &str, step: &str, lang: Lang) -> Route {
    let sc = scenarios::find(scenario).expect("scenario");
    Route { lang, scenario: sc, step: sc.index_of(step).expect("step"), mode: Mode::Guided, seed: None, lock_mode: false, host: Default::default(), view: Default::default() }
}

/// Mounts the narration and the PC screen of a step into a fresh container.
fn mount(r: Route) -> (Coach, web_sys::HtmlElement) {
    let doc = web_sys::window().and_then(|w| w.document()).expect("document");
    let host: web_sys::HtmlElement = doc.create_element("div").expect("div").dyn_into().expect("html");
    doc.body().expect("body").append_child(&host).expect("append");
    let fr = [
        include_str!("../locales/fr/core.json"),
        include_str!("../locales/fr/eid.json"),
        include_str!("../locales/fr/eid-mijngezondheid.json"),
        include_str!("../locales/fr/eid-install.json"),
        include_str!("../locales/fr/itsme.json"),
        include_str!("../locales/fr/itsme-bank.json"),
        include_str!("../locales/fr/itsme-eid.json"),
        include_str!("../locales/fr/itsme-safety.json"),
        include_str!("../locales/fr/itsme-irisbox.json"),
        include_str!("../locales/fr/csam.json"),
        include_str!("../locales/fr/os.json"),
    ];
    let nl = [
        include_str!("../locales/nl/core.json"),
        include_str!("../locales/nl/eid.json"),
        include_str!("../locales/nl/eid-mijngezondheid.json"),
        include_str!("../locales/nl/eid-install.json"),
        include_str!("../locales/nl/itsme.json"),
        include_str!("../locales/nl/itsme-bank.json"),
        include_str!("../locales/nl/itsme-eid.json"),
        include_str!("../locales/nl/itsme-safety.json"),
        include_str!("../locales/nl/itsme-irisbox.json"),
        include_str!("../locales/nl/csam.json"),
        include_str!("../locales/nl/os.json"),
    ];
    let catalogs = Catalogs::with_parts(r.lang, if r.lang == Lang::Fr { fr } else { nl }, logincoach::platform::parse_catalog);
    let coach = Coach::new(r, None, catalogs);
    let screen = coach.session.with_untracked(|s| s.step().screen);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(coach);
        // The PC's pane of the scene (the tests read the mock page and the narration).
        let pc = match screens::scene(screen) {
            screens::Scene::Full(make) => make(),
            screens::Scene::Devices { pc, .. } => pc.view(),
        };
        view! { <Narration />{pc} }
    });
    handle.forget();
    (coach, host)
}

async fn settle() {
    gloo_timers::future::TimeoutFuture::new(30).await;
}

fn q(host: &web_sys::HtmlElement, sel: &str) -> web_sys::HtmlElement {
    host.query_selector(sel).ok().flatten().and_then(|e| e.dyn_into().ok()).unwrap_or_else(|| panic!("{sel} not found"))
}

#[wasm_bindgen_test]
async fn only_the_next_control_is_marked_and_clicking_it_moves_on() {
    let (coach, host) = mount(route("eid-mijngezondheid", "home", Lang::Nl));
    settle().await;
    let marked = host.query_selector_all("[data-coach-target]").expect("query");
    assert_eq!(marked.length(), 1);
    let login = q(&host, "[data-target-id=mg-login]");
    assert_eq!(login.tag_name(), "BUTTON");
    assert!(login.has_attribute("data-coach-target"));
    assert_eq!(login.text_content().unwrap_or_default(), "aanmelden");
    q(&host, "[data-target-id=mg-lang-fr]").click();
    settle().await;
    assert!(q(&host, "#feedback").text_content().unwrap_or_default().contains("andere taal"));
    login.click();
    settle().await;
    assert_eq!(coach.session.with_untracked(|s| s.step().id), "browser-note");
    assert!(q(&host, "#step-title").text_content().unwrap_or_default().contains("browser"));
}

#[wasm_bindgen_test]
async fn typing_a_wrong_pin_counts_down_in_french() {
    let (coach, host) = mount(route("eid-mijngezondheid", "pin", Lang::Fr));
    settle().await;
    let field = q(&host, "#pin-field");
    assert_eq!(field.get_attribute("type").as_deref(), Some("password"));
    let label = q(&host, "label[for=pin-field]");
    assert!(!label.text_content().unwrap_or_default().is_empty());
    logincoach::platform::type_into(&field, "9999");
    settle().await;
    assert!(q(&host, "[data-target-id=pin-ok]").has_attribute("data-coach-target"));
    q(&host, "[data-target-id=pin-ok]").click();
    settle().await;
    let fb = q(&host, "#feedback").text_content().unwrap_or_default();
    assert!(fb.contains('2'), "feedback says two tries are left: {fb}");
    assert_eq!(coach.session.with_untracked(|s| s.wrong_tries()), 1);
    let input: web_sys::HtmlInputElement = field.dyn_into().expect("input");
    assert_eq!(input.value(), "", "the wrong PIN is cleared");
}

#[wasm_bindgen_test]
async fn hint_button_climbs_the_ladder_to_do_it_for_me() {
    let (coach, host) = mount(route("eid-mijngezondheid", "certificate", Lang::Nl));
    settle().await;
    assert!(host.query_selector("#hint-text").ok().flatten().is_none());
    q(&host, "#hint-btn").click();
    settle().await;
    assert!(q(&host, "#hint-text").text_content().unwrap_or_default().contains("OK"));
    for _ in 0..3 {
        q(&host, "#hint-btn").click();
    }
    settle().await;
    q(&host, "#do-it-btn").click();
    gloo_timers::future::TimeoutFuture::new(1800).await;
    assert_eq!(coach.session.with_untracked(|s| s.step().id), "pin", "do it for me pressed OK");
}

#[wasm_bindgen_test]
async fn next_is_disabled_until_the_step_is_done() {
    let (coach, host) = mount(route("eid-mijngezondheid", "csam-eid", Lang::Nl));
    settle().await;
    let next: web_sys::HtmlButtonElement = q(&host, "#next-btn").dyn_into().expect("button");
    assert!(next.disabled());
    q(&host, "[data-target-id=csam-login]").click();
    settle().await;
    assert_eq!(coach.session.with_untracked(|s| s.step().id), "certificate");
    q(&host, "#back-btn").click();
    settle().await;
    let next: web_sys::HtmlButtonElement = q(&host, "#next-btn").dyn_into().expect("button");
    assert!(!next.disabled(), "a finished step may be skipped with Next");
}
