//! Creating an account.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::app::AppState;
use crate::db::is_unique_violation;
use crate::i18n::Locale;
use crate::web::{AppError, FormErrors, PageContext, Submission, render, see_other};

use super::password::{MIN_PASSWORD_CHARS, hash_password, password_problem};
use super::queries::{self, NewUser};
use super::sessions::{language_cookie, start_session, with_cookies};
use super::validate::{ORGANISATION_TYPES, ProfileFields, normalise_email};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignUpForm {
    pub name: String,
    pub email: String,
    pub password: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    pub preferred_language: String,
}

#[derive(Template)]
#[template(path = "accounts/sign_up.html")]
struct SignUpPage {
    ctx: PageContext,
    fields: ProfileFields,
    email: String,
    errors: FormErrors,
    organisation_types: &'static [&'static str],
    languages: [Locale; 4],
    min_password_chars: usize,
}

fn page(ctx: PageContext, form: SignUpForm, errors: FormErrors) -> SignUpPage {
    SignUpPage {
        ctx,
        email: form.email,
        fields: ProfileFields {
            name: form.name,
            organisation: form.organisation,
            organisation_type: form.organisation_type,
            country: form.country,
            preferred_language: form.preferred_language,
        },
        errors,
        organisation_types: &ORGANISATION_TYPES,
        languages: Locale::ALL,
        min_password_chars: MIN_PASSWORD_CHARS,
    }
}

pub async fn show(ctx: PageContext) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(see_other(&ctx.href("/")));
    }
    let form = SignUpForm {
        preferred_language: ctx.lang().to_string(),
        ..Default::default()
    };
    render(&page(ctx, form, FormErrors::default()), StatusCode::OK)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<SignUpForm>,
) -> Result<Response, AppError> {
    let (mut form, token_ok) = submission.into_parts();
    let mut errors = FormErrors::default();
    if !token_ok {
        errors.add("form", "error-form-expired");
    }
    let mut profile = ProfileFields {
        name: form.name.clone(),
        organisation: form.organisation.clone(),
        organisation_type: form.organisation_type.clone(),
        country: form.country.clone(),
        preferred_language: form.preferred_language.clone(),
    };
    profile.validate(&mut errors);
    let email = normalise_email(&form.email);
    if email.is_none() {
        errors.add(
            "email",
            if form.email.trim().is_empty() {
                "error-required"
            } else {
                "error-email-invalid"
            },
        );
    }
    if let Some(problem) = password_problem(&form.password, email.as_deref().unwrap_or("")) {
        errors.add("password", problem);
    }
    // Show the trimmed values that would be saved; never send a password back.
    form.name = profile.name.clone();
    form.organisation = profile.organisation.clone();
    form.country = profile.country.clone();
    form.email = form.email.trim().to_string();
    let (Some(email), true) = (email, errors.is_empty()) else {
        form.password.clear();
        let status = if token_ok {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::FORBIDDEN
        };
        return render(&page(ctx, form, errors), status);
    };

    let new_user = NewUser {
        email,
        name: profile.name,
        password_hash: hash_password(std::mem::take(&mut form.password)).await?,
        organisation: profile.organisation,
        organisation_type: profile.organisation_type,
        country: profile.country,
        preferred_language: profile.preferred_language,
        role: crate::web::Role::Learner,
    };
    let mut tx = state.db.begin().await?;
    let user_id = match queries::insert_user(&mut tx, &new_user).await {
        Ok(id) => id,
        Err(error) if is_unique_violation(&error) => {
            errors.add("email", "error-email-taken");
            return render(&page(ctx, form, errors), StatusCode::CONFLICT);
        }
        Err(error) => return Err(error.into()),
    };
    tx.commit().await?;

    let locale = Locale::from_code(&new_user.preferred_language).unwrap_or(ctx.locale);
    let session = start_session(&state, user_id).await?;
    let target = format!("/{locale}/?welcome=1");
    Ok(with_cookies(
        see_other(&target),
        [session, language_cookie(&state, locale)],
    ))
}
