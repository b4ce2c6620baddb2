//! The app against its contracts: STEPS.md's ids and order, every step playable by
//! the watch-mode player, every catalog complete.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use logincoach::flow::engine::{Outcome, PlayerOp};
use logincoach::flow::i18n::{CHAPTER_PARTS, PARTS};
use logincoach::flow::model::{notes_key, step_key, Gesture};
use logincoach::flow::screen::{Overview, Screen};
use logincoach::flow::{Action, Lang, Mode, Session, PERSONA};
use logincoach::scenarios;

/// Scenario ids with their step ids, in STEPS.md order.
fn steps_md(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("## ") {
            let id = rest.split_whitespace().next().unwrap_or("").to_owned();
            out.push((id, Vec::new()));
        } else if let Some(rest) = line.strip_prefix("| `") {
            let id = rest.split('`').next().unwrap_or("").to_owned();
            if let Some(last) = out.last_mut() {
                last.1.push(id);
            }
        }
    }
    out
}

fn contract() -> Vec<(String, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours = std::fs::read_to_string(root.join("tests/data/STEPS.md")).expect("tests/data/STEPS.md");
    // Where the shared seed sits beside the checkout (developers, CI), our copy must equal it.
    if let Ok(seed) = std::fs::read_to_string(root.join("../shared/seed/STEPS.md")) {
        assert_eq!(ours, seed, "tests/data/STEPS.md is out of date with shared/seed/STEPS.md");
    }
    steps_md(&ours)
}

#[test]
fn steps_md_parses_to_the_known_inventory() {
    let c = contract();
    assert_eq!(c.len(), 12);
    assert_eq!(c.iter().map(|(_, s)| s.len()).sum::<usize>(), 86);
}

#[test]
fn every_offered_scenario_matches_steps_md_exactly() {
    let c = contract();
    for sc in scenarios::ALL {
        let (_, want) = c
            .iter()
            .find(|(id, _)| id == sc.id)
            .unwrap_or_else(|| panic!("scenario {} is not in STEPS.md", sc.id));
        let got: Vec<&str> = sc.steps.iter().map(|s| s.id).collect();
        assert_eq!(&got, want, "steps of {}", sc.id);
    }
    // The registry keeps STEPS.md's order.
    let order: Vec<usize> = scenarios::ALL
        .iter()
        .map(|sc| c.iter().position(|(id, _)| id == sc.id).unwrap_or(usize::MAX))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "registry order {order:?}");
}

#[test]
fn chapters_name_only_scenarios_of_steps_md() {
    let c = contract();
    for ch in scenarios::CHAPTERS {
        for id in ch.scenarios {
            assert!(c.iter().any(|(s, _)| s == id), "{id} not in STEPS.md");
            let sc = scenarios::find(id).unwrap_or_else(|| panic!("{id} is not in the registry"));
            assert_eq!(sc.chapter, Some(ch.id), "{id} says it belongs to the chapter that lists it");
        }
    }
    assert!(scenarios::first_of_chapter(logincoach::flow::ChapterId::Eid).is_some());
}

/// Plays a scenario the way the watch-mode player does; returns the steps seen in order.
fn play(sc: &'static logincoach::flow::Scenario) -> Vec<&'static str> {
    let mut s = Session::new(sc, &PERSONA);
    let mut seen = vec![s.step().id];
    for _ in 0..200 {
        let Some(op) = s.next_op() else { break };
        let outcome = match op {
            PlayerOp::Click(t) => s.act(Action::Click(t.to_owned())),
            PlayerOp::Type(t, v) => s.act(Action::Input(t.to_owned(), v)),
            PlayerOp::Wait(_) => {
                let (ev, _) = s.awaited_event().expect("a wait step awaits an event");
                s.act(Action::Event(ev.to_owned()))
            }
        };
        assert_ne!(outcome, Outcome::Mistake, "player made a mistake in {}/{}", sc.id, s.step().id);
        if outcome == Outcome::NewStep {
            seen.push(s.step().id);
        }
        if s.is_completed() {
            break;
        }
    }
    seen
}

#[test]
fn the_player_can_finish_every_scenario() {
    for sc in scenarios::ALL {
        if sc.id == "overview" {
            continue; // the overview hands over to a chapter instead of completing
        }
        let seen = play(sc);
        let all: Vec<&str> = sc.steps.iter().map(|s| s.id).collect();
        assert_eq!(seen, all, "player path of {}", sc.id);
    }
}

#[test]
fn every_step_has_a_target_the_learner_can_use() {
    for sc in scenarios::ALL {
        for i in 0..sc.steps.len() {
            let s = Session::at(sc, &PERSONA, i);
            let awaits = matches!(sc.steps[i].expect.first(), Some(Gesture::Await { .. }));
            assert!(awaits || s.next_target().is_some(), "{}/{} has no target", sc.id, sc.steps[i].id);
        }
    }
}

/// One language's catalog parts read from disk.
fn part_texts(lang: Lang) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang.code());
    PARTS
        .iter()
        .map(|p| std::fs::read_to_string(root.join(format!("{p}.json"))).unwrap_or_else(|e| panic!("{} {p}: {e}", lang.code())))
        .collect()
}

/// One part's keys and texts (the app reads them with the browser's `JSON.parse`).
fn parse_catalog(text: &str) -> Option<HashMap<String, String>> {
    serde_json::from_str(text).ok()
}

fn load(lang: Lang) -> HashMap<String, String> {
    part_texts(lang).iter().flat_map(|t| parse_catalog(t).unwrap_or_default()).collect()
}

#[test]
fn every_part_is_a_flat_object_of_texts_and_no_key_is_defined_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for text in part_texts(lang) {
            let ours = parse_catalog(&text).unwrap_or_else(|| panic!("{}: a part is not an object of strings", lang.code()));
            for k in ours.into_keys() {
                assert!(seen.insert(k.clone()), "{}: {k} is defined in two parts", lang.code());
            }
        }
    }
}

fn required_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for m in Mode::ALL {
        keys.insert(format!("ui.mode.{}", m.code()));
    }
    for ch in scenarios::CHAPTERS {
        keys.insert(format!("method.{}.title", ch.id.code()));
        keys.insert(format!("method.{}.body", ch.id.code()));
        for id in ch.scenarios {
            keys.insert(format!("{id}.title"));
        }
    }
    for sc in scenarios::ALL {
        keys.insert(sc.title_key());
        for st in sc.steps {
            for part in ["title", "say", "hint"] {
                keys.insert(step_key(sc.id, st.id, part));
            }
            if st.screen == Screen::Overview(Overview::Explain) {
                keys.insert(step_key(sc.id, st.id, "body"));
            }
            for (_, k) in st.mistakes {
                keys.insert(step_key(sc.id, st.id, k));
            }
            for g in st.expect {
                if let Gesture::Type { tries, .. } = g {
                    keys.insert(step_key(sc.id, st.id, "wrong"));
                    keys.insert(step_key(sc.id, st.id, "empty"));
                    if tries.is_some() {
                        keys.insert(step_key(sc.id, st.id, "wrong-one"));
                    }
                }
            }
            for b in st.branches {
                for part in ["title", "say", "hint"] {
                    keys.insert(step_key(sc.id, st.id, &format!("{}.{part}", b.id)));
                }
            }
        }
    }
    keys.extend(source_keys());
    keys
}

/// Catalog keys written as string literals in the UI source (by namespace).
fn source_keys() -> BTreeSet<String> {
    const NAMESPACES: &[&str] = &["ui", "common", "error", "pc", "phone", "props", "method", "mg", "csam", "os", "itsme", "iris"];
    let mut keys = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source readable");
                for lit in text.split('"').skip(1).step_by(2) {
                    let ns = lit.split('.').next().unwrap_or("");
                    let keyish = lit.contains('.')
                        && !lit.ends_with('.')
                        && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
                    if keyish && NAMESPACES.contains(&ns) {
                        keys.insert(lit.to_owned());
                    }
                }
            }
        }
    }
    assert!(keys.len() > 50, "source scan found too few keys: {}", keys.len());
    keys
}

#[test]
fn every_catalog_has_every_key_and_no_strays() {
    let source: HashMap<String, String> = load(Lang::Nl);
    let required = required_keys();
    let missing: Vec<&String> = required.iter().filter(|k| !source.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys missing in nl: {missing:?}");
    for lang in Lang::ALL {
        let cat = load(lang);
        let missing: Vec<&String> = source.keys().filter(|k| !cat.contains_key(*k)).collect();
        let extra: Vec<&String> = cat.keys().filter(|k| !source.contains_key(*k)).collect();
        assert!(missing.is_empty(), "keys missing in {}: {missing:?}", lang.code());
        assert!(extra.is_empty(), "keys in {} but not in nl: {extra:?}", lang.code());
        for (k, v) in &cat {
            assert!(!v.trim().is_empty(), "{}: empty text for {k}", lang.code());
            let want: BTreeSet<&str> = placeholders(&source[k]);
            assert_eq!(placeholders(v), want, "{}: placeholders of {k}", lang.code());
        }
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n)).collect()
}

#[test]
fn every_step_has_speaker_notes() {
    let nl = load(Lang::Nl);
    let mut count = 0;
    for sc in scenarios::ALL {
        for st in sc.steps {
            for part in ["say", "ask", "wrong"] {
                let key = notes_key(sc.id, st.id, part);
                assert!(nl.get(&key).is_some_and(|t| t.len() > 10), "no speaker note {key}");
                count += 1;
            }
        }
    }
    assert_eq!(count, 86 * 3, "three notes for each of the 86 steps");
}

#[test]
fn french_is_really_translated() {
    let nl = load(Lang::Nl);
    let fr = load(Lang::Fr);
    let same = nl
        .iter()
        .filter(|(k, v)| v.split_whitespace().count() > 3 && fr.get(*k) == Some(*v))
        .count();
    assert!(same == 0, "{same} French sentences are still Dutch");
}

/// Plays a scenario to the end, choosing `pick` wherever a choice offers it.
fn play_choosing(sc: &'static logincoach::flow::Scenario, pick: &str) -> Session {
    let mut s = Session::new(sc, &PERSONA);
    let mut picked_at = None;
    for _ in 0..200 {
        if s.is_completed() {
            break;
        }
        let offered = s.step().expect.iter().any(|g| matches!(g, Gesture::Choose { options, .. } if options.contains(&pick)));
        if offered && picked_at != Some(s.index()) {
            picked_at = Some(s.index());
            s.act(Action::Click(pick.to_owned()));
            continue;
        }
        match s.next_op() {
            Some(PlayerOp::Click(t)) => s.act(Action::Click(t.to_owned())),
            Some(PlayerOp::Type(t, v)) => s.act(Action::Input(t.to_owned(), v)),
            Some(PlayerOp::Wait(_)) => {
                let (ev, _) = s.awaited_event().expect("a wait step awaits an event");
                s.act(Action::Event(ev.to_owned()))
            }
            None => break,
        };
    }
    assert!(s.is_completed(), "{} finishes choosing {pick}", sc.id);
    s
}

#[test]
fn the_key_chosen_at_the_office_leads_to_its_exercise() {
    let lra = scenarios::find("lra-activation").expect("lra-activation exists");
    let app = play_choosing(lra, "act-key-app");
    assert_eq!(scenarios::next_for(&app).map(|s| s.id), Some("csam-app"));
    let mail = play_choosing(lra, "act-key-email");
    assert_eq!(scenarios::next_for(&mail).map(|s| s.id), Some("csam-code"));
    // Without a follow-up rule the chapter's order decides.
    let code = play(scenarios::find("csam-code").expect("csam-code exists"));
    assert!(!code.is_empty());
    for (sc, _, value, next) in scenarios::FOLLOW_UPS {
        let sc = scenarios::find(sc).expect("follow-up from an existing scenario");
        assert!(scenarios::find(next).is_some(), "follow-up to an existing scenario");
        let offered = sc.steps.iter().flat_map(|st| st.expect).any(|g| matches!(g, Gesture::Choose { options, .. } if options.contains(value)));
        assert!(offered, "{value} is a choice offered in {}", sc.id);
    }
}

/// Which catalog part (file name) defines a key, in Dutch.
fn part_of_key() -> HashMap<String, &'static str> {
    let mut owner = HashMap::new();
    for (part, text) in PARTS.iter().zip(part_texts(Lang::Nl)) {
        for k in parse_catalog(&text).expect("parses").into_keys() {
            owner.insert(k, *part);
        }
    }
    owner
}

#[test]
fn a_scenario_finds_its_texts_in_the_parts_fetched_for_it() {
    let owner = part_of_key();
    // The overview lists every scenario by name: those names are in `core`.
    assert_eq!(scenarios::parts_for(scenarios::overview().id), ["core"]);
    for sc in scenarios::ALL {
        assert_eq!(owner.get(&sc.title_key()).copied(), Some("core"), "{}: its name belongs in core", sc.id);
        let needed = scenarios::parts_for(sc.id);
        for step in sc.steps {
            for part in ["title", "say"] {
                let key = step_key(sc.id, step.id, part);
                let home = owner.get(&key).unwrap_or_else(|| panic!("{key} is missing"));
                assert!(needed.contains(home), "{key} is in {home}, not fetched for {} ({needed:?})", sc.id);
            }
        }
    }
    for chapter in scenarios::CHAPTERS {
        let (_, parts, own) = CHAPTER_PARTS.iter().find(|(id, _, _)| *id == chapter.id).expect("every chapter lists its parts");
        for part in parts.iter().chain(own.iter()) {
            assert!(PARTS.contains(part), "{:?}: unknown part {part}", chapter.id);
        }
        for part in *own {
            assert!(chapter.scenarios.contains(part), "{:?}: {part} is not one of its scenarios", chapter.id);
        }
    }
}

/// The table in `src/boot.js` (what each scenario's first view needs, requested while
/// the wasm downloads) must be the app's own: `parts_for` and the chapter's look.
#[test]
fn boot_prelude_requests_what_the_app_will_ask_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let js = std::fs::read_to_string(root.join("src/boot.js")).expect("src/boot.js");
    let line = js
        .lines()
        .find_map(|l| l.strip_prefix("const NEEDS = "))
        .expect("a line `const NEEDS = {…};` in src/boot.js");
    let table: serde_json::Value = serde_json::from_str(line.trim_end_matches(';')).expect("NEEDS is JSON");
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_owned)).collect()
    };
    for sc in scenarios::ALL {
        // As src/boot.js reads the table.
        let chapter = table["scenarios"][sc.id].as_str();
        let mut parts = vec!["core".to_owned()];
        if let Some(c) = chapter {
            parts.extend(strings(&table["chapters"][c]));
            if strings(&table["own"]).iter().any(|o| o == sc.id) {
                parts.push(sc.id.to_owned());
            }
        }
        assert_eq!(chapter, scenarios::chapter_of(sc.id).map(|c| c.code()), "src/boot.js: chapter of {}", sc.id);
        assert_eq!(parts, scenarios::parts_for(sc.id), "src/boot.js: parts of {}", sc.id);
    }
}
