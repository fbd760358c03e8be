//! Errors a request can end in, rendered as a translated page for browsers and as RFC 9457 problem JSON for
//! the API.
//!
//! A handler returns `Err(AppError)`; its response carries an [`ErrorPage`] marker and no body, and the
//! [`render_error_pages`] middleware, which knows the request's language, writes the page. Internal errors are
//! logged with the request id and shown without internals.

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::i18n::{Locale, Tr};

use super::context::{PageContext, locale_of_request};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// The visitor must sign in first; carries the path to come back to.
    #[error("sign-in required")]
    SignInRequired { locale: Locale, back_to: String },
    /// Lessons and quizzes need an enrolment: the course page offers it.
    #[error("not enrolled")]
    EnrolFirst { locale: Locale },
    /// The module's prerequisites are not complete; its page says what opens it.
    #[error("module locked")]
    ModuleLocked { locale: Locale, module_id: String },
    /// A form's CSRF token was stale or missing, where the form cannot simply come back (sign-out).
    #[error("form expired")]
    FormExpired,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("too many requests")]
    TooManyRequests { retry_after_seconds: i64 },
    #[error("request body too large")]
    PayloadTooLarge,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    pub fn internal(context: &str, error: impl std::fmt::Display) -> AppError {
        AppError::Internal(format!("{context}: {error}"))
    }
}

/// Marks a response whose body the error middleware writes: the status and the message to show.
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage {
    pub message_id: &'static str,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message_id) = match &self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden"),
            AppError::SignInRequired { locale, back_to } => {
                let target = format!("/{locale}/sign-in?next={}", encode_query_value(back_to));
                return super::see_other(&target);
            }
            AppError::FormExpired => (StatusCode::FORBIDDEN, "error-form-expired"),
            AppError::EnrolFirst { locale } => {
                return super::see_other(&format!("/{locale}/learn?notice=enrol-first"));
            }
            AppError::ModuleLocked { .. } => (StatusCode::FORBIDDEN, "error-module-locked"),
            AppError::BadRequest(message_id) => (StatusCode::BAD_REQUEST, *message_id),
            AppError::TooManyRequests { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, "error-too-many-requests")
            }
            AppError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-payload-too-large"),
            AppError::Database(error) => {
                tracing::error!(%error, "database error");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
            AppError::Internal(error) => {
                tracing::error!(%error, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage { message_id });
        if let AppError::TooManyRequests {
            retry_after_seconds,
        } = self
        {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(retry_after_seconds.max(1)),
            );
        }
        response
    }
}

/// Percent-encodes a value for a query string (the `next` path after sign-in).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[derive(Template)]
#[template(path = "errors/error.html")]
struct ErrorTemplate {
    ctx: PageContext,
    title_id: &'static str,
    message_id: &'static str,
    request_id: Option<String>,
}

/// Writes the body of error responses: a page in the request's language, or problem JSON for `/api/`.
pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let locale = locale_of_request(&request);
    let wants_json = request.uri().path().starts_with("/api/");
    let path = request.uri().path().to_string();
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let response = next.run(request).await;

    let status = response.status();
    let marker = response.extensions().get::<ErrorPage>().copied();
    // Errors raised by the framework itself (unknown method, body limit) come without a marker.
    let framework_error = marker.is_none()
        && matches!(
            status,
            StatusCode::METHOD_NOT_ALLOWED | StatusCode::PAYLOAD_TOO_LARGE | StatusCode::NOT_FOUND
        )
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_none_or(|t| t != "text/html; charset=utf-8");
    if marker.is_none() && !framework_error {
        return response;
    }
    let message_id = marker.map(|m| m.message_id).unwrap_or(match status {
        StatusCode::METHOD_NOT_ALLOWED => "error-method-not-allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "error-payload-too-large",
        _ => "error-not-found",
    });
    let title_id = title_for(status);
    let shown_request_id = status.is_server_error().then_some(request_id).flatten();

    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let tr = Tr::new(locale);
    if wants_json {
        let body = serde_json::json!({
            "type": "about:blank",
            "title": tr.t(title_id),
            "status": status.as_u16(),
            "detail": tr.t(message_id),
            "instance": path,
        });
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        return Response::from_parts(parts, axum::body::Body::from(body.to_string()));
    }
    let page = ErrorTemplate {
        ctx: PageContext::bare(locale),
        title_id,
        message_id,
        request_id: shown_request_id,
    };
    match page.render() {
        Ok(html) => {
            let mut rendered = Html(html).into_response();
            *rendered.status_mut() = status;
            for (name, value) in parts.headers.iter() {
                if name != header::CONTENT_TYPE {
                    rendered.headers_mut().insert(name.clone(), value.clone());
                }
            }
            rendered
        }
        Err(error) => {
            tracing::error!(%error, "error page failed to render");
            Response::from_parts(parts, axum::body::Body::from(tr.t(message_id)))
        }
    }
}

fn title_for(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "error-title-not-found",
        StatusCode::FORBIDDEN => "error-title-forbidden",
        StatusCode::TOO_MANY_REQUESTS => "error-title-too-many-requests",
        s if s.is_server_error() => "error-title-internal",
        _ => "error-title-bad-request",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_path_for_the_next_parameter() {
        assert_eq!(
            encode_query_value("/fr/profile?x=1&y"),
            "/fr/profile%3Fx%3D1%26y"
        );
    }

    #[test]
    fn marks_error_responses_for_the_page_renderer() {
        let response = AppError::Forbidden.into_response();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            response.extensions().get::<ErrorPage>().unwrap().message_id,
            "error-forbidden"
        );
    }
}
