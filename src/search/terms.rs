//! Turning text into index terms, the same way for documents and queries, on every node and engine.
//!
//! A word is lower-cased, its Arabic forms unified (alef/hamza, ta marbuta, tashkeel, tatweel: see
//! [`fold`](crate::i18n::normalise::fold)), Arabic clitic prefixes such as "وال" stripped, stop words dropped, and
//! the rest stemmed with the Snowball stemmer of its language; accents are folded after stemming (the French and
//! Spanish stemmers need them). A query word's language is unknown, so it is stemmed by every Latin-script
//! stemmer and matched as a prefix; a Latin stem longer than six letters is cut to six, because Snowball stems
//! of one family differ in their tails: "migratoires" (stem "migratoir") and "migrations" (stem "migrat") meet
//! at "migrat".

use std::sync::LazyLock;

use frostem::{Algorithm, Stemmer};

use crate::i18n::normalise::fold;

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::English));
static FRENCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::French));
static SPANISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::Spanish));
static ARABIC: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::new(Algorithm::Arabic));

/// Words too common to help, after folding (accents and Arabic forms already unified).
const STOP_WORDS: &[&str] = &[
    // English
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on",
    "or", "that", "the", "their", "this", "to", "with", // French
    "au", "aux", "ce", "d", "dans", "de", "des", "du", "en", "est", "et", "l", "la", "le", "les",
    "leur", "ou", "par", "pour", "qu", "que", "qui", "sont", "sur", "un", "une", // Spanish
    "al", "con", "del", "el", "las", "lo", "los", "para", "por", "se", "son", "su", "sus",
    "y", // Arabic
    "في", "من", "علي", "الي", "عن", "ما", "هذا", "هذه", "التي", "الذي", "ان", "او", "مع", "هو",
    "هي",
];

/// The words of `text` as (word as written, folded word) pairs, in order.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !is_joining_mark(c))
        .filter(|w| !w.is_empty())
}

/// Marks that sit inside words (Arabic vowel marks, combining accents, tatweel), so that a word is not cut there.
fn is_joining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

fn is_arabic(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}'))
}

/// Strips the article and the conjunctions and prepositions glued to it ("وال", "بال", "كال", "فال", "لل", "ال"),
/// which the Snowball Arabic stemmer leaves on. Words stay at least three letters long.
fn strip_arabic_prefix(word: &str) -> &str {
    for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    word
}

fn stemmer_for(lang: &str) -> &'static Stemmer {
    match lang {
        "fr" => &FRENCH,
        "es" => &SPANISH,
        _ => &ENGLISH,
    }
}

/// The index term of one word of a document in `lang`, or None for a stop word.
fn term(word: &str, lang: &str) -> Option<String> {
    if is_arabic(word) {
        let folded = fold(word);
        if STOP_WORDS.contains(&folded.as_str()) {
            return None;
        }
        let stripped = strip_arabic_prefix(&folded);
        // The stemmer may reduce a short word to nothing: keep the word then.
        let stem = ARABIC.stem(stripped);
        let stem = if stem.chars().count() >= 2 {
            stem.into_owned()
        } else {
            stripped.to_string()
        };
        return Some(fold(&stem));
    }
    let lower = word.to_lowercase();
    if STOP_WORDS.contains(&fold(&lower).as_str()) {
        return None;
    }
    Some(fold(&stemmer_for(lang).stem(&lower)))
}

/// The index terms of a document's text in `lang`, space-separated.
pub fn document_terms(text: &str, lang: &str) -> String {
    let mut out = String::with_capacity(text.len() / 2);
    for word in words(text) {
        if let Some(term) = term(word, lang) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&term);
        }
    }
    out
}

/// One query word: the stems it may have in any language. A document matches the word when one of its terms
/// starts with one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryWord {
    pub prefixes: Vec<String>,
}

/// Query stems of Latin script are cut to this many letters (see the module comment).
const LATIN_PREFIX_CHARS: usize = 6;

/// At most this many words of a query count; the rest are ignored (a 2,000-character query stays cheap).
pub const MAX_QUERY_WORDS: usize = 8;

/// The words of a query, each with its possible stems; stop words and words that leave nothing are dropped.
pub fn query_words(query: &str) -> Vec<QueryWord> {
    let mut out: Vec<QueryWord> = Vec::new();
    for word in words(query) {
        let mut prefixes: Vec<String> = if is_arabic(word) {
            term(word, "ar").into_iter().collect()
        } else {
            ["en", "fr", "es"]
                .iter()
                .filter_map(|lang| term(word, lang))
                .map(|stem| stem.chars().take(LATIN_PREFIX_CHARS).collect())
                .collect()
        };
        prefixes.retain(|p| !p.is_empty());
        // Keep the shortest: "migrat" already covers "migration".
        prefixes.sort_by_key(|p| p.len());
        let mut kept: Vec<String> = Vec::new();
        for prefix in prefixes {
            if !kept.iter().any(|k| prefix.starts_with(k.as_str())) {
                kept.push(prefix);
            }
        }
        if !kept.is_empty() && !out.iter().any(|w| w.prefixes == kept) {
            out.push(QueryWord { prefixes: kept });
        }
        if out.len() == MAX_QUERY_WORDS {
            break;
        }
    }
    out
}

/// True when `term` (an index term) matches a query prefix. One-letter stems match whole terms only, so "a"
/// does not match every word starting with it.
pub fn prefix_matches(prefix: &str, term: &str) -> bool {
    if prefix.chars().count() < 2 {
        term == prefix
    } else {
        term.starts_with(prefix)
    }
}

/// The index term of a word as written in a document of `lang` (for highlighting).
pub fn word_term(word: &str, lang: &str) -> Option<String> {
    term(word, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefixes(query: &str) -> Vec<Vec<String>> {
        query_words(query).into_iter().map(|w| w.prefixes).collect()
    }

    fn matches(query: &str, text: &str, lang: &str) -> bool {
        let terms = document_terms(text, lang);
        query_words(query).iter().all(|word| {
            word.prefixes
                .iter()
                .any(|p| terms.split(' ').any(|t| prefix_matches(p, t)))
        })
    }

    #[test]
    fn stems_each_language_with_its_own_stemmer() {
        assert_eq!(document_terms("Migrations", "en"), "migrat");
        assert_eq!(document_terms("les envois de fonds", "fr"), "envois fond");
        assert_eq!(document_terms("Remesas colectivas", "es"), "remes colect");
    }

    #[test]
    fn a_query_word_meets_its_inflections_in_every_language() {
        assert!(matches("migration", "Les flux migratoires", "fr"));
        assert!(matches(
            "migratoires",
            "Migratory movements and migrations",
            "en"
        ));
        assert!(matches("remesa", "Las remesas colectivas", "es"));
        assert!(matches(
            "développement local",
            "le developpement local",
            "fr"
        ));
        assert!(!matches("remittances", "Les flux migratoires", "fr"));
    }

    #[test]
    fn arabic_hamza_forms_diacritics_and_the_article_do_not_matter() {
        // إدماج / ادماج / الإدماج / والادماج (integration), with and without vowel marks
        assert!(matches("ادماج", "سياسات الإدماج المحلي", "ar"));
        assert!(matches("الإدماج", "والادماج", "ar"));
        assert!(matches("الهِجْرَة", "الهجرة والتنمية", "ar"));
        assert!(matches("الهجره", "الهجـــرة", "ar"));
        assert!(!matches("التحويلات", "الهجرة والتنمية", "ar"));
    }

    #[test]
    fn stop_words_and_punctuation_leave_nothing() {
        assert!(query_words("  de la !!! ").is_empty());
        assert!(query_words("").is_empty());
        assert!(query_words("\u{200f}\u{202e}").is_empty());
        assert_eq!(
            prefixes("the remittances"),
            vec![vec!["remitt".to_string()]]
        );
        assert_eq!(prefixes("développement"), vec![vec!["develo".to_string()]]);
    }

    #[test]
    fn a_long_query_keeps_its_first_words_only() {
        let long = "migration ".repeat(200) + "abc def ghi jkl mno pqr stu vwx yza bcd efg";
        assert!(query_words(&long).len() <= MAX_QUERY_WORDS);
    }

    #[test]
    fn one_letter_stems_match_whole_terms_only() {
        assert!(prefix_matches("x", "x"));
        assert!(!prefix_matches("x", "xenophobia"));
        assert!(prefix_matches("xe", "xenophobia"));
    }
}
