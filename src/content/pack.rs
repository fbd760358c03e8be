//! Reading and checking a whole content pack: every problem is reported with its file and line, and a pack
//! with any error is never imported.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rust_embed::RustEmbed;
use serde::de::DeserializeOwned;

use super::markdown::{RenderContext, RenderedLesson, render_lesson};
use super::model::*;

pub const LANGUAGES: [&str; 4] = ["en", "fr", "es", "ar"];
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;
pub const MAX_MEDIA_BYTES: usize = 2 * 1024 * 1024;

/// The files of a pack by relative path (`modules/core/module.toml`), from a folder or from the binary.
#[derive(Clone, Debug, Default)]
pub struct PackFiles(pub BTreeMap<String, Vec<u8>>);

#[derive(RustEmbed)]
#[folder = "content/toolbox/"]
struct BundledPack;

impl PackFiles {
    pub fn from_dir(dir: &Path) -> std::io::Result<PackFiles> {
        fn walk(
            root: &Path,
            dir: &Path,
            out: &mut BTreeMap<String, Vec<u8>>,
        ) -> std::io::Result<()> {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.starts_with('.') {
                    continue;
                }
                if path.is_dir() {
                    walk(root, &path, out)?;
                } else {
                    let relative = path.strip_prefix(root).unwrap_or(&path);
                    let key = relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/");
                    out.insert(key, std::fs::read(&path)?);
                }
            }
            Ok(())
        }
        let mut files = BTreeMap::new();
        walk(dir, dir, &mut files)?;
        Ok(PackFiles(files))
    }

    /// The toolbox pack compiled into the binary.
    pub fn bundled() -> PackFiles {
        PackFiles(
            BundledPack::iter()
                .filter_map(|path| {
                    BundledPack::get(&path).map(|file| (path.to_string(), file.data.into_owned()))
                })
                .collect(),
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
    pub hint: String,
    pub warning: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.warning { "warning: " } else { "" };
        write!(
            f,
            "{}:{}: {kind}{} — {}",
            self.file, self.line, self.message, self.hint
        )
    }
}

#[derive(Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    pub(crate) fn add(
        &mut self,
        file: &str,
        line: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.0.push(Problem {
            file: file.to_string(),
            line: line.max(1),
            message: message.into(),
            hint: hint.into(),
            warning: false,
        });
    }
    fn warn(&mut self, file: &str, message: impl Into<String>, hint: impl Into<String>) {
        self.0.push(Problem {
            file: file.to_string(),
            line: 1,
            message: message.into(),
            hint: hint.into(),
            warning: true,
        });
    }
}

/// A checked pack, ready to import.
#[derive(Clone, Debug)]
pub struct Pack {
    pub course: CourseFile,
    pub modules: Vec<PackModule>,
    pub guides: Vec<PackGuide>,
    /// Glossary terms by language, in file order.
    pub glossary: BTreeMap<String, Vec<TermFile>>,
    pub publications: Vec<super::library::PublicationFile>,
    pub practices: Vec<super::library::PackPractice>,
    /// The planning tool's indicator set, when the pack has `indicators/`.
    pub indicators: Option<super::indicators::IndicatorSet>,
}

#[derive(Clone, Debug)]
pub struct PackModule {
    /// The folder under modules/, for messages.
    pub folder: String,
    pub file: ModuleFile,
    pub lessons: Vec<PackLesson>,
    pub quiz: Option<PackQuiz>,
    pub media: Vec<MediaFile>,
}

#[derive(Clone, Debug)]
pub struct PackLesson {
    pub id: String,
    pub revision: u32,
    pub versions: BTreeMap<String, LessonVersion>,
}

#[derive(Clone, Debug)]
pub struct LessonVersion {
    pub title: String,
    pub minutes: u32,
    pub status: TranslationStatus,
    pub source_revision: u32,
    pub rendered: RenderedLesson,
}

#[derive(Clone, Debug)]
pub struct PackGuide {
    /// "learners" or "facilitators".
    pub audience: String,
    pub guide: PackLesson,
}

#[derive(Clone, Debug)]
pub struct PackQuiz {
    pub id: String,
    pub pass_mark: u32,
    pub revision: u32,
    pub versions: BTreeMap<String, QuizVersion>,
}

#[derive(Clone, Debug)]
pub struct QuizVersion {
    pub file: QuizFile,
    pub status: TranslationStatus,
    pub source_revision: u32,
}

#[derive(Clone, Debug)]
pub struct MediaFile {
    pub name: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The first line that contains `needle`, for problems found after parsing.
pub(crate) fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|offset| line_at(text, offset))
        .unwrap_or(1)
}

fn media_type(name: &str) -> Option<&'static str> {
    match name.rsplit('.').next()?.to_ascii_lowercase().as_str() {
        "png" => Some("image/png"),
        "jpg" | "jpeg" => Some("image/jpeg"),
        "svg" => Some("image/svg+xml"),
        "webp" => Some("image/webp"),
        _ => None,
    }
}

/// `02-who-migrates.fr.md` -> ("02-who-migrates", "fr").
fn lesson_file_parts(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".md")?;
    let (stem, lang) = stem.rsplit_once('.')?;
    let (number, slug) = stem.split_once('-')?;
    (number.bytes().all(|b| b.is_ascii_digit())
        && !number.is_empty()
        && is_valid_id(slug)
        && LANGUAGES.contains(&lang))
    .then_some((stem, lang))
}

pub(crate) struct Reader<'a> {
    pub(crate) files: &'a PackFiles,
    pub(crate) problems: Problems,
    used: HashSet<String>,
}

impl Reader<'_> {
    fn text(&mut self, path: &str) -> Option<String> {
        let bytes = self.files.0.get(path)?;
        self.used.insert(path.to_string());
        if bytes.len() > MAX_TEXT_BYTES {
            self.problems.add(
                path,
                1,
                format!("the file is {} KiB", bytes.len() / 1024),
                "keep text files under 1 MiB: split the lesson in two",
            );
            return None;
        }
        match String::from_utf8(bytes.clone()) {
            Ok(text) => Some(text),
            Err(error) => {
                let valid = &bytes[..error.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
                self.problems.add(
                    path,
                    line,
                    "the file is not valid UTF-8",
                    "save it as UTF-8 in your editor",
                );
                None
            }
        }
    }

    fn toml<T: DeserializeOwned>(
        &mut self,
        path: &str,
        text: &str,
        line_offset: usize,
    ) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(error) => {
                let line = error
                    .span()
                    .map(|span| line_at(text, span.start))
                    .unwrap_or(1)
                    + line_offset;
                let message = error.message().replace('\n', " ");
                self.problems.add(
                    path,
                    line,
                    format!("TOML: {message}"),
                    "see docs/content-format.md for the fields this file takes",
                );
                None
            }
        }
    }

    pub(crate) fn toml_file<T: DeserializeOwned>(&mut self, path: &str) -> Option<(T, String)> {
        let text = self.text(path)?;
        let value = self.toml(path, &text, 0)?;
        Some((value, text))
    }
}

/// Reads and checks a pack. `Err` lists every problem; `Ok` may still carry warnings.
pub fn load_pack(files: &PackFiles) -> Result<(Pack, Vec<Problem>), Vec<Problem>> {
    let mut reader = Reader {
        files,
        problems: Problems::default(),
        used: HashSet::new(),
    };
    let pack = read(&mut reader);
    for path in files.0.keys() {
        if !reader.used.contains(path) {
            reader.problems.warn(
                path,
                "this file is not part of the pack",
                "check its name against docs/content-format.md, or remove it",
            );
        }
    }
    let problems = reader.problems.0;
    match pack {
        Some(pack) if problems.iter().all(|p| p.warning) => Ok((pack, problems)),
        _ => Err(problems),
    }
}

fn read(r: &mut Reader) -> Option<Pack> {
    if !r.files.0.contains_key("course.toml") {
        r.problems.add(
            "course.toml",
            1,
            "the pack has no course.toml",
            "a pack folder starts with course.toml: see docs/content-format.md",
        );
        return None;
    }
    let (course, course_text) = r.toml_file::<CourseFile>("course.toml")?;
    let source = course.source_language.clone();
    if !LANGUAGES.contains(&source.as_str()) {
        r.problems.add(
            "course.toml",
            line_of(&course_text, "source_language"),
            format!("unknown source language `{source}`"),
            "use en, fr, es or ar",
        );
        return None;
    }
    check_id(r, "course.toml", &course_text, &course.id);
    check_texts(
        r,
        "course.toml",
        &course_text,
        "title",
        &course.title,
        &source,
        true,
    );
    check_texts(
        r,
        "course.toml",
        &course_text,
        "summary",
        &course.summary,
        &source,
        false,
    );

    let glossary = read_glossary(r, &source);
    let source_terms: HashMap<String, String> = glossary
        .get(&source)
        .map(|terms| {
            terms
                .iter()
                .map(|t| (t.id.clone(), t.term.clone()))
                .collect()
        })
        .unwrap_or_default();

    // First pass: module files and lesson front matter, so that links between lessons can be checked.
    let mut modules: Vec<(String, ModuleFile, String)> = vec![];
    let mut seen_folders = HashSet::new();
    for folder in &course.modules {
        if !seen_folders.insert(folder.clone()) {
            r.problems.add(
                "course.toml",
                line_of(&course_text, &format!("\"{folder}\"")),
                format!("module folder `{folder}` is listed twice"),
                "list each module folder once",
            );
            continue;
        }
        let path = format!("modules/{folder}/module.toml");
        if !r.files.0.contains_key(&path) {
            r.problems.add(
                "course.toml",
                line_of(&course_text, &format!("\"{folder}\"")),
                format!("there is no {path}"),
                "create the module folder with a module.toml, or remove it from `modules`",
            );
            continue;
        }
        if let Some((file, text)) = r.toml_file::<ModuleFile>(&path) {
            modules.push((folder.clone(), file, text));
        }
    }
    let mut lesson_modules: HashMap<String, String> = HashMap::new();
    let mut lesson_files: Vec<Vec<(String, BTreeMap<String, String>)>> = vec![];
    for (folder, module, _) in &modules {
        let prefix = format!("modules/{folder}/");
        let mut by_stem: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for path in r.files.0.keys() {
            let Some(name) = path.strip_prefix(&prefix) else {
                continue;
            };
            if let Some((stem, lang)) = lesson_file_parts(name) {
                by_stem
                    .entry(stem.to_string())
                    .or_default()
                    .insert(lang.to_string(), path.clone());
            }
        }
        for (stem, versions) in &by_stem {
            if !versions.contains_key(&source) {
                let any = versions.values().next().cloned().unwrap_or_default();
                r.problems.add(
                    &any,
                    1,
                    format!("lesson `{stem}` has no {source} version"),
                    format!("every lesson needs its source file {prefix}{stem}.{source}.md"),
                );
            }
        }
        let mut lessons = vec![];
        for (stem, versions) in by_stem {
            if let Some(path) = versions.get(&source)
                && let Some(text) = r
                    .files
                    .0
                    .get(path)
                    .and_then(|b| std::str::from_utf8(b).ok())
                && let Some(id) = front_matter_id(text)
            {
                lesson_modules.insert(id, module.id.clone());
            }
            lessons.push((stem, versions));
        }
        lesson_files.push(lessons);
    }

    // Second pass: everything else, now that every id is known.
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    let mut pack_modules = vec![];
    for ((folder, file, text), lessons) in modules.into_iter().zip(lesson_files) {
        let module_path = format!("modules/{folder}/module.toml");
        check_module(r, &module_path, &text, &file, &source, &mut seen_ids);
        let media = read_media(r, &folder);
        let media_names: HashSet<String> = media.iter().map(|m| m.name.clone()).collect();
        let mut pack_lessons = vec![];
        for (_, versions) in lessons {
            if let Some(lesson) = read_lesson(
                r,
                &file.id,
                &versions,
                &source,
                &source_terms,
                &glossary,
                &lesson_modules,
                &media_names,
                &mut seen_ids,
            ) {
                pack_lessons.push(lesson);
            }
        }
        if pack_lessons.is_empty() {
            r.problems.add(
                &module_path,
                1,
                format!("module `{}` has no lessons", file.id),
                "add lesson files such as 01-introduction.en.md to the module folder",
            );
        }
        let quiz = read_quiz(r, &folder, &file, &source, &mut seen_ids);
        pack_modules.push(PackModule {
            folder,
            file,
            lessons: pack_lessons,
            quiz,
            media,
        });
    }
    check_prerequisites(r, &pack_modules, &course, &course_text);
    let guides = read_guides(
        r,
        &source,
        &source_terms,
        &glossary,
        &lesson_modules,
        &mut seen_ids,
    );
    let module_ids: HashSet<String> = pack_modules.iter().map(|m| m.file.id.clone()).collect();
    let guide_ids: HashSet<String> = guides.iter().map(|g| g.guide.id.clone()).collect();
    let own = super::library::OwnPages {
        modules: &module_ids,
        guides: &guide_ids,
    };
    let publications = super::library::read_publications(r, &own);
    let practices = super::library::read_practices(r, &source);
    let lesson_ids: HashSet<String> = lesson_modules.keys().cloned().collect();
    let practice_ids: HashSet<String> = practices.iter().map(|p| p.source.id.clone()).collect();
    let indicators = super::indicators::read_indicators(r, &source, &lesson_ids, &practice_ids);
    Some(Pack {
        course,
        modules: pack_modules,
        guides,
        glossary,
        publications,
        practices,
        indicators,
    })
}

fn front_matter_id(text: &str) -> Option<String> {
    let (front, _) = split_front_matter(text)?;
    front.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "id").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// `+++\nTOML\n+++\nMarkdown` -> (TOML, Markdown).
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))?;
    let end = rest.find("\n+++")?;
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    Some((&rest[..end + 1], body))
}

fn check_id(r: &mut Reader, path: &str, text: &str, id: &str) {
    if !is_valid_id(id) {
        r.problems.add(
            path,
            line_of(text, id),
            format!("`{id}` is not a valid id"),
            "ids use lowercase letters, digits and `-`, at most 80 characters",
        );
    }
}

fn check_unique(
    r: &mut Reader,
    path: &str,
    text: &str,
    id: &str,
    seen: &mut HashMap<String, String>,
) {
    check_id(r, path, text, id);
    if let Some(first) = seen.get(id) {
        r.problems.add(
            path,
            line_of(text, &format!("\"{id}\"")),
            format!("id `{id}` is used twice"),
            format!("it is already used in {first}: ids must be unique in a pack"),
        );
    } else {
        seen.insert(id.to_string(), path.to_string());
    }
}

pub(crate) fn check_texts(
    r: &mut Reader,
    path: &str,
    text: &str,
    field: &str,
    texts: &Texts,
    source: &str,
    required: bool,
) {
    if required && texts.get(source).is_none_or(|t| t.trim().is_empty()) {
        r.problems.add(
            path,
            line_of(text, field),
            format!("`{field}` has no {source} text"),
            format!("add `{source} = \"…\"` to [{field}]"),
        );
    }
    for lang in texts.keys() {
        if !LANGUAGES.contains(&lang.as_str()) {
            r.problems.add(
                path,
                line_of(text, &format!("{lang} =")),
                format!("unknown language `{lang}` in `{field}`"),
                "use en, fr, es or ar",
            );
        }
    }
}

fn check_module(
    r: &mut Reader,
    path: &str,
    text: &str,
    module: &ModuleFile,
    source: &str,
    seen: &mut HashMap<String, String>,
) {
    check_unique(r, path, text, &module.id, seen);
    check_texts(r, path, text, "title", &module.title, source, true);
    check_texts(r, path, text, "summary", &module.summary, source, false);
    for objective in &module.objectives {
        check_unique(r, path, text, &objective.id, seen);
        check_texts(r, path, text, "text", &objective.text, source, true);
    }
}

fn read_glossary(r: &mut Reader, source: &str) -> BTreeMap<String, Vec<TermFile>> {
    let mut glossary = BTreeMap::new();
    let mut source_ids: Option<Vec<String>> = None;
    for lang in std::iter::once(source).chain(LANGUAGES.into_iter().filter(|l| *l != source)) {
        let path = format!("glossary/glossary.{lang}.toml");
        if !r.files.0.contains_key(&path) {
            continue;
        }
        let Some((file, text)) = r.toml_file::<GlossaryFile>(&path) else {
            continue;
        };
        let mut seen = HashSet::new();
        for term in &file.terms {
            check_id(r, &path, &text, &term.id);
            if !seen.insert(term.id.clone()) {
                r.problems.add(
                    &path,
                    line_of(&text, &format!("\"{}\"", term.id)),
                    format!("term `{}` is defined twice", term.id),
                    "keep one entry per id",
                );
            }
            if term.term.trim().is_empty() || term.definition.trim().is_empty() {
                r.problems.add(
                    &path,
                    line_of(&text, &format!("\"{}\"", term.id)),
                    format!("term `{}` has an empty term or definition", term.id),
                    "write both",
                );
            }
            if let Some(ids) = &source_ids
                && !ids.contains(&term.id)
            {
                r.problems.add(
                    &path,
                    line_of(&text, &format!("\"{}\"", term.id)),
                    format!("term `{}` is not in the {source} glossary", term.id),
                    "translations use the ids of the source glossary",
                );
            }
        }
        if lang == source {
            source_ids = Some(file.terms.iter().map(|t| t.id.clone()).collect());
        }
        glossary.insert(lang.to_string(), file.terms);
    }
    glossary
}

fn read_media(r: &mut Reader, folder: &str) -> Vec<MediaFile> {
    let prefix = format!("modules/{folder}/media/");
    let paths: Vec<String> = r
        .files
        .0
        .keys()
        .filter(|p| p.starts_with(&prefix))
        .cloned()
        .collect();
    let mut media = vec![];
    for path in paths {
        let name = path[prefix.len()..].to_string();
        r.used.insert(path.clone());
        let bytes = r.files.0[&path].clone();
        match media_type(&name) {
            None => r.problems.add(
                &path,
                1,
                "this kind of media file is not supported",
                "use png, jpeg, svg or webp images",
            ),
            Some(_) if bytes.len() > MAX_MEDIA_BYTES => r.problems.add(
                &path,
                1,
                format!("the image is {} KiB", bytes.len() / 1024),
                "keep images under 2 MiB (under 100 KiB is kinder to slow connections)",
            ),
            Some(_)
                if name.contains('/')
                    || !name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) =>
            {
                r.problems.add(
                    &path,
                    1,
                    "the file name has characters that are not allowed",
                    "use letters, digits, `-`, `_` and `.`, no sub-folders",
                )
            }
            Some(content_type) => media.push(MediaFile {
                name,
                content_type,
                bytes,
            }),
        }
    }
    media
}

#[allow(clippy::too_many_arguments)]
fn read_lesson(
    r: &mut Reader,
    module_id: &str,
    versions: &BTreeMap<String, String>,
    source: &str,
    source_terms: &HashMap<String, String>,
    glossary: &BTreeMap<String, Vec<TermFile>>,
    lesson_modules: &HashMap<String, String>,
    media_names: &HashSet<String>,
    seen: &mut HashMap<String, String>,
) -> Option<PackLesson> {
    versions.get(source)?;
    let mut lesson: Option<PackLesson> = None;
    let mut source_structure: Option<(Vec<u8>, Vec<String>)> = None;
    for lang in std::iter::once(source).chain(LANGUAGES.into_iter().filter(|l| *l != source)) {
        let Some(path) = versions.get(lang) else {
            continue;
        };
        let Some(text) = r.text(path) else { continue };
        let Some((front_text, body)) = split_front_matter(&text) else {
            r.problems.add(
                path,
                1,
                "the lesson has no front matter",
                "start the file with `+++`, the TOML fields (id, title, minutes), and `+++`",
            );
            continue;
        };
        let Some(front) = r.toml::<LessonFrontMatter>(path, front_text, 1) else {
            continue;
        };
        let body_first_line = front_text.matches('\n').count() + 3;
        if front.title.trim().is_empty() {
            r.problems.add(
                path,
                line_of(&text, "title"),
                "the lesson has no title",
                "write `title = \"…\"` in the front matter",
            );
        }
        let (status, source_revision) = if lang == source {
            check_unique(r, path, &text, &front.id, seen);
            let Some(revision) = front.revision else {
                r.problems.add(
                    path,
                    2,
                    "the source lesson has no `revision`",
                    "add `revision = 1` to the front matter; raise it when the meaning changes",
                );
                continue;
            };
            if front.status.is_some() || front.source_revision.is_some() {
                r.problems.add(path, line_of(&text, "status"), "the source lesson has translation fields", "remove `status` and `source_revision` from the source; they belong to translations");
            }
            lesson = Some(PackLesson {
                id: front.id.clone(),
                revision,
                versions: BTreeMap::new(),
            });
            (TranslationStatus::Source, revision)
        } else {
            let Some(source_lesson) = lesson.as_ref() else {
                continue;
            };
            if front.id != source_lesson.id {
                r.problems.add(
                    path,
                    line_of(&text, "id"),
                    format!(
                        "the id `{}` differs from the source's `{}`",
                        front.id, source_lesson.id
                    ),
                    "a translation keeps the id of its source lesson",
                );
            }
            let status = match front.status.as_deref() {
                Some("reviewed") => TranslationStatus::Reviewed,
                Some("draft") => TranslationStatus::Draft,
                _ => {
                    r.problems.add(
                        path,
                        2,
                        "the translation has no valid `status`",
                        "add `status = \"reviewed\"` or `status = \"draft\"` to the front matter",
                    );
                    TranslationStatus::Draft
                }
            };
            let Some(made_from) = front.source_revision else {
                r.problems.add(
                    path,
                    2,
                    "the translation has no `source_revision`",
                    format!(
                        "add `source_revision = {}` (the source revision it was translated from)",
                        source_lesson.revision
                    ),
                );
                continue;
            };
            if made_from > source_lesson.revision {
                r.problems.add(
                    path,
                    line_of(&text, "source_revision"),
                    format!(
                        "source_revision {made_from} is newer than the source ({})",
                        source_lesson.revision
                    ),
                    "use the source's current revision or an older one",
                );
            }
            (status, made_from)
        };
        // Terms show in this language when the glossary has them, else in the source language.
        let local_terms: HashMap<String, String> = glossary
            .get(lang)
            .map(|terms| {
                terms
                    .iter()
                    .map(|t| (t.id.clone(), t.term.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let term_label = |id: &str| {
            source_terms.get(id).map(|source_term| {
                local_terms
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| source_term.clone())
            })
        };
        let lesson_module = |id: &str| lesson_modules.get(id).cloned();
        let media_exists = |name: &str| media_names.contains(name);
        let ctx = RenderContext {
            module_id,
            term_label: &term_label,
            lesson_module: &lesson_module,
            media_exists: &media_exists,
        };
        let rendered = render_lesson(body, &ctx);
        for (line, message, hint) in &rendered.problems {
            r.problems.add(
                path,
                body_first_line + line - 1,
                message.clone(),
                hint.clone(),
            );
        }
        let structure = (
            rendered
                .headings
                .iter()
                .map(|h| h.level)
                .collect::<Vec<u8>>(),
            rendered.callouts.clone(),
        );
        match &source_structure {
            None => source_structure = Some(structure),
            Some(expected) if *expected != structure => {
                r.problems.add(
                    path,
                    body_first_line,
                    format!("the headings or callouts differ from the source (levels {:?} and callouts {:?}; the source has {:?} and {:?})", structure.0, structure.1, expected.0, expected.1),
                    "keep the same headings and callout boxes, in the same order, as the source lesson",
                );
            }
            Some(_) => {}
        }
        if let Some(lesson) = lesson.as_mut() {
            lesson.versions.insert(
                lang.to_string(),
                LessonVersion {
                    title: front.title,
                    minutes: front.minutes,
                    status,
                    source_revision,
                    rendered,
                },
            );
        }
    }
    lesson
}

/// Guides: Markdown pages like lessons, outside the modules, with an audience.
fn read_guides(
    r: &mut Reader,
    source: &str,
    source_terms: &HashMap<String, String>,
    glossary: &BTreeMap<String, Vec<TermFile>>,
    lesson_modules: &HashMap<String, String>,
    seen: &mut HashMap<String, String>,
) -> Vec<PackGuide> {
    let mut by_stem: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for path in r.files.0.keys() {
        if let Some((stem, lang)) = path.strip_prefix("guides/").and_then(lesson_file_parts) {
            by_stem
                .entry(stem.to_string())
                .or_default()
                .insert(lang.to_string(), path.clone());
        }
    }
    let no_media = HashSet::new();
    let mut guides = vec![];
    for versions in by_stem.values() {
        let Some(source_path) = versions.get(source) else {
            let any = versions.values().next().cloned().unwrap_or_default();
            r.problems.add(
                &any,
                1,
                format!("this guide has no {source} version"),
                "write the source-language file first",
            );
            continue;
        };
        let audience = r
            .files
            .0
            .get(source_path)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(split_front_matter)
            .and_then(|(front, _)| toml::from_str::<LessonFrontMatter>(front).ok())
            .and_then(|f| f.audience);
        let Some(guide) = read_lesson(
            r,
            "guides",
            versions,
            source,
            source_terms,
            glossary,
            lesson_modules,
            &no_media,
            seen,
        ) else {
            continue;
        };
        match audience.as_deref() {
            Some(a @ ("learners" | "facilitators")) => guides.push(PackGuide { audience: a.to_string(), guide }),
            _ => r.problems.add(source_path, 2, "the guide has no valid `audience`", "add `audience = \"learners\"` or `audience = \"facilitators\"` to the front matter"),
        }
    }
    guides
}

fn read_quiz(
    r: &mut Reader,
    folder: &str,
    module: &ModuleFile,
    source: &str,
    seen: &mut HashMap<String, String>,
) -> Option<PackQuiz> {
    let source_path = format!("modules/{folder}/quiz.{source}.toml");
    let has_any = LANGUAGES.iter().any(|l| {
        r.files
            .0
            .contains_key(&format!("modules/{folder}/quiz.{l}.toml"))
    });
    if !has_any {
        return None;
    }
    if !r.files.0.contains_key(&source_path) {
        r.problems.add(
            &format!(
                "modules/{folder}/quiz.{}.toml",
                LANGUAGES
                    .iter()
                    .find(|l| r
                        .files
                        .0
                        .contains_key(&format!("modules/{folder}/quiz.{l}.toml")))
                    .unwrap()
            ),
            1,
            format!("the quiz has no {source} version"),
            format!("write {source_path} first: translations follow the source"),
        );
        return None;
    }
    let (source_file, source_text) = r.toml_file::<QuizFile>(&source_path)?;
    check_unique(r, &source_path, &source_text, &source_file.id, seen);
    let objectives: HashSet<&str> = module.objectives.iter().map(|o| o.id.as_str()).collect();
    let pass_mark = match source_file.pass_mark {
        Some(mark) if (1..=100).contains(&mark) => mark,
        _ => {
            r.problems.add(
                &source_path,
                line_of(&source_text, "pass_mark"),
                "the quiz needs a pass_mark from 1 to 100",
                "add `pass_mark = 70` (percent)",
            );
            70
        }
    };
    let Some(revision) = source_file.revision else {
        r.problems.add(
            &source_path,
            1,
            "the source quiz has no `revision`",
            "add `revision = 1`; raise it when questions change meaning",
        );
        return None;
    };
    check_questions(r, &source_path, &source_text, &source_file, &objectives);
    let mut quiz = PackQuiz {
        id: source_file.id.clone(),
        pass_mark,
        revision,
        versions: BTreeMap::new(),
    };
    quiz.versions.insert(
        source.to_string(),
        QuizVersion {
            file: source_file.clone(),
            status: TranslationStatus::Source,
            source_revision: revision,
        },
    );
    for lang in LANGUAGES.into_iter().filter(|l| *l != source) {
        let path = format!("modules/{folder}/quiz.{lang}.toml");
        if !r.files.0.contains_key(&path) {
            continue;
        }
        let Some((file, text)) = r.toml_file::<QuizFile>(&path) else {
            continue;
        };
        check_questions(r, &path, &text, &file, &objectives);
        compare_quiz_structure(r, &path, &text, &source_file, &file);
        let status = match file.status.as_deref() {
            Some("reviewed") => TranslationStatus::Reviewed,
            Some("draft") => TranslationStatus::Draft,
            _ => {
                r.problems.add(
                    &path,
                    1,
                    "the translation has no valid `status`",
                    "add `status = \"reviewed\"` or `status = \"draft\"`",
                );
                TranslationStatus::Draft
            }
        };
        let made_from = file.source_revision.unwrap_or_else(|| {
            r.problems.add(
                &path,
                1,
                "the translation has no `source_revision`",
                format!("add `source_revision = {revision}`"),
            );
            0
        });
        quiz.versions.insert(
            lang.to_string(),
            QuizVersion {
                file,
                status,
                source_revision: made_from,
            },
        );
    }
    Some(quiz)
}

fn check_questions(
    r: &mut Reader,
    path: &str,
    text: &str,
    quiz: &QuizFile,
    objectives: &HashSet<&str>,
) {
    if quiz.questions.is_empty() {
        r.problems.add(
            path,
            1,
            "the quiz has no questions",
            "add [[questions]] entries",
        );
    }
    let mut ids = HashSet::new();
    for q in &quiz.questions {
        let at = line_of(text, &format!("\"{}\"", q.id));
        if !ids.insert(q.id.as_str()) {
            r.problems.add(
                path,
                at,
                format!("question id `{}` is used twice", q.id),
                "give each question its own id",
            );
        }
        check_id(r, path, text, &q.id);
        if q.prompt.trim().is_empty() {
            r.problems.add(
                path,
                at,
                format!("question `{}` has no prompt", q.id),
                "write the question in `prompt`",
            );
        }
        match &q.objective {
            Some(objective) if !objectives.contains(objective.as_str()) => r.problems.add(
                path,
                line_of(text, objective),
                format!("objective `{objective}` is not an objective of this module"),
                "use an id from [[objectives]] in module.toml",
            ),
            None if !objectives.is_empty() => r.problems.add(
                path,
                at,
                format!("question `{}` names no objective", q.id),
                "add `objective = \"…\"` so the question traces to a learning objective",
            ),
            _ => {}
        }
        let mut option_ids = HashSet::new();
        for option in &q.options {
            if !option_ids.insert(option.id.as_str()) {
                r.problems.add(
                    path,
                    line_of(text, &format!("id = \"{}\"", option.id)),
                    format!(
                        "option id `{}` is used twice in question `{}`",
                        option.id, q.id
                    ),
                    "give each option its own id",
                );
            }
        }
        let correct = q.options.iter().filter(|o| o.correct).count();
        let problem = match q.kind {
            QuestionKind::Single if q.options.len() < 2 || correct != 1 => Some(
                "a single-choice question needs two options or more, exactly one with `correct = true`",
            ),
            QuestionKind::Multiple if q.options.len() < 2 || correct == 0 => Some(
                "a multiple-choice question needs two options or more, at least one with `correct = true`",
            ),
            QuestionKind::TrueFalse if q.answer.is_none() => {
                Some("a true-false question needs `answer = true` or `answer = false`")
            }
            QuestionKind::Matching if q.pairs.len() < 2 => {
                Some("a matching question needs two [[questions.pairs]] or more")
            }
            QuestionKind::Ordering if q.items.len() < 2 => {
                Some("an ordering question needs two [[questions.items]] or more")
            }
            QuestionKind::ShortText if q.accepted.iter().all(|a| a.trim().is_empty()) => {
                Some("a short-text question needs `accepted = [\"…\"]`")
            }
            _ => None,
        };
        if let Some(hint) = problem {
            r.problems
                .add(path, at, format!("question `{}` is incomplete", q.id), hint);
        }
        let stray = match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                !q.pairs.is_empty() || !q.items.is_empty() || q.answer.is_some()
            }
            _ => {
                !q.options.is_empty()
                    && !matches!(q.kind, QuestionKind::Single | QuestionKind::Multiple)
            }
        };
        if stray {
            r.problems.add(path, at, format!("question `{}` has fields its kind does not use", q.id), "options belong to single/multiple, `answer` to true-false, pairs to matching, items to ordering");
        }
    }
}

fn compare_quiz_structure(
    r: &mut Reader,
    path: &str,
    text: &str,
    source: &QuizFile,
    translation: &QuizFile,
) {
    if translation.id != source.id {
        r.problems.add(
            path,
            line_of(text, "id"),
            format!(
                "the quiz id `{}` differs from the source's `{}`",
                translation.id, source.id
            ),
            "a translation keeps the source's ids",
        );
    }
    let shape = |quiz: &QuizFile| -> Vec<String> {
        quiz.questions
            .iter()
            .map(|q| {
                let options: Vec<String> = q
                    .options
                    .iter()
                    .map(|o| format!("{}{}", o.id, if o.correct { "*" } else { "" }))
                    .collect();
                let pairs: Vec<&str> = q.pairs.iter().map(|p| p.id.as_str()).collect();
                let items: Vec<&str> = q.items.iter().map(|i| i.id.as_str()).collect();
                format!(
                    "{} {:?} options {:?} answer {:?} pairs {:?} items {:?}",
                    q.id, q.kind, options, q.answer, pairs, items
                )
            })
            .collect()
    };
    let (expected, found) = (shape(source), shape(translation));
    if expected != found {
        let first = expected
            .iter()
            .zip(&found)
            .position(|(a, b)| a != b)
            .unwrap_or(expected.len().min(found.len()));
        let question = translation
            .questions
            .get(first)
            .or(source.questions.get(first))
            .map(|q| q.id.clone())
            .unwrap_or_default();
        r.problems.add(
            path,
            line_of(text, &format!("\"{question}\"")),
            format!("the quiz differs from the source from question `{question}` on (ids, kinds, options, answers, pairs or items)"),
            "translate the texts only: keep every id, kind, option, correct answer, pair and item of the source",
        );
    }
}

fn check_prerequisites(
    r: &mut Reader,
    modules: &[PackModule],
    course: &CourseFile,
    course_text: &str,
) {
    let ids: HashSet<&str> = modules.iter().map(|m| m.file.id.as_str()).collect();
    for module in modules {
        for prerequisite in &module.file.prerequisites {
            if !ids.contains(prerequisite.as_str()) {
                let path = format!("modules/{}/module.toml", module.folder);
                r.problems.add(
                    &path,
                    1,
                    format!("prerequisite `{prerequisite}` is not a module of this pack"),
                    "name a module id from this pack, or remove it",
                );
            }
        }
    }
    // A cycle would lock its modules forever.
    let edges: HashMap<&str, Vec<&str>> = modules
        .iter()
        .map(|m| {
            (
                m.file.id.as_str(),
                m.file.prerequisites.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let mut state: HashMap<&str, u8> = HashMap::new();
    fn visit<'a>(
        node: &'a str,
        edges: &HashMap<&'a str, Vec<&'a str>>,
        state: &mut HashMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<&'a str>> {
        match state.get(node) {
            Some(1) => {
                let start = path.iter().position(|n| *n == node).unwrap_or(0);
                let mut cycle = path[start..].to_vec();
                cycle.push(node);
                return Some(cycle);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(node, 1);
        path.push(node);
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, state, path) {
                return Some(cycle);
            }
        }
        path.pop();
        state.insert(node, 2);
        None
    }
    for module in modules {
        if let Some(cycle) = visit(&module.file.id, &edges, &mut state, &mut vec![]) {
            let path = format!("modules/{}/module.toml", module.folder);
            r.problems.add(
                &path,
                1,
                format!("prerequisites form a cycle: {}", cycle.join(" → ")),
                "remove one prerequisite of the cycle, or these modules can never open",
            );
            break;
        }
    }
    let optional = modules.iter().filter(|m| !m.file.compulsory).count() as u32;
    if course.required_optional_modules > optional {
        r.problems.add(
            "course.toml",
            line_of(course_text, "required_optional_modules"),
            format!(
                "the course asks for {} optional modules but has {optional}",
                course.required_optional_modules
            ),
            "lower required_optional_modules or add optional modules",
        );
    }
}
