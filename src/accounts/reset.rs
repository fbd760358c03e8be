//! Resetting a forgotten password by an emailed link that works once, for an hour.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::app::AppState;
use crate::mail::Mail;
use crate::web::cookies::{looks_like_token, random_token, token_hash};
use crate::web::{AppError, FormErrors, PageContext, Submission, render, see_other};

use super::password::{MIN_PASSWORD_CHARS, hash_password, password_problem};
use super::queries;
use super::validate::normalise_email;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetRequestForm {
    pub email: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewPasswordForm {
    pub new_password: String,
}

#[derive(Template)]
#[template(path = "accounts/reset_request.html")]
struct ResetRequestPage {
    ctx: PageContext,
    email: String,
    errors: FormErrors,
    /// True once a request was taken: the page then says to check the mailbox.
    sent: bool,
}

#[derive(Template)]
#[template(path = "accounts/reset_new_password.html")]
struct NewPasswordPage {
    ctx: PageContext,
    /// False when the link is unknown, used or expired: the page offers to send a new one.
    link_works: bool,
    errors: FormErrors,
    min_password_chars: usize,
}

pub async fn show_request(ctx: PageContext) -> Result<Response, AppError> {
    let page = ResetRequestPage {
        ctx,
        email: String::new(),
        errors: FormErrors::default(),
        sent: false,
    };
    render(&page, StatusCode::OK)
}

pub async fn request(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<ResetRequestForm>,
) -> Result<Response, AppError> {
    let (form, token_ok) = submission.into_parts();
    let mut page = ResetRequestPage {
        ctx,
        email: form.email.trim().to_string(),
        errors: FormErrors::default(),
        sent: false,
    };
    if !token_ok {
        page.errors.add("form", "error-form-expired");
        return render(&page, StatusCode::FORBIDDEN);
    }
    let Some(email) = normalise_email(&form.email) else {
        page.errors.add(
            "email",
            if page.email.is_empty() {
                "error-required"
            } else {
                "error-email-invalid"
            },
        );
        return render(&page, StatusCode::UNPROCESSABLE_ENTITY);
    };
    // The answer is the same whether or not the account exists, so the page reveals no one's address.
    if let Some(user) = queries::find_user_by_email(&state.db, &email).await? {
        let token = random_token();
        queries::insert_password_reset(&state.db, &token_hash(&token), user.id).await?;
        let tr = page.ctx.tr;
        let link = format!(
            "{}/{}/password-reset/{token}",
            state.config.public_url, page.ctx.locale
        );
        let mail = Mail {
            to: user.email.clone(),
            subject: tr.t("reset-mail-subject"),
            body: format!(
                "{}\n\n{link}\n\n{}\n",
                tr.t1("reset-mail-greeting", "name", &user.name),
                tr.t("reset-mail-body")
            ),
        };
        if let Err(error) = state.mailer.send(mail).await {
            tracing::error!(%error, "password reset mail was not sent");
            return Err(AppError::Internal(
                "password reset mail was not sent".into(),
            ));
        }
    }
    page.sent = true;
    render(&page, StatusCode::OK)
}

async fn live_reset(state: &AppState, token: &str) -> Result<Option<i64>, AppError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    Ok(queries::live_password_reset(&state.db, &token_hash(token)).await?)
}

pub async fn show_new_password(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let link_works = live_reset(&state, &token).await?.is_some();
    let page = NewPasswordPage {
        ctx,
        link_works,
        errors: FormErrors::default(),
        min_password_chars: MIN_PASSWORD_CHARS,
    };
    render(
        &page,
        if link_works {
            StatusCode::OK
        } else {
            StatusCode::GONE
        },
    )
}

pub async fn set_new_password(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, token)): Path<(String, String)>,
    submission: Submission<NewPasswordForm>,
) -> Result<Response, AppError> {
    let (form, token_ok) = submission.into_parts();
    let mut page = NewPasswordPage {
        ctx,
        link_works: true,
        errors: FormErrors::default(),
        min_password_chars: MIN_PASSWORD_CHARS,
    };
    let Some(user_id) = live_reset(&state, &token).await? else {
        page.link_works = false;
        return render(&page, StatusCode::GONE);
    };
    if !token_ok {
        page.errors.add("form", "error-form-expired");
        return render(&page, StatusCode::FORBIDDEN);
    }
    let user = queries::find_user(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(problem) = password_problem(&form.new_password, &user.email) {
        page.errors.add("new_password", problem);
        return render(&page, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let new_hash = hash_password(form.new_password).await?;
    let mut tx = state.db.begin().await?;
    if !queries::use_password_reset(&mut tx, &token_hash(&token)).await? {
        page.link_works = false;
        return render(&page, StatusCode::GONE);
    }
    queries::set_password_hash(&mut tx, user_id, &new_hash).await?;
    // Whoever knew the old password is signed out everywhere.
    queries::delete_other_sessions(&mut tx, user_id, "").await?;
    tx.commit().await?;
    Ok(see_other(&page.ctx.href("/sign-in?notice=password-reset")))
}
