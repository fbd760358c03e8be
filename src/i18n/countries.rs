//! Countries a practice or publication can name: ISO 3166-1 alpha-2 codes with the world region used for browsing.
//! Names live in `locales/<lang>/countries.ftl` as `country-<code>`.
//!
//! The list is the 193 UN member states plus the two observer states (PS, VA). Regions follow the
//! UNDP regional bureaux: the Arab States are the 22 members of the Arab League; Europe includes the
//! Caucasus, Central Asia, Russia, Türkiye, Israel and Cyprus; Iran and Afghanistan are in Asia-Pacific.

/// A world region, as the library's browse facet shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Africa,
    ArabStates,
    AsiaPacific,
    Europe,
    LatinAmericaCaribbean,
    NorthernAmerica,
}

impl Region {
    pub const ALL: [Region; 6] = [
        Region::Africa,
        Region::ArabStates,
        Region::AsiaPacific,
        Region::Europe,
        Region::LatinAmericaCaribbean,
        Region::NorthernAmerica,
    ];

    /// The region's code, as URLs and stored values use it.
    pub fn code(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::ArabStates => "arab-states",
            Region::AsiaPacific => "asia-pacific",
            Region::Europe => "europe",
            Region::LatinAmericaCaribbean => "latin-america-caribbean",
            Region::NorthernAmerica => "northern-america",
        }
    }

    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// (code in upper case, region), sorted by code.
pub const COUNTRIES: &[(&str, Region)] = &[
    ("AD", Region::Europe),
    ("AE", Region::ArabStates),
    ("AF", Region::AsiaPacific),
    ("AG", Region::LatinAmericaCaribbean),
    ("AL", Region::Europe),
    ("AM", Region::Europe),
    ("AO", Region::Africa),
    ("AR", Region::LatinAmericaCaribbean),
    ("AT", Region::Europe),
    ("AU", Region::AsiaPacific),
    ("AZ", Region::Europe),
    ("BA", Region::Europe),
    ("BB", Region::LatinAmericaCaribbean),
    ("BD", Region::AsiaPacific),
    ("BE", Region::Europe),
    ("BF", Region::Africa),
    ("BG", Region::Europe),
    ("BH", Region::ArabStates),
    ("BI", Region::Africa),
    ("BJ", Region::Africa),
    ("BN", Region::AsiaPacific),
    ("BO", Region::LatinAmericaCaribbean),
    ("BR", Region::LatinAmericaCaribbean),
    ("BS", Region::LatinAmericaCaribbean),
    ("BT", Region::AsiaPacific),
    ("BW", Region::Africa),
    ("BY", Region::Europe),
    ("BZ", Region::LatinAmericaCaribbean),
    ("CA", Region::NorthernAmerica),
    ("CD", Region::Africa),
    ("CF", Region::Africa),
    ("CG", Region::Africa),
    ("CH", Region::Europe),
    ("CI", Region::Africa),
    ("CL", Region::LatinAmericaCaribbean),
    ("CM", Region::Africa),
    ("CN", Region::AsiaPacific),
    ("CO", Region::LatinAmericaCaribbean),
    ("CR", Region::LatinAmericaCaribbean),
    ("CU", Region::LatinAmericaCaribbean),
    ("CV", Region::Africa),
    ("CY", Region::Europe),
    ("CZ", Region::Europe),
    ("DE", Region::Europe),
    ("DJ", Region::ArabStates),
    ("DK", Region::Europe),
    ("DM", Region::LatinAmericaCaribbean),
    ("DO", Region::LatinAmericaCaribbean),
    ("DZ", Region::ArabStates),
    ("EC", Region::LatinAmericaCaribbean),
    ("EE", Region::Europe),
    ("EG", Region::ArabStates),
    ("ER", Region::Africa),
    ("ES", Region::Europe),
    ("ET", Region::Africa),
    ("FI", Region::Europe),
    ("FJ", Region::AsiaPacific),
    ("FM", Region::AsiaPacific),
    ("FR", Region::Europe),
    ("GA", Region::Africa),
    ("GB", Region::Europe),
    ("GD", Region::LatinAmericaCaribbean),
    ("GE", Region::Europe),
    ("GH", Region::Africa),
    ("GM", Region::Africa),
    ("GN", Region::Africa),
    ("GQ", Region::Africa),
    ("GR", Region::Europe),
    ("GT", Region::LatinAmericaCaribbean),
    ("GW", Region::Africa),
    ("GY", Region::LatinAmericaCaribbean),
    ("HN", Region::LatinAmericaCaribbean),
    ("HR", Region::Europe),
    ("HT", Region::LatinAmericaCaribbean),
    ("HU", Region::Europe),
    ("ID", Region::AsiaPacific),
    ("IE", Region::Europe),
    ("IL", Region::Europe),
    ("IN", Region::AsiaPacific),
    ("IQ", Region::ArabStates),
    ("IR", Region::AsiaPacific),
    ("IS", Region::Europe),
    ("IT", Region::Europe),
    ("JM", Region::LatinAmericaCaribbean),
    ("JO", Region::ArabStates),
    ("JP", Region::AsiaPacific),
    ("KE", Region::Africa),
    ("KG", Region::Europe),
    ("KH", Region::AsiaPacific),
    ("KI", Region::AsiaPacific),
    ("KM", Region::ArabStates),
    ("KN", Region::LatinAmericaCaribbean),
    ("KP", Region::AsiaPacific),
    ("KR", Region::AsiaPacific),
    ("KW", Region::ArabStates),
    ("KZ", Region::Europe),
    ("LA", Region::AsiaPacific),
    ("LB", Region::ArabStates),
    ("LC", Region::LatinAmericaCaribbean),
    ("LI", Region::Europe),
    ("LK", Region::AsiaPacific),
    ("LR", Region::Africa),
    ("LS", Region::Africa),
    ("LT", Region::Europe),
    ("LU", Region::Europe),
    ("LV", Region::Europe),
    ("LY", Region::ArabStates),
    ("MA", Region::ArabStates),
    ("MC", Region::Europe),
    ("MD", Region::Europe),
    ("ME", Region::Europe),
    ("MG", Region::Africa),
    ("MH", Region::AsiaPacific),
    ("MK", Region::Europe),
    ("ML", Region::Africa),
    ("MM", Region::AsiaPacific),
    ("MN", Region::AsiaPacific),
    ("MR", Region::ArabStates),
    ("MT", Region::Europe),
    ("MU", Region::Africa),
    ("MV", Region::AsiaPacific),
    ("MW", Region::Africa),
    ("MX", Region::LatinAmericaCaribbean),
    ("MY", Region::AsiaPacific),
    ("MZ", Region::Africa),
    ("NA", Region::Africa),
    ("NE", Region::Africa),
    ("NG", Region::Africa),
    ("NI", Region::LatinAmericaCaribbean),
    ("NL", Region::Europe),
    ("NO", Region::Europe),
    ("NP", Region::AsiaPacific),
    ("NR", Region::AsiaPacific),
    ("NZ", Region::AsiaPacific),
    ("OM", Region::ArabStates),
    ("PA", Region::LatinAmericaCaribbean),
    ("PE", Region::LatinAmericaCaribbean),
    ("PG", Region::AsiaPacific),
    ("PH", Region::AsiaPacific),
    ("PK", Region::AsiaPacific),
    ("PL", Region::Europe),
    ("PS", Region::ArabStates),
    ("PT", Region::Europe),
    ("PW", Region::AsiaPacific),
    ("PY", Region::LatinAmericaCaribbean),
    ("QA", Region::ArabStates),
    ("RO", Region::Europe),
    ("RS", Region::Europe),
    ("RU", Region::Europe),
    ("RW", Region::Africa),
    ("SA", Region::ArabStates),
    ("SB", Region::AsiaPacific),
    ("SC", Region::Africa),
    ("SD", Region::ArabStates),
    ("SE", Region::Europe),
    ("SG", Region::AsiaPacific),
    ("SI", Region::Europe),
    ("SK", Region::Europe),
    ("SL", Region::Africa),
    ("SM", Region::Europe),
    ("SN", Region::Africa),
    ("SO", Region::ArabStates),
    ("SR", Region::LatinAmericaCaribbean),
    ("SS", Region::Africa),
    ("ST", Region::Africa),
    ("SV", Region::LatinAmericaCaribbean),
    ("SY", Region::ArabStates),
    ("SZ", Region::Africa),
    ("TD", Region::Africa),
    ("TG", Region::Africa),
    ("TH", Region::AsiaPacific),
    ("TJ", Region::Europe),
    ("TL", Region::AsiaPacific),
    ("TM", Region::Europe),
    ("TN", Region::ArabStates),
    ("TO", Region::AsiaPacific),
    ("TR", Region::Europe),
    ("TT", Region::LatinAmericaCaribbean),
    ("TV", Region::AsiaPacific),
    ("TZ", Region::Africa),
    ("UA", Region::Europe),
    ("UG", Region::Africa),
    ("US", Region::NorthernAmerica),
    ("UY", Region::LatinAmericaCaribbean),
    ("UZ", Region::Europe),
    ("VA", Region::Europe),
    ("VC", Region::LatinAmericaCaribbean),
    ("VE", Region::LatinAmericaCaribbean),
    ("VN", Region::AsiaPacific),
    ("VU", Region::AsiaPacific),
    ("WS", Region::AsiaPacific),
    ("YE", Region::ArabStates),
    ("ZA", Region::Africa),
    ("ZM", Region::Africa),
    ("ZW", Region::Africa),
];

/// The region of a country code (upper case), or None if the code is not a country we know.
pub fn region_of(code: &str) -> Option<Region> {
    COUNTRIES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| COUNTRIES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn countries_are_sorted_without_duplicates() {
        for pair in COUNTRIES.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{} is not before {}",
                pair[0].0,
                pair[1].0
            );
        }
        for (code, _) in COUNTRIES {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code} is not an upper-case alpha-2 code"
            );
        }
    }

    #[test]
    fn there_are_the_un_members_and_the_two_observer_states() {
        assert_eq!(COUNTRIES.len(), 195);
        assert!(region_of("PS").is_some());
        assert!(region_of("VA").is_some());
        assert_eq!(region_of("XK"), None);
    }

    #[test]
    fn finds_the_region_of_a_code() {
        assert_eq!(region_of("MX"), Some(Region::LatinAmericaCaribbean));
        assert_eq!(region_of("MA"), Some(Region::ArabStates));
        assert_eq!(region_of("AD"), Some(Region::Europe));
        assert_eq!(region_of("ZW"), Some(Region::Africa));
        assert_eq!(region_of("US"), Some(Region::NorthernAmerica));
        assert_eq!(region_of("ZZ"), None);
        assert_eq!(region_of("mx"), None);
        assert_eq!(region_of(""), None);
    }

    #[test]
    fn the_arab_states_are_the_22_members_of_the_arab_league() {
        let arab = COUNTRIES
            .iter()
            .filter(|(_, r)| *r == Region::ArabStates)
            .count();
        assert_eq!(arab, 22);
    }

    #[test]
    fn every_region_has_countries_and_round_trips_its_code() {
        for region in Region::ALL {
            assert_eq!(Region::from_code(region.code()), Some(region));
            assert!(
                COUNTRIES.iter().any(|(_, r)| *r == region),
                "{region:?} is empty"
            );
        }
        assert_eq!(Region::from_code("antarctica"), None);
    }

    /// The codes named by `country-<code> = ` lines.
    fn codes_in(ftl: &str) -> BTreeSet<String> {
        ftl.lines()
            .filter_map(|line| line.strip_prefix("country-"))
            .filter_map(|rest| rest.split_once(" = "))
            .map(|(code, _)| code.to_string())
            .collect()
    }

    #[test]
    fn every_country_has_a_name_in_every_locale_and_nothing_else_does() {
        let files = [
            ("en", include_str!("../../locales/en/countries.ftl")),
            ("fr", include_str!("../../locales/fr/countries.ftl")),
            ("es", include_str!("../../locales/es/countries.ftl")),
            ("ar", include_str!("../../locales/ar/countries.ftl")),
        ];
        let known: BTreeSet<String> = COUNTRIES
            .iter()
            .map(|(code, _)| code.to_ascii_lowercase())
            .collect();
        for (lang, ftl) in files {
            let named = codes_in(ftl);
            let missing: Vec<_> = known.difference(&named).collect();
            let unknown: Vec<_> = named.difference(&known).collect();
            assert!(missing.is_empty(), "{lang}/countries.ftl lacks {missing:?}");
            assert!(
                unknown.is_empty(),
                "{lang}/countries.ftl names unknown codes {unknown:?}"
            );
        }
    }
}
