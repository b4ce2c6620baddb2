//! Entry point: only mounts the app (the app itself lives in the library for tests).

use leptos::prelude::*;
use logincoach::{platform, App};

fn main() {
    console_error_panic_hook::set_once();
    // Leptos starts its executor when mounting; before that, plain wasm-bindgen futures.
    wasm_bindgen_futures::spawn_local(async {
        let catalogs = platform::fetch_catalogs(platform::initial_lang()).await;
        mount_to_body(move || view! { <App catalogs=catalogs /> });
    });
}
