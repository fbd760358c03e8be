//! The web kernel: page context, errors, CSRF, cookies, assets and the headers every response carries.

pub mod assets;
pub mod auth;
pub mod context;
pub mod cookies;
pub mod csrf;
pub mod error;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use cookies::CookiePolicy;

pub use auth::{CurrentUser, Role};
pub use context::PageContext;
pub use csrf::{CsrfToken, Submission};
pub use error::AppError;

/// Renders an askama template as an HTML response with `status`.
pub fn render(template: &impl askama::Template, status: StatusCode) -> Result<Response, AppError> {
    let html = template
        .render()
        .map_err(|e| AppError::internal("template failed to render", e))?;
    Ok((status, Html(html)).into_response())
}

/// A 303 redirect (after a form post, so a reload does not post again).
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// True for a path that stays on this site (`/fr/profile`), so a `next` parameter cannot send people elsewhere.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.contains("://")
}

/// Field errors of a submitted form: which field, which message. The form re-renders with them beside the fields.
#[derive(Clone, Debug, Default)]
pub struct FormErrors(Vec<(&'static str, &'static str)>);

impl FormErrors {
    pub fn add(&mut self, field: &'static str, message_id: &'static str) {
        self.0.push((field, message_id));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message id for `field`, or an empty string (templates test it with `!= ""`).
    pub fn get(&self, field: &str) -> &'static str {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| *m)
            .unwrap_or("")
    }

    pub fn has(&self, field: &str) -> bool {
        !self.get(field).is_empty()
    }

    pub fn all(&self) -> &[(&'static str, &'static str)] {
        &self.0
    }
}

/// Remembers the language of each page a visitor reads, so that `/` brings them back to it.
pub async fn remember_language_choice(
    State(policy): State<CookiePolicy>,
    request: Request,
    next: Next,
) -> Response {
    let page_locale = (request.method() == Method::GET)
        .then(|| context::split_language_prefix(request.uri().path()))
        .flatten()
        .map(|(locale, _)| locale);
    let saved = cookies::read_cookie(request.headers(), cookies::LANGUAGE_COOKIE);
    let mut response = next.run(request).await;
    if let Some(locale) = page_locale
        && response.status().is_success()
        && saved.as_deref() != Some(locale.code())
    {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookies::language_cookie(policy, locale));
    }
    response
}

/// Security headers on every response; `hsts` when the site is served over HTTPS.
pub async fn security_headers(State(hsts): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let mut set = |name: &'static str, value: &'static str| {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    };
    set(
        "content-security-policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; font-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    set("x-content-type-options", "nosniff");
    set("x-frame-options", "DENY");
    set("referrer-policy", "same-origin");
    set("cross-origin-opener-policy", "same-origin");
    set(
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    );
    if hsts {
        set(
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        );
    }
    // Pages may show personal data: never kept by shared caches.
    set("cache-control", "private, no-cache");
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert!(is_local_path("/fr/profile"));
        assert!(!is_local_path("//evil.example/x"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("profile"));
    }

    #[test]
    fn form_errors_name_their_field() {
        let mut errors = FormErrors::default();
        errors.add("email", "error-email-invalid");
        assert_eq!(errors.get("email"), "error-email-invalid");
        assert_eq!(errors.get("name"), "");
        assert!(!errors.is_empty());
    }
}
