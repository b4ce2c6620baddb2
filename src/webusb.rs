//! Browser glue for the card-reader probe: WebUSB (`navigator.usb`) and WebHID
//! (`navigator.hid`) through `js_sys::Reflect`, so no unstable web-sys bindings are
//! needed and a missing or odd API never panics. Devices are only *looked at*:
//! this module never calls `open()` or `claimInterface()` (CCID is a protected class).

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::flow::readers::{request_filters, SeenDevice, UsbFilterSpec, FILTER_VENDOR_IDS};

/// Which browser API saw a device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    /// WebUSB, `navigator.usb`.
    Usb,
    /// WebHID, `navigator.hid`.
    Hid,
}

impl Api {
    fn prop(self) -> &'static str {
        match self {
            Api::Usb => "usb",
            Api::Hid => "hid",
        }
    }
}

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    if !obj.is_object() {
        return None;
    }
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| JsValue::from(w.navigator()))
}

/// The API object (`navigator.usb` / `navigator.hid`) when the browser has it.
pub fn api(api: Api) -> Option<JsValue> {
    get(&navigator()?, api.prop()).filter(JsValue::is_object)
}

/// `window.isSecureContext` (false when unknown).
pub fn is_secure_context() -> bool {
    web_sys::window()
        .and_then(|w| get(&w, "isSecureContext"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// What the document's permissions policy says about a feature, when the browser tells.
pub fn policy_allows(feature: &str) -> Option<bool> {
    let doc = JsValue::from(web_sys::window()?.document()?);
    let policy = get(&doc, "permissionsPolicy").or_else(|| get(&doc, "featurePolicy"))?;
    let f: Function = get(&policy, "allowsFeature")?.dyn_into().ok()?;
    f.call1(&policy, &JsValue::from_str(feature)).ok()?.as_bool()
}

fn call(obj: &JsValue, method: &str, arg: Option<&JsValue>) -> Result<JsValue, JsValue> {
    let f: Function = get(obj, method)
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| JsValue::from_str("not a function"))?;
    match arg {
        Some(a) => f.call1(obj, a),
        None => f.call0(obj),
    }
}

/// A rejected promise as (DOMException name, message).
fn error_parts(e: &JsValue) -> (String, String) {
    let text = |k| get(e, k).and_then(|v| v.as_string()).unwrap_or_default();
    (text("name"), text("message"))
}

async fn settle(result: Result<JsValue, JsValue>) -> Result<JsValue, (String, String)> {
    let value = result.map_err(|e| error_parts(&e))?;
    match value.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.map_err(|e| error_parts(&e)),
        Err(v) => Ok(v),
    }
}

fn u16_of(obj: &JsValue, key: &str) -> Option<u16> {
    let n = get(obj, key)?.as_f64()?;
    (n.is_finite() && (0.0..=65535.0).contains(&n)).then_some(n as u16)
}

fn list(obj: &JsValue, key: &str) -> Vec<JsValue> {
    get(obj, key)
        .filter(Array::is_array)
        .map(|a| Array::from(&a).iter().collect())
        .unwrap_or_default()
}

/// Reads what a `USBDevice` or `HIDDevice` exposes without opening it.
pub fn seen(device: &JsValue) -> Option<SeenDevice> {
    let vendor = u16_of(device, "vendorId")?;
    let product = u16_of(device, "productId")?;
    let mut classes: Vec<u8> = Vec::new();
    if let Some(c) = u16_of(device, "deviceClass") {
        classes.push(c as u8);
    }
    for config in list(device, "configurations") {
        for iface in list(&config, "interfaces") {
            for alt in list(&iface, "alternates") {
                if let Some(c) = u16_of(&alt, "interfaceClass") {
                    classes.push(c as u8);
                }
            }
        }
    }
    let name = |k| get(device, k).and_then(|v| v.as_string());
    Some(SeenDevice::new(vendor, product, name("productName"), name("manufacturerName"), &classes))
}

/// `getDevices()`: the devices this site was allowed to see before (no prompt).
pub async fn granted(which: Api) -> Result<Vec<SeenDevice>, (String, String)> {
    let Some(obj) = api(which) else { return Ok(Vec::new()) };
    let value = settle(call(&obj, "getDevices", None)).await?;
    if Array::is_array(&value) {
        Ok(Array::from(&value).iter().filter_map(|d| seen(&d)).collect())
    } else {
        Ok(Vec::new())
    }
}

fn filters(which: Api) -> JsValue {
    let arr = Array::new();
    let entry = |k: &str, v: u16| {
        let o = Object::new();
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from(v));
        arr.push(&o);
    };
    match which {
        Api::Usb => {
            for f in request_filters() {
                match f {
                    UsbFilterSpec::ClassCode(c) => entry("classCode", u16::from(c)),
                    UsbFilterSpec::VendorId(v) => entry("vendorId", v),
                }
            }
        }
        Api::Hid => {
            for v in FILTER_VENDOR_IDS {
                entry("vendorId", *v);
            }
        }
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &JsValue::from_str("filters"), &arr);
    options.into()
}

/// Starts `requestDevice` at once: call this directly in the click handler (it needs
/// the click's user activation), then await [`chosen`] on the result.
pub fn request(which: Api) -> Result<JsValue, JsValue> {
    let obj = api(which).ok_or_else(|| JsValue::from_str("no api"))?;
    call(&obj, "requestDevice", Some(&filters(which)))
}

/// The device the learner chose; `Ok(None)` when nothing was chosen (WebHID resolves empty).
pub async fn chosen(started: Result<JsValue, JsValue>) -> Result<Option<SeenDevice>, (String, String)> {
    let value = settle(started).await?;
    if Array::is_array(&value) {
        Ok(Array::from(&value).iter().find_map(|d| seen(&d)))
    } else {
        Ok(seen(&value))
    }
}

type Handler = Closure<dyn FnMut(JsValue)>;

thread_local! {
    static LISTENERS: RefCell<Vec<(u32, JsValue, &'static str, Handler)>> = const { RefCell::new(Vec::new()) };
}

/// Follows `connect` / `disconnect` events of an API; returns an id for [`unlisten`].
/// The handlers get the device (as seen) that came or went.
pub fn listen(
    which: Api,
    id: u32,
    on_connect: impl Fn(SeenDevice) + 'static,
    on_disconnect: impl Fn(SeenDevice) + 'static,
) {
    let Some(obj) = api(which) else { return };
    let add = |kind: &'static str, h: Handler| {
        let f: &Function = h.as_ref().unchecked_ref();
        if call_add(&obj, "addEventListener", kind, f).is_ok() {
            LISTENERS.with(|l| l.borrow_mut().push((id, obj.clone(), kind, h)));
        }
    };
    add(
        "connect",
        Closure::new(move |ev: JsValue| {
            if let Some(d) = get(&ev, "device").and_then(|d| seen(&d)) {
                on_connect(d);
            }
        }),
    );
    add(
        "disconnect",
        Closure::new(move |ev: JsValue| {
            if let Some(d) = get(&ev, "device").and_then(|d| seen(&d)) {
                on_disconnect(d);
            }
        }),
    );
}

fn call_add(obj: &JsValue, method: &str, kind: &str, f: &Function) -> Result<JsValue, JsValue> {
    let m: Function = get(obj, method)
        .and_then(|m| m.dyn_into().ok())
        .ok_or_else(|| JsValue::from_str("no listener support"))?;
    m.call2(obj, &JsValue::from_str(kind), f)
}

/// Removes the listeners added under this id.
pub fn unlisten(id: u32) {
    let gone: Vec<_> = LISTENERS.with(|l| {
        let mut l = l.borrow_mut();
        let (out, keep): (Vec<_>, Vec<_>) = l.drain(..).partition(|e| e.0 == id);
        *l = keep;
        out
    });
    for (_, obj, kind, h) in gone {
        let f: &Function = h.as_ref().unchecked_ref();
        let _ = call_add(&obj, "removeEventListener", kind, f);
    }
}
