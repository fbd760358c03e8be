//! The files of a content pack as plain types (see `docs/content-format.md`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text by language code: `{ en = "…", fr = "…" }`.
pub type Texts = BTreeMap<String, String>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseFile {
    pub id: String,
    pub source_language: String,
    pub required_optional_modules: u32,
    pub modules: Vec<String>,
    pub title: Texts,
    #[serde(default)]
    pub summary: Texts,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleFile {
    pub id: String,
    pub compulsory: bool,
    #[serde(default)]
    pub prerequisites: Vec<String>,
    pub minutes: u32,
    pub title: Texts,
    #[serde(default)]
    pub summary: Texts,
    #[serde(default)]
    pub objectives: Vec<ObjectiveFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveFile {
    pub id: String,
    pub text: Texts,
}

/// How far a translation can be trusted; the source language is always `Source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    Source,
    Reviewed,
    Draft,
}

impl TranslationStatus {
    pub fn code(self) -> &'static str {
        match self {
            TranslationStatus::Source => "source",
            TranslationStatus::Reviewed => "reviewed",
            TranslationStatus::Draft => "draft",
        }
    }

    pub fn from_code(code: &str) -> TranslationStatus {
        match code {
            "source" => TranslationStatus::Source,
            "reviewed" => TranslationStatus::Reviewed,
            _ => TranslationStatus::Draft,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonFrontMatter {
    pub id: String,
    pub title: String,
    pub minutes: u32,
    /// Source only: raised when the meaning changes.
    pub revision: Option<u32>,
    /// Translations only: the source revision they were made from.
    pub source_revision: Option<u32>,
    /// Translations only: "reviewed" or "draft".
    pub status: Option<String>,
    /// Guides only (source): "learners" or "facilitators".
    #[serde(default)]
    pub audience: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
    Matching,
    Ordering,
    ShortText,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub id: String,
    #[serde(default)]
    pub pass_mark: Option<u32>,
    #[serde(default)]
    pub revision: Option<u32>,
    #[serde(default)]
    pub source_revision: Option<u32>,
    #[serde(default)]
    pub status: Option<String>,
    pub questions: Vec<QuestionFile>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub id: String,
    pub kind: QuestionKind,
    #[serde(default)]
    pub objective: Option<String>,
    pub prompt: String,
    #[serde(default)]
    pub explanation: String,
    #[serde(default)]
    pub options: Vec<OptionFile>,
    /// true-false only.
    #[serde(default)]
    pub answer: Option<bool>,
    #[serde(default)]
    pub pairs: Vec<PairFile>,
    #[serde(default)]
    pub items: Vec<ItemFile>,
    #[serde(default)]
    pub accepted: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    #[serde(default)]
    pub feedback: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairFile {
    pub id: String,
    pub left: String,
    pub right: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFile {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(default)]
    pub terms: Vec<TermFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermFile {
    pub id: String,
    pub term: String,
    pub definition: String,
}
