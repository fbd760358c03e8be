//! Folding text for comparison (short-text quiz answers now, search later): case, accents, spacing, and the
//! Arabic forms that readers type interchangeably.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases, strips accents and Arabic vowel marks (tashkeel) and tatweel, unifies alef/hamza forms, ta
/// marbuta and alef maqsura, turns punctuation into spaces and collapses spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_was_space = true;
    for c in text.nfd() {
        if is_combining_mark(c) || is_arabic_mark(c) || c == '\u{0640}' {
            continue;
        }
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            'ؤ' => 'و',
            'ئ' => 'ي',
            other => other,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            last_was_space = false;
        } else if !last_was_space {
            out.push(' ');
            last_was_space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Arabic harakat, tanwin, shadda, sukun, superscript alef and Quranic marks.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_accents_and_spacing() {
        assert_eq!(fold("  Envois de FONDS! "), "envois de fonds");
        assert_eq!(fold("Migración"), "migracion");
        assert_eq!(fold("co-développement"), "co developpement");
    }

    #[test]
    fn folds_arabic_forms_that_readers_type_interchangeably() {
        assert_eq!(fold("التَّحْوِيلات"), fold("التحويلات"));
        assert_eq!(fold("إدماج"), fold("ادماج"));
        assert_eq!(fold("أمينة"), "امينه");
        assert_eq!(fold("الهجـــرة"), "الهجره");
    }
}
