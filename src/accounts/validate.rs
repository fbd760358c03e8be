//! Parsing what people type into account forms. Each problem names its field and a message id, and the form
//! comes back filled in.

use crate::i18n::Locale;
use crate::web::FormErrors;

/// The kinds of organisation the toolbox serves; the message `org-type-<code>` names each.
pub const ORGANISATION_TYPES: [&str; 6] = [
    "local-authority",
    "civil-society",
    "migrant-association",
    "academia",
    "international-organisation",
    "other",
];

pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_ORGANISATION_CHARS: usize = 150;
pub const MAX_COUNTRY_CHARS: usize = 100;

/// Lower-cases and trims an email; `None` when it is not shaped like one.
pub fn normalise_email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    if email.len() > 254 || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (local, domain) = email.split_once('@')?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@');
    if local.is_empty() || local.len() > 64 || !domain_ok {
        return None;
    }
    Some(email)
}

/// Trims a free-text field and checks its length; control characters are refused.
fn text_field(
    errors: &mut FormErrors,
    field: &'static str,
    raw: &str,
    required: bool,
    max_chars: usize,
) -> String {
    let value = raw.trim().to_string();
    if required && value.is_empty() {
        errors.add(field, "error-required");
    } else if value.chars().count() > max_chars {
        errors.add(field, "error-too-long");
    } else if value.chars().any(|c| c.is_control()) {
        errors.add(field, "error-invalid-characters");
    }
    value
}

/// The profile fields shared by sign-up and the profile page, validated.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProfileFields {
    pub name: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    pub preferred_language: String,
}

impl ProfileFields {
    /// Checks the fields, trimming them in place so the form shows what will be saved.
    pub fn validate(&mut self, errors: &mut FormErrors) {
        self.name = text_field(errors, "name", &self.name, true, MAX_NAME_CHARS);
        self.organisation = text_field(
            errors,
            "organisation",
            &self.organisation,
            false,
            MAX_ORGANISATION_CHARS,
        );
        self.country = text_field(errors, "country", &self.country, false, MAX_COUNTRY_CHARS);
        if !ORGANISATION_TYPES.contains(&self.organisation_type.as_str()) {
            errors.add("organisation_type", "error-choose-organisation-type");
        }
        if Locale::from_code(&self.preferred_language).is_none() {
            errors.add("preferred_language", "error-choose-language");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_valid_emails_and_refuses_malformed_ones() {
        assert_eq!(
            normalise_email("  Amina@Example.ORG "),
            Some("amina@example.org".into())
        );
        for bad in [
            "",
            "amina",
            "amina@",
            "@example.org",
            "amina@example",
            "a b@example.org",
            "amina@@example.org",
            "amina@.example.org",
            "amina@example..org",
        ] {
            assert_eq!(normalise_email(bad), None, "{bad:?} should be refused");
        }
    }

    #[test]
    fn reports_each_bad_profile_field() {
        let mut fields = ProfileFields {
            name: "   ".into(),
            organisation: "x".repeat(151),
            organisation_type: "government".into(),
            country: "Sénégal".into(),
            preferred_language: "de".into(),
        };
        let mut errors = FormErrors::default();
        fields.validate(&mut errors);
        assert_eq!(errors.get("name"), "error-required");
        assert_eq!(errors.get("organisation"), "error-too-long");
        assert_eq!(
            errors.get("organisation_type"),
            "error-choose-organisation-type"
        );
        assert_eq!(errors.get("preferred_language"), "error-choose-language");
        assert_eq!(errors.get("country"), "");
    }
}
