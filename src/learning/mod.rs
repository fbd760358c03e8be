//! Learning: the course and its module map, learning plans, lessons, quizzes, progress and the dashboard.

pub mod cache;
pub mod grading;
mod guides;
mod lesson;
pub mod progress;
pub mod queries;
mod quiz;
mod views;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;
use crate::i18n::Locale;
use crate::web::{AppError, CurrentUser, PageContext};

use progress::ModuleProgress;
use queries::{CourseRow, Enrolment, LearnerState, LessonSummary, ModuleRow};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/learn", get(views::course_page))
        .route("/{lang}/learn/plan", post(views::save_plan))
        .route("/{lang}/learn/glossary", get(views::glossary_page))
        .route("/{lang}/guides", get(guides::list))
        .route("/{lang}/guides/{guide}", get(guides::show))
        .route("/{lang}/learn/{module}", get(views::module_page))
        .route(
            "/{lang}/learn/{module}/quiz",
            get(quiz::show).post(quiz::submit),
        )
        .route(
            "/{lang}/learn/{module}/quiz/attempts/{attempt}",
            get(quiz::show_attempt),
        )
        .route("/{lang}/learn/{module}/{lesson}", get(lesson::show))
        .route(
            "/{lang}/learn/{module}/{lesson}/done",
            post(lesson::mark_done),
        )
        .route("/{lang}/dashboard", get(views::dashboard))
        .route("/media/{module}/{name}", get(lesson::media))
}

/// One module on the map, with what this learner may do with it.
#[derive(Clone, Debug)]
pub struct ModuleCard {
    pub module: ModuleRow,
    pub prerequisites: Vec<String>,
    /// Titles of the prerequisites that are not complete yet (empty when the module is open).
    pub missing_titles: Vec<String>,
    pub languages: Vec<Locale>,
    pub percent: i64,
    pub complete: bool,
    pub open: bool,
    pub in_plan: bool,
    pub best_score: Option<i64>,
    pub attempts: i64,
    pub lessons_done: i64,
}

impl ModuleCard {
    pub fn has_quiz(&self) -> bool {
        self.module.quiz_id.is_some()
    }
}

/// Everything about the course for one reader: the map, and the learner's standing when signed in.
pub struct CourseState {
    pub course: CourseRow,
    pub cards: Vec<ModuleCard>,
    pub enrolment: Option<Enrolment>,
    /// Every lesson the learner has done (empty for a visitor).
    pub completed_lessons: HashSet<String>,
    /// The content generation this state was read at (see `cache`).
    pub generation: i64,
}

impl CourseState {
    pub fn card(&self, module_id: &str) -> Option<&ModuleCard> {
        self.cards.iter().find(|c| c.module.id == module_id)
    }

    pub fn source_language(&self) -> &str {
        &self.course.source_language
    }
}

/// Loads the course map for `ctx`'s reader: a handful of queries, none of which scans progress history.
pub async fn course_state(state: &AppState, ctx: &PageContext) -> Result<CourseState, AppError> {
    let lang = ctx.lang();
    let db = &state.db;
    // A signed-in learner's standing comes with the content generation in one statement; a visitor asks only for
    // the generation.
    let learner = match &ctx.user {
        Some(user) => Some(queries::learner_state(db, user.id).await?),
        None => None,
    };
    let generation = match &learner {
        Some(learner) => learner.generation,
        None => cache::generation(db).await?,
    };
    let content = &state.content;
    let course = content
        .get(generation, format!("course/{lang}"), || {
            queries::course(db, lang)
        })
        .await?;
    let course = Option::clone(&course).ok_or(AppError::NotFound)?;
    let modules = content
        .get(generation, format!("modules/{lang}"), || {
            queries::modules(db, &course.id, lang)
        })
        .await?;
    let modules = Vec::clone(&modules);
    let prerequisites = content
        .get(generation, "prerequisites".into(), || {
            queries::prerequisites(db)
        })
        .await?;
    let prerequisites = HashMap::clone(&prerequisites);
    let languages = content
        .get(generation, "module-languages".into(), || {
            queries::module_languages(db)
        })
        .await?;
    let LearnerState {
        mut enrolments,
        plan,
        progress,
        completed_lessons,
        ..
    } = learner.unwrap_or_default();
    let enrolment = enrolments.remove(&course.id);
    let completed: HashSet<String> = progress
        .values()
        .filter(|p| p.completed_at.is_some())
        .map(|p| p.module_id.clone())
        .collect();
    let titles: HashMap<String, String> = modules
        .iter()
        .map(|m| (m.id.clone(), m.title.clone()))
        .collect();
    let cards = modules
        .into_iter()
        .map(|module| {
            let mine = progress.get(&module.id).cloned().unwrap_or_default();
            let prerequisites = prerequisites.get(&module.id).cloned().unwrap_or_default();
            let missing_titles = prerequisites
                .iter()
                .filter(|p| !completed.contains(*p))
                .map(|p| titles.get(p).cloned().unwrap_or_else(|| p.clone()))
                .collect();
            let has_quiz = module.quiz_id.is_some();
            let ModuleProgress {
                lessons_done,
                best_score,
                attempts,
                quiz_passed,
                completed_at,
                ..
            } = mine;
            ModuleCard {
                languages: Locale::ALL
                    .into_iter()
                    .filter(|l| {
                        languages
                            .get(&module.id)
                            .is_some_and(|ls| ls.iter().any(|x| x == l.code()))
                    })
                    .collect(),
                percent: progress::module_percent(
                    lessons_done,
                    module.lesson_count,
                    has_quiz,
                    quiz_passed,
                ),
                complete: completed_at.is_some(),
                open: progress::module_open(&prerequisites, &completed),
                in_plan: module.compulsory || plan.contains(&module.id),
                best_score,
                attempts,
                lessons_done,
                missing_titles,
                prerequisites,
                module,
            }
        })
        .collect();
    Ok(CourseState {
        course,
        cards,
        enrolment,
        completed_lessons,
        generation,
    })
}

/// The live lessons of a module in the reader's language (or the source), kept in memory per content generation.
pub async fn module_lessons(
    state: &AppState,
    ctx: &PageContext,
    course: &CourseState,
    module_id: &str,
) -> Result<Arc<Vec<LessonSummary>>, AppError> {
    let (db, lang, source) = (&state.db, ctx.lang(), course.source_language());
    Ok(state
        .content
        .get(
            course.generation,
            format!("lessons/{module_id}/{lang}"),
            || queries::lessons_of(db, module_id, lang, source),
        )
        .await?)
}

/// The learner may read this module's lessons and take its quiz: signed in, enrolled, module open.
/// Returns the user, or the page that explains what is missing.
pub fn require_access<'a>(
    ctx: &'a PageContext,
    course: &CourseState,
    module_id: &str,
) -> Result<&'a CurrentUser, AppError> {
    let user = ctx.signed_in_user()?;
    let card = course.card(module_id).ok_or(AppError::NotFound)?;
    if course.enrolment.is_none() {
        return Err(AppError::EnrolFirst { locale: ctx.locale });
    }
    if !card.open {
        return Err(AppError::ModuleLocked {
            locale: ctx.locale,
            module_id: module_id.to_string(),
        });
    }
    Ok(user)
}
