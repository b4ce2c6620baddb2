//! The real-reader probe: which reader the browser sees over WebUSB (or WebHID),
//! live as it is plugged in and out. It never opens the device, so it can never
//! read the card or check the PIN, and it says so.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::flow::readers::{CheckTickets, DeviceKind, ProbeState, UnsupportedReason};
use crate::scenarios;
use crate::scenarios::eid_install::CONNECT_READER;
use crate::webusb::{self, Api};

/// What the probe shows for a state: a code for tests and styling, the status
/// text's key and the next action's key (both take `{device}`).
pub fn texts(state: &ProbeState) -> (&'static str, &'static str, &'static str) {
    match state {
        ProbeState::Unsupported(UnsupportedReason::NoWebUsb) => ("no-api", "reader.probe.no-api", "reader.probe.no-api-next"),
        ProbeState::Unsupported(UnsupportedReason::InsecureContext) => ("insecure", "reader.probe.insecure", "reader.probe.no-api-next"),
        ProbeState::Unsupported(UnsupportedReason::BlockedByPermissionsPolicy) => ("policy", "reader.probe.policy", "reader.probe.policy-next"),
        ProbeState::Unsupported(UnsupportedReason::OpaqueOrigin) => ("opaque", "reader.probe.opaque", "reader.probe.policy-next"),
        ProbeState::NeedsClick => ("needs-click", "reader.probe.needs-click", "reader.probe.needs-click-next"),
        ProbeState::NotFound => ("not-found", "reader.probe.not-found", "reader.probe.not-found-next"),
        ProbeState::Connected { device } => match device.kind {
            DeviceKind::KnownReader(_) if device.shows_or_similar() => ("connected", "reader.probe.connected-similar", "reader.probe.connected-next"),
            DeviceKind::KnownReader(_) => ("connected", "reader.probe.connected", "reader.probe.connected-next"),
            DeviceKind::UnknownCcidReader => ("connected", "reader.probe.connected-unknown", "reader.probe.connected-next"),
            DeviceKind::Digipass => ("digipass", "reader.probe.digipass", "reader.probe.digipass-next"),
            DeviceKind::Other => ("other", "reader.probe.other", "reader.probe.not-found-next"),
        },
        ProbeState::Unplugged { .. } => ("unplugged", "reader.probe.unplugged", "reader.probe.unplugged-next"),
    }
}

fn device_name(state: &ProbeState) -> String {
    match state {
        ProbeState::Connected { device } | ProbeState::Unplugged { device } => device.display_name(),
        _ => String::new(),
    }
}

fn start_state() -> ProbeState {
    let state = ProbeState::initial(webusb::is_secure_context(), webusb::api(Api::Usb).is_some());
    if state.can_request() && webusb::policy_allows("usb") == Some(false) {
        ProbeState::Unsupported(UnsupportedReason::BlockedByPermissionsPolicy)
    } else {
        state
    }
}

// The probe's state lives outside the reactive graph (one probe is shown at a time);
// a single u32 signal tells the view to redraw. This keeps the compiled app small:
// no new signal types, one closure type for every text and every button. Each probe
// shown takes a ticket; answers for an older one (a check the learner left) are dropped.
thread_local! {
    static STATE: RefCell<(ProbeState, Option<Api>, bool)> = const { RefCell::new((ProbeState::NeedsClick, None, false)) };
    static TICKETS: Cell<CheckTickets> = const { Cell::new(CheckTickets::new()) };
}

fn current(ticket: u32) -> bool {
    TICKETS.with(|t| t.get().is_current(ticket))
}

fn tickets(f: impl FnOnce(&mut CheckTickets) -> u32) -> u32 {
    TICKETS.with(|t| {
        let mut v = t.get();
        let out = f(&mut v);
        t.set(v);
        out
    })
}

fn with_state<R>(f: impl FnOnce(&(ProbeState, Option<Api>, bool)) -> R) -> R {
    STATE.with(|s| f(&s.borrow()))
}

/// Applies a new state from `api` for the check holding `ticket` (dropped when that
/// check is no longer shown); remembers which API saw a newly shown device.
fn apply(tick: RwSignal<u32>, ticket: u32, next: impl FnOnce(ProbeState) -> ProbeState, api: Api) {
    if !current(ticket) {
        return;
    }
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let before = s.0.clone();
        s.0 = next(before.clone());
        if s.0 != before && matches!(s.0, ProbeState::Connected { .. }) {
            s.1 = Some(api);
        }
    });
    let _ = tick.try_update(|t| *t = t.wrapping_add(1));
}

fn set_busy(tick: RwSignal<u32>, ticket: u32, busy: bool) {
    if !current(ticket) {
        return;
    }
    STATE.with(|s| s.borrow_mut().2 = busy);
    let _ = tick.try_update(|t| *t = t.wrapping_add(1));
}

/// One text of the probe (0 code, 1 status, 2 next action, 3 which API, 4 the
/// practise button, 5 the note under it).
fn text(coach: Coach, tick: RwSignal<u32>, part: u8) -> impl Fn() -> String + Copy + 'static {
    move || {
        if part >= 4 {
            return practise_text(coach, part == 5);
        }
        tick.track();
        with_state(|(s, via, _)| {
            let (code, status, next) = texts(s);
            match part {
                0 => code.to_owned(),
                1 | 2 => coach.tf(if part == 1 { status } else { next }, &[("device", &device_name(s))]),
                _ => match (via, s) {
                    (Some(Api::Usb), ProbeState::Connected { .. }) => coach.t("reader.probe.via-usb"),
                    (Some(Api::Hid), ProbeState::Connected { .. }) => coach.t("reader.probe.via-hid"),
                    _ => String::new(),
                },
            }
        })
    }
}

/// Whether a button is hidden (0 request, 1 WebHID) or disabled (2, while the chooser is open).
fn flag(tick: RwSignal<u32>, which: u8) -> impl Fn() -> bool + Copy + 'static {
    move || {
        tick.track();
        with_state(|(s, _, busy)| match which {
            0 => !s.can_request(),
            1 => !s.can_request() || webusb::api(Api::Hid).is_none(),
            _ => *busy,
        })
    }
}

fn ask(tick: RwSignal<u32>, ticket: u32, api: Api) {
    // requestDevice must start inside the click handler itself (user activation).
    let started = webusb::request(api);
    set_busy(tick, ticket, true);
    leptos::task::spawn_local(async move {
        let next = match webusb::chosen(started).await {
            Ok(Some(d)) => ProbeState::chosen(d),
            Ok(None) => ProbeState::NotFound,
            Err((name, message)) => ProbeState::from_request_error(&name, &message),
        };
        apply(tick, ticket, |_| next, api);
        set_busy(tick, ticket, false);
    });
}

/// One click handler type for the three buttons (0 WebUSB, 1 WebHID, 2 practise).
fn on(coach: Coach, tick: RwSignal<u32>, ticket: u32, action: u8) -> impl Fn(web_sys::MouseEvent) + 'static {
    move |_| match action {
        0 => ask(tick, ticket, Api::Usb),
        1 => ask(tick, ticket, Api::Hid),
        _ => practise(coach),
    }
}

/// The on-screen reader: back to the exercise this check was opened from, else
/// step 4 of eid-install as a side exercise that leads back here.
fn practise(coach: Coach) {
    if coach.came_from.get_untracked().is_some() {
        coach.run(Command::Return);
    } else if let (Some(sc), Some(here)) = (scenarios::find("eid-install"), scenarios::find("reader-check")) {
        coach.open_from(sc, sc.index_of(CONNECT_READER).unwrap_or(0), Some((here, 0)));
    }
}

/// The practise button's label or the note under it: where it leads, and the way back.
fn practise_text(coach: Coach, note: bool) -> String {
    match coach.came_from.get() {
        Some((sc, step)) if note => {
            let step_title = sc.steps.get(step).map(|st| coach.t(&format!("{}.{}.title", sc.id, st.id))).unwrap_or_default();
            coach.tf(
                "reader.probe.practise-back-note",
                &[("title", &coach.t(&sc.title_key())), ("n", &(step + 1).to_string()), ("step", &step_title)],
            )
        }
        Some(_) => coach.t("reader.probe.practise-back"),
        None if note => {
            let n = scenarios::find("eid-install").and_then(|sc| sc.index_of(CONNECT_READER)).unwrap_or(0) + 1;
            coach.tf("reader.probe.practise-note", &[("title", &coach.t("eid-install.title")), ("n", &n.to_string())])
        }
        None => coach.t("reader.probe.practise"),
    }
}

fn watch(tick: RwSignal<u32>, id: u32) {
    for api in [Api::Usb, Api::Hid] {
        if webusb::api(api).is_none() {
            continue;
        }
        leptos::task::spawn_local(async move {
            match webusb::granted(api).await {
                Ok(list) => apply(tick, id, |s| s.after_get_devices(&list), api),
                Err((name, message)) => {
                    let blocked = ProbeState::from_request_error(&name, &message);
                    if api == Api::Usb && matches!(blocked, ProbeState::Unsupported(_)) {
                        apply(tick, id, |_| blocked, api);
                    }
                }
            }
        });
        webusb::listen(
            api,
            id,
            move |d| apply(tick, id, |s| s.on_connect(d), api),
            move |d| apply(tick, id, |s| s.on_disconnect(d.vendor_id, d.product_id), api),
        );
    }
    on_cleanup(move || webusb::unlisten(id));
}

/// The probe card: status, next action, the buttons and the honest limits.
#[component]
pub fn Probe() -> impl IntoView {
    let coach = Coach::use_context();
    let tick = RwSignal::new(0u32);
    let start = start_state();
    let can = start.can_request();
    let ticket = tickets(CheckTickets::start);
    on_cleanup(move || {
        tickets(|t| {
            t.leave(ticket);
            0
        });
    });
    STATE.with(|s| *s.borrow_mut() = (start, None, false));
    if can {
        watch(tick, ticket);
    }
    view! {
        <div class="probe" id="probe">
            <h2>{coach.tr("reader.probe.heading")}</h2>
            <p>{coach.tr("reader.probe.intro")}</p>
            <div class="probe-result" data-probe-state=text(coach, tick, 0)>
                <p id="probe-status" role="status" aria-live="polite">{text(coach, tick, 1)}</p>
                <p id="probe-next">{text(coach, tick, 2)}</p>
                <p id="probe-via">{text(coach, tick, 3)}</p>
            </div>
            <div class="probe-actions">
                <button type="button" class="probe-btn" id="probe-request" hidden=flag(tick, 0) disabled=flag(tick, 2) on:click=on(coach, tick, ticket, 0)>
                    {coach.tr("reader.probe.request")}
                </button>
                <button type="button" class="probe-btn probe-alt" id="probe-hid" hidden=flag(tick, 1) disabled=flag(tick, 2) on:click=on(coach, tick, ticket, 1)>
                    {coach.tr("reader.probe.request-hid")}
                </button>
                <button type="button" class="probe-btn probe-alt" id="probe-practise" aria-describedby="probe-practise-note" on:click=on(coach, tick, ticket, 2)>
                    {text(coach, tick, 4)}
                </button>
            </div>
            <p class="probe-practise-note" id="probe-practise-note">{text(coach, tick, 5)}</p>
            <p class="probe-limits" id="probe-limits">{coach.tr("reader.probe.limits")}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::readers::SeenDevice;

    fn state(vid: u16, pid: u16) -> ProbeState {
        ProbeState::chosen(SeenDevice::new(vid, pid, None, None, &[0x0B]))
    }

    #[test]
    fn every_state_has_its_texts() {
        assert_eq!(texts(&ProbeState::Unsupported(UnsupportedReason::NoWebUsb)).0, "no-api");
        assert_eq!(texts(&ProbeState::Unsupported(UnsupportedReason::BlockedByPermissionsPolicy)).1, "reader.probe.policy");
        assert_eq!(texts(&ProbeState::NeedsClick).0, "needs-click");
        assert_eq!(texts(&ProbeState::NotFound).0, "not-found");
        assert_eq!(texts(&state(0x072F, 0xB100)).1, "reader.probe.connected");
        assert_eq!(texts(&state(0x08E6, 0x3437)).1, "reader.probe.connected-similar");
        assert_eq!(texts(&state(0x1234, 0x0001)).1, "reader.probe.connected-unknown");
        assert_eq!(texts(&state(0x1A44, 0x0870)).0, "digipass");
        let gone = state(0x072F, 0xB100).on_disconnect(0x072F, 0xB100);
        assert_eq!(texts(&gone).0, "unplugged");
        assert_eq!(device_name(&gone), "ACS ACR39U");
        assert_eq!(device_name(&ProbeState::NotFound), "");
    }
}
