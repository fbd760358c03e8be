//! Guides for learners and facilitators: public pages, in the reader's language or the source with a notice.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::app::AppState;
use crate::web::{AppError, PageContext, render};

use super::lesson::{ShownText, shown_text};
use super::queries::{self, GuideSummary};

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
    text: ShownText,
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
    let generation = super::cache::generation(&state.db).await?;
    let text = shown_text(&state, &ctx, &texts, &source, generation).await?;
    let page = GuidePage { ctx, text };
    render(&page, StatusCode::OK)
}
