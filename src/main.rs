//! Entry point: only mounts the app (the app itself lives in the library for tests).

use leptos::prelude::*;
use logincoach::{flow::Catalogs, platform, App};

fn main() {
    console_error_panic_hook::set_once();
    // Leptos starts its executor when mounting; before that, plain wasm-bindgen futures.
    wasm_bindgen_futures::spawn_local(async {
        // The texts and the look of the first view (core, and the chapter a deep link opens).
        let (lang, needed, chapter, workshop) = platform::initial_needs();
        let looks = platform::load_styles(chapter);
        let workshop_look = workshop.then(platform::load_workshop_look);
        let catalogs = platform::load_catalogs(Catalogs::empty(lang, platform::parse_catalog), &needed).await;
        looks.await;
        if let Some(look) = workshop_look {
            look.await;
        }
        mount_to_body(move || view! { <App catalogs=catalogs /> });
    });
}
