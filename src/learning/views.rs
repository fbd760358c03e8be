//! The course page with its module map and learning plan, a module's page, the dashboard and the glossary.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::app::AppState;
use crate::web::{AppError, PageContext, Submission, render, see_other};

use super::queries::{self, LessonSummary, Objective, TermRow};
use super::{CourseState, ModuleCard, course_state, module_lessons};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NoticeQuery {
    notice: String,
}

#[derive(Template)]
#[template(path = "learning/course.html")]
struct CoursePage {
    ctx: PageContext,
    course: CourseState,
    notice_id: &'static str,
    /// (module id, lesson id, lesson title) to continue from.
    resume: Option<(String, String, String)>,
}

impl CoursePage {
    fn optional_cards(&self) -> Vec<&ModuleCard> {
        self.course
            .cards
            .iter()
            .filter(|c| !c.module.compulsory)
            .collect()
    }
}

pub async fn course_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    let resume = match course
        .enrolment
        .as_ref()
        .and_then(|e| e.last_lesson_id.clone())
    {
        Some(lesson_id) => resume_point(&state, &ctx, &course, &lesson_id).await?,
        None => None,
    };
    let notice_id = match query.notice.as_str() {
        "enrol-first" => "learn-notice-enrol-first",
        "plan-saved" => "learn-notice-plan-saved",
        "enrolled" => "learn-notice-enrolled",
        _ => "",
    };
    render(
        &CoursePage {
            ctx,
            course,
            notice_id,
            resume,
        },
        StatusCode::OK,
    )
}

async fn resume_point(
    state: &AppState,
    ctx: &PageContext,
    course: &CourseState,
    lesson_id: &str,
) -> Result<Option<(String, String, String)>, AppError> {
    for card in &course.cards {
        let lessons = queries::lessons_of(
            &state.db,
            &card.module.id,
            ctx.lang(),
            course.source_language(),
        )
        .await?;
        if let Some(lesson) = lessons.into_iter().find(|l| l.id == lesson_id) {
            return Ok(Some((card.module.id.clone(), lesson.id, lesson.title)));
        }
    }
    Ok(None)
}

/// Enrols when needed and saves the chosen optional modules. Unknown or compulsory module ids are refused.
pub async fn save_plan(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let Submission::Valid(fields) = submission else {
        return Err(AppError::FormExpired);
    };
    let course = course_state(&state, &ctx).await?;
    let mut chosen: Vec<String> = vec![];
    for (name, value) in fields {
        if name != "module" {
            continue;
        }
        match course.card(&value) {
            Some(card) if !card.module.compulsory => {
                if !chosen.contains(&value) {
                    chosen.push(value);
                }
            }
            _ => return Err(AppError::BadRequest("error-unknown-module")),
        }
    }
    let first_time = course.enrolment.is_none();
    queries::enrol_with_plan(&state.db, user.id, &course.course.id, &chosen).await?;
    let notice = if first_time { "enrolled" } else { "plan-saved" };
    Ok(see_other(&ctx.href(&format!("/learn?notice={notice}"))))
}

#[derive(Template)]
#[template(path = "learning/module.html")]
struct ModulePage {
    ctx: PageContext,
    card: ModuleCard,
    objectives: Vec<Objective>,
    lessons: Vec<(LessonSummary, bool)>,
    enrolled: bool,
    signed_in: bool,
}

pub async fn module_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, module_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    let card = course.card(&module_id).ok_or(AppError::NotFound)?.clone();
    let lessons = module_lessons(&state, &ctx, &course, &module_id).await?;
    let page = ModulePage {
        objectives: card.module.objectives(),
        lessons: lessons
            .iter()
            .map(|l| (l.clone(), course.completed_lessons.contains(&l.id)))
            .collect(),
        enrolled: course.enrolment.is_some(),
        signed_in: ctx.user.is_some(),
        card,
        ctx,
    };
    render(&page, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "learning/dashboard.html")]
struct DashboardPage {
    ctx: PageContext,
    course: CourseState,
    /// The first thing to do next: (link, label message id, title).
    next_step: Option<(String, &'static str, String)>,
    completed_optional: i64,
}

impl DashboardPage {
    fn my_cards(&self) -> Vec<&ModuleCard> {
        self.course.cards.iter().filter(|c| c.in_plan).collect()
    }
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?;
    let course = course_state(&state, &ctx).await?;
    if course.enrolment.is_none() {
        return Ok(see_other(&ctx.href("/learn")));
    }
    let next_step = next_step(&state, &ctx, &course).await?;
    let completed_optional = course
        .cards
        .iter()
        .filter(|c| !c.module.compulsory && c.complete)
        .count() as i64;
    render(
        &DashboardPage {
            ctx,
            course,
            next_step,
            completed_optional,
        },
        StatusCode::OK,
    )
}

/// The first unfinished lesson, or untaken quiz, of the first unfinished open module of the plan.
async fn next_step(
    state: &AppState,
    ctx: &PageContext,
    course: &CourseState,
) -> Result<Option<(String, &'static str, String)>, AppError> {
    if ctx.user.is_none() {
        return Ok(None);
    }
    for card in course
        .cards
        .iter()
        .filter(|c| c.in_plan && c.open && !c.complete)
    {
        let lessons = module_lessons(state, ctx, course, &card.module.id).await?;
        let done = &course.completed_lessons;
        if let Some(lesson) = lessons.iter().find(|l| !done.contains(&l.id)) {
            return Ok(Some((
                ctx.href(&format!("/learn/{}/{}", card.module.id, lesson.id)),
                "learn-next-lesson",
                lesson.title.clone(),
            )));
        }
        if card.has_quiz() {
            return Ok(Some((
                ctx.href(&format!("/learn/{}/quiz", card.module.id)),
                "learn-next-quiz",
                card.module.title.clone(),
            )));
        }
    }
    Ok(None)
}

#[derive(Template)]
#[template(path = "learning/glossary.html")]
struct GlossaryPage {
    ctx: PageContext,
    terms: Vec<TermRow>,
}

pub async fn glossary_page(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let course = queries::course(&state.db, ctx.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut terms = queries::terms(&state.db, ctx.lang(), &course.source_language).await?;
    terms.sort_by_key(|t| crate::i18n::normalise::fold(&t.term));
    render(&GlossaryPage { ctx, terms }, StatusCode::OK)
}
