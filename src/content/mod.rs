//! Content packs: read and check a pack, and import it into the database in one transaction.
//!
//! Importing is idempotent: items are updated in place by their stable ids, so learners keep their progress.
//! A lesson, quiz or module that left the pack is retired (hidden, records kept) when learners have records on
//! it, and deleted otherwise.

pub mod indicators;
pub mod library;
pub mod markdown;
pub mod model;
pub mod pack;

use serde::Serialize;

use crate::db::{Db, Tx, now};
use crate::on_tx;

pub use pack::{LANGUAGES, Pack, PackFiles, Problem, load_pack};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the pack has {} problem(s); nothing was imported", .0.iter().filter(|p| !p.warning).count())]
    Invalid(Vec<Problem>),
    #[error("the import failed and was rolled back: {0}")]
    Database(#[from] sqlx::Error),
}

/// What an import did, for the command line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub modules: usize,
    pub lessons: usize,
    pub quizzes: usize,
    pub terms: usize,
    pub retired: usize,
    pub publications: usize,
    pub practices: usize,
    pub indicators: usize,
}

/// Imports a checked pack in one transaction. `progress` is told each step (for a progress bar).
pub async fn import_pack(
    db: &Db,
    pack: &Pack,
    progress: &dyn Fn(&str),
) -> Result<ImportSummary, ImportError> {
    let mut tx = db.begin().await?;
    if let Some(set) = &pack.indicators {
        // Assessments answer indicators by id: a new revision may reword them, not drop one that has answers.
        let dropped = crate::planning::store::answered_but_missing(&mut tx, set).await?;
        if !dropped.is_empty() {
            return Err(ImportError::Invalid(vec![Problem {
                file: "indicators/".into(),
                line: 1,
                message: format!(
                    "the indicators {} have answers in assessments but are not in this pack",
                    dropped.join(", ")
                ),
                hint: "keep every answered indicator (its wording may change); ids are stable"
                    .into(),
                warning: false,
            }]));
        }
    }
    let summary = write_pack(&mut tx, pack, progress).await?;
    tx.commit().await?;
    Ok(summary)
}

/// Checks and imports in one go; a pack with errors changes nothing.
pub async fn check_and_import(
    db: &Db,
    files: &PackFiles,
    progress: &dyn Fn(&str),
) -> Result<ImportSummary, ImportError> {
    let (pack, _warnings) = load_pack(files).map_err(ImportError::Invalid)?;
    import_pack(db, &pack, progress).await
}

/// Imports the bundled toolbox pack when the database has no course yet (first start).
pub async fn import_bundled_pack_if_empty(db: &Db) -> anyhow::Result<bool> {
    let courses: i64 = crate::on_db!(db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM courses").fetch_one(pool).await)?;
    if courses > 0 {
        return Ok(false);
    }
    match check_and_import(db, &PackFiles::bundled(), &|_| {}).await {
        Ok(summary) => {
            tracing::info!(
                modules = summary.modules,
                lessons = summary.lessons,
                "imported the bundled toolbox content"
            );
            Ok(true)
        }
        Err(ImportError::Invalid(problems)) => {
            for problem in problems.iter().filter(|p| !p.warning) {
                tracing::error!(%problem, "bundled content problem");
            }
            anyhow::bail!("the bundled content pack has problems; nothing was imported")
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Serialize)]
struct ObjectiveJson<'a> {
    id: &'a str,
    text: &'a str,
}

use crate::db::Bind::{Bool, Bytes, Int, Text};
use crate::db::execute as exec;

async fn ids_in(tx: &mut Tx, sql: &'static str, parent: &str) -> Result<Vec<String>, sqlx::Error> {
    on_tx!(tx, conn => sqlx::query_scalar::<_, String>(sql).bind(parent).fetch_all(conn).await)
}

async fn write_pack(
    tx: &mut Tx,
    pack: &Pack,
    progress: &dyn Fn(&str),
) -> Result<ImportSummary, sqlx::Error> {
    // Nodes keep imported content in memory: this tells them to read it again (see learning::cache).
    exec(
        tx,
        "UPDATE content_generation SET generation = generation + 1 WHERE id = 1",
        vec![],
    )
    .await?;
    let course = &pack.course;
    let source = course.source_language.as_str();
    let mut summary = ImportSummary::default();
    progress("course");
    exec(
        tx,
        "INSERT INTO courses (id, source_language, required_optional_modules, imported_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET source_language = excluded.source_language, \
         required_optional_modules = excluded.required_optional_modules, imported_at = excluded.imported_at",
        vec![Text(&course.id), Text(source), Int(course.required_optional_modules as i64), Int(now())],
    )
    .await?;
    exec(
        tx,
        "DELETE FROM course_translations WHERE course_id = $1",
        vec![Text(&course.id)],
    )
    .await?;
    for (lang, title) in &course.title {
        let summary_text = course.summary.get(lang).map(String::as_str).unwrap_or("");
        exec(tx, "INSERT INTO course_translations (course_id, lang, title, summary) VALUES ($1, $2, $3, $4)", vec![Text(&course.id), Text(lang), Text(title), Text(summary_text)]).await?;
    }

    // Modules first (prerequisites refer to them), then their contents.
    for (position, module) in pack.modules.iter().enumerate() {
        let m = &module.file;
        exec(
            tx,
            "INSERT INTO modules (id, course_id, position, compulsory, minutes, lesson_count, retired) \
             VALUES ($1, $2, $3, $4, $5, $6, FALSE) ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, \
             position = excluded.position, compulsory = excluded.compulsory, minutes = excluded.minutes, \
             lesson_count = excluded.lesson_count, retired = FALSE",
            vec![Text(&m.id), Text(&course.id), Int(position as i64), Bool(m.compulsory), Int(m.minutes as i64), Int(module.lessons.len() as i64)],
        )
        .await?;
        exec(
            tx,
            "DELETE FROM module_translations WHERE module_id = $1",
            vec![Text(&m.id)],
        )
        .await?;
        for (lang, title) in &m.title {
            let objectives: Vec<ObjectiveJson> = m
                .objectives
                .iter()
                .map(|o| ObjectiveJson {
                    id: &o.id,
                    text: o
                        .text
                        .get(lang)
                        .or_else(|| o.text.get(source))
                        .map(String::as_str)
                        .unwrap_or(""),
                })
                .collect();
            let objectives = serde_json::to_string(&objectives).expect("objectives serialise");
            let module_summary = m.summary.get(lang).map(String::as_str).unwrap_or("");
            exec(
                tx,
                "INSERT INTO module_translations (module_id, lang, title, summary, objectives_json) VALUES ($1, $2, $3, $4, $5)",
                vec![Text(&m.id), Text(lang), Text(title), Text(module_summary), Text(&objectives)],
            )
            .await?;
        }
    }
    for module in &pack.modules {
        let m = &module.file;
        progress(&m.id);
        summary.modules += 1;
        exec(
            tx,
            "DELETE FROM module_prerequisites WHERE module_id = $1",
            vec![Text(&m.id)],
        )
        .await?;
        for prerequisite in &m.prerequisites {
            exec(
                tx,
                "INSERT INTO module_prerequisites (module_id, prerequisite_id) VALUES ($1, $2)",
                vec![Text(&m.id), Text(prerequisite)],
            )
            .await?;
        }
        for (position, lesson) in module.lessons.iter().enumerate() {
            summary.lessons += 1;
            exec(
                tx,
                "INSERT INTO lessons (id, module_id, position, revision, retired) VALUES ($1, $2, $3, $4, FALSE) \
                 ON CONFLICT (id) DO UPDATE SET module_id = excluded.module_id, position = excluded.position, \
                 revision = excluded.revision, retired = FALSE",
                vec![Text(&lesson.id), Text(&m.id), Int(position as i64), Int(lesson.revision as i64)],
            )
            .await?;
            write_page_translations(
                tx,
                "DELETE FROM lesson_translations WHERE lesson_id = $1",
                "INSERT INTO lesson_translations (lesson_id, lang, title, minutes, html, headings_json, terms_json, status, source_revision) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                lesson,
            )
            .await?;
        }
        let kept: Vec<&str> = module.lessons.iter().map(|l| l.id.as_str()).collect();
        for old in ids_in(tx, "SELECT id FROM lessons WHERE module_id = $1", &m.id).await? {
            if !kept.contains(&old.as_str()) {
                summary.retired += 1;
                retire_or_delete(tx, "lesson", &old).await?;
            }
        }
        if let Some(quiz) = &module.quiz {
            summary.quizzes += 1;
            exec(
                tx,
                "INSERT INTO quizzes (id, module_id, pass_mark, revision, retired) VALUES ($1, $2, $3, $4, FALSE) \
                 ON CONFLICT (id) DO UPDATE SET module_id = excluded.module_id, pass_mark = excluded.pass_mark, \
                 revision = excluded.revision, retired = FALSE",
                vec![Text(&quiz.id), Text(&m.id), Int(quiz.pass_mark as i64), Int(quiz.revision as i64)],
            )
            .await?;
            exec(
                tx,
                "DELETE FROM quiz_translations WHERE quiz_id = $1",
                vec![Text(&quiz.id)],
            )
            .await?;
            for (lang, version) in &quiz.versions {
                let definition = serde_json::to_string(&version.file).expect("quiz serialises");
                exec(
                    tx,
                    "INSERT INTO quiz_translations (quiz_id, lang, definition_json, status, source_revision) VALUES ($1, $2, $3, $4, $5)",
                    vec![Text(&quiz.id), Text(lang), Text(&definition), Text(version.status.code()), Int(version.source_revision as i64)],
                )
                .await?;
            }
        }
        let kept_quiz = module.quiz.as_ref().map(|q| q.id.as_str());
        for old in ids_in(tx, "SELECT id FROM quizzes WHERE module_id = $1", &m.id).await? {
            if Some(old.as_str()) != kept_quiz {
                summary.retired += 1;
                retire_or_delete(tx, "quiz", &old).await?;
            }
        }
        exec(
            tx,
            "DELETE FROM content_media WHERE module_id = $1",
            vec![Text(&m.id)],
        )
        .await?;
        for media in &module.media {
            exec(
                tx,
                "INSERT INTO content_media (module_id, name, content_type, bytes) VALUES ($1, $2, $3, $4)",
                vec![Text(&m.id), Text(&media.name), Text(media.content_type), Bytes(&media.bytes)],
            )
            .await?;
        }
    }
    let kept_modules: Vec<&str> = pack.modules.iter().map(|m| m.file.id.as_str()).collect();
    for old in ids_in(
        tx,
        "SELECT id FROM modules WHERE course_id = $1",
        &course.id,
    )
    .await?
    {
        if !kept_modules.contains(&old.as_str()) {
            summary.retired += 1;
            exec(
                tx,
                "UPDATE modules SET retired = TRUE WHERE id = $1",
                vec![Text(&old)],
            )
            .await?;
        }
    }

    progress("guides");
    for (position, guide) in pack.guides.iter().enumerate() {
        let g = &guide.guide;
        exec(
            tx,
            "INSERT INTO guides (id, course_id, position, audience, revision, retired) VALUES ($1, $2, $3, $4, $5, FALSE) \
             ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, position = excluded.position, \
             audience = excluded.audience, revision = excluded.revision, retired = FALSE",
            vec![Text(&g.id), Text(&course.id), Int(position as i64), Text(&guide.audience), Int(g.revision as i64)],
        )
        .await?;
        write_page_translations(
            tx,
            "DELETE FROM guide_translations WHERE guide_id = $1",
            "INSERT INTO guide_translations (guide_id, lang, title, minutes, html, headings_json, terms_json, status, source_revision) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            g,
        )
        .await?;
    }
    let kept_guides: Vec<&str> = pack.guides.iter().map(|g| g.guide.id.as_str()).collect();
    for old in ids_in(tx, "SELECT id FROM guides WHERE course_id = $1", &course.id).await? {
        if !kept_guides.contains(&old.as_str()) {
            exec(tx, "DELETE FROM guides WHERE id = $1", vec![Text(&old)]).await?;
        }
    }

    progress("glossary");
    if let Some(source_terms) = pack.glossary.get(source) {
        for term in source_terms {
            summary.terms += 1;
            exec(tx, "INSERT INTO glossary_terms (id, course_id) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id", vec![Text(&term.id), Text(&course.id)]).await?;
            exec(
                tx,
                "DELETE FROM glossary_translations WHERE term_id = $1",
                vec![Text(&term.id)],
            )
            .await?;
        }
        let kept: Vec<&str> = source_terms.iter().map(|t| t.id.as_str()).collect();
        for old in ids_in(
            tx,
            "SELECT id FROM glossary_terms WHERE course_id = $1",
            &course.id,
        )
        .await?
        {
            if !kept.contains(&old.as_str()) {
                exec(
                    tx,
                    "DELETE FROM glossary_terms WHERE id = $1",
                    vec![Text(&old)],
                )
                .await?;
            }
        }
    }
    for (lang, terms) in &pack.glossary {
        for term in terms {
            exec(
                tx,
                "INSERT INTO glossary_translations (term_id, lang, term, definition) VALUES ($1, $2, $3, $4)",
                vec![Text(&term.id), Text(lang), Text(&term.term), Text(&term.definition)],
            )
            .await?;
        }
    }

    progress("library");
    let catalogue =
        crate::library::catalogue::import_from_pack(tx, &pack.publications, &pack.practices)
            .await?;
    summary.publications = catalogue.publications;
    summary.practices = catalogue.practices;
    if let Some(set) = &pack.indicators {
        progress("planning indicators");
        crate::planning::import_set(tx, set).await?;
        summary.indicators = set.indicators.len();
    }
    progress("search index");
    index_learning(tx, pack).await?;
    Ok(summary)
}

/// Rewrites the search documents of lessons, guides and glossary terms from the pack just written.
async fn index_learning(tx: &mut Tx, pack: &Pack) -> Result<(), sqlx::Error> {
    use crate::search::index::{Document, DocumentKind, plain_text, put, remove_kind};
    for kind in [
        DocumentKind::Lesson,
        DocumentKind::Guide,
        DocumentKind::Term,
    ] {
        remove_kind(tx, kind).await?;
    }
    let page = |kind, key: &str, lang: &str, title: &str, html: &str, path: String| Document {
        kind,
        key: key.to_string(),
        lang: lang.to_string(),
        title: title.to_string(),
        body: plain_text(html),
        path,
        visible: true,
        year: None,
        facets: Vec::new(),
    };
    for module in &pack.modules {
        for lesson in &module.lessons {
            for (lang, version) in &lesson.versions {
                let path = format!("/learn/{}/{}", module.file.id, lesson.id);
                let doc = page(
                    DocumentKind::Lesson,
                    &lesson.id,
                    lang,
                    &version.title,
                    &version.rendered.html,
                    path,
                );
                put(tx, &doc).await?;
            }
        }
    }
    for guide in &pack.guides {
        let g = &guide.guide;
        for (lang, version) in &g.versions {
            let doc = page(
                DocumentKind::Guide,
                &g.id,
                lang,
                &version.title,
                &version.rendered.html,
                format!("/guides/{}", g.id),
            );
            put(tx, &doc).await?;
        }
    }
    for (lang, terms) in &pack.glossary {
        for term in terms {
            let mut doc = page(
                DocumentKind::Term,
                &term.id,
                lang,
                &term.term,
                "",
                format!("/learn/glossary#term-{}", term.id),
            );
            doc.body = term.definition.clone();
            put(tx, &doc).await?;
        }
    }
    Ok(())
}

/// Replaces the translations of a rendered page (a lesson or a guide) with the pack's.
async fn write_page_translations(
    tx: &mut Tx,
    delete_sql: &'static str,
    insert_sql: &'static str,
    page: &pack::PackLesson,
) -> Result<(), sqlx::Error> {
    exec(tx, delete_sql, vec![Text(&page.id)]).await?;
    for (lang, version) in &page.versions {
        let headings =
            serde_json::to_string(&version.rendered.headings).expect("headings serialise");
        let terms = serde_json::to_string(&version.rendered.terms).expect("terms serialise");
        exec(
            tx,
            insert_sql,
            vec![
                Text(&page.id),
                Text(lang),
                Text(&version.title),
                Int(version.minutes as i64),
                Text(&version.rendered.html),
                Text(&headings),
                Text(&terms),
                Text(version.status.code()),
                Int(version.source_revision as i64),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Keeps an item that learners have records on (retired: hidden from new learners), deletes it otherwise.
async fn retire_or_delete(tx: &mut Tx, kind: &str, id: &str) -> Result<(), sqlx::Error> {
    let (count_sql, retire_sql, delete_sql): (&'static str, &'static str, &'static str) = match kind
    {
        "lesson" => (
            "SELECT COUNT(*) FROM lesson_completions WHERE lesson_id = $1",
            "UPDATE lessons SET retired = TRUE WHERE id = $1",
            "DELETE FROM lessons WHERE id = $1",
        ),
        _ => (
            "SELECT COUNT(*) FROM quiz_attempts WHERE quiz_id = $1",
            "UPDATE quizzes SET retired = TRUE WHERE id = $1",
            "DELETE FROM quizzes WHERE id = $1",
        ),
    };
    let records =
        on_tx!(tx, conn => sqlx::query_scalar::<_, i64>(count_sql).bind(id).fetch_one(conn).await)?;
    exec(
        tx,
        if records > 0 { retire_sql } else { delete_sql },
        vec![Text(id)],
    )
    .await?;
    Ok(())
}
