//! Entry point: only mounts the app (the app itself lives in the library for tests).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(logincoach::App);
}
