//! Entry point: only mounts the app (the app itself lives in the library for tests).

use leptos::prelude::*;
use logincoach::{flow::Catalogs, platform, App};

fn main() {
    // A panic is a bug. Debug builds (`trunk serve`, the wasm tests) log its message
    // and place; release builds leave the hook out: 1.1 KiB gzip less (measured; a
    // hook logging only file and line still cost 0.4 KiB). The browser still reports
    // the stop as an error, which every browser test fails on.
    #[cfg(debug_assertions)]
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
