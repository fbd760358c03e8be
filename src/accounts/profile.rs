//! The signed-in user's profile and password.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::app::AppState;
use crate::i18n::Locale;
use crate::web::{AppError, FormErrors, PageContext, Submission, render, see_other};

use super::password::{MIN_PASSWORD_CHARS, hash_password, password_problem, verify_password};
use super::queries::{self, ProfileChange, UserRecord};
use super::sessions::{language_cookie, with_cookies};
use super::validate::{ORGANISATION_TYPES, ProfileFields};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordChangeForm {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileQuery {
    saved: String,
}

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    ctx: PageContext,
    email: String,
    member_since: String,
    fields: ProfileFields,
    errors: FormErrors,
    password_errors: FormErrors,
    notice_id: &'static str,
    organisation_types: &'static [&'static str],
    languages: [Locale; 4],
    min_password_chars: usize,
}

impl ProfilePage {
    fn new(ctx: PageContext, record: &UserRecord) -> ProfilePage {
        ProfilePage {
            email: record.email.clone(),
            member_since: ctx.tr.date(record.created_at),
            fields: ProfileFields {
                name: record.name.clone(),
                organisation: record.organisation.clone(),
                organisation_type: record.organisation_type.clone(),
                country: record.country.clone(),
                preferred_language: record.preferred_language.clone(),
            },
            ctx,
            errors: FormErrors::default(),
            password_errors: FormErrors::default(),
            notice_id: "",
            organisation_types: &ORGANISATION_TYPES,
            languages: Locale::ALL,
            min_password_chars: MIN_PASSWORD_CHARS,
        }
    }
}

async fn signed_in_record(state: &AppState, ctx: &PageContext) -> Result<UserRecord, AppError> {
    let user = ctx.signed_in_user()?;
    queries::find_user(&state.db, user.id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<ProfileQuery>,
) -> Result<Response, AppError> {
    let record = signed_in_record(&state, &ctx).await?;
    let mut page = ProfilePage::new(ctx, &record);
    page.notice_id = match query.saved.as_str() {
        "profile" => "notice-profile-saved",
        "password" => "notice-password-changed",
        _ => "",
    };
    render(&page, StatusCode::OK)
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<ProfileFields>,
) -> Result<Response, AppError> {
    let record = signed_in_record(&state, &ctx).await?;
    let (mut fields, token_ok) = submission.into_parts();
    let mut errors = FormErrors::default();
    if !token_ok {
        errors.add("form", "error-form-expired");
    }
    fields.validate(&mut errors);
    if !errors.is_empty() {
        let mut page = ProfilePage::new(ctx, &record);
        page.fields = fields;
        page.errors = errors;
        let status = if token_ok {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::FORBIDDEN
        };
        return render(&page, status);
    }
    let change = ProfileChange {
        name: fields.name,
        organisation: fields.organisation,
        organisation_type: fields.organisation_type,
        country: fields.country,
        preferred_language: fields.preferred_language,
    };
    queries::update_profile(&state.db, record.id, &change).await?;
    let locale = Locale::from_code(&change.preferred_language).unwrap_or(ctx.locale);
    let target = format!("/{locale}/profile?saved=profile");
    Ok(with_cookies(
        see_other(&target),
        [language_cookie(&state, locale)],
    ))
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<PasswordChangeForm>,
) -> Result<Response, AppError> {
    let record = signed_in_record(&state, &ctx).await?;
    let session_hash = ctx.signed_in_user()?.session_hash.clone();
    let (form, token_ok) = submission.into_parts();
    let mut errors = FormErrors::default();
    if !token_ok {
        errors.add("form", "error-form-expired");
    } else if form.current_password.is_empty() {
        errors.add("current_password", "error-required");
    } else if !verify_password(form.current_password, record.password_hash.clone()).await {
        errors.add("current_password", "error-current-password-wrong");
    }
    if let Some(problem) = password_problem(&form.new_password, &record.email) {
        errors.add("new_password", problem);
    }
    if !errors.is_empty() {
        let mut page = ProfilePage::new(ctx, &record);
        page.password_errors = errors;
        let status = if token_ok {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::FORBIDDEN
        };
        return render(&page, status);
    }
    let new_hash = hash_password(form.new_password).await?;
    let mut tx = state.db.begin().await?;
    queries::set_password_hash(&mut tx, record.id, &new_hash).await?;
    // Other devices signed in with the old password are signed out.
    queries::delete_other_sessions(&mut tx, record.id, &session_hash).await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href("/profile?saved=password")))
}
