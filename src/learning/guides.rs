//! Guides for learners and facilitators: public pages, in the reader's language or the source with a notice.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::app::AppState;
use crate::content::markdown::{Heading, label_callouts};
use crate::i18n::Locale;
use crate::web::{AppError, PageContext, render};

use super::lesson::{TranslationNotice, choose_text, key_terms};
use super::queries::{self, GuideSummary, TermRow};

#[derive(Template)]
#[template(path = "learning/guides.html")]
struct GuidesPage {
    ctx: PageContext,
    guides: Vec<GuideSummary>,
}

pub async fn list(State(state): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let course = queries::course(&state.db, ctx.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let guides = queries::guides(&state.db, ctx.lang(), &course.source_language).await?;
    render(&GuidesPage { ctx, guides }, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "learning/guide.html")]
struct GuidePage {
    ctx: PageContext,
    title: String,
    minutes: i64,
    text_locale: Locale,
    source_locale: Locale,
    notice: TranslationNotice,
    html: String,
    headings: Vec<Heading>,
    terms: Vec<TermRow>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, guide_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let course = queries::course(&state.db, ctx.lang())
        .await?
        .ok_or(AppError::NotFound)?;
    let source = course.source_language;
    let texts = queries::guide_texts(&state.db, &guide_id, ctx.lang(), &source).await?;
    let (shown, notice) = choose_text(&texts, ctx.lang(), &source).ok_or(AppError::NotFound)?;
    let terms = key_terms(&state, shown, ctx.lang(), &source).await?;
    let tr = ctx.tr;
    let page = GuidePage {
        title: shown.title.clone(),
        minutes: shown.minutes,
        text_locale: Locale::from_code(&shown.lang).unwrap_or(Locale::En),
        source_locale: Locale::from_code(&source).unwrap_or(Locale::En),
        notice,
        html: label_callouts(&shown.html, |kind| tr.t(&format!("callout-{kind}"))),
        headings: serde_json::from_str(&shown.headings_json).unwrap_or_default(),
        terms,
        ctx,
    };
    render(&page, StatusCode::OK)
}
