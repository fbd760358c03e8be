//! Protection against cross-site request forgery, in two layers.
//!
//! 1. tower-http's `CsrfLayer` refuses cross-site writes by their `Sec-Fetch-Site` / `Origin` headers.
//! 2. Every form carries a token that must equal the visitor's `m4d_csrf` cookie (double submit). A form
//!    whose token is stale or missing comes back *filled in*, with a message, instead of an error page: the
//!    [`Submission`] extractor hands the handler what was typed either way.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::header::SET_COOKIE;
use axum::middleware::Next;
use axum::response::Response;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::AppError;
use super::cookies::{CSRF_COOKIE, CookiePolicy, looks_like_token, random_token, read_cookie};

/// The visitor's CSRF token, for hidden form fields.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// Gives every visitor a CSRF cookie, and puts the token into the request for the page to render.
pub async fn ensure_csrf_cookie(
    State(policy): State<CookiePolicy>,
    mut request: Request,
    next: Next,
) -> Response {
    let existing = read_cookie(request.headers(), CSRF_COOKIE).filter(|t| looks_like_token(t));
    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (random_token(), true),
    };
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if fresh {
        // Strict: the cookie is never sent on a request started by another site.
        let cookie = policy.cookie(CSRF_COOKIE, &token, None, "Strict");
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// A submitted form: `Valid` when its token matches the visitor's cookie, `Expired` otherwise. Both carry what
/// was typed, so the form can come back filled in.
pub enum Submission<T> {
    Valid(T),
    Expired(T),
}

impl<T> Submission<T> {
    /// What was typed, and whether the token matched.
    pub fn into_parts(self) -> (T, bool) {
        match self {
            Submission::Valid(form) => (form, true),
            Submission::Expired(form) => (form, false),
        }
    }
}

#[derive(Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf_token: String,
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Submission<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let cookie = read_cookie(request.headers(), CSRF_COOKIE);
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| AppError::PayloadTooLarge)?;
        let form: T = serde_urlencoded::from_bytes(&body)
            .map_err(|_| AppError::BadRequest("error-bad-form"))?;
        let sent = serde_urlencoded::from_bytes::<TokenField>(&body)
            .map(|f| f.csrf_token)
            .unwrap_or_default();
        Ok(if token_matches(cookie.as_deref(), &sent) {
            Submission::Valid(form)
        } else {
            Submission::Expired(form)
        })
    }
}

/// True when a form's token equals the visitor's CSRF cookie (compared in constant time). Forms that the
/// [`Submission`] extractor cannot read (multipart uploads) call this with the token they carried.
pub fn token_matches(cookie: Option<&str>, sent: &str) -> bool {
    cookie.is_some_and(|c| looks_like_token(c) && constant_time_eq(c.as_bytes(), sent.as_bytes()))
}

/// The visitor's CSRF cookie, from request headers.
pub fn csrf_cookie(headers: &axum::http::HeaderMap) -> Option<String> {
    read_cookie(headers, CSRF_COOKIE)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_tokens_in_constant_time() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
