//! The front door: `/` sends visitors to their language, `/{lang}/` says what the toolbox offers.

use askama::Template;
use axum::Router;
use axum::extract::Query;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

use crate::app::AppState;
use crate::web::context::preferred_locale;
use crate::web::{AppError, PageContext, render, see_other};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(choose_language))
        .route("/{lang}", get(add_slash))
        .route("/{lang}/", get(home))
}

/// Saved choice, else Accept-Language, else English.
async fn choose_language(headers: HeaderMap) -> Response {
    see_other(&format!("/{}/", preferred_locale(&headers)))
}

async fn add_slash(ctx: PageContext) -> Response {
    see_other(&ctx.href("/"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HomeQuery {
    welcome: String,
}

#[derive(Template)]
#[template(path = "home/home.html")]
struct HomePage {
    ctx: PageContext,
    just_joined: bool,
}

async fn home(ctx: PageContext, Query(query): Query<HomeQuery>) -> Result<Response, AppError> {
    let page = HomePage {
        just_joined: !query.welcome.is_empty() && ctx.user.is_some(),
        ctx,
    };
    render(&page, StatusCode::OK)
}
