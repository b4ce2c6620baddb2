//! Thin, panic-free wrappers around the browser APIs the app needs. Every call
//! tolerates a missing window or a failing API: the app degrades, never crashes.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's query string (`?…`), or empty.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The browser's preferred languages, best first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        if let Some(l) = nav.language() {
            out.push(l);
        }
    }
    out
}

/// Sets the address (query only, so any sub-path is kept) without a reload: as a new
/// history entry (`push`, so Back returns here) or in place of the current one.
pub fn set_query(query: &str, push: bool) {
    if let Some(w) = window() {
        if let Ok(h) = w.history() {
            let _ = if push {
                h.push_state_with_url(&JsValue::NULL, "", Some(query))
            } else {
                h.replace_state_with_url(&JsValue::NULL, "", Some(query))
            };
        }
    }
}

/// Sets the value of a `<select>` by id (it shows the language in use after a failed switch).
pub fn set_select_value(id: &str, value: &str) {
    if let Some(sel) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        sel.set_value(value);
    }
}

/// Whether the app runs inside a frame of another page.
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(p)) => !js_sys::Object::is(&p, &w),
        _ => false,
    }
}

/// Opens the browser's print dialog (the result card has its own print stylesheet).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Today's date in the language's own way of writing it ("2 december 2026").
pub fn today(lang: &str) -> String {
    let opts = js_sys::Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    js_sys::Date::new_0().to_locale_date_string(lang, &opts).into()
}

/// A warning in the browser's console, for whoever deploys or embeds the app.
pub fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(text));
}

/// Adds a module script beside the page (a feature used only sometimes, loaded then).
pub fn add_module_script(src: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let (Ok(script), Some(head)) = (doc.create_element("script"), doc.head()) else { return };
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", src);
    let _ = head.append_child(&script);
}

/// Posts a message to this very window, where the embedding relay scripts hear it
/// (`embed/child.js` passes it on to the parent frame).
pub fn post_to_self(message: &JsValue) {
    let Some(w) = window() else { return };
    if let Ok(origin) = w.location().origin() {
        let _ = w.post_message(message, &origin);
    }
}

/// Appends a value to the list on `window` under a name (made on first use), for
/// this page's own scripts that load later.
pub fn push_global(name: &str, value: &JsValue) {
    let Some(w) = window() else { return };
    let key = JsValue::from_str(name);
    let list = js_sys::Reflect::get(&w, &key).ok().filter(js_sys::Array::is_array).map(|v| v.unchecked_into::<js_sys::Array>()).unwrap_or_else(|| {
        let list = js_sys::Array::new();
        let _ = js_sys::Reflect::set(&w, &key, &list);
        list
    });
    list.push(value);
}

thread_local! {
    /// The channel between the learner's window and the facilitator's, once opened.
    static CHANNEL: std::cell::RefCell<Option<web_sys::BroadcastChannel>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with the same-origin channel `logincoach` of this machine's windows
/// (opened on first use; nothing where the browser has no `BroadcastChannel`).
fn with_channel(f: impl FnOnce(&web_sys::BroadcastChannel)) {
    CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = web_sys::BroadcastChannel::new("logincoach").ok();
        }
        if let Some(channel) = c.as_ref() {
            f(channel);
        }
    });
}

/// Sends a message to the app's other windows on this machine (structured clone).
pub fn channel_post(message: &JsValue) {
    with_channel(|c| {
        let _ = c.post_message(message);
    });
}

/// Hears the app's other windows: `f` gets each message's data.
pub fn on_channel(mut f: Box<dyn FnMut(JsValue)>) {
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
        f(js_sys::Reflect::get(&ev, &JsValue::from_str("data")).unwrap_or(JsValue::NULL));
    });
    with_channel(|c| c.set_onmessage(Some(listener.as_ref().unchecked_ref())));
    // The listener lives as long as the page.
    listener.forget();
}

/// An object with these string fields, as messages between windows carry them.
pub fn fields_object(fields: &[(&str, String)]) -> js_sys::Object {
    let obj = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    obj
}

/// Opens (or brings back) a named second window of the app at `query`.
pub fn open_window(query: &str, name: &str) {
    if let Some(w) = window() {
        let _ = w.open_with_url_and_target(query, name);
    }
}

/// Puts a value on `window` under a name, for this page's own scripts.
pub fn set_global(name: &str, value: &JsValue) {
    if let Some(w) = window() {
        let _ = js_sys::Reflect::set(&w, &JsValue::from_str(name), value);
    }
}

/// Finds the mock control with this target id.
pub fn find_target(target: &str) -> Option<web_sys::HtmlElement> {
    let doc = window()?.document()?;
    let sel = format!("[data-target-id=\"{target}\"]");
    doc.query_selector(&sel)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Centre of an element in viewport coordinates.
pub fn centre_of(el: &web_sys::HtmlElement) -> (f64, f64) {
    let r = el.get_bounding_client_rect();
    (r.left() + r.width() / 2.0, r.top() + r.height() / 2.0)
}

/// Scrolls an element into view if needed (smoothly unless reduced motion is asked).
pub fn reveal(el: &web_sys::HtmlElement) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
    opts.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Whether the learner asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Types text into an input the way a keyboard does: value set, `input` event fired.
pub fn type_into(el: &web_sys::HtmlElement, text: &str) {
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(text);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        init.set_data(Some(text));
        if let Ok(ev) = web_sys::InputEvent::new_with_event_init_dict("input", &init) {
            let _ = input.dispatch_event(&ev);
        }
    }
}

/// Moves keyboard focus to an element by id (used to announce a new step), without
/// scrolling the page: on a phone the learner keeps looking where they work.
pub fn focus_id(id: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// A voice of the browser that runs on this device (never a network voice: the
/// text would leave the page) for a language code such as `nl`.
fn local_voice(lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let synth = window()?.speech_synthesis().ok()?;
    synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>())
        .filter(|v| v.local_service())
        .find(|v| v.lang().get(..2).is_some_and(|l| l.eq_ignore_ascii_case(lang)))
}

/// Whether the browser can read a text aloud in this language on this device.
pub fn can_speak(lang: &str) -> bool {
    local_voice(lang).is_some()
}

/// Reads a text aloud with a local voice (stops what was being read); false when it cannot.
pub fn speak(text: &str, lang: &str) -> bool {
    let Some(voice) = local_voice(lang) else { return false };
    let Some(Ok(synth)) = window().map(|w| w.speech_synthesis()) else { return false };
    let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return false };
    u.set_voice(Some(&voice));
    u.set_lang(&voice.lang());
    u.set_rate(0.9);
    synth.cancel();
    synth.speak(&u);
    true
}

/// Stops reading aloud (a new step should not be talked over by the old one).
pub fn stop_speaking() {
    if let Some(Ok(synth)) = window().map(|w| w.speech_synthesis()) {
        if synth.speaking() || synth.pending() {
            synth.cancel();
        }
    }
}

/// Calls `f` whenever the browser's list of voices changes (it loads after start-up).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    if let Some(Ok(synth)) = window().map(|w| w.speech_synthesis()) {
        let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
        synth.set_onvoiceschanged(Some(cb.as_ref().unchecked_ref()));
        cb.forget();
    }
}

/// Whether a key press goes to a text field or a list (keys there are for typing).
pub fn typing_in_field(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// Runs `tick` every `ms` milliseconds (gloo-timers) for as long as the calling
/// component lives: the interval is owned by the component and cancelled when its
/// screen leaves, so nothing ticks in the background.
pub fn every(ms: u32, tick: impl FnMut() + 'static) {
    let interval = gloo_timers::callback::Interval::new(ms, tick);
    let _ = leptos::prelude::StoredValue::new_local(interval);
}

/// Milliseconds since the Unix epoch, from the browser clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The local time as HH:MM, for the phone's status bar.
pub fn clock_text() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// Sets `<html lang>` and the tab title, so assistive technology reads the right language.
pub fn set_document_lang_and_title(lang: &str, title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        // Only what changed: setting `lang` again, even to the same value, restyles the
        // whole page (9 ms of every keystroke in a field at 4x throttle, measured).
        if let Some(html) = doc.document_element().filter(|h| h.get_attribute("lang").as_deref() != Some(lang)) {
            let _ = html.set_attribute("lang", lang);
        }
        if doc.title() != title {
            doc.set_title(title);
        }
    }
}

/// Fresh random bytes for a run (tokens, secrets); falls back to the clock if crypto is missing.
pub fn random_seed() -> [u8; 32] {
    let mut seed = [0u8; 32];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut seed).is_ok())
        .unwrap_or(false);
    if !filled {
        let t = now_ms().to_bits().to_le_bytes();
        for (i, b) in seed.iter_mut().enumerate() {
            *b = t[i % 8].wrapping_mul(i as u8 | 1);
        }
    }
    seed
}

/// Starts a request (the browser runs several at once).
fn start_fetch(url: &str) -> Option<js_sys::Promise> {
    Some(window()?.fetch_with_str(url))
}

/// The text of a started request, if it arrived with a success status.
async fn finish_fetch(request: Option<js_sys::Promise>) -> Option<String> {
    let resp = wasm_bindgen_futures::JsFuture::from(request?).await.ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(resp.text().ok()?).await.ok()?;
    text.as_string()
}

/// Fetches catalog parts of a language from `locales/` beside the page (relative, so
/// any sub-path works), all at once. A part that cannot be loaded comes in Dutch
/// instead (or not at all: then its keys show) — never an error.
pub async fn fetch_parts(
    lang: crate::flow::Lang,
    parts: &[&'static str],
) -> Vec<(&'static str, Option<String>)> {
    use crate::flow::Lang;
    let pending: Vec<(&'static str, Option<js_sys::Promise>)> =
        parts.iter().map(|part| (*part, start_fetch(&lang.part_url(part)))).collect();
    let mut out = Vec::with_capacity(pending.len());
    for (part, request) in pending {
        let text = match finish_fetch(request).await {
            Some(t) => Some(t),
            None if lang != Lang::Nl => finish_fetch(start_fetch(&Lang::Nl.part_url(part))).await,
            None => None,
        };
        out.push((part, text));
    }
    out
}

/// Reads one catalog part with the browser's own `JSON.parse` (the app carries no
/// JSON parser: 0.4 KiB gzip less than the hand-written one it replaced, measured);
/// `None` unless it is an object whose values are all strings.
pub fn parse_catalog(text: &str) -> Option<std::collections::HashMap<String, String>> {
    let value = js_sys::JSON::parse(text).ok()?;
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return None;
    }
    js_sys::Object::entries(value.unchecked_ref())
        .iter()
        .map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect()
}

/// The catalogs with these parts loaded too (only the missing ones are fetched).
pub async fn load_catalogs(mut catalogs: crate::flow::Catalogs, needed: &[&'static str]) -> crate::flow::Catalogs {
    let lang = catalogs.lang();
    let fetched = fetch_parts(lang, &catalogs.missing(needed)).await;
    catalogs.add_fetched(lang, &fetched);
    catalogs
}

/// The language the page opens in, the catalog parts its first view needs, its
/// chapter (for its look), and whether it is a workshop view (with its own look).
pub fn initial_needs() -> (crate::flow::Lang, Vec<&'static str>, Option<crate::flow::ChapterId>, bool) {
    let (lang, route) = crate::flow::Route::parse(&query(), &preferred_languages(), &crate::scenarios::REGISTRY);
    let (id, view) = route.map(|r| (r.scenario.id, r.view)).unwrap_or_else(|_| (crate::scenarios::overview().id, crate::flow::View::Learner));
    (lang, crate::scenarios::parts_in_view(id, view), crate::scenarios::chapter_of(id), view.workshop())
}

/// Starts fetching the workshop views' look (`style/workshop.css`).
pub fn load_workshop_look() -> impl std::future::Future<Output = bool> + 'static {
    let pending = wasm_bindgen_futures::JsFuture::from(load_styles_js("workshop"));
    async move { pending.await.is_ok_and(|v| v.as_bool() == Some(true)) }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/offline.js")]
extern "C" {
    #[wasm_bindgen(js_name = registerOffline)]
    fn register_offline_js(on_new_version: &wasm_bindgen::closure::Closure<dyn FnMut()>);
    #[wasm_bindgen(js_name = applyNewVersion)]
    fn apply_new_version_js();
}

/// Registers the offline service worker (`sw.js`); `on_new_version` runs when a
/// newer build is ready to take over. Where workers are not allowed, nothing happens.
pub fn register_offline(on_new_version: impl FnMut() + 'static) {
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(on_new_version);
    register_offline_js(&cb);
    // Called whenever a new version arrives, for as long as the page lives.
    cb.forget();
}

/// Lets the waiting new version take over, then reloads the page.
pub fn apply_new_version() {
    apply_new_version_js();
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = stylesReady)]
    fn styles_ready_js(chapter: &str) -> bool;
    #[wasm_bindgen(js_name = loadStyles)]
    fn load_styles_js(chapter: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = qrSvg)]
    fn qr_svg_js(text: &str) -> js_sys::Promise;
}

/// The SVG of `text`'s QR code, drawn by the script only that screen fetches (see
/// `src/lazy.js`); `None` when it could not come (offline before a first visit).
pub async fn qr_svg(text: &str) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(qr_svg_js(text)).await.ok()?.as_string()
}

/// Whether a chapter's look (`style/<code>.css`) applies already (no chapter, no look).
pub fn styles_ready(chapter: Option<crate::flow::ChapterId>) -> bool {
    chapter.is_none_or(|c| styles_ready_js(c.code()))
}

/// Starts fetching a chapter's look if it does not apply yet (see `src/lazy.js`),
/// and returns a future telling whether it arrived.
pub fn load_styles(chapter: Option<crate::flow::ChapterId>) -> impl std::future::Future<Output = bool> + 'static {
    let pending = chapter.map(|c| wasm_bindgen_futures::JsFuture::from(load_styles_js(c.code())));
    async move {
        match pending {
            Some(p) => p.await.is_ok_and(|v| v.as_bool() == Some(true)),
            None => true,
        }
    }
}
