//! How fast the watch-mode player goes: a facilitator slows it down to talk over it.

/// The watch-mode speed chosen in the panel; kept for the page, never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum WatchSpeed {
    /// Long pauses, slow pointer and typing: time to explain each action.
    Slow,
    /// The pace the app started with: time to read the narration.
    #[default]
    Normal,
    /// For a quick run-through by someone who knows the way.
    Fast,
}

impl WatchSpeed {
    /// Every speed, in the order of the speed switch.
    pub const ALL: [WatchSpeed; 3] = [WatchSpeed::Slow, WatchSpeed::Normal, WatchSpeed::Fast];

    /// Pause before each action, long enough to read (or say) the narration.
    pub fn pause_ms(self) -> u32 {
        match self {
            WatchSpeed::Slow => 6000,
            WatchSpeed::Normal => 2200,
            WatchSpeed::Fast => 900,
        }
    }

    /// Time the pointer takes to travel to its target.
    pub fn pointer_ms(self) -> u32 {
        match self {
            WatchSpeed::Slow => 1400,
            WatchSpeed::Normal => 800,
            WatchSpeed::Fast => 350,
        }
    }

    /// Time between two typed characters.
    pub fn key_ms(self) -> u32 {
        match self {
            WatchSpeed::Slow => 420,
            WatchSpeed::Normal => 220,
            WatchSpeed::Fast => 90,
        }
    }

    /// Catalog key of the speed's name.
    pub fn label_key(self) -> &'static str {
        match self {
            WatchSpeed::Slow => "ui.speed.slow",
            WatchSpeed::Normal => "ui.speed.normal",
            WatchSpeed::Fast => "ui.speed.fast",
        }
    }

    /// Element id of the speed's button.
    pub fn button_id(self) -> &'static str {
        match self {
            WatchSpeed::Slow => "speed-slow",
            WatchSpeed::Normal => "speed-normal",
            WatchSpeed::Fast => "speed-fast",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slower_means_longer_at_every_stage() {
        let [slow, normal, fast] = WatchSpeed::ALL;
        for f in [WatchSpeed::pause_ms, WatchSpeed::pointer_ms, WatchSpeed::key_ms] {
            assert!(f(slow) > f(normal) && f(normal) > f(fast));
        }
        assert_eq!(WatchSpeed::default(), normal);
        // Slow gives a facilitator at least twice today's time per action.
        assert!(slow.pause_ms() + slow.pointer_ms() >= 2 * (normal.pause_ms() + normal.pointer_ms()));
    }
}
