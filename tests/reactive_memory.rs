//! A workshop's page lives for hours: the signals and owners that outlive a scene must
//! keep nothing of it (why `vendor/reactive_graph` is patched, see vendor/README.md).
//!
//! Native, with a counting allocator: each "scene" is an owner with a memo that reads a
//! long-lived signal, as every screen's texts read the language and the session, and is
//! then dropped, as a step change drops the screen it leaves.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting the bytes in use.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only a counter is kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is the system allocator's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        // SAFETY: `p` came from `alloc` above with this layout.
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Opens and drops `n` scenes under `app`, each reading `lang` and `session` as screens do.
fn scenes(app: &Owner, lang: RwSignal<u32>, session: RwSignal<u32>, n: usize) {
    for _ in 0..n {
        let scene = app.child();
        scene.with(|| {
            let title = Memo::new(move |_| lang.get() * 10 + session.get());
            let target = Memo::new(move |_| session.get() % 2 == 0);
            assert_eq!(title.get_untracked(), 1, "the scene reads the signals");
            assert!(!target.get_untracked());
        });
        drop(scene);
        // A step change: the session changes under the live parts, not the dead ones.
        session.set(1);
    }
}

#[test]
fn scenes_that_ended_leave_nothing_on_the_signals_and_owners_that_stay() {
    let app = Owner::new();
    app.set();
    let lang = RwSignal::new(0u32);
    let session = RwSignal::new(1u32);
    scenes(&app, lang, session, 1_000);
    let before = LIVE.load(Relaxed);
    scenes(&app, lang, session, 10_000);
    let after = LIVE.load(Relaxed);
    let grown = after.saturating_sub(before);
    // Unpatched, each dead scene stays as about 0.3 KB (its owner and two memos, held
    // by weak references in the app's owner and the two signals): 3 MB here.
    assert!(grown < 32 * 1024, "10,000 ended scenes kept {grown} bytes");
}
