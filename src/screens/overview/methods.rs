//! The three ways to log in; picking one opens that chapter's first scenario.

use leptos::prelude::*;

use crate::coach::Coach;
use crate::flow::ChapterId;
use crate::scenarios;
use crate::scenarios::target;

fn icon(chapter: ChapterId) -> AnyView {
    match chapter {
        ChapterId::Eid => view! {
            <svg viewBox="0 0 64 48" aria-hidden="true"><rect x="4" y="6" width="44" height="30" rx="4" class="i-card"></rect><rect x="10" y="14" width="10" height="8" rx="1.5" class="i-chip"></rect><rect x="28" y="26" width="32" height="18" rx="5" class="i-reader"></rect></svg>
        }.into_any(),
        ChapterId::Itsme => view! {
            <svg viewBox="0 0 64 48" aria-hidden="true"><rect x="20" y="2" width="24" height="44" rx="5" class="i-phone"></rect><circle cx="32" cy="22" r="7" class="i-dot"></circle></svg>
        }.into_any(),
        ChapterId::Lra => view! {
            <svg viewBox="0 0 64 48" aria-hidden="true"><path d="M6 20 32 4l26 16z" class="i-roof"></path><rect x="10" y="22" width="44" height="22" class="i-hall"></rect><rect x="28" y="30" width="8" height="14" class="i-door"></rect></svg>
        }.into_any(),
    }
}

/// The overview's method cards and the list of every exercise.
#[component]
pub fn Methods() -> impl IntoView {
    let coach = Coach::use_context();
    let cards = scenarios::CHAPTERS
        .iter()
        .map(|chapter| {
            let target = match chapter.id {
                ChapterId::Eid => target::overview::METHOD_EID,
                ChapterId::Itsme => "method-itsme",
                ChapterId::Lra => "method-lra",
            };
            let first = scenarios::first_of_chapter(chapter.id);
            let offered = scenarios::offered_in(chapter);
            let title = format!("method.{}.title", chapter.id.code());
            let body = format!("method.{}.body", chapter.id.code());
            view! {
                <article class=format!("method-card method-{}", chapter.id.code())>
                    <div class="method-icon">{icon(chapter.id)}</div>
                    <h2>{let t = title.clone(); move || coach.t(&t)}</h2>
                    <p>{move || coach.t(&body)}</p>
                    {match first {
                        Some(sc) => view! {
                            <button
                                type="button"
                                class="btn btn-primary big"
                                data-target-id=target
                                data-coach-target=move || coach.is_target(target).then_some("true")
                                on:click=move |_| coach.open(sc, 0)
                            >
                                {let t = title.clone(); move || coach.tf("method.start", &[("method", &coach.t(&t))])}
                            </button>
                        }.into_any(),
                        None => view! { <p class="soon">{coach.tr("method.soon")}</p> }.into_any(),
                    }}
                    {(offered.len() > 1).then(|| view! {
                        <ul class="method-scenarios">
                            {offered.iter().map(|sc| {
                                let sc = *sc;
                                view! {
                                    <li>
                                        <button type="button" class="link-button" data-scenario-id=sc.id on:click=move |_| coach.open(sc, 0)>
                                            {move || coach.t(&sc.title_key())}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                </article>
            }
        })
        .collect_view();
    view! { <div class="methods" id="methods">{cards}</div> }
}
