//! The learning feature's reads and writes. Texts come in the reader's language with the source language as
//! fallback, in one query each.

use std::collections::{HashMap, HashSet};

use sqlx::FromRow;

use crate::db::{Db, Tx, now};
use crate::{on_db, on_tx};

use super::progress::{self, ModuleProgress};

#[derive(Clone, Debug, FromRow)]
pub struct CourseRow {
    pub id: String,
    pub source_language: String,
    pub required_optional_modules: i64,
    pub title: String,
    pub summary: String,
}

/// The course (the platform serves one course: the toolbox), in `lang` or its source language.
pub async fn course(db: &Db, lang: &str) -> Result<Option<CourseRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, CourseRow>(
        "SELECT c.id, c.source_language, c.required_optional_modules, \
         COALESCE(t.title, s.title) AS title, COALESCE(t.summary, s.summary) AS summary \
         FROM courses c JOIN course_translations s ON s.course_id = c.id AND s.lang = c.source_language \
         LEFT JOIN course_translations t ON t.course_id = c.id AND t.lang = $1 \
         ORDER BY c.imported_at LIMIT 1",
    )
    .bind(lang)
    .fetch_optional(pool)
    .await)
}

#[derive(Clone, Debug, FromRow)]
pub struct ModuleRow {
    pub id: String,
    pub compulsory: bool,
    pub minutes: i64,
    pub lesson_count: i64,
    pub title: String,
    pub summary: String,
    pub objectives_json: String,
    pub quiz_id: Option<String>,
}

#[derive(Clone, Debug, serde::Deserialize)]
pub struct Objective {
    pub id: String,
    pub text: String,
}

impl ModuleRow {
    pub fn objectives(&self) -> Vec<Objective> {
        serde_json::from_str(&self.objectives_json).unwrap_or_default()
    }
}

/// The course's live modules in map order.
pub async fn modules(db: &Db, course_id: &str, lang: &str) -> Result<Vec<ModuleRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, ModuleRow>(
        "SELECT m.id, m.compulsory, m.minutes, m.lesson_count, \
         COALESCE(t.title, s.title) AS title, COALESCE(t.summary, s.summary) AS summary, \
         COALESCE(t.objectives_json, s.objectives_json) AS objectives_json, \
         (SELECT q.id FROM quizzes q WHERE q.module_id = m.id AND q.retired = FALSE) AS quiz_id \
         FROM modules m JOIN courses c ON c.id = m.course_id \
         JOIN module_translations s ON s.module_id = m.id AND s.lang = c.source_language \
         LEFT JOIN module_translations t ON t.module_id = m.id AND t.lang = $2 \
         WHERE m.course_id = $1 AND m.retired = FALSE ORDER BY m.position",
    )
    .bind(course_id)
    .bind(lang)
    .fetch_all(pool)
    .await)
}

/// module id -> its prerequisite module ids.
pub async fn prerequisites(db: &Db) -> Result<HashMap<String, Vec<String>>, sqlx::Error> {
    let rows = on_db!(db, pool => sqlx::query_as::<_, (String, String)>(
        "SELECT module_id, prerequisite_id FROM module_prerequisites ORDER BY module_id, prerequisite_id",
    )
    .fetch_all(pool)
    .await)?;
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for (module, prerequisite) in rows {
        map.entry(module).or_default().push(prerequisite);
    }
    Ok(map)
}

/// module id -> the languages in which every live lesson of the module exists.
pub async fn module_languages(db: &Db) -> Result<HashMap<String, Vec<String>>, sqlx::Error> {
    let rows = on_db!(db, pool => sqlx::query_as::<_, (String, String, i64, i64)>(
        "SELECT l.module_id, lt.lang, COUNT(*), MAX(m.lesson_count) FROM lesson_translations lt \
         JOIN lessons l ON l.id = lt.lesson_id JOIN modules m ON m.id = l.module_id \
         WHERE l.retired = FALSE GROUP BY l.module_id, lt.lang",
    )
    .fetch_all(pool)
    .await)?;
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for (module, lang, count, total) in rows {
        if count >= total {
            map.entry(module).or_default().push(lang);
        }
    }
    Ok(map)
}

#[derive(Clone, Debug)]
pub struct Enrolment {
    pub enrolled_at: i64,
    pub last_lesson_id: Option<String>,
    pub completed_at: Option<i64>,
}

/// Everything a learning page needs to know about one signed-in learner, and the content generation, read in one
/// statement: a lesson page used to ask six times, and each question is a trip to SQLite's worker thread or to
/// PostgreSQL.
#[derive(Debug, Default)]
pub struct LearnerState {
    pub generation: i64,
    /// Enrolments by course id.
    pub enrolments: HashMap<String, Enrolment>,
    /// The optional modules chosen.
    pub plan: HashSet<String>,
    pub progress: HashMap<String, ModuleProgress>,
    /// Every lesson the learner has done, in any module (a course has a few dozen).
    pub completed_lessons: HashSet<String>,
}

pub async fn learner_state(db: &Db, user_id: i64) -> Result<LearnerState, sqlx::Error> {
    // One row per fact, tagged by its kind; the columns mean what each branch puts in them. NULLs of the first
    // branch are typed so that PostgreSQL can unify the branches.
    const SQL: &str = "\
        SELECT 'generation' AS kind, '' AS item, generation AS a, CAST(NULL AS BIGINT) AS b, \
               CAST(NULL AS BIGINT) AS c, CAST(NULL AS BIGINT) AS d, CAST(NULL AS BIGINT) AS e, \
               CAST(NULL AS TEXT) AS note \
          FROM content_generation WHERE id = 1 \
        UNION ALL SELECT 'enrolment', course_id, enrolled_at, completed_at, NULL, NULL, NULL, last_lesson_id \
          FROM enrolments WHERE user_id = $1 \
        UNION ALL SELECT 'plan', module_id, NULL, NULL, NULL, NULL, NULL, NULL \
          FROM learning_plan_modules WHERE user_id = $1 \
        UNION ALL SELECT 'progress', module_id, lessons_done, best_score, attempts, \
               CASE WHEN quiz_passed THEN 1 ELSE 0 END, completed_at, NULL \
          FROM module_progress WHERE user_id = $1 \
        UNION ALL SELECT 'lesson', lesson_id, NULL, NULL, NULL, NULL, NULL, NULL \
          FROM lesson_completions WHERE user_id = $1";
    type Row = (
        String,
        String,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<String>,
    );
    let rows =
        on_db!(db, pool => sqlx::query_as::<_, Row>(SQL).bind(user_id).fetch_all(pool).await)?;
    let mut state = LearnerState::default();
    for (kind, item, a, b, c, d, e, note) in rows {
        match kind.as_str() {
            "generation" => state.generation = a.unwrap_or(0),
            "enrolment" => {
                let enrolment = Enrolment {
                    enrolled_at: a.unwrap_or(0),
                    last_lesson_id: note,
                    completed_at: b,
                };
                state.enrolments.insert(item, enrolment);
            }
            "plan" => {
                state.plan.insert(item);
            }
            "progress" => {
                let progress = ModuleProgress {
                    module_id: item.clone(),
                    lessons_done: a.unwrap_or(0),
                    best_score: b,
                    attempts: c.unwrap_or(0),
                    quiz_passed: d == Some(1),
                    completed_at: e,
                };
                state.progress.insert(item, progress);
            }
            _ => {
                state.completed_lessons.insert(item);
            }
        }
    }
    Ok(state)
}

/// Enrols (once) and sets the learning plan to `optional_modules`, in one transaction.
pub async fn enrol_with_plan(
    db: &Db,
    user_id: i64,
    course_id: &str,
    optional_modules: &[String],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let now = now();
    on_tx!(&mut tx, conn => sqlx::query(
        "INSERT INTO enrolments (user_id, course_id, enrolled_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, course_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(course_id)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ()))?;
    on_tx!(&mut tx, conn => sqlx::query("DELETE FROM learning_plan_modules WHERE user_id = $1").bind(user_id).execute(conn).await.map(|_| ()))?;
    for module in optional_modules {
        on_tx!(&mut tx, conn => sqlx::query("INSERT INTO learning_plan_modules (user_id, module_id, chosen_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(module)
            .bind(now)
            .execute(conn)
            .await
            .map(|_| ()))?;
    }
    tx.commit().await
}

#[derive(Clone, Debug, FromRow)]
pub struct LessonSummary {
    pub id: String,
    pub title: String,
    pub minutes: i64,
}

/// The live lessons of a module, in order, titled in `lang` or the source language.
pub async fn lessons_of(
    db: &Db,
    module_id: &str,
    lang: &str,
    source: &str,
) -> Result<Vec<LessonSummary>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, LessonSummary>(
        "SELECT l.id, COALESCE(t.title, s.title) AS title, COALESCE(t.minutes, s.minutes) AS minutes \
         FROM lessons l JOIN lesson_translations s ON s.lesson_id = l.id AND s.lang = $3 \
         LEFT JOIN lesson_translations t ON t.lesson_id = l.id AND t.lang = $2 \
         WHERE l.module_id = $1 AND l.retired = FALSE ORDER BY l.position",
    )
    .bind(module_id)
    .bind(lang)
    .bind(source)
    .fetch_all(pool)
    .await)
}

#[derive(Clone, Debug, FromRow)]
pub struct LessonText {
    pub lang: String,
    pub title: String,
    pub minutes: i64,
    pub html: String,
    pub headings_json: String,
    pub terms_json: String,
    pub status: String,
    pub source_revision: i64,
    pub revision: i64,
}

/// A live lesson of a module in `lang` and in the source language (one or two rows).
pub async fn lesson_texts(
    db: &Db,
    module_id: &str,
    lesson_id: &str,
    lang: &str,
    source: &str,
) -> Result<Vec<LessonText>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, LessonText>(
        "SELECT t.lang, t.title, t.minutes, t.html, t.headings_json, t.terms_json, t.status, t.source_revision, l.revision \
         FROM lessons l JOIN lesson_translations t ON t.lesson_id = l.id \
         WHERE l.id = $1 AND l.module_id = $2 AND l.retired = FALSE AND t.lang IN ($3, $4)",
    )
    .bind(lesson_id)
    .bind(module_id)
    .bind(lang)
    .bind(source)
    .fetch_all(pool)
    .await)
}

#[derive(Clone, Debug, FromRow)]
pub struct TermRow {
    pub id: String,
    pub term: String,
    pub definition: String,
}

/// Glossary terms in `lang` (or the source language), all of them or only `ids`.
pub async fn terms(db: &Db, lang: &str, source: &str) -> Result<Vec<TermRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, TermRow>(
        "SELECT g.id, COALESCE(t.term, s.term) AS term, COALESCE(t.definition, s.definition) AS definition \
         FROM glossary_terms g JOIN glossary_translations s ON s.term_id = g.id AND s.lang = $2 \
         LEFT JOIN glossary_translations t ON t.term_id = g.id AND t.lang = $1",
    )
    .bind(lang)
    .bind(source)
    .fetch_all(pool)
    .await)
}

pub async fn remember_last_lesson(
    db: &Db,
    user_id: i64,
    course_id: &str,
    lesson_id: &str,
) -> Result<(), sqlx::Error> {
    on_db!(db, pool => sqlx::query(
        "UPDATE enrolments SET last_lesson_id = $1 WHERE user_id = $2 AND course_id = $3 \
         AND (last_lesson_id IS NULL OR last_lesson_id <> $1)",
    )
    .bind(lesson_id)
    .bind(user_id)
    .bind(course_id)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Records a lesson as done and keeps the module's and the course's progress up to date, in one transaction.
pub async fn complete_lesson(
    db: &Db,
    user_id: i64,
    course: &CourseRow,
    module_id: &str,
    lesson_id: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let inserted = on_tx!(&mut tx, conn => sqlx::query(
        "INSERT INTO lesson_completions (user_id, lesson_id, completed_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, lesson_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(lesson_id)
    .bind(now())
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    if inserted == 1 {
        on_tx!(&mut tx, conn => sqlx::query(
            "INSERT INTO module_progress (user_id, module_id, lessons_done, best_score, attempts, quiz_passed, completed_at) \
             VALUES ($1, $2, 1, NULL, 0, FALSE, NULL) \
             ON CONFLICT (user_id, module_id) DO UPDATE SET lessons_done = module_progress.lessons_done + 1",
        )
        .bind(user_id)
        .bind(module_id)
        .execute(conn)
        .await
        .map(|_| ()))?;
        settle_completion(&mut tx, user_id, course, module_id).await?;
    }
    tx.commit().await
}

/// Stores a graded attempt and updates the module's best score and completion, in one transaction.
/// Returns the attempt's id.
#[allow(clippy::too_many_arguments)]
pub async fn record_attempt(
    db: &Db,
    user_id: i64,
    course: &CourseRow,
    module_id: &str,
    quiz_id: &str,
    lang: &str,
    score: i64,
    passed: bool,
    answers_json: &str,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id = on_tx!(&mut tx, conn => sqlx::query_scalar::<_, i64>(
        "INSERT INTO quiz_attempts (user_id, quiz_id, lang, score_percent, passed, answers_json, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(user_id)
    .bind(quiz_id)
    .bind(lang)
    .bind(score)
    .bind(passed)
    .bind(answers_json)
    .bind(now())
    .fetch_one(conn)
    .await)?;
    on_tx!(&mut tx, conn => sqlx::query(
        "INSERT INTO module_progress (user_id, module_id, lessons_done, best_score, attempts, quiz_passed, completed_at) \
         VALUES ($1, $2, 0, $3, 1, $4, NULL) \
         ON CONFLICT (user_id, module_id) DO UPDATE SET \
         best_score = CASE WHEN module_progress.best_score IS NULL OR module_progress.best_score < $3 THEN $3 ELSE module_progress.best_score END, \
         attempts = module_progress.attempts + 1, \
         quiz_passed = (module_progress.quiz_passed OR $4)",
    )
    .bind(user_id)
    .bind(module_id)
    .bind(score)
    .bind(passed)
    .execute(conn)
    .await
    .map(|_| ()))?;
    settle_completion(&mut tx, user_id, course, module_id).await?;
    tx.commit().await?;
    Ok(id)
}

/// After a write: marks the module complete when it now is, then the course.
async fn settle_completion(
    tx: &mut Tx,
    user_id: i64,
    course: &CourseRow,
    module_id: &str,
) -> Result<(), sqlx::Error> {
    let (lessons_done, quiz_passed, completed_at, lesson_count, has_quiz) = on_tx!(tx, conn => sqlx::query_as::<_, (i64, bool, Option<i64>, i64, bool)>(
        "SELECT p.lessons_done, p.quiz_passed, p.completed_at, m.lesson_count, \
         EXISTS (SELECT 1 FROM quizzes q WHERE q.module_id = m.id AND q.retired = FALSE) \
         FROM module_progress p JOIN modules m ON m.id = p.module_id WHERE p.user_id = $1 AND p.module_id = $2",
    )
    .bind(user_id)
    .bind(module_id)
    .fetch_one(conn)
    .await)?;
    if completed_at.is_some()
        || !progress::module_complete(lessons_done, lesson_count, has_quiz, quiz_passed)
    {
        return Ok(());
    }
    let now = now();
    on_tx!(tx, conn => sqlx::query("UPDATE module_progress SET completed_at = $1 WHERE user_id = $2 AND module_id = $3")
        .bind(now)
        .bind(user_id)
        .bind(module_id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    let modules = on_tx!(tx, conn => sqlx::query_as::<_, (String, bool, bool)>(
        "SELECT m.id, m.compulsory, (p.completed_at IS NOT NULL) FROM modules m \
         LEFT JOIN module_progress p ON p.module_id = m.id AND p.user_id = $1 \
         WHERE m.course_id = $2 AND m.retired = FALSE",
    )
    .bind(user_id)
    .bind(&course.id)
    .fetch_all(conn)
    .await)?;
    let completed: HashSet<String> = modules
        .iter()
        .filter(|m| m.2)
        .map(|m| m.0.clone())
        .collect();
    let shape: Vec<(String, bool)> = modules.into_iter().map(|m| (m.0, m.1)).collect();
    if progress::course_complete(&shape, &completed, course.required_optional_modules) {
        on_tx!(tx, conn => sqlx::query(
            "UPDATE enrolments SET completed_at = $1 WHERE user_id = $2 AND course_id = $3 AND completed_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(&course.id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

#[derive(Clone, Debug, FromRow)]
pub struct QuizText {
    pub id: String,
    pub pass_mark: i64,
    pub lang: String,
    pub definition_json: String,
    pub status: String,
}

/// The module's live quiz in `lang` and the source language (one or two rows).
pub async fn quiz_texts(
    db: &Db,
    module_id: &str,
    lang: &str,
    source: &str,
) -> Result<Vec<QuizText>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, QuizText>(
        "SELECT q.id, q.pass_mark, t.lang, t.definition_json, t.status FROM quizzes q \
         JOIN quiz_translations t ON t.quiz_id = q.id \
         WHERE q.module_id = $1 AND q.retired = FALSE AND t.lang IN ($2, $3)",
    )
    .bind(module_id)
    .bind(lang)
    .bind(source)
    .fetch_all(pool)
    .await)
}

#[derive(Clone, Debug, FromRow)]
pub struct AttemptRow {
    pub id: i64,
    pub user_id: i64,
    pub quiz_id: String,
    pub lang: String,
    pub score_percent: i64,
    pub passed: bool,
    pub answers_json: String,
    pub submitted_at: i64,
}

pub async fn attempt(db: &Db, id: i64) -> Result<Option<AttemptRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, AttemptRow>(
        "SELECT id, user_id, quiz_id, lang, score_percent, passed, answers_json, submitted_at FROM quiz_attempts WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await)
}

pub async fn media(
    db: &Db,
    module_id: &str,
    name: &str,
) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, (String, Vec<u8>)>(
        "SELECT content_type, bytes FROM content_media WHERE module_id = $1 AND name = $2",
    )
    .bind(module_id)
    .bind(name)
    .fetch_optional(pool)
    .await)
}

#[derive(Clone, Debug, FromRow)]
pub struct GuideSummary {
    pub id: String,
    pub audience: String,
    pub title: String,
    pub minutes: i64,
}

pub async fn guides(db: &Db, lang: &str, source: &str) -> Result<Vec<GuideSummary>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, GuideSummary>(
        "SELECT g.id, g.audience, COALESCE(t.title, s.title) AS title, COALESCE(t.minutes, s.minutes) AS minutes \
         FROM guides g JOIN guide_translations s ON s.guide_id = g.id AND s.lang = $2 \
         LEFT JOIN guide_translations t ON t.guide_id = g.id AND t.lang = $1 \
         WHERE g.retired = FALSE ORDER BY g.position",
    )
    .bind(lang)
    .bind(source)
    .fetch_all(pool)
    .await)
}

/// A guide in `lang` and in the source language (one or two rows), shaped like a lesson's text.
pub async fn guide_texts(
    db: &Db,
    guide_id: &str,
    lang: &str,
    source: &str,
) -> Result<Vec<LessonText>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, LessonText>(
        "SELECT t.lang, t.title, t.minutes, t.html, t.headings_json, t.terms_json, t.status, t.source_revision, g.revision \
         FROM guides g JOIN guide_translations t ON t.guide_id = g.id \
         WHERE g.id = $1 AND g.retired = FALSE AND t.lang IN ($2, $3)",
    )
    .bind(guide_id)
    .bind(lang)
    .bind(source)
    .fetch_all(pool)
    .await)
}
