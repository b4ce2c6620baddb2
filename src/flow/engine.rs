//! The session engine: where the learner is, what comes next, and how an action
//! moves the story on. The UI and the watch-mode player both drive it through
//! [`Session::act`], so what the player does is exactly what a learner can do.

pub use super::model::Feedback;
use super::model::{step_key, Branch, BranchKind, Gesture, NumberMemo, Rule, Run, Scenario, Step, TextMemo, NEXT};
use super::score::{Help, Score, StepRecord};
use super::persona::Persona;

/// How much help the learner currently gets; climbs with mistakes and requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum HintLevel {
    /// Narration only.
    #[default]
    None,
    /// A short extra sentence that says where to look.
    Nudge,
    /// The target pulses on the mock screen.
    Highlight,
    /// An animated pointer shows the target.
    ShowMe,
    /// The learner may let the coach perform the action.
    DoIt,
}

impl HintLevel {
    /// The next rung of the ladder (the top rung stays).
    pub fn up(self) -> Self {
        match self {
            HintLevel::None => HintLevel::Nudge,
            HintLevel::Nudge => HintLevel::Highlight,
            HintLevel::Highlight => HintLevel::ShowMe,
            HintLevel::ShowMe | HintLevel::DoIt => HintLevel::DoIt,
        }
    }

    /// Number used in CSS classes and data attributes.
    pub fn as_u8(self) -> u8 {
        self as u8
    }
}

/// Something the learner did on the mock screens or in the narration panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A control with this target id was activated.
    Click(String),
    /// The field with this target id now holds this text.
    Input(String, String),
    /// The scene produced an event (an SMS arrived).
    Event(String),
}

/// The result of an action, so the UI knows whether to announce a new step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed (typing, or an action that does not apply).
    Ignored,
    /// The step moved on to its next expected action.
    Progress,
    /// A new step was entered.
    NewStep,
    /// The scenario has been completed.
    Completed,
    /// The learner entered a detour.
    Branched,
    /// The learner came back from a detour.
    Returned,
    /// A mistake; the feedback says why.
    Mistake,
}

/// A concrete action the watch-mode player (or "do it for me") performs next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayerOp {
    /// Activate the control with this target id.
    Click(&'static str),
    /// Type this text into the field with this target id.
    Type(&'static str, String),
    /// Wait for the scene's event.
    Wait(u32),
}

/// The state of one learner working through one scenario.
#[derive(Clone, Debug)]
pub struct Session {
    scenario: &'static Scenario,
    run: Run,
    index: usize,
    /// Which expected action of the current step comes next.
    progress: usize,
    /// Field values typed in the current step (kept in memory only).
    values: Vec<(&'static str, String)>,
    mistakes: u32,
    hint: HintLevel,
    wrong_tries: u8,
    branch: Option<&'static Branch>,
    feedback: Option<Feedback>,
    done: Vec<bool>,
    completed: bool,
    /// How much help the mode gives.
    help: Help,
    /// What each step recorded (mistakes, help, time), for the test's result card.
    records: Vec<StepRecord>,
    /// When the current step was entered (ms since the epoch), once the clock is known.
    entered_ms: Option<f64>,
}

impl Session {
    /// Starts a scenario at its first step.
    pub fn new(scenario: &'static Scenario, persona: &'static Persona) -> Self {
        Session::seeded(scenario, persona, [7; 32])
    }

    /// Starts a scenario with this run's random bytes (from the browser's crypto).
    pub fn seeded(scenario: &'static Scenario, persona: &'static Persona, seed: [u8; 32]) -> Self {
        Session {
            scenario,
            run: Run::new(persona, seed),
            index: 0,
            progress: 0,
            values: Vec::new(),
            mistakes: 0,
            hint: HintLevel::None,
            wrong_tries: 0,
            branch: None,
            feedback: None,
            done: vec![false; scenario.steps.len()],
            completed: false,
            help: Help::Guided,
            records: vec![StepRecord::default(); scenario.steps.len()],
            entered_ms: None,
        }
    }

    /// Starts a scenario at the given step index (deep links); out of range clamps.
    pub fn at(scenario: &'static Scenario, persona: &'static Persona, index: usize) -> Self {
        Session::new(scenario, persona).starting_at(index)
    }

    /// The same session moved to a step index before anything happened (deep links).
    pub fn starting_at(mut self, index: usize) -> Self {
        self.index = index.min(self.scenario.steps.len().saturating_sub(1));
        self
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &'static Scenario {
        self.scenario
    }

    /// The persona whose data the screens show.
    pub fn persona(&self) -> &'static Persona {
        self.run.persona
    }

    /// Whether this session runs that scenario (the same static, not a look-alike id).
    pub fn is_in(&self, scenario: &'static Scenario) -> bool {
        std::ptr::eq(self.scenario, scenario)
    }

    /// What this run knows (seed, clock, remembered choices), for screens and validators.
    pub fn run(&self) -> &Run {
        &self.run
    }

    /// Sets the clock before an action (the UI passes `js_sys::Date::now()`); the
    /// first time also starts the current step's timer.
    pub fn set_now(&mut self, now_ms: f64) {
        self.run.now_ms = now_ms;
        self.entered_ms.get_or_insert(now_ms);
    }

    /// Sets how much help the mode gives (guided, practice, test).
    pub fn set_help(&mut self, help: Help) {
        self.help = help;
    }

    /// How much help the mode gives.
    pub fn help(&self) -> Help {
        self.help
    }

    /// What a step recorded so far (mistakes, help, time).
    pub fn record(&self, index: usize) -> Option<&StepRecord> {
        self.records.get(index)
    }

    /// The run's figures: steps to do, done alone, mistakes, seconds.
    pub fn score(&self) -> Score {
        Score::of(self.scenario.steps, &self.records)
    }

    /// The first step with a mistake or with help, where practice should start.
    pub fn first_hard_step(&self) -> Option<usize> {
        self.records.iter().position(|r| !r.mistakes.is_empty() || r.helped)
    }

    /// Takes over these remembered values of an earlier run of the page (the app hands
    /// over what one exercise leaves for the next).
    pub fn carry(&mut self, from: &Run, keys: &[TextMemo]) {
        self.run.carry_from(from, keys);
    }

    /// Lets a screen remember a text of the run (e.g. a generated token shown).
    pub fn remember(&mut self, key: TextMemo, value: String) {
        self.run.remember(key, value);
    }

    /// Lets a screen remember a number of the run (when a code was sent, how the card lies).
    pub fn set_count(&mut self, key: NumberMemo, value: u64) {
        self.run.set_count(key, value);
    }

    /// Lets a screen forget a number of the run (a countdown that no longer runs).
    pub fn forget(&mut self, key: NumberMemo) {
        self.run.forget(key);
    }

    /// The current step.
    pub fn step(&self) -> &'static Step {
        &self.scenario.steps[self.index]
    }

    /// Zero-based position of the current step.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Number of steps in the scenario.
    pub fn len(&self) -> usize {
        self.scenario.steps.len()
    }

    /// Always false: a scenario has at least one step (kept for clippy's len rule).
    pub fn is_empty(&self) -> bool {
        self.scenario.steps.is_empty()
    }

    /// How many expected actions of the current step are done (for chosen options).
    pub fn progress(&self) -> usize {
        self.progress
    }

    /// The current help level.
    pub fn hint(&self) -> HintLevel {
        self.hint
    }

    /// Mistakes made in the current step.
    pub fn mistakes(&self) -> u32 {
        self.mistakes
    }

    /// The latest feedback, if any.
    pub fn feedback(&self) -> Option<&Feedback> {
        self.feedback.as_ref()
    }

    /// The detour the learner is on, if any.
    pub fn branch(&self) -> Option<&'static Branch> {
        self.branch
    }

    /// Whether the final step has been finished.
    pub fn is_completed(&self) -> bool {
        self.completed
    }

    /// Whether a step has been finished before (for the step list and Next).
    pub fn is_done(&self, index: usize) -> bool {
        self.done.get(index).copied().unwrap_or(false)
    }

    /// What the learner typed into a field in this step.
    pub fn value(&self, target: &str) -> &str {
        self.values
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Wrong submissions so far in this step.
    pub fn wrong_tries(&self) -> u8 {
        self.wrong_tries
    }

    /// Catalog key for a text of the current step or of its detour.
    pub fn key(&self, part: &str) -> String {
        let step = self.step();
        match self.branch {
            Some(b) => step_key(self.scenario.id, step.id, &format!("{}.{part}", b.id)),
            None => step_key(self.scenario.id, step.id, part),
        }
    }

    fn gesture(&self) -> Option<&'static Gesture> {
        self.step().expect.get(self.progress)
    }

    /// Whether the learner already did what the current step expects on this control
    /// or event (a ticked box, a tapped banner): screens name the gesture instead of
    /// counting positions, so reordering a step's gestures cannot desync its view.
    pub fn did(&self, target: &str) -> bool {
        let expect = self.step().expect;
        expect[..self.progress.min(expect.len())].iter().any(|g| g.names(target))
    }

    /// The current step's "time ran out" detour, while it has not happened yet.
    pub fn timeout_branch(&self) -> Option<&'static Branch> {
        if self.branch.is_some() || self.completed {
            return None;
        }
        self.step().branches.iter().find(|b| b.kind == BranchKind::Timeout)
    }

    /// Lets the time run out now ("what if I wait too long?"): the same detour the
    /// scene's timer would enter.
    pub fn time_out(&mut self) -> Outcome {
        match self.timeout_branch() {
            Some(b) => self.enter(b),
            None => Outcome::Ignored,
        }
    }

    /// Whether the learner is in the detour with this id.
    pub fn in_branch(&self, id: &str) -> bool {
        self.branch.is_some_and(|b| b.id == id)
    }

    /// Target id of the control the learner should use next (`data-coach-target`).
    pub fn next_target(&self) -> Option<&'static str> {
        if self.completed {
            return None;
        }
        if let Some(b) = self.branch {
            return Some(b.back);
        }
        match self.gesture() {
            None => Some(NEXT),
            Some(Gesture::Click(t)) => Some(t),
            Some(Gesture::Type { target, submit, .. }) => {
                if self.value(target).trim().is_empty() {
                    Some(target)
                } else {
                    Some(submit)
                }
            }
            Some(Gesture::Choose { options, .. }) => options.first().copied(),
            Some(Gesture::Await { .. }) => None,
        }
    }

    /// The event the scene should produce for this step, with its delay.
    pub fn awaited_event(&self) -> Option<(&'static str, u32)> {
        match self.gesture() {
            Some(Gesture::Await { event, after_ms }) if self.branch.is_none() => {
                Some((event, *after_ms))
            }
            _ => None,
        }
    }

    /// What the player does next, through the same actions a learner takes.
    pub fn next_op(&self) -> Option<PlayerOp> {
        if self.completed {
            return None;
        }
        if let Some(b) = self.branch {
            return Some(PlayerOp::Click(b.back));
        }
        match self.gesture() {
            None => Some(PlayerOp::Click(NEXT)),
            Some(Gesture::Click(t)) => Some(PlayerOp::Click(t)),
            Some(Gesture::Choose { options, .. }) => options.first().map(|t| PlayerOp::Click(t)),
            Some(Gesture::Type { target, rule, submit, .. }) => {
                let want = rule.example(&self.run);
                if self.value(target) == want {
                    Some(PlayerOp::Click(submit))
                } else {
                    Some(PlayerOp::Type(target, want))
                }
            }
            Some(Gesture::Await { after_ms, .. }) => Some(PlayerOp::Wait(*after_ms)),
        }
    }

    /// Whether the Next button may move on (informational or already finished step).
    pub fn can_next(&self) -> bool {
        !self.completed
            && self.branch.is_none()
            && (self.step().is_informational() || self.is_done(self.index))
    }

    /// Whether there is a step to go back to.
    pub fn can_back(&self) -> bool {
        self.index > 0 || self.branch.is_some()
    }

    /// Applies one learner action and says what happened.
    pub fn act(&mut self, action: Action) -> Outcome {
        if self.completed {
            return Outcome::Ignored;
        }
        match action {
            Action::Input(target, text) => self.input(&target, text),
            Action::Click(target) => self.click(&target),
            Action::Event(name) => {
                if self.branch.is_none() {
                    if let Some(b) = self.entered_by(&name) {
                        return self.enter(b);
                    }
                }
                match self.gesture() {
                    Some(Gesture::Await { event, .. }) if *event == name => self.advance(),
                    _ => Outcome::Ignored,
                }
            }
        }
    }

    fn input(&mut self, target: &str, text: String) -> Outcome {
        let field = self.step().expect.iter().find_map(|g| match g {
            Gesture::Type { target: t, .. } if *t == target => Some(*t),
            _ => None,
        });
        match field {
            Some(t) => {
                self.values.retain(|(k, _)| *k != t);
                self.values.push((t, text));
                Outcome::Ignored
            }
            None => Outcome::Ignored,
        }
    }

    fn click(&mut self, target: &str) -> Outcome {
        if let Some(b) = self.branch {
            if target == b.back {
                self.branch = None;
                self.reset_step_state();
                return Outcome::Returned;
            }
            return self.mistake(None);
        }
        if target == NEXT {
            return if self.can_next() {
                self.advance_step()
            } else {
                Outcome::Ignored
            };
        }
        if let Some(b) = self.entered_by(target) {
            return self.enter(b);
        }
        match self.gesture() {
            Some(Gesture::Click(t)) if *t == target => self.advance(),
            Some(Gesture::Choose { options, remember }) if options.contains(&target) => {
                if let (Some(key), Some(t)) = (remember, options.iter().find(|o| **o == target)) {
                    self.run.remember(*key, (*t).to_owned());
                }
                self.advance()
            }
            Some(Gesture::Type {
                target: field,
                rule,
                submit,
                tries,
                on_exhausted,
                remember,
            }) => {
                if target == *field {
                    return Outcome::Ignored;
                }
                if target != *submit {
                    return self.mistake(Some(target));
                }
                let typed = self.value(field).to_owned();
                if typed.trim().is_empty() {
                    self.note_mistake(Feedback::Mistake(self.key("empty")));
                    return Outcome::Mistake;
                }
                let why = match rule.check(&typed, &self.run) {
                    Ok(()) => {
                        if let Some(key) = remember {
                            self.run.remember(*key, typed.trim().to_owned());
                        }
                        return self.advance();
                    }
                    Err(why) => why,
                };
                self.wrong_tries = self.wrong_tries.saturating_add(1);
                self.values.retain(|(k, _)| k != field);
                let left = tries.map(|n| n.saturating_sub(self.wrong_tries));
                let wrong = Feedback::WrongValue { key: self.key(why), tries_left: left };
                if let (Some(0), Some(branch)) = (left, on_exhausted) {
                    if let Some(b) = self.step().branch(branch) {
                        self.record_mistake(wrong);
                        self.branch = Some(b);
                        self.feedback = None;
                        return Outcome::Branched;
                    }
                }
                self.note_mistake(wrong);
                Outcome::Mistake
            }
            _ => self.mistake(Some(target)),
        }
    }

    fn entered_by(&self, name: &str) -> Option<&'static Branch> {
        self.step()
            .branches
            .iter()
            .find(|b| b.enter_on.contains(&name))
    }

    fn enter(&mut self, branch: &'static Branch) -> Outcome {
        if branch.kind == BranchKind::Mistake {
            let key = step_key(self.scenario.id, self.step().id, &format!("{}.title", branch.id));
            self.record_mistake(Feedback::Mistake(key));
        }
        self.branch = Some(branch);
        self.feedback = None;
        Outcome::Branched
    }

    fn mistake(&mut self, target: Option<&str>) -> Outcome {
        let specific = target.and_then(|t| {
            self.step()
                .mistakes
                .iter()
                .find(|(m, _)| *m == t)
                .map(|(_, k)| self.key(k))
        });
        self.note_mistake(Feedback::Mistake(specific.unwrap_or_else(|| "common.mistake".to_owned())));
        Outcome::Mistake
    }

    /// A mistake: said, recorded, and (guided) one rung more help.
    fn note_mistake(&mut self, feedback: Feedback) {
        self.record_mistake(feedback.clone());
        self.feedback = Some(feedback);
        self.mistakes = self.mistakes.saturating_add(1);
        if self.help == Help::Guided {
            self.hint = self.hint.up();
        }
    }

    fn record_mistake(&mut self, feedback: Feedback) {
        if let Some(r) = self.records.get_mut(self.index) {
            r.mistakes.push(feedback);
        }
    }

    /// The learner asks for more help: climbs one rung of the ladder (not in a test).
    pub fn request_hint(&mut self) -> HintLevel {
        if self.help == Help::Off {
            return self.hint;
        }
        if let Some(r) = self.records.get_mut(self.index) {
            r.helped = true;
        }
        self.hint = self.hint.up();
        self.hint
    }

    fn advance(&mut self) -> Outcome {
        self.feedback = None;
        self.progress += 1;
        if self.progress >= self.step().expect.len() {
            self.advance_step()
        } else {
            Outcome::Progress
        }
    }

    fn advance_step(&mut self) -> Outcome {
        if let Some(d) = self.done.get_mut(self.index) {
            *d = true;
        }
        let now = self.run.now_ms;
        if let Some(r) = self.records.get_mut(self.index) {
            r.done = true;
            r.ms += self.entered_ms.map_or(0.0, |t| (now - t).max(0.0));
        }
        if self.index + 1 >= self.len() {
            self.completed = true;
            self.progress = self.step().expect.len();
            return Outcome::Completed;
        }
        self.goto(self.index + 1);
        Outcome::NewStep
    }

    fn reset_step_state(&mut self) {
        self.progress = 0;
        self.values.clear();
        self.mistakes = 0;
        self.hint = HintLevel::None;
        self.wrong_tries = 0;
        self.feedback = None;
    }

    /// Jumps to a step (step list, deep link, Back); a finished step is replayable.
    pub fn goto(&mut self, index: usize) {
        if index < self.len() {
            self.index = index;
            self.branch = None;
            self.completed = false;
            self.reset_step_state();
            // The step's timer starts now, once the clock is known.
            self.entered_ms = (self.run.now_ms > 0.0).then_some(self.run.now_ms);
        }
    }

    /// Goes one step back, or leaves a detour.
    pub fn back(&mut self) {
        if self.branch.is_some() {
            self.branch = None;
            self.reset_step_state();
        } else if self.index > 0 {
            self.goto(self.index - 1);
        }
    }

    /// Starts the scenario over from its first step.
    pub fn restart(&mut self) {
        let (help, now) = (self.help, self.run.now_ms);
        *self = Session::seeded(self.scenario, self.run.persona, self.run.next_seed());
        self.help = help;
        if now > 0.0 {
            self.set_now(now);
        }
    }
}

impl Rule {
    /// Checks a typed value; `Err` names the explanation (catalog key suffix).
    pub fn check(&self, typed: &str, run: &Run) -> Result<(), &'static str> {
        let typed = typed.trim();
        match self {
            Rule::PersonaPin if typed == run.persona.pin => Ok(()),
            Rule::Exactly(s) if typed == *s => Ok(()),
            Rule::Custom(v) => (v.check)(typed, run),
            _ => Err("wrong"),
        }
    }

    /// A value that satisfies the rule, for the watch-mode player.
    pub fn example(&self, run: &Run) -> String {
        match self {
            Rule::PersonaPin => run.persona.pin.to_owned(),
            Rule::Exactly(s) => (*s).to_owned(),
            Rule::Custom(v) => (v.example)(run),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::PERSONA;
    use crate::scenarios;

    fn mg() -> Session {
        let sc = scenarios::find("eid-mijngezondheid").expect("scenario");
        Session::at(sc, &PERSONA, sc.index_of("pin").expect("pin step"))
    }

    fn click(s: &mut Session, t: &str) -> Outcome {
        s.act(Action::Click(t.to_owned()))
    }

    fn type_in(s: &mut Session, t: &str, v: &str) {
        s.act(Action::Input(t.to_owned(), v.to_owned()));
    }

    #[test]
    fn right_pin_moves_on() {
        let mut s = mg();
        assert_eq!(s.next_target(), Some("pin-field"));
        type_in(&mut s, "pin-field", PERSONA.pin);
        assert_eq!(s.next_target(), Some("pin-ok"));
        assert_eq!(click(&mut s, "pin-ok"), Outcome::NewStep);
        assert_eq!(s.step().id, "profile");
    }

    #[test]
    fn three_wrong_pins_block_the_card_and_retry_returns() {
        let mut s = mg();
        type_in(&mut s, "pin-field", "0000");
        assert_eq!(click(&mut s, "pin-ok"), Outcome::Mistake);
        assert_eq!(
            s.feedback(),
            Some(&Feedback::WrongValue { key: "eid-mijngezondheid.pin.wrong".into(), tries_left: Some(2) })
        );
        assert_eq!(s.value("pin-field"), "", "a wrong PIN is cleared like the real dialog");
        type_in(&mut s, "pin-field", "1111");
        click(&mut s, "pin-ok");
        assert!(matches!(s.feedback(), Some(Feedback::WrongValue { tries_left: Some(1), .. })));
        type_in(&mut s, "pin-field", "2222");
        assert_eq!(click(&mut s, "pin-ok"), Outcome::Branched);
        assert_eq!(s.branch().map(|b| b.id), Some("blocked"));
        assert_eq!(s.key("title"), "eid-mijngezondheid.pin.blocked.title");
        assert_eq!(s.next_target(), Some("blocked-retry"));
        assert!(!s.can_next());
        assert_eq!(click(&mut s, "blocked-retry"), Outcome::Returned);
        assert_eq!(s.step().id, "pin");
        assert_eq!(s.wrong_tries(), 0);
        type_in(&mut s, "pin-field", PERSONA.pin);
        assert_eq!(click(&mut s, "pin-ok"), Outcome::NewStep);
    }

    #[test]
    fn did_names_the_gestures_done_in_this_step_only() {
        let sc = scenarios::find("itsme-bank").expect("scenario");
        let mut s = Session::at(sc, &PERSONA, sc.index_of("bank-app").expect("bank-app step"));
        assert!(!s.did("bank-share") && !s.did("dp-card"));
        click(&mut s, "bank-share");
        assert!(s.did("bank-share") && !s.did("dp-card"), "the first gesture is done, the second not yet");
        click(&mut s, "dp-card");
        type_in(&mut s, "bank-response", "059316");
        assert!(!s.did("bank-response"), "typing alone is not the gesture: submitting is");
        assert_eq!(click(&mut s, "bank-confirm"), Outcome::NewStep);
        assert!(!s.did("bank-share"), "a new step starts with nothing done");
        assert!(!s.did("sms"), "the SMS has not arrived yet");
        s.act(Action::Event("sms".into()));
        assert!(s.did("sms"));
    }

    #[test]
    fn in_branch_names_the_detour() {
        let mut s = mg();
        assert!(!s.in_branch("blocked"));
        for pin in ["0000", "1111", "2222"] {
            type_in(&mut s, "pin-field", pin);
            click(&mut s, "pin-ok");
        }
        assert!(s.in_branch("blocked") && !s.in_branch("other"));
    }

    /// Plays the step's expected actions the way watch mode does.
    fn play_step(s: &mut Session) {
        let at = s.index();
        while s.index() == at && !s.is_completed() {
            match s.next_op() {
                Some(PlayerOp::Click(t)) => {
                    click(s, t);
                }
                Some(PlayerOp::Type(t, v)) => type_in(s, t, &v),
                Some(PlayerOp::Wait(_)) => match s.awaited_event() {
                    Some((e, _)) => {
                        s.act(Action::Event(e.to_owned()));
                    }
                    None => break,
                },
                None => break,
            }
        }
    }

    #[test]
    fn a_test_records_a_wrong_pin_and_sums_up_the_run() {
        let sc = scenarios::find("eid-mijngezondheid").expect("scenario");
        let mut s = Session::new(sc, &PERSONA);
        s.set_help(Help::Off);
        s.set_now(1_000.0);
        let pin = sc.index_of("pin").expect("pin step");
        while !s.is_completed() {
            s.set_now(s.run().now_ms + 2_000.0);
            if s.index() == pin && s.record(pin).is_some_and(|r| r.mistakes.is_empty()) {
                type_in(&mut s, "pin-field", "0000");
                assert_eq!(click(&mut s, "pin-ok"), Outcome::Mistake);
                assert_eq!(s.hint(), HintLevel::None, "a test gives no help, even after a mistake");
                assert_eq!(s.request_hint(), HintLevel::None, "and none on request");
            }
            play_step(&mut s);
        }
        let score = s.score();
        let to_do = sc.steps.iter().filter(|st| !st.is_informational()).count() as u32;
        assert_eq!(score.steps, to_do);
        assert_eq!(score.alone, to_do - 1, "all but the PIN step were done alone");
        assert_eq!(score.mistakes, 1);
        assert!(!score.full_marks());
        assert!(score.seconds > 0);
        assert_eq!(s.first_hard_step(), Some(pin));
        assert_eq!(
            s.record(pin).map(|r| r.mistakes.clone()),
            Some(vec![Feedback::WrongValue { key: "eid-mijngezondheid.pin.wrong".into(), tries_left: Some(2) }])
        );
    }

    #[test]
    fn a_clean_test_has_full_marks_and_restart_keeps_the_mode() {
        let sc = scenarios::find("itsme-irisbox").expect("scenario");
        let mut s = Session::new(sc, &PERSONA);
        s.set_help(Help::Off);
        while !s.is_completed() {
            play_step(&mut s);
        }
        assert!(s.score().full_marks(), "{:?}", s.score());
        assert_eq!(s.first_hard_step(), None);
        s.restart();
        assert_eq!(s.help(), Help::Off);
        assert_eq!(s.score().alone, 0, "a new run starts with an empty record");
    }

    #[test]
    fn the_wrong_symbol_counts_as_a_mistake_in_a_test() {
        let sc = scenarios::find("itsme-irisbox").expect("scenario");
        let mut s = Session::at(sc, &PERSONA, sc.index_of("symbol").expect("symbol step"));
        assert_eq!(click(&mut s, "sym-wrong-1"), Outcome::Branched);
        assert_eq!(s.record(s.index()).map(|r| r.mistakes.len()), Some(1));
        assert_eq!(click(&mut s, "cc-be"), Outcome::Mistake, "the country list is not on this screen");
        assert_eq!(s.record(s.index()).map(|r| r.mistakes.len()), Some(2));
    }

    #[test]
    fn time_out_enters_the_expiry_detour_at_once_and_it_is_no_mistake() {
        let sc = scenarios::find("itsme-irisbox").expect("scenario");
        let mut s = Session::at(sc, &PERSONA, sc.index_of("notification").expect("notification step"));
        assert_eq!(s.timeout_branch().map(|b| b.id), Some("expired"));
        assert_eq!(s.time_out(), Outcome::Branched);
        assert!(s.in_branch("expired"));
        assert_eq!(s.timeout_branch(), None, "once expired, there is nothing left to wait for");
        assert_eq!(s.record(s.index()).map(|r| r.mistakes.len()), Some(0));
        let first = Session::at(sc, &PERSONA, 0);
        assert_eq!(first.timeout_branch(), None, "a step without a deadline offers no time-out");
    }

    #[test]
    fn practice_gives_help_only_when_asked() {
        let mut s = mg();
        s.set_help(Help::OnRequest);
        type_in(&mut s, "pin-field", "0000");
        click(&mut s, "pin-ok");
        assert_eq!(s.hint(), HintLevel::None, "a mistake is explained but does not bring the highlight");
        assert_eq!(s.request_hint(), HintLevel::Nudge);
        assert!(s.record(s.index()).is_some_and(|r| r.helped));
    }

    #[test]
    fn empty_pin_is_a_gentle_mistake_not_a_try() {
        let mut s = mg();
        assert_eq!(click(&mut s, "pin-ok"), Outcome::Mistake);
        assert_eq!(s.wrong_tries(), 0);
        assert_eq!(s.feedback(), Some(&Feedback::Mistake("eid-mijngezondheid.pin.empty".into())));
    }

    #[test]
    fn mistakes_climb_the_hint_ladder_and_explain() {
        let sc = scenarios::find("eid-mijngezondheid").expect("scenario");
        let mut s = Session::at(sc, &PERSONA, sc.index_of("certificate").expect("step"));
        assert_eq!(s.hint(), HintLevel::None);
        assert_eq!(click(&mut s, "cert-cancel"), Outcome::Mistake);
        assert_eq!(s.feedback(), Some(&Feedback::Mistake("eid-mijngezondheid.certificate.cancel".into())));
        assert_eq!(s.hint(), HintLevel::Nudge);
        click(&mut s, "somewhere");
        assert_eq!(s.feedback(), Some(&Feedback::Mistake("common.mistake".into())));
        assert_eq!(s.hint(), HintLevel::Highlight);
        click(&mut s, "x");
        click(&mut s, "y");
        click(&mut s, "z");
        assert_eq!(s.hint(), HintLevel::DoIt, "the ladder stops at its top rung");
        assert_eq!(s.step().id, "certificate", "a mistake never moves the learner");
        assert_eq!(click(&mut s, "cert-ok"), Outcome::NewStep);
        assert_eq!(s.hint(), HintLevel::None, "help resets on a new step");
    }

    #[test]
    fn next_only_on_informational_or_done_steps() {
        let sc = scenarios::find("eid-mijngezondheid").expect("scenario");
        let mut s = Session::new(sc, &PERSONA);
        assert!(!s.can_next());
        assert_eq!(click(&mut s, "next"), Outcome::Ignored);
        assert_eq!(click(&mut s, "mg-login"), Outcome::NewStep);
        assert!(s.can_next(), "browser-note is informational");
        s.back();
        assert_eq!(s.step().id, "home");
        assert!(s.can_next(), "home was done before");
        assert_eq!(click(&mut s, "next"), Outcome::NewStep);
    }

    #[test]
    fn multi_action_steps_progress_in_order() {
        let sc = scenarios::find("eid-mijngezondheid").expect("scenario");
        let mut s = Session::at(sc, &PERSONA, sc.index_of("profile").expect("step"));
        assert_eq!(click(&mut s, "profile-confirm"), Outcome::Mistake);
        assert_eq!(s.feedback(), Some(&Feedback::Mistake("eid-mijngezondheid.profile.choose-first".into())));
        assert_eq!(click(&mut s, "profile-child"), Outcome::Mistake);
        assert_eq!(click(&mut s, "profile-citizen"), Outcome::Progress);
        assert_eq!(s.next_target(), Some("profile-confirm"));
        assert_eq!(click(&mut s, "profile-confirm"), Outcome::NewStep);
        assert_eq!(click(&mut s, "next"), Outcome::Completed);
        assert!(s.is_completed());
        assert_eq!(s.next_target(), None);
        s.restart();
        assert_eq!(s.index(), 0);
        assert!(!s.is_completed());
    }

    #[test]
    fn requested_hints_climb_one_rung_at_a_time() {
        let mut s = mg();
        assert_eq!(s.request_hint(), HintLevel::Nudge);
        assert_eq!(s.request_hint(), HintLevel::Highlight);
        assert_eq!(s.request_hint(), HintLevel::ShowMe);
        assert_eq!(s.request_hint(), HintLevel::DoIt);
        assert_eq!(s.request_hint(), HintLevel::DoIt);
    }

    #[test]
    fn deep_link_index_is_clamped() {
        let sc = scenarios::find("eid-mijngezondheid").expect("scenario");
        let s = Session::at(sc, &PERSONA, 999);
        assert_eq!(s.step().id, "done");
    }
}
