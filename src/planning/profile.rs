//! The roll-up: from everyone's answers to one level per indicator, and from those to a profile per subcategory
//! and per sector. A profile says what is well developed and what has potential for further development, as the
//! Local MGI profiles do; it never adds the levels up into a score or a rank.

use std::collections::BTreeMap;

/// An answer to an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Absent,
    Partial,
    Complete,
    NotApplicable,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Absent,
        Level::Partial,
        Level::Complete,
        Level::NotApplicable,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Level::Absent => "absent",
            Level::Partial => "partial",
            Level::Complete => "complete",
            Level::NotApplicable => "na",
        }
    }

    pub fn from_code(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Where an indicator stands once the answers are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nobody answered yet.
    Unanswered,
    /// Respondents gave different levels and the coordinator has not resolved them.
    Differs,
    Agreed(Level),
}

/// One level for an indicator: the coordinator's resolution when there is one, else the level everyone gave.
pub fn standing(answers: &[Level], resolution: Option<Level>) -> Standing {
    if let Some(level) = resolution {
        return Standing::Agreed(level);
    }
    match answers.split_first() {
        None => Standing::Unanswered,
        Some((first, rest)) if rest.iter().all(|l| l == first) => Standing::Agreed(*first),
        Some(_) => Standing::Differs,
    }
}

/// The counts for one subcategory or sector.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub complete: usize,
    pub partial: usize,
    pub absent: usize,
    pub not_applicable: usize,
    /// Unanswered, or answers that still differ.
    pub open: usize,
}

impl Tally {
    pub fn add(&mut self, standing: Standing) {
        match standing {
            Standing::Agreed(Level::Complete) => self.complete += 1,
            Standing::Agreed(Level::Partial) => self.partial += 1,
            Standing::Agreed(Level::Absent) => self.absent += 1,
            Standing::Agreed(Level::NotApplicable) => self.not_applicable += 1,
            Standing::Unanswered | Standing::Differs => self.open += 1,
        }
    }

    /// Indicators that apply and have a level.
    pub fn assessed(&self) -> usize {
        self.complete + self.partial + self.absent
    }

    /// Share of the indicators that apply (assessed or still open) at each level — complete, partial, absent,
    /// open — in whole percent that add up to 100 (or all 0). Open ones count, so that one complete answer among
    /// ten unanswered does not draw a full bar.
    pub fn shares(&self) -> (u32, u32, u32, u32) {
        let total = self.assessed() + self.open;
        if total == 0 {
            return (0, 0, 0, 0);
        }
        let percent = |n: usize| ((n * 100) as f64 / total as f64).round() as u32;
        let complete = percent(self.complete);
        let partial = percent(self.partial).min(100 - complete);
        let absent = percent(self.absent).min(100 - complete - partial);
        (complete, partial, absent, 100 - complete - partial - absent)
    }
}

/// Tallies per group: `groups_of` names the groups an indicator belongs to (its subcategory, or its sectors).
pub fn roll_up<'a>(
    standings: impl IntoIterator<Item = (Vec<&'a str>, Standing)>,
) -> BTreeMap<&'a str, Tally> {
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for (groups, standing) in standings {
        for group in groups {
            tallies.entry(group).or_default().add(standing);
        }
    }
    tallies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_answer_or_the_same_answers_agree() {
        assert_eq!(standing(&[], None), Standing::Unanswered);
        assert_eq!(
            standing(&[Level::Partial], None),
            Standing::Agreed(Level::Partial)
        );
        assert_eq!(
            standing(&[Level::Complete, Level::Complete], None),
            Standing::Agreed(Level::Complete)
        );
    }

    #[test]
    fn different_answers_differ_until_the_coordinator_resolves_them() {
        let answers = [Level::Complete, Level::Absent];
        assert_eq!(standing(&answers, None), Standing::Differs);
        assert_eq!(
            standing(&answers, Some(Level::Partial)),
            Standing::Agreed(Level::Partial)
        );
    }

    #[test]
    fn roll_up_counts_each_group_an_indicator_belongs_to() {
        let tallies = roll_up([
            (vec!["data", "health"], Standing::Agreed(Level::Complete)),
            (vec!["data"], Standing::Agreed(Level::Absent)),
            (vec!["health"], Standing::Agreed(Level::NotApplicable)),
            (vec!["data"], Standing::Differs),
        ]);
        assert_eq!(
            tallies["data"],
            Tally {
                complete: 1,
                partial: 0,
                absent: 1,
                not_applicable: 0,
                open: 1
            }
        );
        assert_eq!(tallies["health"].complete, 1);
        assert_eq!(tallies["health"].not_applicable, 1);
        assert_eq!(tallies["health"].assessed(), 1);
    }

    #[test]
    fn shares_add_up_to_a_hundred_and_ignore_what_does_not_apply() {
        let mut tally = Tally::default();
        for standing in [
            Standing::Agreed(Level::Complete),
            Standing::Agreed(Level::Partial),
            Standing::Agreed(Level::Absent),
            Standing::Agreed(Level::NotApplicable),
            Standing::Unanswered,
        ] {
            tally.add(standing);
        }
        let (complete, partial, absent, open) = tally.shares();
        assert_eq!(complete + partial + absent + open, 100);
        assert_eq!((complete, partial, absent, open), (25, 25, 25, 25));
        assert_eq!(Tally::default().shares(), (0, 0, 0, 0));
        let mut mostly_open = Tally {
            complete: 1,
            open: 9,
            ..Tally::default()
        };
        assert_eq!(
            mostly_open.shares(),
            (10, 0, 0, 90),
            "one answer among ten is not a full bar"
        );
        mostly_open.open = 0;
        assert_eq!(mostly_open.shares(), (100, 0, 0, 0));
    }

    #[test]
    fn levels_round_trip_through_their_codes() {
        for level in Level::ALL {
            assert_eq!(Level::from_code(level.code()), Some(level));
        }
        assert_eq!(Level::from_code("excellent"), None);
    }
}
