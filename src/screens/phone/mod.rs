//! Shared phone and form parts for the itsme chapter (and later chapters): the
//! numeric code pad used by every code entry, a real checkbox, a submit button that
//! checks a whole form, dynamic run values (token, SMS code, symbol), the symbol
//! choice, the push timer and the "Kies je land" picker. Everything else of the
//! phone (home screen, banners, SMS thread, mail) is static block data.
//!
//! These are the only view components of the chapter: each one costs wasm, so they
//! are generic and take plain `fn` parameters.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::coach::Coach;
use crate::components::page::escape;
use crate::flow::{Action, Run, Session};
use crate::scenarios::target;

/// The numeric code pad: a masked `<input>` (keyboard digits work) with a show/hide
/// button, ten digit buttons, erase, and the submit button. Only digits are kept,
/// at most `len`.
pub fn pad(target: &'static str, label: &'static str, submit: &'static str, submit_label: &'static str, len: usize) -> AnyView {
    let coach = Coach::use_context();
    let shown = RwSignal::new(false);
    let set = move |v: String| {
        coach.act(Action::Input(target.to_owned(), v));
    };
    let press = move |d: char| {
        let mut v = coach.session.with_untracked(|s| s.value(target).to_owned());
        if d == '<' {
            v.pop();
        } else if v.len() < len {
            v.push(d);
        }
        set(v);
    };
    let ok = move || {
        coach.act(Action::Click(submit.to_owned()));
    };
    view! {
        <div class="pad">
            <label class="pad-label" for=target>{move || coach.say(label)}</label>
            <div class="pad-field">
                <input
                    id=target
                    type=move || if shown.get() { "text" } else { "password" }
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength=len
                    data-target-id=target
                    data-coach-target=move || coach.is_target(target).then_some("true")
                    prop:value=move || coach.session.with(|s| s.value(target).to_owned())
                    on:input=move |ev| {
                        let v: String = event_target_value(&ev).chars().filter(char::is_ascii_digit).take(len).collect();
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.set_value(&v);
                        }
                        set(v);
                    }
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            ok();
                        }
                    }
                />
                <button type="button" class="pad-eye" aria-pressed=move || shown.get().to_string() on:click=move |_| shown.update(|s| *s = !*s)>
                    {coach.tr("itsme.pad.show")}
                </button>
            </div>
            <div class="pad-keys">
                {"1234567890<".chars().map(|d| {
                    let erase = d == '<';
                    view! {
                        <button type="button" class="pad-key" aria-label=move || erase.then(|| coach.t("itsme.pad.erase")) on:click=move |_| press(d)>
                            {if erase { "⌫".to_owned() } else { d.to_string() }}
                        </button>
                    }
                }).collect_view()}
                <button
                    type="button"
                    class="pad-ok"
                    data-target-id=submit
                    data-coach-target=move || coach.is_target(submit).then_some("true")
                    on:click=move |_| ok()
                >
                    {coach.tr(submit_label)}
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// A real checkbox that reports to the engine; it shows what `on` says, so a click
/// the engine refuses does not stay ticked.
pub fn check(target: &'static str, label: &'static str, on: fn(&Session) -> bool) -> AnyView {
    let coach = Coach::use_context();
    view! {
        <label class="mock-check" for=target>
            <input
                type="checkbox"
                id=target
                data-target-id=target
                data-coach-target=move || coach.is_target(target).then_some("true")
                prop:checked=move || coach.session.with(on)
                on:click=move |ev| {
                    coach.act(Action::Click(target.to_owned()));
                    if event_target_checked(&ev) != coach.session.with_untracked(on) {
                        ev.prevent_default();
                    }
                }
            />
            <span>{move || coach.say(label)}</span>
        </label>
    }
    .into_any()
}

/// Markup that depends on the run (a token, an SMS text, a symbol), built by `make`
/// from the run and the translated texts. `data-value` holds the raw value for tests.
pub fn run_html(class: &'static str, make: fn(&Run, &Coach) -> (String, String)) -> AnyView {
    let coach = Coach::use_context();
    let made = move || {
        coach.texts.i18n.track();
        coach.session.with(|s| make(s.run(), &coach))
    };
    view! { <span class=class data-value=move || made().1 inner_html=move || made().0></span> }.into_any()
}

/// Escaped text with a `{code}`-style placeholder filled, for [`run_html`].
pub fn filled(coach: &Coach, key: &str, name: &str, value: &str) -> String {
    escape(&coach.tf(key, &[(name, value)]))
}

/// The symbol set (simple drawings, no emoji fonts needed).
pub const SYMBOLS: [&str; 8] = [
    r##"<path d="M24 4l6 13 14 1-11 9 4 14-13-8-13 8 4-14L4 18l14-1z" fill="#f5a623"/>"##,
    r##"<path d="M24 42S6 30 6 17a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 13-18 25-18 25z" fill="#e0245e"/>"##,
    r##"<circle cx="24" cy="24" r="9" fill="#f7c600"/><path d="M24 3v7M24 38v7M3 24h7M38 24h7M9 9l5 5M34 34l5 5M39 9l-5 5M14 34l-5 5" stroke="#f7c600" stroke-width="4"/>"##,
    r##"<path d="M30 6a18 18 0 1 0 12 28A15 15 0 0 1 30 6z" fill="#5b6cff"/>"##,
    r##"<rect x="21" y="28" width="6" height="16" fill="#7a4a1e"/><circle cx="24" cy="18" r="14" fill="#2e9e4f"/>"##,
    r##"<path d="M24 5L4 22h6v20h28V22h6z" fill="#c0572b"/><rect x="20" y="30" width="8" height="12" fill="#fff"/>"##,
    r##"<path d="M24 4C24 4 10 22 10 30a14 14 0 0 0 28 0C38 22 24 4 24 4z" fill="#1e88e5"/>"##,
    r##"<path d="M28 3L9 27h12l-3 18 21-26H27z" fill="#8e44ad"/>"##,
];

/// A symbol as an SVG with an accessible name.
pub fn symbol_svg(coach: &Coach, index: usize) -> String {
    let name = escape(&coach.t(&format!("itsme.sym.{index}")));
    format!(
        r#"<svg viewBox="0 0 48 48" role="img" aria-label="{name}">{}</svg>"#,
        SYMBOLS.get(index).copied().unwrap_or("")
    )
}

/// The app's symbol choice, in this run's order; the right one reports `sym-right`,
/// the others `sym-wrong-1..3`.
pub fn symbol_choice() -> AnyView {
    let coach = Coach::use_context();
    let (right, shown) = coach.session.with_untracked(|s| crate::scenarios::itsme::symbols(s.run()));
    let mut wrong = 0;
    let buttons = shown
        .iter()
        .map(|i| {
            let target: &'static str = if *i == right {
                target::phone::SYM_RIGHT
            } else {
                wrong += 1;
                [target::phone::SYM_WRONG_1, target::phone::SYM_WRONG_2, target::phone::SYM_WRONG_3][(wrong - 1).min(2)]
            };
            let svg = symbol_svg(&coach, *i);
            view! {
                <button
                    type="button"
                    class="sym"
                    data-target-id=target
                    data-symbol=*i
                    data-coach-target=move || coach.is_target(target).then_some("true")
                    on:click=move |_| {
                        coach.act(Action::Click(target.to_owned()));
                    }
                    inner_html=svg
                ></button>
            }
        })
        .collect_view();
    view! { <div class="sym-grid">{buttons}</div> }.into_any()
}

/// Reports `push-expired` when a push notification has waited too long; renders nothing.
pub fn push_timer() -> AnyView {
    let coach = Coach::use_context();
    if let Ok(h) = set_timeout_with_handle(
        move || {
            coach.act(Action::Event(target::event::PUSH_EXPIRED.to_owned()));
        },
        std::time::Duration::from_millis(u64::from(crate::scenarios::itsme::PUSH_VALID_MS)),
    ) {
        on_cleanup(move || h.clear());
    }
    ().into_any()
}

/// Countries with their calling codes; the names come from the browser
/// (`Intl.DisplayNames`) in the learner's language, no name tables are shipped.
const DIAL: &str = "AF93 AL355 DZ213 AS1684 AD376 AO244 AI1264 AG1268 AR54 AM374 AW297 AU61 AT43 AZ994 BS1242 BH973 BD880 BB1246 BY375 BE32 BZ501 BJ229 BM1441 BT975 BO591 BA387 BW267 BR55 BN673 BG359 BF226 BI257 KH855 CM237 CA1 CV238 KY1345 CF236 TD235 CL56 CN86 CO57 KM269 CG242 CD243 CR506 CI225 HR385 CU53 CW599 CY357 CZ420 DK45 DJ253 DM1767 DO1809 EC593 EG20 SV503 GQ240 ER291 EE372 SZ268 ET251 FJ679 FI358 FR33 GF594 PF689 GA241 GM220 GE995 DE49 GH233 GI350 GR30 GL299 GD1473 GP590 GU1671 GT502 GN224 GW245 GY592 HT509 HN504 HK852 HU36 IS354 IN91 ID62 IR98 IQ964 IE353 IL972 IT39 JM1876 JP81 JO962 KZ7 KE254 KI686 XK383 KW965 KG996 LA856 LV371 LB961 LS266 LR231 LY218 LI423 LT370 LU352 MO853 MG261 MW265 MY60 MV960 ML223 MT356 MH692 MQ596 MR222 MU230 YT262 MX52 FM691 MD373 MC377 MN976 ME382 MS1664 MA212 MZ258 MM95 NA264 NR674 NP977 NL31 NC687 NZ64 NI505 NE227 NG234 KP850 MK389 NO47 OM968 PK92 PW680 PS970 PA507 PG675 PY595 PE51 PH63 PL48 PT351 PR1787 QA974 RE262 RO40 RU7 RW250 KN1869 LC1758 VC1784 WS685 SM378 ST239 SA966 SN221 RS381 SC248 SL232 SG65 SX1721 SK421 SI386 SB677 SO252 ZA27 KR82 SS211 ES34 LK94 SD249 SR597 SE46 CH41 SY963 TW886 TJ992 TZ255 TH66 TL670 TG228 TO676 TT1868 TN216 TR90 TM993 TC1649 TV688 UG256 UA380 AE971 GB44 US1 UY598 UZ998 VU678 VA39 VE58 VN84 VG1284 VI1340 YE967 ZM260 ZW263";

struct Country {
    code: &'static str,
    dial: &'static str,
    name: String,
    folded: String,
}

/// Lower case without accents, for the search ("belg" finds "België").
fn fold(text: &str) -> String {
    // The browser lower-cases (any script) and splits accents off; Rust's Unicode
    // case tables would cost wasm for the same result.
    js_sys::JsString::from(text)
        .to_lower_case()
        .normalize("NFD")
        .as_string()
        .unwrap_or_default()
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect()
}

fn countries(lang: &str) -> Vec<Country> {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let namer = get(&js_sys::global(), "Intl")
        .and_then(|intl| get(&intl, "DisplayNames"))
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|ctor| {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &JsValue::from_str("type"), &JsValue::from_str("region"));
            let args = js_sys::Array::of2(&js_sys::Array::of1(&JsValue::from_str(lang)), &opts);
            js_sys::Reflect::construct(&ctor, &args).ok()
        })
        .and_then(|dn| get(&dn, "of").and_then(|f| f.dyn_into::<js_sys::Function>().ok()).map(|of| (dn, of)));
    let all = DIAL
        .split(' ')
        .filter(|e| e.len() > 2)
        .map(|e| {
            let (code, dial) = e.split_at(2);
            let name = namer
                .as_ref()
                .and_then(|(dn, of)| js_sys::Reflect::apply(of, dn, &js_sys::Array::of1(&JsValue::from_str(code))).ok())
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| code.to_owned());
            let folded = fold(&name);
            Country { code, dial, name, folded }
        });
    // One collator for the whole sort: `localeCompare` with a locale builds one per
    // comparison (the itsme country step took 350 ms at 4x throttle, measured).
    let compare = js_sys::Intl::Collator::new(&js_sys::Array::of1(&JsValue::from_str(lang)), &js_sys::Object::new()).compare();
    let before = |a: &Country, b: &Country| {
        let order = compare.call2(&JsValue::NULL, &JsValue::from_str(&a.name), &JsValue::from_str(&b.name));
        order.ok().and_then(|o| o.as_f64()).unwrap_or(0.0) <= 0.0
    };
    // A binary insertion sort in the browser's alphabetical order: n·log n
    // comparisons, and 2 KB less wasm (gzip) than the standard library's generic sort.
    let mut out: Vec<Country> = Vec::with_capacity(DIAL.len() / 5);
    for c in all {
        let at = out.partition_point(|x| before(x, &c));
        out.insert(at, c);
    }
    out
}

/// A country as the picker lists it: its code, calling code, name and folded name.
type Listed = (&'static str, &'static str, String, String);

/// Whether a country matches the search (folded name part, or the start of its code).
fn matches(folded: &str, dial: &str, q: &str) -> bool {
    q.is_empty() || folded.contains(q) || dial.starts_with(q.trim_start_matches('+'))
}

/// The target id of a country in the A–Z list. While a search hides the "most
/// selected" list, België's A–Z entry carries `cc-be`, so it is the one highlighted
/// and the one "do it for me" taps.
fn az_id(code: &str, top_shown: bool) -> String {
    let lower = code.to_ascii_lowercase();
    if code == "BE" && !top_shown {
        format!("cc-{lower}")
    } else {
        format!("cc-az-{lower}")
    }
}

/// Whether the "most selected" list shows: without a search, and while a search
/// leaves België out (so België, the answer, is always on screen).
fn top_shown(q: &str, be_matches: bool) -> bool {
    q.is_empty() || !be_matches
}

/// "Kies je land": search, the most selected countries, then A–Z. België reports
/// `cc-be`, Nederland `cc-nl`, any other country `cc-other`; ✕ reports `cc-close`.
pub fn country_picker() -> AnyView {
    let coach = Coach::use_context();
    let list = Memo::new(move |_| {
        let lang = coach.texts.lang.get();
        coach.texts.i18n.track();
        countries(lang.code())
            .into_iter()
            .map(|c| (c.code, c.dial, c.name, c.folded))
            .collect::<Vec<_>>()
    });
    let query = RwSignal::new(String::new());
    let pick = move |code: &str| {
        let target = match code {
            "BE" => target::phone::CC_BE,
            "NL" => target::phone::CC_NL,
            _ => target::phone::CC_OTHER,
        };
        coach.act(Action::Click(target.to_owned()));
    };
    let folded = move || fold(query.get().trim());
    let shows_top = Memo::new(move |_| {
        let q = folded();
        top_shown(&q, list.with(|l| l.iter().any(|c| c.0 == "BE" && matches(&c.3, c.1, &q))))
    });
    // Both lists (the A–Z one has 240 entries) are strings of markup, each with one click
    // listener: as views every entry had a listener and an effect of its own, and
    // building them was most of the slowest step change of all (measured, see README).
    let marked = Memo::new(move |_| coach.is_target(target::phone::CC_BE));
    let entries = move |keep: &dyn Fn(&Listed) -> bool, id: &dyn Fn(&str) -> String| {
        let marked = marked.get();
        list.with(|l| {
            l.iter()
                .filter(|c| keep(c))
                .map(|c| {
                    let id = id(c.0);
                    let mark = if marked && id == target::phone::CC_BE { " data-coach-target=\"true\"" } else { "" };
                    format!(
                        "<li><button type=\"button\" class=\"cc-item\" data-target-id=\"{id}\" data-code=\"{}\"{mark}><span class=\"cc-name\">{}</span><span class=\"cc-dial\">+{}</span></button></li>",
                        c.0,
                        escape(&c.2),
                        c.1
                    )
                })
                .collect::<String>()
        })
    };
    let top = move || entries(&|c| c.0 == "BE" || c.0 == "NL", &|code| format!("cc-{}", code.to_ascii_lowercase()));
    let all = move || {
        let q = folded();
        let top = shows_top.get();
        entries(&|c| matches(&c.3, c.1, &q), &|code| az_id(code, top))
    };
    let pick_in_list = move |ev: leptos::ev::MouseEvent| {
        let code = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-code]").ok().flatten())
            .and_then(|button| button.get_attribute("data-code"));
        if let Some(code) = code {
            pick(&code);
        }
    };
    view! {
        <div class="cc-overlay">
            <div class="cc-dialog" role="dialog" aria-modal="true" aria-labelledby="cc-title">
                <div class="cc-head">
                    <h3 id="cc-title">{coach.tr("itsme.cc.title")}</h3>
                    <button
                        type="button"
                        class="cc-close"
                        data-target-id=target::phone::CC_CLOSE
                        aria-label=coach.tr("itsme.cc.close")
                        on:click=move |_| {
                            coach.act(Action::Click(target::phone::CC_CLOSE.to_owned()));
                        }
                    >
                        "✕"
                    </button>
                </div>
                <label class="cc-search">
                    <span>{coach.tr("itsme.cc.search")}</span>
                    <input type="search" id="cc-search" autocomplete="off" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
                <div class="cc-lists">
                    {move || shows_top.get().then(|| view! {
                        <h4>{coach.tr("itsme.cc.most")}</h4>
                        <ul inner_html=top on:click=pick_in_list></ul>
                        <h4>"A–Z"</h4>
                    })}
                    <ul class="cc-all" inner_html=all on:click=pick_in_list></ul>
                </div>
            </div>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::{az_id, matches, top_shown};

    #[test]
    fn while_a_search_shows_belgie_in_a_to_z_that_entry_is_the_target() {
        assert!(matches("belgie", "32", "belg"));
        assert!(matches("belgie", "32", "+32"));
        assert!(!matches("nederland", "31", "belg"));
        // No search: the "most selected" België is the target, A–Z's is not.
        assert!(top_shown("", true));
        assert_eq!(az_id("BE", true), "cc-az-be");
        // "belg": the most selected list hides; A–Z's België takes the target.
        assert!(!top_shown("belg", true));
        assert_eq!(az_id("BE", false), "cc-be");
        assert_eq!(az_id("NL", false), "cc-az-nl");
        // A search without België keeps the most selected list, so België stays on screen.
        assert!(top_shown("neder", false));
    }
}
