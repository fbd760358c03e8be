//! The planning tool's indicator set in a pack (`indicators/`): `set.toml` gives the structure (sectors, categories,
//! subcategories), `<name>.<lang>.toml` the indicators. Read and checked here, imported by the planning feature as
//! one definition holding every language.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::model::Texts;
use super::pack::{LANGUAGES, Reader, check_texts, is_valid_id, line_of};

const FOLDER: &str = "indicators/";
const SET_FILE: &str = "indicators/set.toml";
pub const MAX_QUESTIONS: usize = 4;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
    pub title: Texts,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub title: Texts,
    pub subcategories: Vec<Named>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SetFile {
    id: String,
    revision: i64,
    title: Texts,
    summary: Texts,
    sectors: Vec<Named>,
    categories: Vec<Category>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorsFile {
    revision: Option<i64>,
    source_revision: Option<i64>,
    status: Option<String>,
    indicators: Vec<IndicatorFile>,
}

/// One indicator as written; a translation carries only `id`, `statement`, `questions` and `evidence`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorFile {
    id: String,
    subcategory: Option<String>,
    #[serde(default)]
    sectors: Vec<String>,
    #[serde(default)]
    sdg_targets: Vec<String>,
    #[serde(default)]
    gcm_objectives: Vec<i64>,
    #[serde(default)]
    lessons: Vec<String>,
    #[serde(default)]
    practices: Vec<String>,
    statement: String,
    questions: Vec<String>,
    evidence: String,
}

/// The words of an indicator in one language.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct IndicatorText {
    pub statement: String,
    pub questions: Vec<String>,
    pub evidence: String,
    /// A translation not yet reviewed by a person.
    pub draft: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Indicator {
    pub id: String,
    pub subcategory: String,
    pub sectors: Vec<String>,
    pub sdg_targets: Vec<String>,
    pub gcm_objectives: Vec<i64>,
    pub lessons: Vec<String>,
    pub practices: Vec<String>,
    /// By language; the source language is always there.
    pub texts: BTreeMap<String, IndicatorText>,
}

/// A whole indicator set, as the planning tool stores and reads it.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct IndicatorSet {
    pub id: String,
    pub revision: i64,
    pub source_lang: String,
    pub title: Texts,
    pub summary: Texts,
    pub sectors: Vec<Named>,
    pub categories: Vec<Category>,
    /// In the order of the subcategories, then of their files.
    pub indicators: Vec<Indicator>,
}

/// `mapping-local-context.fr.toml` → (`mapping-local-context`, `fr`).
fn file_parts(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".toml")?;
    let (id, lang) = stem.rsplit_once('.')?;
    (is_valid_id(id) && LANGUAGES.contains(&lang)).then_some((id, lang))
}

/// Reads `indicators/`; `None` when the pack has none (or has errors, which `r` then holds).
pub(super) fn read_indicators(
    r: &mut Reader,
    source: &str,
    lessons: &HashSet<String>,
    practices: &HashSet<String>,
) -> Option<IndicatorSet> {
    let mut by_name: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for path in r.files.0.keys() {
        if path == SET_FILE {
            continue;
        }
        if let Some(name) = path.strip_prefix(FOLDER) {
            match file_parts(name) {
                Some((name, lang)) => {
                    by_name
                        .entry(name.to_string())
                        .or_default()
                        .insert(lang.to_string(), path.clone());
                }
                None => r.problems.add(
                    path,
                    1,
                    "this file name is not `<name>.<language>.toml`",
                    "name indicator files like mapping-local-context.en.toml",
                ),
            }
        }
    }
    if !r.files.0.contains_key(SET_FILE) {
        if let Some(any) = by_name.values().flat_map(|v| v.values()).next().cloned() {
            r.problems.add(
                &any,
                1,
                "indicator files without indicators/set.toml",
                "add indicators/set.toml with the sectors and categories: see docs/content-format.md",
            );
        }
        return None;
    }
    let (set, set_text) = r.toml_file::<SetFile>(SET_FILE)?;
    check_set(r, &set, &set_text, source);
    let subcategories: Vec<String> = set
        .categories
        .iter()
        .flat_map(|c| c.subcategories.iter().map(|s| s.id.clone()))
        .collect();
    let sectors: HashSet<&str> = set.sectors.iter().map(|s| s.id.as_str()).collect();
    let mut indicators: Vec<Indicator> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (name, files) in &by_name {
        let Some(source_path) = files.get(source).cloned() else {
            let any = files.values().next().cloned().unwrap_or_default();
            r.problems.add(
                &any,
                1,
                format!("the indicators `{name}` have no {source} file"),
                format!("write the source file {FOLDER}{name}.{source}.toml first"),
            );
            continue;
        };
        let Some((file, text)) = r.toml_file::<IndicatorsFile>(&source_path) else {
            continue;
        };
        let first = indicators.len();
        for item in file.indicators {
            let path = source_path.as_str();
            let at = line_of(&text, &format!("\"{}\"", item.id));
            if !is_valid_id(&item.id) || !seen.insert(item.id.clone()) {
                r.problems.add(
                    path,
                    at,
                    format!(
                        "the indicator id `{}` is not valid or is used twice",
                        item.id
                    ),
                    "use a unique id of lowercase letters, digits and hyphens",
                );
            }
            let subcategory = item.subcategory.clone().unwrap_or_default();
            if !subcategories.contains(&subcategory) {
                r.problems.add(
                    path,
                    at,
                    format!(
                        "indicator `{}`: unknown subcategory `{subcategory}`",
                        item.id
                    ),
                    "use a subcategory id of indicators/set.toml",
                );
            }
            if item.sectors.is_empty() || item.sectors.iter().any(|s| !sectors.contains(s.as_str()))
            {
                r.problems.add(
                    path,
                    at,
                    format!(
                        "indicator `{}`: no sector, or a sector not in set.toml",
                        item.id
                    ),
                    "list one or more sector ids of indicators/set.toml",
                );
            }
            for lesson in item.lessons.iter().filter(|l| !lessons.contains(*l)) {
                r.problems.add(
                    path,
                    at,
                    format!("indicator `{}`: unknown lesson `{lesson}`", item.id),
                    "use the id of a lesson in this pack",
                );
            }
            for practice in item.practices.iter().filter(|p| !practices.contains(*p)) {
                r.problems.add(
                    path,
                    at,
                    format!("indicator `{}`: unknown practice `{practice}`", item.id),
                    "use the id of a practice in library/practices/",
                );
            }
            check_words(r, path, at, &item);
            let mut texts = BTreeMap::new();
            texts.insert(
                source.to_string(),
                IndicatorText {
                    statement: item.statement,
                    questions: item.questions,
                    evidence: item.evidence,
                    draft: false,
                },
            );
            indicators.push(Indicator {
                id: item.id,
                subcategory,
                sectors: item.sectors,
                sdg_targets: item.sdg_targets,
                gcm_objectives: item.gcm_objectives,
                lessons: item.lessons,
                practices: item.practices,
                texts,
            });
        }
        if file.revision.is_none() {
            r.problems.add(
                &source_path,
                1,
                "the source file has no `revision`",
                "add `revision = 1` at the top",
            );
        }
        for (lang, path) in files {
            if lang == source {
                continue;
            }
            let Some((translation, text)) = r.toml_file::<IndicatorsFile>(path) else {
                continue;
            };
            let draft = translation.status.as_deref() != Some("reviewed");
            if translation.source_revision.is_none() {
                r.problems.add(
                    path,
                    1,
                    "a translation needs `source_revision`",
                    "add `source_revision = 1` (the revision of the source file it follows)",
                );
            }
            for item in translation.indicators {
                let at = line_of(&text, &format!("\"{}\"", item.id));
                let Some(indicator) = indicators[first..].iter_mut().find(|i| i.id == item.id)
                else {
                    r.problems.add(
                        path,
                        at,
                        format!("indicator `{}` is not in the source file", item.id),
                        format!("translate the indicators of {source_path} only"),
                    );
                    continue;
                };
                let source_questions = indicator.texts[source].questions.len();
                if item.questions.len() != source_questions {
                    r.problems.add(
                        path,
                        at,
                        format!(
                            "indicator `{}` has {} questions here and {source_questions} in the source",
                            item.id,
                            item.questions.len()
                        ),
                        "translate every question, one for one",
                    );
                }
                check_words(r, path, at, &item);
                indicator.texts.insert(
                    lang.clone(),
                    IndicatorText {
                        statement: item.statement,
                        questions: item.questions,
                        evidence: item.evidence,
                        draft,
                    },
                );
            }
        }
    }
    // The order of the set: subcategory by subcategory.
    indicators.sort_by_key(|i| subcategories.iter().position(|s| *s == i.subcategory));
    if indicators.is_empty() {
        r.problems.add(
            SET_FILE,
            1,
            "the indicator set has no indicators",
            "add indicators/<subcategory>.en.toml files",
        );
    }
    Some(IndicatorSet {
        id: set.id,
        revision: set.revision,
        source_lang: source.to_string(),
        title: set.title,
        summary: set.summary,
        sectors: set.sectors,
        categories: set.categories,
        indicators,
    })
}

fn check_set(r: &mut Reader, set: &SetFile, text: &str, source: &str) {
    if !is_valid_id(&set.id) {
        r.problems.add(
            SET_FILE,
            line_of(text, "id ="),
            format!("the set id `{}` is not valid", set.id),
            "use lowercase letters, digits and hyphens",
        );
    }
    check_texts(r, SET_FILE, text, "title", &set.title, source, true);
    check_texts(r, SET_FILE, text, "summary", &set.summary, source, true);
    let mut ids: HashSet<&str> = HashSet::new();
    let named = set
        .sectors
        .iter()
        .chain(set.categories.iter().flat_map(|c| c.subcategories.iter()));
    for item in named {
        check_texts(r, SET_FILE, text, &item.id, &item.title, source, true);
        if !is_valid_id(&item.id) || !ids.insert(item.id.as_str()) {
            r.problems.add(
                SET_FILE,
                line_of(text, &format!("\"{}\"", item.id)),
                format!("the id `{}` is not valid or is used twice", item.id),
                "give every sector and subcategory its own id",
            );
        }
    }
    if set.categories.iter().all(|c| c.subcategories.is_empty()) {
        r.problems.add(
            SET_FILE,
            1,
            "the set has no subcategories",
            "add [[categories]] with [[categories.subcategories]]",
        );
    }
}

fn check_words(r: &mut Reader, path: &str, at: usize, item: &IndicatorFile) {
    if item.statement.trim().is_empty() || item.evidence.trim().is_empty() {
        r.problems.add(
            path,
            at,
            format!(
                "indicator `{}` has an empty statement or evidence guidance",
                item.id
            ),
            "write both: the statement and what counts as evidence",
        );
    }
    if item.questions.is_empty()
        || item.questions.len() > MAX_QUESTIONS
        || item.questions.iter().any(|q| q.trim().is_empty())
    {
        r.problems.add(
            path,
            at,
            format!(
                "indicator `{}` needs 1 to {MAX_QUESTIONS} questions, none empty",
                item.id
            ),
            "ask a few plain questions that a person can answer",
        );
    }
}
