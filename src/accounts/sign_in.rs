//! Signing in and out.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;

use crate::app::AppState;
use crate::i18n::Locale;
use crate::web::{AppError, FormErrors, PageContext, Submission, is_local_path, render, see_other};

use super::password::{DECOY_HASH, verify_password};
use super::queries;
use super::sessions::{end_session_cookie, language_cookie, start_session, with_cookies};
use super::throttle::{self, Verdict};
use super::validate::normalise_email;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInQuery {
    next: String,
    notice: String,
}

#[derive(Template)]
#[template(path = "accounts/sign_in.html")]
struct SignInPage {
    ctx: PageContext,
    email: String,
    next: String,
    errors: FormErrors,
    /// A notice from the step before (password reset done), as a message id, or empty.
    notice_id: &'static str,
    /// When sign-in is refused for a while: the minutes to wait.
    locked_minutes: i64,
}

fn notice_message(notice: &str) -> &'static str {
    match notice {
        "password-reset" => "notice-password-reset",
        "signed-out" => "notice-signed-out",
        _ => "",
    }
}

pub async fn show(
    ctx: PageContext,
    Query(query): Query<SignInQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(see_other(&ctx.href("/")));
    }
    let page = SignInPage {
        notice_id: notice_message(&query.notice),
        next: if is_local_path(&query.next) {
            query.next
        } else {
            String::new()
        },
        ctx,
        email: String::new(),
        errors: FormErrors::default(),
        locked_minutes: 0,
    };
    render(&page, StatusCode::OK)
}

pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    submission: Submission<SignInForm>,
) -> Result<Response, AppError> {
    let (form, token_ok) = submission.into_parts();
    let mut page = SignInPage {
        email: form.email.trim().to_string(),
        next: if is_local_path(&form.next) {
            form.next.clone()
        } else {
            String::new()
        },
        ctx,
        errors: FormErrors::default(),
        notice_id: "",
        locked_minutes: 0,
    };
    if !token_ok {
        page.errors.add("form", "error-form-expired");
        return render(&page, StatusCode::FORBIDDEN);
    }
    let email = normalise_email(&form.email);
    if email.is_none() {
        page.errors.add(
            "email",
            if page.email.is_empty() {
                "error-required"
            } else {
                "error-email-invalid"
            },
        );
    }
    if form.password.is_empty() {
        page.errors.add("password", "error-required");
    }
    let Some(email) = email.filter(|_| page.errors.is_empty()) else {
        return render(&page, StatusCode::UNPROCESSABLE_ENTITY);
    };

    let delay = match throttle::check(&state.db, &email, peer.ip()).await? {
        Verdict::Refused {
            retry_after_seconds,
        } => {
            page.locked_minutes = (retry_after_seconds + 59) / 60;
            let mut response = render(&page, StatusCode::TOO_MANY_REQUESTS)?;
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_seconds));
            return Ok(response);
        }
        Verdict::Allowed { delay } => delay,
    };

    let user = queries::find_user_by_email(&state.db, &email).await?;
    let stored_hash = user
        .as_ref()
        .map_or(DECOY_HASH.to_string(), |u| u.password_hash.clone());
    let password_ok = verify_password(form.password, stored_hash).await;
    let Some(user) = user.filter(|_| password_ok) else {
        throttle::record_failure(&state.db, &email, peer.ip()).await?;
        tokio::time::sleep(delay).await;
        // One message for an unknown email and a wrong password: it does not reveal who has an account.
        page.errors.add("form", "error-sign-in-failed");
        return render(&page, StatusCode::UNAUTHORIZED);
    };

    throttle::record_success(&state.db, &email).await?;
    // A fresh session on every sign-in; the one this browser had (if any) ends.
    if let Some(previous) = &page.ctx.user {
        queries::delete_session(&state.db, &previous.session_hash).await?;
    }
    let session = start_session(&state, user.id).await?;
    let preferred = Locale::from_code(&user.preferred_language).unwrap_or(page.ctx.locale);
    let target = if page.next.is_empty() {
        format!("/{preferred}/")
    } else {
        page.next.clone()
    };
    Ok(with_cookies(
        see_other(&target),
        [session, language_cookie(&state, preferred)],
    ))
}

pub async fn sign_out(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    if let Submission::Expired(_) = submission {
        return Err(AppError::FormExpired);
    }
    if let Some(user) = &ctx.user {
        queries::delete_session(&state.db, &user.session_hash).await?;
    }
    let target = ctx.href("/sign-in?notice=signed-out");
    Ok(with_cookies(
        see_other(&target),
        [end_session_cookie(&state)],
    ))
}
