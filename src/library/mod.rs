//! The library: publications with their language versions and parts, good practices and success stories,
//! and the files editors upload. The catalogue pages are the search page with the kind fixed.

pub mod admin;
pub mod catalogue;
pub mod files;
mod practices;
mod publications;
pub mod vocabulary;

use axum::Router;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::response::Response;
use axum::routing::{get, post};

use crate::app::AppState;
use crate::i18n::Tr;
use crate::search::{DocumentKind, Preset, render_search};
use crate::web::{AppError, PageContext};

/// The largest file an editor may upload.
pub const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/library", get(library_page))
        .route("/{lang}/library/{key}", get(publications::show))
        .route("/{lang}/practices", get(practices_page))
        .route(
            "/{lang}/practices/propose",
            get(practices::propose_form).post(practices::propose),
        )
        .route("/{lang}/practices/review", get(practices::review_queue))
        .route("/{lang}/practices/{key}", get(practices::show))
        .route(
            "/{lang}/practices/{key}/edit",
            get(practices::edit_form).post(practices::edit),
        )
        .route("/{lang}/practices/{key}/review", post(practices::review))
        .route("/files/{part}/{name}", get(publications::download))
        .route("/{lang}/admin/library", get(admin::list))
        .route(
            "/{lang}/admin/library/new",
            get(admin::new_form).post(admin::create),
        )
        .route(
            "/{lang}/admin/library/{key}",
            get(admin::edit_form).post(admin::update),
        )
        .route(
            "/{lang}/admin/library/{key}/parts",
            post(admin::upload_part).layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 64 * 1024)),
        )
        .route(
            "/{lang}/admin/library/{key}/parts/{part}/delete",
            post(admin::delete_part),
        )
        .route("/{lang}/admin/library/{key}/delete", post(admin::delete))
}

const LIBRARY: Preset = Preset {
    kind: DocumentKind::Publication,
    heading_id: "library-title",
    intro_id: "library-intro",
    path: "/library",
};

const PRACTICES: Preset = Preset {
    kind: DocumentKind::Practice,
    heading_id: "practices-title",
    intro_id: "practices-intro",
    path: "/practices",
};

async fn library_page(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    render_search(&state, ctx, raw.as_deref(), Some(LIBRARY)).await
}

async fn practices_page(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    render_search(&state, ctx, raw.as_deref(), Some(PRACTICES)).await
}

/// Labels of codes from the vocabularies, in the reader's language; unknown codes are shown as they are.
pub(crate) fn label(tr: &Tr, prefix: &str, code: &str) -> String {
    tr.try_t(&format!("{prefix}-{code}"))
        .unwrap_or_else(|| code.to_string())
}

/// "French", "Arabic": a language's name in the reader's language.
pub(crate) fn language_name(tr: &Tr, code: &str) -> String {
    label(tr, "language-name", code)
}

/// A country's name, from its code.
pub(crate) fn country_name(tr: &Tr, code: &str) -> String {
    label(tr, "country", &code.to_lowercase())
}

/// "French, Spanish and Arabic" with the reader's list words.
pub(crate) fn language_list(tr: &Tr, codes: &[String]) -> String {
    let names: Vec<String> = codes.iter().map(|c| language_name(tr, c)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr.t2_text(
            "list-and",
            "first",
            &init.join(&tr.t("list-separator")),
            "last",
            last,
        ),
    }
}

/// The codes typed into a field ("10.7, 10.c", "SN MX", "19، 20"): split on commas (Latin or Arabic),
/// semicolons and spaces.
pub(crate) fn code_list(text: &str) -> Vec<String> {
    text.split(|c: char| matches!(c, ',' | ';' | '\u{060C}' | '\u{061B}') || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// A stable, readable key for an item made in the web area: the title's Latin letters and digits, and a random
/// tail so that two equal titles never clash; `fallback` when the title has no Latin letters.
pub(crate) fn new_key(title: &str, fallback: &str) -> String {
    let mut slug = String::new();
    for c in crate::i18n::normalise::fold(title).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 50 {
            break;
        }
    }
    let tail = &crate::web::cookies::random_token()[..6];
    match slug.trim_matches('-') {
        "" => format!("{fallback}-{tail}"),
        slug => format!("{slug}-{tail}"),
    }
}
