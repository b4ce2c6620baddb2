//! What the card-reader probe knows about USB smart-card readers, and the
//! probe's state machine, kept free of WebUSB so it can be tested natively.
//!
//! The page can only *see* a reader through `navigator.usb` (vendor/product ID,
//! names, interface classes). CCID (class 0x0B) is a protected interface class:
//! never call `open()` or `claimInterface()`. No card or PIN can ever be read;
//! the UI says so. Nothing here is learner-facing text: the UI maps the enums
//! to translation keys; reader names are product names, not translations.

/// USB interface class of smart-card readers (CCID); also the `classCode` filter for `requestDevice`.
pub const CCID_CLASS: u8 = 0x0B;

/// Vendor IDs to add as extra `requestDevice` filters (a few old readers use class 0xFF, not 0x0B).
///
/// Note: vendor-only filters also list that vendor's other devices (Realtek,
/// Broadcom, Lenovo, Cherry keyboards…); [`classify`] reports those as `Other`.
pub const FILTER_VENDOR_IDS: &[u16] = &[
    0x072F, // ACS
    0x08E6, // Gemalto / Thales
    0x04E6, // SCM / Identiv
    0x076B, // Omnikey / HID Global
    0x058F, // Alcor Micro
    0x2CE3, // Alcor Link
    0x25DD, // Bit4id
    0x046A, // Cherry
    0x17EF, // Lenovo
    0x0A5C, // Broadcom
    0x0BDA, // Realtek
];

/// USB vendor ID of VASCO (now OneSpan), maker of bank digipasses.
pub const DIGIPASS_VENDOR_ID: u16 = 0x1A44;
/// Product IDs of the VASCO DIGIPASS 870 / 875 / 920 bank readers (not eID readers).
pub const DIGIPASS_PRODUCT_IDS: &[u16] = &[0x0870, 0x0875, 0x0920];

/// One entry of the known-reader table, for naming the reader the learner plugged in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReaderInfo {
    /// USB vendor ID.
    pub vendor_id: u16,
    /// USB product ID.
    pub product_id: u16,
    /// Product name to show (a brand/model, not translated).
    pub name: &'static str,
    /// Several products share this USB ID: the UI shows "NAME or similar".
    pub shared_id: bool,
    /// Other products sold under the same ID (non-empty exactly when `shared_id`).
    pub also_sold_as: &'static [&'static str],
    /// Built into laptops rather than a separate USB reader.
    pub built_in: bool,
}

const fn reader(vendor_id: u16, product_id: u16, name: &'static str) -> ReaderInfo {
    ReaderInfo {
        vendor_id,
        product_id,
        name,
        shared_id: false,
        also_sold_as: &[],
        built_in: false,
    }
}

const fn shared(
    vendor_id: u16,
    product_id: u16,
    name: &'static str,
    also_sold_as: &'static [&'static str],
) -> ReaderInfo {
    ReaderInfo {
        vendor_id,
        product_id,
        name,
        shared_id: true,
        also_sold_as,
        built_in: false,
    }
}

const fn built_in(mut info: ReaderInfo) -> ReaderInfo {
    info.built_in = true;
    info
}

/// Readers common in Belgium (from the Linux CCID driver's list, via shared/reference/card-readers.md).
///
/// `shared_id` choice: a row whose name lists several *products* behind one
/// ID ("CT30 (= GemPC Twin, K50)", "CT1100 / K1100", "CardMan 3021 / 3121",
/// "OMNIKEY 3x21", "Smart Card Reader USB / TC 1100", "AU9540 / AU9560") is
/// shared: the first product is the name, the rest go in `also_sold_as`.
/// Rows that list one product per ID get one entry per ID and are not shared:
/// SCR3310 (two IDs, one product), SCR3500 A/B/C (5814 = A and 5815 = B per
/// the CCID list, 581D = C by elimination), Alcor Link AK9563/AK9567/AK9572
/// (9563, 9567, and 9573 = AK9572 by elimination). "Gemalto/Thales" is one
/// brand, not two products.
const READERS: &[ReaderInfo] = &[
    reader(0x072F, 0xB100, "ACS ACR39U"),
    reader(0x072F, 0x90CC, "ACS ACR38U-CCID"),
    reader(0x072F, 0xB000, "ACS ACR3901U"),
    shared(
        0x08E6,
        0x3437,
        "Gemalto IDBridge CT30",
        &["Thales IDBridge CT30", "Gemalto GemPC Twin", "Gemalto IDBridge K50"],
    ),
    reader(0x08E6, 0x3438, "Gemalto IDBridge K30"),
    shared(0x08E6, 0x3440, "Gemalto CT1100", &["Gemalto K1100"]),
    reader(0x04E6, 0x5116, "SCM SCR3310"),
    reader(0x04E6, 0x511F, "SCM SCR3310"),
    reader(0x04E6, 0x5814, "Identiv SCR3500 A"),
    reader(0x04E6, 0x5815, "Identiv SCR3500 B"),
    reader(0x04E6, 0x581D, "Identiv SCR3500 C"),
    shared(0x076B, 0x3021, "Omnikey CardMan 3021", &["Omnikey CardMan 3121"]),
    shared(0x076B, 0x3022, "Omnikey CardMan 3021", &["Omnikey CardMan 3121"]),
    shared(0x076B, 0x3031, "HID Global OMNIKEY 3121", &["HID Global OMNIKEY 3021"]),
    reader(0x25DD, 0x1101, "Bit4id miniLector-s"),
    reader(0x25DD, 0x3111, "Bit4id miniLector EVO"),
    shared(0x046A, 0x0090, "Cherry Smart Card Reader USB", &["Cherry TC 1100"]),
    reader(0x046A, 0x0092, "Cherry TC 1300"),
    reader(0x046A, 0x002D, "Cherry SmartTerminal ST-1044U"),
    built_in(shared(0x058F, 0x9540, "Alcor Micro AU9540", &["Alcor Micro AU9560"])),
    built_in(reader(0x2CE3, 0x9563, "Alcor Link AK9563")),
    built_in(reader(0x2CE3, 0x9567, "Alcor Link AK9567")),
    built_in(reader(0x2CE3, 0x9573, "Alcor Link AK9572")),
    built_in(reader(0x17EF, 0x1003, "Lenovo integrated smart card reader")),
];

/// The whole known-reader table (for a help page listing tested readers).
pub fn known_readers() -> &'static [ReaderInfo] {
    READERS
}

/// Looks up a reader by USB vendor and product ID.
pub fn reader_name(vendor_id: u16, product_id: u16) -> Option<ReaderInfo> {
    READERS
        .iter()
        .find(|r| r.vendor_id == vendor_id && r.product_id == product_id)
        .copied()
}

/// True for VASCO DIGIPASS 870/875/920, bank readers the learner may confuse with an eID reader.
pub fn is_digipass(vendor_id: u16, product_id: u16) -> bool {
    vendor_id == DIGIPASS_VENDOR_ID && DIGIPASS_PRODUCT_IDS.contains(&product_id)
}

/// What a USB device the browser showed us is, from the probe's point of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceKind {
    /// A reader from our table (name it).
    KnownReader(ReaderInfo),
    /// Any other device with a CCID interface: a smart-card reader we cannot name.
    UnknownCcidReader,
    /// A bank digipass: not an eID reader.
    Digipass,
    /// Anything else (webcam, keyboard, …) picked from the chooser.
    Other,
}

impl DeviceKind {
    /// True for the kinds that can read an eID card.
    pub fn is_reader(&self) -> bool {
        matches!(self, DeviceKind::KnownReader(_) | DeviceKind::UnknownCcidReader)
    }

    /// Ranking for picking the most relevant of several devices (higher is better).
    fn rank(&self) -> u8 {
        match self {
            DeviceKind::KnownReader(_) => 3,
            DeviceKind::UnknownCcidReader => 2,
            DeviceKind::Digipass => 1,
            DeviceKind::Other => 0,
        }
    }
}

/// Classifies a device; pass the device class too in `interface_classes` if it is known.
///
/// Order: digipass first (they carry a CCID interface too), then the table
/// (some table readers use class 0xFF), then any CCID interface, else Other.
pub fn classify(vendor_id: u16, product_id: u16, interface_classes: &[u8]) -> DeviceKind {
    if is_digipass(vendor_id, product_id) {
        DeviceKind::Digipass
    } else if let Some(info) = reader_name(vendor_id, product_id) {
        DeviceKind::KnownReader(info)
    } else if interface_classes.contains(&CCID_CLASS) {
        DeviceKind::UnknownCcidReader
    } else {
        DeviceKind::Other
    }
}

/// One `requestDevice` filter as plain data; the wasm side turns each into a JS `USBDeviceFilter`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UsbFilterSpec {
    /// `{ classCode }`: matches the device class or any interface class.
    ClassCode(u8),
    /// `{ vendorId }` alone (a `productId` without `vendorId` would be a TypeError).
    VendorId(u16),
}

/// The filters for `navigator.usb.requestDevice`: CCID class first, then every vendor in [`FILTER_VENDOR_IDS`].
pub fn request_filters() -> Vec<UsbFilterSpec> {
    std::iter::once(UsbFilterSpec::ClassCode(CCID_CLASS))
        .chain(FILTER_VENDOR_IDS.iter().map(|v| UsbFilterSpec::VendorId(*v)))
        .collect()
}

/// What the page learned about one device without opening it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SeenDevice {
    /// USB vendor ID.
    pub vendor_id: u16,
    /// USB product ID.
    pub product_id: u16,
    /// `USBDevice.productName`, if the device reports one.
    pub product_name: Option<String>,
    /// `USBDevice.manufacturerName`, if the device reports one.
    pub manufacturer_name: Option<String>,
    /// Classification from [`classify`].
    pub kind: DeviceKind,
}

impl SeenDevice {
    /// Builds and classifies a device from what `USBDevice` exposes; empty names become None.
    pub fn new(
        vendor_id: u16,
        product_id: u16,
        product_name: Option<String>,
        manufacturer_name: Option<String>,
        interface_classes: &[u8],
    ) -> Self {
        let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        SeenDevice {
            vendor_id,
            product_id,
            product_name: clean(product_name),
            manufacturer_name: clean(manufacturer_name),
            kind: classify(vendor_id, product_id, interface_classes),
        }
    }

    /// Best name to show: table name, else product name, else manufacturer, else "VVVV:PPPP".
    pub fn display_name(&self) -> String {
        if let DeviceKind::KnownReader(info) = self.kind {
            return info.name.to_string();
        }
        self.product_name
            .clone()
            .or_else(|| self.manufacturer_name.clone())
            .unwrap_or_else(|| self.usb_id())
    }

    /// True when the UI should add "or similar" after [`SeenDevice::display_name`].
    pub fn shows_or_similar(&self) -> bool {
        matches!(self.kind, DeviceKind::KnownReader(info) if info.shared_id)
    }

    /// "VVVV:PPPP" in uppercase hex, as in driver lists.
    pub fn usb_id(&self) -> String {
        format!("{:04X}:{:04X}", self.vendor_id, self.product_id)
    }

    /// Same USB identity (vendor + product), used to match disconnect events.
    pub fn same_id(&self, vendor_id: u16, product_id: u16) -> bool {
        self.vendor_id == vendor_id && self.product_id == product_id
    }
}

/// The most relevant device of a `getDevices()` list: known reader > unknown CCID > digipass > other.
pub fn best_device(devices: &[SeenDevice]) -> Option<&SeenDevice> {
    // max_by_key keeps the last maximum; iterate in reverse so the first wins.
    devices.iter().rev().max_by_key(|d| d.kind.rank())
}

/// Why the probe cannot work in this browser or page, so the UI can say what to do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnsupportedReason {
    /// `navigator.usb` is missing (Firefox, Safari, iOS, Android WebView).
    NoWebUsb,
    /// Plain `http://` other than localhost: WebUSB needs a secure context.
    InsecureContext,
    /// Cross-origin iframe without `allow="usb"`: the embedder must add it.
    BlockedByPermissionsPolicy,
    /// Sandboxed top-level document with an opaque origin.
    OpaqueOrigin,
}

/// The probe's visible state: browser cannot check · needs a click · not found · connected · unplugged.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ProbeState {
    /// The browser or page cannot use WebUSB at all.
    Unsupported(UnsupportedReason),
    /// Ready; `requestDevice` needs the learner to press the button.
    NeedsClick,
    /// The chooser was closed without a choice, or an unexpected error happened (safe fallback).
    NotFound,
    /// A device is plugged in and granted; `device.kind` says whether it is a reader.
    Connected {
        /// The device shown to the learner.
        device: SeenDevice,
    },
    /// The device we showed was unplugged (it comes back as Connected on re-plug).
    Unplugged {
        /// The device that went away.
        device: SeenDevice,
    },
}

impl ProbeState {
    /// Starting state from feature detection (`window.isSecureContext`, `"usb" in navigator`).
    pub fn initial(is_secure_context: bool, has_usb_api: bool) -> ProbeState {
        if !is_secure_context {
            ProbeState::Unsupported(UnsupportedReason::InsecureContext)
        } else if !has_usb_api {
            ProbeState::Unsupported(UnsupportedReason::NoWebUsb)
        } else {
            ProbeState::NeedsClick
        }
    }

    /// Maps a rejected `requestDevice` (DOMException `name` and `message`) to a state; never panics.
    ///
    /// SecurityError + "permissions policy" (or older "feature policy") →
    /// blocked by policy; + "user gesture" → NeedsClick; + "opaque" → opaque
    /// origin. NotFoundError → NotFound. Anything else (other names, unknown
    /// SecurityError messages, TypeError from a bad filter) → NotFound.
    pub fn from_request_error(name: &str, message: &str) -> ProbeState {
        let message = message.to_ascii_lowercase();
        match name.trim() {
            "SecurityError" => {
                if message.contains("permissions policy")
                    || message.contains("permission policy")
                    || message.contains("feature policy")
                {
                    ProbeState::Unsupported(UnsupportedReason::BlockedByPermissionsPolicy)
                } else if message.contains("user gesture") {
                    ProbeState::NeedsClick
                } else if message.contains("opaque") {
                    ProbeState::Unsupported(UnsupportedReason::OpaqueOrigin)
                } else {
                    ProbeState::NotFound
                }
            }
            _ => ProbeState::NotFound,
        }
    }

    /// State after `requestDevice` resolved with the learner's choice.
    pub fn chosen(device: SeenDevice) -> ProbeState {
        ProbeState::Connected { device }
    }

    /// State after `getDevices()` at page load: the best granted device, else unchanged.
    pub fn after_get_devices(self, devices: &[SeenDevice]) -> ProbeState {
        if matches!(self, ProbeState::Unsupported(_)) {
            return self;
        }
        match best_device(devices) {
            Some(device) => self.on_connect(device.clone()),
            None => self,
        }
    }

    /// Handles a `connect` event: show the device unless we already show a more relevant one.
    pub fn on_connect(self, device: SeenDevice) -> ProbeState {
        match self {
            ProbeState::Unsupported(_) => self,
            ProbeState::Connected { device: current }
                if current.kind.rank() > device.kind.rank() =>
            {
                ProbeState::Connected { device: current }
            }
            _ => ProbeState::Connected { device },
        }
    }

    /// Handles a `disconnect` event: the shown device becomes Unplugged; other devices change nothing.
    ///
    /// Matching is by vendor + product ID (two identical readers are not told apart).
    pub fn on_disconnect(self, vendor_id: u16, product_id: u16) -> ProbeState {
        match self {
            ProbeState::Connected { device } if device.same_id(vendor_id, product_id) => {
                ProbeState::Unplugged { device }
            }
            other => other,
        }
    }

    /// True when the "check my reader" button should be offered (the click can change something).
    pub fn can_request(&self) -> bool {
        !matches!(self, ProbeState::Unsupported(_))
    }
}

/// Which reader check is on screen. Each check takes a new ticket; an answer that
/// arrives for an older ticket (a chooser left open in a check the learner has left)
/// is dropped instead of landing in a later check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckTickets {
    current: u32,
}

impl CheckTickets {
    /// No check yet (usable in a `const` context).
    pub const fn new() -> Self {
        CheckTickets { current: 0 }
    }

    /// A new check starts; every earlier ticket becomes stale.
    pub fn start(&mut self) -> u32 {
        self.current = self.current.wrapping_add(1);
        self.current
    }

    /// Whether an answer for this ticket may still change what the learner sees.
    pub fn is_current(&self, ticket: u32) -> bool {
        ticket == self.current
    }

    /// The learner left this check: its ticket is no longer current.
    pub fn leave(&mut self, ticket: u32) {
        if self.is_current(ticket) {
            self.current = self.current.wrapping_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(vid: u16, pid: u16, classes: &[u8]) -> SeenDevice {
        SeenDevice::new(vid, pid, None, None, classes)
    }

    /// Every row of the reference table, as (VID, PID, expected name, shared).
    const REFERENCE: &[(u16, u16, &str, bool)] = &[
        (0x072F, 0xB100, "ACS ACR39U", false),
        (0x072F, 0x90CC, "ACS ACR38U-CCID", false),
        (0x072F, 0xB000, "ACS ACR3901U", false),
        (0x08E6, 0x3437, "Gemalto IDBridge CT30", true),
        (0x08E6, 0x3438, "Gemalto IDBridge K30", false),
        (0x08E6, 0x3440, "Gemalto CT1100", true),
        (0x04E6, 0x5116, "SCM SCR3310", false),
        (0x04E6, 0x511F, "SCM SCR3310", false),
        (0x04E6, 0x5814, "Identiv SCR3500 A", false),
        (0x04E6, 0x5815, "Identiv SCR3500 B", false),
        (0x04E6, 0x581D, "Identiv SCR3500 C", false),
        (0x076B, 0x3021, "Omnikey CardMan 3021", true),
        (0x076B, 0x3022, "Omnikey CardMan 3021", true),
        (0x076B, 0x3031, "HID Global OMNIKEY 3121", true),
        (0x25DD, 0x1101, "Bit4id miniLector-s", false),
        (0x25DD, 0x3111, "Bit4id miniLector EVO", false),
        (0x046A, 0x0090, "Cherry Smart Card Reader USB", true),
        (0x046A, 0x0092, "Cherry TC 1300", false),
        (0x046A, 0x002D, "Cherry SmartTerminal ST-1044U", false),
        (0x058F, 0x9540, "Alcor Micro AU9540", true),
        (0x2CE3, 0x9563, "Alcor Link AK9563", false),
        (0x2CE3, 0x9567, "Alcor Link AK9567", false),
        (0x2CE3, 0x9573, "Alcor Link AK9572", false),
        (0x17EF, 0x1003, "Lenovo integrated smart card reader", false),
    ];

    #[test]
    fn every_reference_row_is_known() {
        assert_eq!(known_readers().len(), REFERENCE.len());
        for (vid, pid, name, shared) in REFERENCE {
            let info = reader_name(*vid, *pid);
            assert!(info.is_some(), "{vid:04X}:{pid:04X}");
            let info = info.unwrap_or(reader(0, 0, ""));
            assert_eq!(info.name, *name);
            assert_eq!(info.shared_id, *shared, "{name}");
            assert_eq!(info.vendor_id, *vid);
            assert_eq!(info.product_id, *pid);
            // Known even without a CCID interface (old readers use 0xFF).
            assert_eq!(classify(*vid, *pid, &[0xFF]), DeviceKind::KnownReader(info));
            assert_eq!(classify(*vid, *pid, &[]), DeviceKind::KnownReader(info));
            assert!(FILTER_VENDOR_IDS.contains(vid), "vendor {vid:04X} not in filters");
        }
    }

    #[test]
    fn table_is_consistent() {
        for (i, a) in READERS.iter().enumerate() {
            assert_eq!(a.shared_id, !a.also_sold_as.is_empty(), "{}", a.name);
            assert!(!a.name.is_empty());
            for b in &READERS[i + 1..] {
                assert!(
                    !(a.vendor_id == b.vendor_id && a.product_id == b.product_id),
                    "duplicate {}",
                    a.name
                );
            }
        }
        let built: Vec<&str> = READERS.iter().filter(|r| r.built_in).map(|r| r.name).collect();
        assert_eq!(built.len(), 5);
        assert_eq!(
            reader_name(0x08E6, 0x3437).map(|r| r.also_sold_as.len()),
            Some(3)
        );
    }

    #[test]
    fn filters_and_constants() {
        assert_eq!(CCID_CLASS, 0x0B);
        assert_eq!(FILTER_VENDOR_IDS.len(), 11);
        for v in [0x072F, 0x08E6, 0x04E6, 0x076B, 0x058F, 0x2CE3, 0x25DD, 0x046A, 0x17EF, 0x0A5C, 0x0BDA] {
            assert!(FILTER_VENDOR_IDS.contains(&v));
        }
        let f = request_filters();
        assert_eq!(f.len(), 12);
        assert_eq!(f[0], UsbFilterSpec::ClassCode(0x0B));
        assert_eq!(f[1], UsbFilterSpec::VendorId(0x072F));
    }

    #[test]
    fn digipass_detection() {
        for pid in [0x0870, 0x0875, 0x0920] {
            assert!(is_digipass(0x1A44, pid));
            assert_eq!(classify(0x1A44, pid, &[CCID_CLASS]), DeviceKind::Digipass);
            assert_eq!(classify(0x1A44, pid, &[]), DeviceKind::Digipass);
        }
        assert!(!is_digipass(0x1A44, 0x0855));
        assert!(!is_digipass(0x1A45, 0x0870));
        // Another VASCO CCID device is just an unknown reader.
        assert_eq!(classify(0x1A44, 0x0855, &[CCID_CLASS]), DeviceKind::UnknownCcidReader);
    }

    #[test]
    fn unknown_devices() {
        assert_eq!(classify(0x1234, 0x5678, &[0x03, CCID_CLASS]), DeviceKind::UnknownCcidReader);
        assert_eq!(classify(0x1234, 0x5678, &[]), DeviceKind::Other);
        assert_eq!(classify(0x0BDA, 0x5678, &[0x0E, 0xFF]), DeviceKind::Other);
        assert_eq!(classify(0x072F, 0xFFFF, &[0xFF]), DeviceKind::Other);
        assert_eq!(classify(0, 0, &[]), DeviceKind::Other);
        assert_eq!(reader_name(0xFFFF, 0xFFFF), None);
        assert_eq!(reader_name(0xB100, 0x072F), None); // swapped
        assert!(DeviceKind::UnknownCcidReader.is_reader());
        assert!(!DeviceKind::Digipass.is_reader());
        assert!(!DeviceKind::Other.is_reader());
    }

    #[test]
    fn seen_device_names() {
        let known = SeenDevice::new(0x08E6, 0x3437, Some("USB SmartCard Reader".into()), None, &[CCID_CLASS]);
        assert_eq!(known.display_name(), "Gemalto IDBridge CT30");
        assert!(known.shows_or_similar());
        assert!(known.kind.is_reader());
        let acs = dev(0x072F, 0xB100, &[CCID_CLASS]);
        assert!(!acs.shows_or_similar());
        let named = SeenDevice::new(0x1111, 0x2222, Some("  Foo Reader ".into()), Some("Foo".into()), &[CCID_CLASS]);
        assert_eq!(named.display_name(), "Foo Reader");
        let maker = SeenDevice::new(0x1111, 0x2222, Some("   ".into()), Some("Foo Inc".into()), &[]);
        assert_eq!(maker.product_name, None);
        assert_eq!(maker.display_name(), "Foo Inc");
        let bare = dev(0x0a5c, 0x5800, &[]);
        assert_eq!(bare.display_name(), "0A5C:5800");
        assert_eq!(bare.usb_id(), "0A5C:5800");
    }

    #[test]
    fn initial_states() {
        assert_eq!(ProbeState::initial(false, true), ProbeState::Unsupported(UnsupportedReason::InsecureContext));
        assert_eq!(ProbeState::initial(false, false), ProbeState::Unsupported(UnsupportedReason::InsecureContext));
        assert_eq!(ProbeState::initial(true, false), ProbeState::Unsupported(UnsupportedReason::NoWebUsb));
        assert_eq!(ProbeState::initial(true, true), ProbeState::NeedsClick);
        assert!(ProbeState::NeedsClick.can_request());
        assert!(!ProbeState::Unsupported(UnsupportedReason::NoWebUsb).can_request());
    }

    #[test]
    fn every_reference_error_maps() {
        assert_eq!(
            ProbeState::from_request_error("SecurityError", "Must be handling a user gesture to show a permission request."),
            ProbeState::NeedsClick
        );
        assert_eq!(ProbeState::from_request_error("NotFoundError", "No device selected."), ProbeState::NotFound);
        assert_eq!(
            ProbeState::from_request_error("SecurityError", "Access to the feature \"usb\" is disallowed by permissions policy."),
            ProbeState::Unsupported(UnsupportedReason::BlockedByPermissionsPolicy)
        );
        assert_eq!(
            ProbeState::from_request_error("SecurityError", "Access to the feature \"usb\" is disallowed by feature policy."),
            ProbeState::Unsupported(UnsupportedReason::BlockedByPermissionsPolicy)
        );
        assert_eq!(
            ProbeState::from_request_error(
                "SecurityError",
                "Access to the WebUSB API is denied from contexts where the top-level document has an opaque origin."
            ),
            ProbeState::Unsupported(UnsupportedReason::OpaqueOrigin)
        );
        // Case of the message does not matter.
        assert_eq!(
            ProbeState::from_request_error("SecurityError", "MUST BE HANDLING A USER GESTURE"),
            ProbeState::NeedsClick
        );
    }

    #[test]
    fn unknown_errors_fall_back_safely() {
        for (name, message) in [
            ("SecurityError", ""),
            ("SecurityError", "Something new"),
            ("TypeError", "Failed to execute 'requestDevice': A filter containing a productId must also contain a vendorId."),
            ("InvalidStateError", "user gesture"),
            ("NotFoundError", "opaque permissions policy"),
            ("", ""),
            ("securityerror", "user gesture"),
            ("🙂", "\u{0}\u{ffff}"),
        ] {
            assert_eq!(ProbeState::from_request_error(name, message), ProbeState::NotFound, "{name}/{message}");
        }
        assert_eq!(ProbeState::from_request_error(" SecurityError ", "user gesture"), ProbeState::NeedsClick);
    }

    #[test]
    fn connect_and_disconnect_transitions() {
        let reader = dev(0x072F, 0xB100, &[CCID_CLASS]);
        let webcam = dev(0x0BDA, 0x1234, &[0x0E]);
        let digipass = dev(0x1A44, 0x0870, &[CCID_CLASS]);

        let s = ProbeState::chosen(reader.clone());
        assert_eq!(s, ProbeState::Connected { device: reader.clone() });
        // Unrelated device unplugged: nothing changes.
        let s = s.on_disconnect(0x0BDA, 0x1234);
        assert_eq!(s, ProbeState::Connected { device: reader.clone() });
        // The reader unplugged.
        let s = s.on_disconnect(0x072F, 0xB100);
        assert_eq!(s, ProbeState::Unplugged { device: reader.clone() });
        // Disconnect again: stays unplugged.
        let s = s.on_disconnect(0x072F, 0xB100);
        assert_eq!(s, ProbeState::Unplugged { device: reader.clone() });
        // Re-plug.
        let s = s.on_connect(reader.clone());
        assert_eq!(s, ProbeState::Connected { device: reader.clone() });
        // A less relevant device does not replace the reader.
        let s = s.on_connect(webcam.clone());
        assert_eq!(s, ProbeState::Connected { device: reader.clone() });
        let s = s.on_connect(digipass.clone());
        assert_eq!(s, ProbeState::Connected { device: reader.clone() });
        // But a reader replaces a digipass.
        let s = ProbeState::chosen(digipass.clone()).on_connect(reader.clone());
        assert_eq!(s, ProbeState::Connected { device: reader.clone() });
        // From NeedsClick / NotFound a connect shows the device.
        assert_eq!(ProbeState::NeedsClick.on_connect(webcam.clone()), ProbeState::Connected { device: webcam.clone() });
        assert_eq!(ProbeState::NotFound.on_connect(reader.clone()), ProbeState::Connected { device: reader.clone() });
        // Disconnect in states without a device changes nothing.
        assert_eq!(ProbeState::NeedsClick.on_disconnect(1, 2), ProbeState::NeedsClick);
        assert_eq!(ProbeState::NotFound.on_disconnect(1, 2), ProbeState::NotFound);
        // Unsupported is final.
        let u = ProbeState::Unsupported(UnsupportedReason::NoWebUsb);
        assert_eq!(u.clone().on_connect(reader.clone()), u);
        assert_eq!(u.clone().on_disconnect(0x072F, 0xB100), u);
        assert_eq!(u.clone().after_get_devices(std::slice::from_ref(&reader)), u);
    }

    #[test]
    fn get_devices_picks_best() {
        let reader = dev(0x072F, 0xB100, &[CCID_CLASS]);
        let unknown = dev(0x1234, 0x0001, &[CCID_CLASS]);
        let unknown2 = dev(0x1234, 0x0002, &[CCID_CLASS]);
        let webcam = dev(0x0BDA, 0x1234, &[0x0E]);
        let digipass = dev(0x1A44, 0x0875, &[CCID_CLASS]);
        assert_eq!(best_device(&[]), None);
        assert_eq!(best_device(&[webcam.clone(), digipass.clone()]), Some(&digipass));
        assert_eq!(best_device(&[webcam.clone(), unknown.clone(), reader.clone(), digipass.clone()]), Some(&reader));
        assert_eq!(best_device(&[unknown.clone(), unknown2.clone()]), Some(&unknown));
        assert_eq!(ProbeState::NeedsClick.after_get_devices(&[]), ProbeState::NeedsClick);
        assert_eq!(
            ProbeState::NeedsClick.after_get_devices(&[webcam.clone(), reader.clone()]),
            ProbeState::Connected { device: reader.clone() }
        );
    }

    #[test]
    fn a_late_answer_for_a_left_check_is_dropped() {
        let mut t = CheckTickets::default();
        let first = t.start();
        assert!(t.is_current(first));
        t.leave(first);
        assert!(!t.is_current(first), "the learner left the first check");
        let second = t.start();
        assert!(t.is_current(second));
        assert!(!t.is_current(first), "the first check's chooser answers late: dropped");
        t.leave(first);
        assert!(t.is_current(second), "leaving an old check again changes nothing");
        let third = t.start();
        assert!(!t.is_current(second) && t.is_current(third), "a new check replaces the one on screen");
    }
}
