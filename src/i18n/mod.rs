//! Languages: the four locales, their Fluent messages, negotiation and writing direction.
//!
//! Every UI string lives in `locales/<lang>/<feature>.ftl`. The files are embedded in the binary and parsed once;
//! a unit test fails when a message is missing from a locale or uses a variable that the English source lacks.

pub mod countries;
mod format;
pub mod normalise;

use std::borrow::Borrow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

pub use format::{format_date, format_number};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    Fr,
    Es,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Fr, Locale::Es, Locale::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// `rtl` for Arabic, `ltr` otherwise: the value of `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar { "rtl" } else { "ltr" }
    }

    /// The language's own name, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Ar => "العربية",
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("locale codes are valid language identifiers")
    }

    /// The best of our locales for an `Accept-Language` header, or English.
    pub fn negotiate(accept_language: &str) -> Locale {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
        let default = Locale::En.langid();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Locale::from_code(id.language.as_str()))
            .unwrap_or(Locale::En)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(RustEmbed)]
#[folder = "locales/"]
struct LocaleFiles;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Locale, Bundle>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .map(|locale| (locale, load_bundle(locale)))
        .collect()
});

/// Parses every `.ftl` file of a locale. A syntax error in a shipped file is a bug caught by the tests,
/// so it panics with the file name rather than showing half a page.
fn load_bundle(locale: Locale) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
    for (path, source) in locale_sources(locale) {
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("syntax error in locales/{path}: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("duplicate message in locales/{path}: {errors:?}"));
    }
    bundle
}

/// The `.ftl` files of one locale as (path, text).
fn locale_sources(locale: Locale) -> Vec<(String, String)> {
    let prefix = format!("{}/", locale.code());
    let mut files: Vec<(String, String)> = LocaleFiles::iter()
        .filter(|path| path.starts_with(&prefix) && path.ends_with(".ftl"))
        .filter_map(|path| {
            let file = LocaleFiles::get(&path)?;
            Some((
                path.to_string(),
                String::from_utf8(file.data.into_owned()).ok()?,
            ))
        })
        .collect();
    files.sort();
    files
}

/// Parses every bundle now, so the first request does not pay for it.
pub fn preload() {
    LazyLock::force(&BUNDLES);
}

/// The translator for one locale, as templates and handlers use it.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Tr {
        Tr { locale }
    }

    /// The message `id`, without variables.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id`, or None when no locale has it (labels of values that came from a URL).
    pub fn try_t(&self, id: &str) -> Option<String> {
        message(self.locale, id, None).or_else(|| message(Locale::En, id, None))
    }

    /// The message `id` with one text variable.
    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value));
        self.format(id, Some(&args))
    }

    /// The message `id` with two text variables.
    pub fn t2_text(
        &self,
        id: &str,
        first: &str,
        first_value: &str,
        second: &str,
        second_value: &str,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(first, FluentValue::from(first_value));
        args.set(second, FluentValue::from(second_value));
        self.format(id, Some(&args))
    }

    /// The message `id` with two number variables ("page 2 of 7").
    pub fn t2(
        &self,
        id: &str,
        first: &str,
        first_value: impl Borrow<i64>,
        second: &str,
        second_value: impl Borrow<i64>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(first, FluentValue::from(*first_value.borrow()));
        args.set(second, FluentValue::from(*second_value.borrow()));
        self.format(id, Some(&args))
    }

    /// The message `id` with one number variable (for plurals: Arabic has six forms).
    pub fn tn(&self, id: &str, name: &str, value: impl Borrow<i64>) -> String {
        let value = *value.borrow();
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value));
        let text = self.format(id, Some(&args));
        // Fluent prints numbers with ASCII digits; give them the locale's grouping.
        text.replace(&value.to_string(), &format_number(self.locale, value))
    }

    /// A date in this locale's words, from UTC seconds.
    pub fn date(&self, unix_seconds: impl Borrow<i64>) -> String {
        format_date(self.locale, *unix_seconds.borrow())
    }

    pub fn number(&self, value: impl Borrow<i64>) -> String {
        format_number(self.locale, *value.borrow())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        match message(self.locale, id, args).or_else(|| message(Locale::En, id, args)) {
            Some(text) => text,
            None => {
                tracing::error!(message_id = id, "missing translation");
                id.to_string()
            }
        }
    }
}

fn message(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = BUNDLES.get(&locale)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::error!(message_id = id, ?errors, "translation failed to format");
    }
    Some(text.into_owned())
}

/// The message ids of a locale with the variables each one uses (for the completeness test).
pub fn message_variables(locale: Locale) -> HashMap<String, Vec<String>> {
    use fluent_syntax::ast;
    let mut out = HashMap::new();
    for (_, source) in locale_sources(locale) {
        let resource = FluentResource::try_new(source).expect("locale files parse");
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut variables = vec![];
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut variables);
                }
                variables.sort();
                variables.dedup();
                out.insert(message.id.name.to_string(), variables);
            }
        }
    }
    out
}

fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = expression {
            out.push(id.name.to_string());
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(e) => inline(e, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for variant in variants {
                        collect_variables(&variant.value, out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_every_message_with_the_same_variables() {
        let source = message_variables(Locale::En);
        assert!(
            source.len() > 20,
            "the English messages did not load ({} found)",
            source.len()
        );
        for locale in [Locale::Fr, Locale::Es, Locale::Ar] {
            let translated = message_variables(locale);
            let mut problems = vec![];
            for (id, variables) in &source {
                match translated.get(id) {
                    None => problems.push(format!("{locale}: missing `{id}`")),
                    Some(theirs) => {
                        for v in theirs {
                            if !variables.contains(v) {
                                problems.push(format!(
                                    "{locale}: `{id}` uses ${v}, which English lacks"
                                ));
                            }
                        }
                        for v in variables {
                            if !theirs.contains(v) {
                                problems.push(format!("{locale}: `{id}` drops ${v}"));
                            }
                        }
                    }
                }
            }
            for id in translated.keys() {
                if !source.contains_key(id) {
                    problems.push(format!("{locale}: `{id}` is not in English"));
                }
            }
            problems.sort();
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }

    #[test]
    fn every_message_used_by_a_template_or_handler_exists_in_english() {
        let source = message_variables(Locale::En);
        let mut missing = vec![];
        for dir in ["templates", "src"] {
            for (path, text) in
                files_under(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
            {
                // This module's own tests name made-up ids on purpose.
                if path.contains("src/i18n/") {
                    continue;
                }
                for id in message_ids_used(&text, path.ends_with(".rs")) {
                    if !source.contains_key(&id) {
                        missing.push(format!("{path}: `{id}`"));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages used but not defined:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_organisation_type_and_role_has_a_name() {
        let source = message_variables(Locale::En);
        for kind in crate::accounts::validate::ORGANISATION_TYPES {
            assert!(
                source.contains_key(&format!("org-type-{kind}")),
                "org-type-{kind} is missing"
            );
        }
        for kind in crate::content::markdown::CALLOUT_KINDS {
            assert!(
                source.contains_key(&format!("callout-{kind}")),
                "callout-{kind} is missing"
            );
        }
        for role in crate::web::Role::ALL {
            assert!(
                source.contains_key(role.message_id()),
                "{} is missing",
                role.message_id()
            );
        }
    }

    /// Ids in calls such as `tr.t("id")`, `.t1("id", …)`, `.tn("id", …)`, and every literal `"error-…"` or
    /// `"notice-…"` (message ids handed around before they are translated).
    fn message_ids_used(text: &str, is_rust: bool) -> Vec<String> {
        let mut ids = vec![];
        // In templates, `"error-…"` may be a CSS class; there only translator calls count.
        let literal_prefixes: &[&str] = if is_rust {
            &["\"error-", "\"notice-"]
        } else {
            &[]
        };
        for prefix in literal_prefixes {
            for (start, _) in text.match_indices(prefix) {
                let rest = &text[start + 1..];
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !id.ends_with('-')
                    {
                        ids.push(id.to_string());
                    }
                }
            }
        }
        for marker in [".t(\"", ".t1(\"", ".t2(\"", ".tn(\""] {
            for (start, _) in text.match_indices(marker) {
                let rest = &text[start + marker.len()..];
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        ids.push(id.to_string());
                    }
                }
            }
        }
        ids
    }

    fn files_under(dir: std::path::PathBuf) -> Vec<(String, String)> {
        let mut out = vec![];
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return out;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files_under(path));
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path.display().to_string(), text));
            }
        }
        out
    }

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(Locale::negotiate("fr-CA,fr;q=0.9,en;q=0.8"), Locale::Fr);
        assert_eq!(Locale::negotiate("ar-MA"), Locale::Ar);
        assert_eq!(Locale::negotiate("de-DE,es;q=0.5"), Locale::Es);
        assert_eq!(Locale::negotiate("de-DE"), Locale::En);
        assert_eq!(Locale::negotiate(""), Locale::En);
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Fr.dir(), "ltr");
    }

    #[test]
    fn falls_back_to_the_message_id_when_a_message_is_unknown() {
        assert_eq!(Tr::new(Locale::Fr).t("no-such-message"), "no-such-message");
    }
}
