//! Reading a lesson, in the reader's language or, where it is missing, the source language with a notice.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::content::markdown::{Heading, label_callouts};
use crate::content::model::TranslationStatus;
use crate::i18n::Locale;
use crate::web::{AppError, PageContext, Submission, render, see_other};

use super::queries::{self, LessonSummary, LessonText, TermRow};
use super::{course_state, module_lessons, require_access};

/// Why the reader sees what they see, when it is not a reviewed text in their language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationNotice {
    None,
    /// Not in the reader's language: the source text is shown.
    Missing,
    /// The source changed since this translation was made.
    Stale,
    /// Translated but not yet reviewed.
    Draft,
}

impl TranslationNotice {
    /// For templates: `notice.is("missing")`, `"stale"`, `"draft"`.
    pub fn is(&self, name: &str) -> bool {
        matches!(
            (name, self),
            ("missing", Self::Missing) | ("stale", Self::Stale) | ("draft", Self::Draft)
        )
    }
}

/// The text a reader sees of a lesson or a guide, ready for the page.
pub(super) struct ShownText {
    pub title: String,
    pub minutes: i64,
    /// The language of the text shown, for `lang` and `dir` on the article.
    pub text_locale: Locale,
    pub source_locale: Locale,
    pub notice: TranslationNotice,
    pub html: String,
    pub headings: Vec<Heading>,
    pub terms: Vec<TermRow>,
}

/// Picks the reader's language or the source, labels its callouts and loads its key terms.
pub(super) async fn shown_text(
    state: &AppState,
    ctx: &PageContext,
    texts: &[LessonText],
    source: &str,
    generation: i64,
) -> Result<ShownText, AppError> {
    let (shown, notice) = choose_text(texts, ctx.lang(), source).ok_or(AppError::NotFound)?;
    let terms = key_terms(state, shown, ctx.lang(), source, generation).await?;
    let tr = ctx.tr;
    Ok(ShownText {
        title: shown.title.clone(),
        minutes: shown.minutes,
        text_locale: Locale::from_code(&shown.lang).unwrap_or(Locale::En),
        source_locale: Locale::from_code(source).unwrap_or(Locale::En),
        notice,
        html: label_callouts(&shown.html, |kind| tr.t(&format!("callout-{kind}"))),
        headings: serde_json::from_str(&shown.headings_json).unwrap_or_default(),
        terms,
    })
}

#[derive(Template)]
#[template(path = "learning/lesson.html")]
struct LessonPage {
    ctx: PageContext,
    module_id: String,
    module_title: String,
    lesson_id: String,
    text: ShownText,
    done: bool,
    previous: Option<LessonSummary>,
    next: Option<LessonSummary>,
    has_quiz: bool,
    position: usize,
    count: usize,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, module_id, lesson_id)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    let user = require_access(&ctx, &course, &module_id)?.clone();
    let source = course.source_language().to_string();
    let (db, lang, generation) = (&state.db, ctx.lang(), course.generation);
    let texts = state
        .content
        .get(
            generation,
            format!("lesson/{module_id}/{lesson_id}/{lang}"),
            || queries::lesson_texts(db, &module_id, &lesson_id, lang, &source),
        )
        .await?;
    let text = shown_text(&state, &ctx, &texts, &source, generation).await?;

    let lessons = module_lessons(&state, &ctx, &course, &module_id).await?;
    let position = lessons.iter().position(|l| l.id == lesson_id).unwrap_or(0);
    let done = course.completed_lessons.contains(&lesson_id);
    // A write only when the place changes: reading the same lesson again costs no lock.
    if course
        .enrolment
        .as_ref()
        .and_then(|e| e.last_lesson_id.as_deref())
        != Some(lesson_id.as_str())
    {
        queries::remember_last_lesson(&state.db, user.id, &course.course.id, &lesson_id).await?;
    }
    let card = course.card(&module_id).ok_or(AppError::NotFound)?;
    let page = LessonPage {
        module_id: module_id.clone(),
        module_title: card.module.title.clone(),
        lesson_id: lesson_id.clone(),
        text,
        done,
        previous: position
            .checked_sub(1)
            .and_then(|i| lessons.get(i).cloned()),
        next: lessons.get(position + 1).cloned(),
        has_quiz: card.has_quiz(),
        position: position + 1,
        count: lessons.len(),
        ctx,
    };
    render(&page, StatusCode::OK)
}

/// The text to show: the reader's language, else the source, and the notice that explains it.
pub(super) fn choose_text<'a>(
    texts: &'a [LessonText],
    lang: &str,
    source: &str,
) -> Option<(&'a LessonText, TranslationNotice)> {
    let own = texts.iter().find(|t| t.lang == lang);
    let shown = own.or_else(|| texts.iter().find(|t| t.lang == source))?;
    let notice = match own {
        None => TranslationNotice::Missing,
        Some(t) if t.status == TranslationStatus::Source.code() => TranslationNotice::None,
        Some(t) if t.source_revision < t.revision => TranslationNotice::Stale,
        Some(t) if t.status == TranslationStatus::Draft.code() => TranslationNotice::Draft,
        Some(_) => TranslationNotice::None,
    };
    Some((shown, notice))
}

/// The glossary entries of the terms a text links to, in the reader's language, in order of first use.
pub(super) async fn key_terms(
    state: &AppState,
    shown: &LessonText,
    lang: &str,
    source: &str,
    generation: i64,
) -> Result<Vec<TermRow>, AppError> {
    let wanted: Vec<String> = serde_json::from_str(&shown.terms_json).unwrap_or_default();
    if wanted.is_empty() {
        return Ok(vec![]);
    }
    let db = &state.db;
    let all = state
        .content
        .get(generation, format!("terms/{lang}"), || {
            queries::terms(db, lang, source)
        })
        .await?;
    let mut terms: Vec<TermRow> = all
        .iter()
        .filter(|t| wanted.contains(&t.id))
        .cloned()
        .collect();
    terms.sort_by_key(|t| wanted.iter().position(|w| *w == t.id));
    Ok(terms)
}

pub async fn mark_done(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, module_id, lesson_id)): Path<(String, String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    let user = require_access(&ctx, &course, &module_id)?.clone();
    if let Submission::Expired(_) = submission {
        return Err(AppError::FormExpired);
    }
    let lessons =
        queries::lessons_of(&state.db, &module_id, ctx.lang(), course.source_language()).await?;
    let position = lessons
        .iter()
        .position(|l| l.id == lesson_id)
        .ok_or(AppError::NotFound)?;
    queries::complete_lesson(&state.db, user.id, &course.course, &module_id, &lesson_id).await?;
    // On to the next lesson, or to the quiz / module page after the last one.
    let target = match lessons.get(position + 1) {
        Some(next) => format!("/learn/{module_id}/{}", next.id),
        None if course.card(&module_id).is_some_and(|c| c.has_quiz()) => {
            format!("/learn/{module_id}/quiz")
        }
        None => format!("/learn/{module_id}"),
    };
    Ok(see_other(&ctx.href(&target)))
}

/// Images of lessons, from the database (every node serves the same), cached for a day.
pub async fn media(
    State(state): State<AppState>,
    Path((module_id, name)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (content_type, bytes) = queries::media(&state.db, &module_id, &name)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type).map_err(|e| AppError::internal("media type", e))?,
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    Ok(response)
}
