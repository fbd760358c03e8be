//! The fixed vocabularies of the library: kinds of publication, themes, actor and territory kinds, relations
//! and part formats. Each code has a Fluent message (`pub-kind-…`, `theme-…`, `actor-…`, `territory-…`,
//! `relation-…`); the content checker and the forms accept these codes only.

pub const PUBLICATION_KINDS: &[&str] = &[
    "handbook",
    "guidelines",
    "study",
    "report",
    "article",
    "training-module",
    "user-guide",
    "reference-list",
    "white-paper",
    "toolkit",
    "policy-brief",
    "profile",
];

/// The five themes of the toolbox's good practices, also used to tag publications.
pub const THEMES: &[&str] = &[
    "social-inclusion",
    "economic-inclusion",
    "diaspora-engagement",
    "mainstreaming",
    "partnerships",
];

pub const ACTOR_KINDS: &[&str] = &[
    "local-authority",
    "national-government",
    "civil-society",
    "migrant-association",
    "diaspora-association",
    "private-sector",
    "academia",
    "un-agency",
    "international-organisation",
    "donor",
];

pub const TERRITORY_KINDS: &[&str] = &["origin", "transit", "destination"];

pub const RELATIONS: &[&str] = &[
    "condensed-version-of",
    "has-condensed-version",
    "part-of",
    "translation-of",
    "see-also",
];

/// Formats a part can have; `page` parts are our own pages and have none.
pub const PART_FORMATS: &[&str] = &["pdf", "docx", "odt", "html", "video", "zip"];

/// `global` plus the regions of [`crate::i18n::countries::Region`].
pub const REGIONS: &[&str] = &[
    "global",
    "africa",
    "arab-states",
    "asia-pacific",
    "europe",
    "latin-america-caribbean",
    "northern-america",
];

/// An SDG target such as `10.7` or `10.c`: goal 1–17, a dot, a number or a letter.
pub fn is_sdg_target(code: &str) -> bool {
    let Some((goal, target)) = code.split_once('.') else {
        return false;
    };
    goal.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g))
        && !target.is_empty()
        && target.len() <= 2
        && (target.bytes().all(|b| b.is_ascii_digit())
            || (target.len() == 1 && target.bytes().all(|b| b.is_ascii_lowercase())))
}

pub fn is_gcm_objective(number: i64) -> bool {
    (1..=23).contains(&number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdg_targets_are_goal_dot_number_or_letter() {
        for good in ["10.7", "10.c", "1.3", "17.18", "8.8"] {
            assert!(is_sdg_target(good), "{good}");
        }
        for bad in ["18.1", "10", "10.", "0.1", "10.cc", "x.1", "10.7.2"] {
            assert!(!is_sdg_target(bad), "{bad}");
        }
    }
}
