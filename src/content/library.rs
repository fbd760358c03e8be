//! The `library/` folder of a pack: publication catalogue entries and good practices, read and checked.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::i18n::countries::region_of;
use crate::library::vocabulary::{
    ACTOR_KINDS, PART_FORMATS, PUBLICATION_KINDS, REGIONS, RELATIONS, TERRITORY_KINDS, THEMES,
    is_gcm_objective, is_sdg_target,
};

use super::markdown::has_raw_html;
use super::model::Texts;
use super::pack::{LANGUAGES, Reader, check_texts, is_valid_id, line_of};

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicationFile {
    pub id: String,
    pub kind: String,
    pub year: Option<i64>,
    pub publisher: String,
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub sdg_targets: Vec<String>,
    #[serde(default)]
    pub gcm_objectives: Vec<i64>,
    pub series: Option<String>,
    #[serde(default)]
    pub related: Vec<RelationFile>,
    pub title: Texts,
    #[serde(default)]
    pub summary: Texts,
    #[serde(default)]
    pub versions: Vec<VersionFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationFile {
    pub id: String,
    pub relation: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionFile {
    pub language: String,
    pub year: Option<i64>,
    #[serde(default)]
    pub parts: Vec<PartFile>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartFile {
    pub label: Option<String>,
    pub url: Option<String>,
    pub page: Option<String>,
    pub format: Option<String>,
    pub size_bytes: Option<i64>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ActorFile {
    pub kind: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    pub year: Option<i64>,
    pub url: Option<String>,
}

/// The six sections every practice has, in Markdown.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub introduction: String,
    pub context: String,
    pub overview: String,
    pub results: String,
    pub lessons_learnt: String,
    pub recommendations: String,
}

impl Sections {
    /// (field name, text), in reading order.
    pub fn all(&self) -> [(&'static str, &str); 6] {
        [
            ("introduction", &self.introduction),
            ("context", &self.context),
            ("overview", &self.overview),
            ("results", &self.results),
            ("lessons_learnt", &self.lessons_learnt),
            ("recommendations", &self.recommendations),
        ]
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeFile {
    pub id: String,
    pub revision: Option<u32>,
    pub source_revision: Option<u32>,
    pub status: Option<String>,
    pub title: String,
    pub summary: String,
    pub territory: String,
    pub countries: Option<Vec<String>>,
    pub territory_kinds: Option<Vec<String>>,
    pub start_year: Option<i64>,
    pub end_year: Option<i64>,
    pub themes: Option<Vec<String>>,
    pub sdg_targets: Option<Vec<String>>,
    pub gcm_objectives: Option<Vec<i64>>,
    pub lead: Option<Vec<ActorFile>>,
    pub partners: Option<Vec<ActorFile>>,
    pub sections: Sections,
    #[serde(default)]
    pub sources: Vec<SourceFile>,
}

/// A practice: its source file (metadata and text) and its translations (text only), by language.
#[derive(Clone, Debug)]
pub struct PackPractice {
    pub source_lang: String,
    pub source: PracticeFile,
    pub translations: BTreeMap<String, PracticeFile>,
}

const PUBLICATIONS: &str = "library/publications/";
const PRACTICES: &str = "library/practices/";

/// What our own pages a `page = …` part may name.
pub struct OwnPages<'a> {
    pub modules: &'a HashSet<String>,
    pub guides: &'a HashSet<String>,
}

pub(super) fn read_publications(r: &mut Reader, own: &OwnPages) -> Vec<PublicationFile> {
    let paths: Vec<String> = r
        .files
        .0
        .keys()
        .filter(|p| p.starts_with(PUBLICATIONS) && p.ends_with(".toml"))
        .cloned()
        .collect();
    let mut read: Vec<(String, String, PublicationFile)> = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for path in paths {
        let Some((file, text)) = r.toml_file::<PublicationFile>(&path) else {
            continue;
        };
        if !is_valid_id(&file.id) {
            r.problems.add(
                &path,
                line_of(&text, "id"),
                format!("`{}` is not a valid id", file.id),
                "ids use lowercase letters, digits and `-`, at most 80 characters",
            );
        }
        if let Some(first) = seen.insert(file.id.clone(), path.clone()) {
            r.problems.add(
                &path,
                line_of(&text, "id"),
                format!("publication id `{}` is used twice", file.id),
                format!("it is already used in {first}"),
            );
        }
        read.push((path, text, file));
    }
    let ids: HashSet<String> = read.iter().map(|(_, _, f)| f.id.clone()).collect();
    for (path, text, file) in &read {
        check_publication(r, path, text, file, &ids, own);
    }
    read.into_iter().map(|(_, _, f)| f).collect()
}

fn check_vocabulary(
    r: &mut Reader,
    path: &str,
    text: &str,
    field: &str,
    values: &[String],
    allowed: &[&str],
) {
    for value in values {
        if !allowed.contains(&value.as_str()) {
            r.problems.add(
                path,
                line_of(text, &format!("\"{value}\"")),
                format!("`{value}` is not a known value of `{field}`"),
                format!("use one of: {}", allowed.join(", ")),
            );
        }
    }
}

fn check_tags(
    r: &mut Reader,
    path: &str,
    text: &str,
    countries: &[String],
    sdg_targets: &[String],
    gcm_objectives: &[i64],
) {
    for country in countries {
        if region_of(country).is_none() {
            r.problems.add(
                path,
                line_of(text, &format!("\"{country}\"")),
                format!("`{country}` is not a country code we know"),
                "use the ISO 3166-1 alpha-2 code in capitals, such as \"SN\" or \"MX\"",
            );
        }
    }
    for target in sdg_targets {
        if !is_sdg_target(target) {
            r.problems.add(
                path,
                line_of(text, &format!("\"{target}\"")),
                format!("`{target}` is not an SDG target"),
                "write the goal, a dot and the target: \"10.7\", \"10.c\"",
            );
        }
    }
    for objective in gcm_objectives {
        if !is_gcm_objective(*objective) {
            r.problems.add(
                path,
                line_of(text, "gcm_objectives"),
                format!("{objective} is not a Global Compact objective"),
                "the Global Compact for Migration has objectives 1 to 23",
            );
        }
    }
}

fn check_year(r: &mut Reader, path: &str, text: &str, field: &str, year: Option<i64>) {
    if let Some(year) = year
        && !(1900..=2100).contains(&year)
    {
        r.problems.add(
            path,
            line_of(text, field),
            format!("{year} is not a plausible year"),
            "give the year with four digits",
        );
    }
}

fn check_publication(
    r: &mut Reader,
    path: &str,
    text: &str,
    file: &PublicationFile,
    ids: &HashSet<String>,
    own: &OwnPages,
) {
    if !PUBLICATION_KINDS.contains(&file.kind.as_str()) {
        r.problems.add(
            path,
            line_of(text, "kind"),
            format!("`{}` is not a kind of publication", file.kind),
            format!("use one of: {}", PUBLICATION_KINDS.join(", ")),
        );
    }
    if file.publisher.trim().is_empty() {
        r.problems.add(
            path,
            line_of(text, "publisher"),
            "the publisher is empty",
            "name who published it",
        );
    }
    check_year(r, path, text, "year", file.year);
    check_vocabulary(r, path, text, "themes", &file.themes, THEMES);
    check_vocabulary(r, path, text, "regions", &file.regions, REGIONS);
    check_tags(
        r,
        path,
        text,
        &file.countries,
        &file.sdg_targets,
        &file.gcm_objectives,
    );
    if file.title.values().all(|t| t.trim().is_empty()) {
        r.problems.add(
            path,
            line_of(text, "[title]"),
            "the publication has no title",
            "add [title] with at least the title of one language version",
        );
    }
    // Titles and summaries are optional per language (the check above wants one title in some language).
    check_texts(r, path, text, "title", &file.title, "", false);
    check_texts(r, path, text, "summary", &file.summary, "", false);
    for relation in &file.related {
        if !RELATIONS.contains(&relation.relation.as_str()) {
            r.problems.add(
                path,
                line_of(text, &relation.relation),
                format!("`{}` is not a known relation", relation.relation),
                format!("use one of: {}", RELATIONS.join(", ")),
            );
        }
        if !ids.contains(&relation.id) || relation.id == file.id {
            r.problems.add(
                path,
                line_of(text, &format!("\"{}\"", relation.id)),
                format!("related publication `{}` does not exist", relation.id),
                "name the id of another publication of the pack",
            );
        }
    }
    if file.versions.is_empty() {
        r.problems.add(
            path,
            1,
            "the publication has no language version",
            "add a [[versions]] table per language it exists in, each with its [[versions.parts]]",
        );
    }
    let mut languages = HashSet::new();
    for version in &file.versions {
        let line = line_of(text, &format!("language = \"{}\"", version.language));
        if !LANGUAGES.contains(&version.language.as_str()) {
            r.problems.add(
                path,
                line,
                format!("unknown language `{}`", version.language),
                "use en, fr, es or ar",
            );
        }
        if !languages.insert(version.language.clone()) {
            r.problems.add(
                path,
                line,
                format!("the {} version is listed twice", version.language),
                "list each language version once; put its files in several [[versions.parts]]",
            );
        }
        check_year(r, path, text, "year", version.year);
        if version.parts.is_empty() {
            r.problems.add(
                path,
                line,
                format!("the {} version has no parts", version.language),
                "add at least one [[versions.parts]] with a url or a page",
            );
        }
        for part in &version.parts {
            check_part(r, path, text, part, own);
        }
    }
}

fn check_part(r: &mut Reader, path: &str, text: &str, part: &PartFile, own: &OwnPages) {
    match (&part.url, &part.page) {
        (Some(url), None) => {
            let line = line_of(text, url);
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                r.problems.add(
                    path,
                    line,
                    format!("`{url}` is not a web address"),
                    "give the full address, starting with https://",
                );
            }
            match &part.format {
                Some(format) if PART_FORMATS.contains(&format.as_str()) => {}
                Some(format) => r.problems.add(
                    path,
                    line,
                    format!("`{format}` is not a known format"),
                    format!("use one of: {}", PART_FORMATS.join(", ")),
                ),
                None => r.problems.add(
                    path,
                    line,
                    "the part has no format",
                    "add format = \"pdf\" (or docx, odt, html, video, zip)",
                ),
            }
        }
        (None, Some(page)) => {
            let known = match page.split_once(':') {
                Some(("module", id)) => own.modules.contains(id),
                Some(("guide", id)) => own.guides.contains(id),
                None => page == "glossary" || page == "practices",
                _ => false,
            };
            if !known {
                r.problems.add(
                    path,
                    line_of(text, page),
                    format!("`{page}` is not one of our pages"),
                    "use module:<module id>, guide:<guide id>, glossary or practices",
                );
            }
        }
        _ => r.problems.add(
            path,
            line_of(text, "[[versions.parts]]"),
            "a part needs exactly one of `url` and `page`",
            "give the address of the file (url) or one of our own pages (page)",
        ),
    }
    if let Some(size) = part.size_bytes
        && size <= 0
    {
        r.problems.add(
            path,
            line_of(text, "size_bytes"),
            "the size must be a positive number of bytes",
            "give the size in bytes, or leave it out when unknown",
        );
    }
}

/// `mx-3x1-programme.fr.toml` -> ("mx-3x1-programme", "fr").
fn practice_file_parts(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".toml")?;
    let (id, lang) = stem.rsplit_once('.')?;
    (is_valid_id(id) && LANGUAGES.contains(&lang)).then_some((id, lang))
}

pub(super) fn read_practices(r: &mut Reader, source: &str) -> Vec<PackPractice> {
    let mut by_id: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for path in r.files.0.keys() {
        if let Some(name) = path.strip_prefix(PRACTICES)
            && let Some((id, lang)) = practice_file_parts(name)
        {
            by_id
                .entry(id.to_string())
                .or_default()
                .insert(lang.to_string(), path.clone());
        }
    }
    let mut practices = Vec::new();
    for (file_id, versions) in by_id {
        let Some(source_path) = versions.get(source).cloned() else {
            let any = versions.values().next().cloned().unwrap_or_default();
            r.problems.add(
                &any,
                1,
                format!("practice `{file_id}` has no {source} file"),
                format!("every practice needs its source file {PRACTICES}{file_id}.{source}.toml"),
            );
            continue;
        };
        let Some((practice, text)) = r.toml_file::<PracticeFile>(&source_path) else {
            continue;
        };
        check_practice_source(r, &source_path, &text, &practice, &file_id);
        let mut translations = BTreeMap::new();
        for (lang, path) in &versions {
            if lang == source {
                continue;
            }
            if let Some((translation, text)) = r.toml_file::<PracticeFile>(path) {
                check_practice_translation(r, path, &text, &translation, &practice);
                translations.insert(lang.clone(), translation);
            }
        }
        practices.push(PackPractice {
            source_lang: source.to_string(),
            source: practice,
            translations,
        });
    }
    practices
}

fn check_sections(r: &mut Reader, path: &str, text: &str, practice: &PracticeFile) {
    for (field, body) in practice.sections.all() {
        if body.trim().is_empty() {
            r.problems.add(
                path,
                line_of(text, field),
                format!("the section `{field}` is empty"),
                "every practice has all six sections: write at least a short paragraph",
            );
        }
        if has_raw_html(body) {
            r.problems.add(
                path,
                line_of(text, field),
                format!("the section `{field}` contains raw HTML"),
                "use Markdown only: raw HTML is removed on import",
            );
        }
    }
    for (field, value) in [
        ("title", &practice.title),
        ("summary", &practice.summary),
        ("territory", &practice.territory),
    ] {
        if value.trim().is_empty() {
            r.problems.add(
                path,
                line_of(text, field),
                format!("`{field}` is empty"),
                "write it in the file's language",
            );
        }
    }
}

fn check_practice_source(
    r: &mut Reader,
    path: &str,
    text: &str,
    practice: &PracticeFile,
    file_id: &str,
) {
    if practice.id != file_id {
        r.problems.add(
            path,
            line_of(text, "id"),
            format!("the id `{}` differs from the file name", practice.id),
            format!(
                "name the file {}.<language>.toml or set id = \"{file_id}\"",
                practice.id
            ),
        );
    }
    if practice.revision.is_none() {
        r.problems.add(
            path,
            1,
            "the source file has no revision",
            "add revision = 1, and raise it when the meaning changes",
        );
    }
    check_sections(r, path, text, practice);
    let required: [(&str, bool); 5] = [
        (
            "countries",
            practice.countries.as_ref().is_some_and(|v| !v.is_empty()),
        ),
        (
            "territory_kinds",
            practice
                .territory_kinds
                .as_ref()
                .is_some_and(|v| !v.is_empty()),
        ),
        (
            "themes",
            practice.themes.as_ref().is_some_and(|v| !v.is_empty()),
        ),
        ("start_year", practice.start_year.is_some()),
        (
            "lead",
            practice.lead.as_ref().is_some_and(|v| !v.is_empty()),
        ),
    ];
    for (field, present) in required {
        if !present {
            r.problems.add(
                path,
                1,
                format!("`{field}` is missing"),
                "see docs/content-format.md, section good practices",
            );
        }
    }
    let empty = Vec::new();
    check_vocabulary(
        r,
        path,
        text,
        "territory_kinds",
        practice.territory_kinds.as_ref().unwrap_or(&empty),
        TERRITORY_KINDS,
    );
    check_vocabulary(
        r,
        path,
        text,
        "themes",
        practice.themes.as_ref().unwrap_or(&empty),
        THEMES,
    );
    check_tags(
        r,
        path,
        text,
        practice.countries.as_deref().unwrap_or_default(),
        practice.sdg_targets.as_deref().unwrap_or_default(),
        practice.gcm_objectives.as_deref().unwrap_or_default(),
    );
    check_year(r, path, text, "start_year", practice.start_year);
    check_year(r, path, text, "end_year", practice.end_year);
    if let (Some(start), Some(end)) = (practice.start_year, practice.end_year)
        && end < start
    {
        r.problems.add(
            path,
            line_of(text, "end_year"),
            "the practice ends before it starts",
            "check start_year and end_year",
        );
    }
    let actors = practice
        .lead
        .iter()
        .flatten()
        .chain(practice.partners.iter().flatten());
    let kinds: Vec<String> = actors.map(|a| a.kind.clone()).collect();
    check_vocabulary(r, path, text, "kind", &kinds, ACTOR_KINDS);
    if practice.sources.is_empty() {
        r.problems.add(
            path,
            1,
            "the practice lists no sources",
            "add [[sources]] with the public documents the summary is drawn from",
        );
    }
}

fn check_practice_translation(
    r: &mut Reader,
    path: &str,
    text: &str,
    translation: &PracticeFile,
    source: &PracticeFile,
) {
    if translation.id != source.id {
        r.problems.add(
            path,
            line_of(text, "id"),
            format!(
                "the id `{}` differs from the source's `{}`",
                translation.id, source.id
            ),
            "a translation keeps the source's id",
        );
    }
    let has_metadata = translation.countries.is_some()
        || translation.territory_kinds.is_some()
        || translation.start_year.is_some()
        || translation.end_year.is_some()
        || translation.themes.is_some()
        || translation.sdg_targets.is_some()
        || translation.gcm_objectives.is_some()
        || translation.lead.is_some()
        || translation.partners.is_some()
        || !translation.sources.is_empty()
        || translation.revision.is_some();
    if has_metadata {
        r.problems.add(
            path,
            1,
            "a translation repeats the source's facts",
            "keep only id, source_revision, status, title, summary, territory and [sections] in translations",
        );
    }
    match translation.source_revision {
        None => r.problems.add(
            path,
            1,
            "the translation has no source_revision",
            "add source_revision = the revision of the source it was made from",
        ),
        Some(made_from) if Some(made_from) > source.revision => r.problems.add(
            path,
            line_of(text, "source_revision"),
            "source_revision is newer than the source's revision",
            "a translation cannot be made from a revision that does not exist yet",
        ),
        _ => {}
    }
    if !matches!(translation.status.as_deref(), Some("reviewed" | "draft")) {
        r.problems.add(
            path,
            line_of(text, "status"),
            "the translation's status is missing or unknown",
            "set status = \"reviewed\" or \"draft\"",
        );
    }
    check_sections(r, path, text, translation);
}

#[cfg(test)]
mod tests {
    use crate::content::{PackFiles, Problem, load_pack};

    /// The small test pack with `changes` written over it, checked.
    fn problems_with(changes: &[(&str, &str)]) -> Vec<Problem> {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/small");
        let mut files = PackFiles::from_dir(&dir).expect("the small pack reads");
        for (path, text) in changes {
            files.0.insert(path.to_string(), text.as_bytes().to_vec());
        }
        match load_pack(&files) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        }
    }

    fn has(problems: &[Problem], file: &str, message: &str) -> bool {
        problems
            .iter()
            .any(|p| p.file == file && p.message.contains(message))
    }

    #[test]
    fn the_small_pack_library_is_clean() {
        assert!(problems_with(&[]).is_empty());
    }

    #[test]
    fn a_broken_publication_is_reported_with_its_file_and_line() {
        let path = "library/publications/broken.toml";
        let problems = problems_with(&[(
            path,
            "id = \"broken\"\nkind = \"poster\"\nyear = 20\npublisher = \"X\"\nthemes = [\"gardening\"]\n\
             countries = [\"ZZ\"]\nsdg_targets = [\"10\"]\nrelated = [{ id = \"nowhere\", relation = \"see-also\" }]\n\
             [title]\nen = \"Broken\"\n[[versions]]\nlanguage = \"de\"\n  [[versions.parts]]\n  page = \"module:nope\"\n",
        )]);
        for message in [
            "`poster` is not a kind of publication",
            "20 is not a plausible year",
            "`gardening` is not a known value of `themes`",
            "`ZZ` is not a country code we know",
            "`10` is not an SDG target",
            "related publication `nowhere` does not exist",
            "unknown language `de`",
            "`module:nope` is not one of our pages",
        ] {
            assert!(has(&problems, path, message), "{message}: {problems:#?}");
        }
        let kind = problems
            .iter()
            .find(|p| p.message.contains("poster"))
            .unwrap();
        assert_eq!(kind.line, 2);
    }

    #[test]
    fn a_practice_with_a_missing_section_or_a_translation_with_facts_is_reported() {
        let source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/packs/small/library/practices/welcome-desk.en.toml"),
        )
        .unwrap();
        let broken = source.replace(
            "results = \"Newcomers reach services sooner.\"",
            "results = \"  \"",
        );
        let translation = "id = \"welcome-desk\"\nsource_revision = 1\nstatus = \"draft\"\nthemes = [\"partnerships\"]\n\
            title = \"t\"\nsummary = \"s\"\nterritory = \"x\"\n[sections]\nintroduction = \"a\"\ncontext = \"b\"\n\
            overview = \"c\"\nresults = \"d\"\nlessons_learnt = \"e\"\nrecommendations = \"<b>f</b>\"\n";
        let problems = problems_with(&[
            ("library/practices/welcome-desk.en.toml", &broken),
            ("library/practices/welcome-desk.fr.toml", translation),
        ]);
        assert!(has(
            &problems,
            "library/practices/welcome-desk.en.toml",
            "the section `results` is empty"
        ));
        assert!(has(
            &problems,
            "library/practices/welcome-desk.fr.toml",
            "a translation repeats the source's facts"
        ));
        assert!(has(
            &problems,
            "library/practices/welcome-desk.fr.toml",
            "contains raw HTML"
        ));
    }
}
