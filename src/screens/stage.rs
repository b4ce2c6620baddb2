//! The scene: the PC, the phone and the things on the desk, with the step's active
//! devices brought forward and the others receding.

use leptos::prelude::*;

use crate::coach::Coach;
use crate::components::phone_frame::PhoneFrame;
use crate::flow::Device;
use crate::screens::{self, Scene};

/// The right-hand (or lower) part of the app where the mock screens live.
#[component]
pub fn Stage() -> impl IntoView {
    let coach = Coach::use_context();
    let screen = Memo::new(move |_| coach.session.with(|s| s.step().screen));
    let uses = move |d: Device| coach.session.with(|s| s.step().uses(d));
    move || match screens::scene(screen.get()) {
        Scene::Full(make) => view! {
            <section class="stage stage-full" aria-label=coach.tr("ui.stage")>
                {make()}
            </section>
        }
        .into_any(),
        Scene::Devices { pc, phone, desk } => view! {
            <section
                class="stage"
                class:duo=move || uses(Device::Pc) && uses(Device::Phone)
                class:phone-first=move || uses(Device::Phone) && !uses(Device::Pc)
                // Only the desk in use (plug in the reader, read the letter): the desk comes forward.
                class:props-first=move || !uses(Device::Pc) && !uses(Device::Phone)
                // A scenario that never uses the phone keeps it off the desk (more room).
                class:no-phone=move || coach.session.with(|s| !s.scenario().steps.iter().any(|st| st.uses(Device::Phone)))
                aria-label=coach.tr("ui.stage")
            >
                <div class="device device-pc" class:active=move || uses(Device::Pc)>
                    {pc.view()}
                </div>
                <div class="device device-phone" class:active=move || uses(Device::Phone)>
                    <PhoneFrame>{phone.view()}</PhoneFrame>
                </div>
                <div class="device device-props" class:active=move || uses(Device::Reader) || uses(Device::Paper)>
                    {desk.view()}
                </div>
            </section>
        }
        .into_any(),
    }
}
