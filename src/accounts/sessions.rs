//! Sessions live in the database, so any node can serve any request. The cookie holds a random token; the
//! database keeps only its SHA-256.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::middleware::Next;
use axum::response::Response;

use crate::app::AppState;
use crate::i18n::Locale;
use crate::web::cookies::{
    SESSION_COOKIE, looks_like_token, random_token, read_cookie, token_hash,
};
use crate::web::{AppError, CurrentUser};

use super::queries;

/// Puts the signed-in user, if any, into the request for pages to read.
pub async fn load_current_user(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let needs_user =
        !(path.starts_with("/static/") || matches!(path, "/healthz" | "/readyz" | "/metrics"));
    if needs_user
        && let Some(token) =
            read_cookie(request.headers(), SESSION_COOKIE).filter(|t| looks_like_token(t))
    {
        match queries::session_user(&state.db, &token_hash(&token)).await {
            Ok(Some(user)) => {
                request.extensions_mut().insert::<CurrentUser>(user);
            }
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "session lookup failed"),
        }
    }
    next.run(request).await
}

/// Starts a session for `user_id` and returns the cookie that carries it.
pub async fn start_session(state: &AppState, user_id: i64) -> Result<HeaderValue, AppError> {
    let token = random_token();
    queries::insert_session(&state.db, &token_hash(&token), user_id).await?;
    Ok(state.cookies.cookie(
        SESSION_COOKIE,
        &token,
        Some(queries::SESSION_SECONDS),
        "Lax",
    ))
}

pub fn end_session_cookie(state: &AppState) -> HeaderValue {
    state.cookies.cookie(SESSION_COOKIE, "", Some(0), "Lax")
}

/// Remembers a language choice for the visitor's next visit to `/`.
pub fn language_cookie(state: &AppState, locale: Locale) -> HeaderValue {
    crate::web::cookies::language_cookie(state.cookies, locale)
}

/// Adds cookies to a response.
pub fn with_cookies(
    mut response: Response,
    cookies: impl IntoIterator<Item = HeaderValue>,
) -> Response {
    for cookie in cookies {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}
