//! Accounts: sign-up, sign-in and sign-out, the profile, password changes and resets.

mod password;
mod profile;
pub mod queries;
mod reset;
pub mod sessions;
mod sign_in;
mod sign_up;
pub mod throttle;
pub mod validate;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;

pub use password::{hash_password, password_problem};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/sign-up", get(sign_up::show).post(sign_up::submit))
        .route("/{lang}/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/{lang}/sign-out", post(sign_in::sign_out))
        .route("/{lang}/profile", get(profile::show).post(profile::save))
        .route("/{lang}/profile/password", post(profile::change_password))
        .route(
            "/{lang}/password-reset",
            get(reset::show_request).post(reset::request),
        )
        .route(
            "/{lang}/password-reset/{token}",
            get(reset::show_new_password).post(reset::set_new_password),
        )
}

/// Creates an account from the command line (the first admin, say). Validates like the sign-up form.
pub async fn create_user(
    db: &crate::db::Db,
    email: &str,
    name: &str,
    password: &str,
    role: crate::web::Role,
    language: crate::i18n::Locale,
) -> anyhow::Result<i64> {
    use anyhow::{Context, bail};
    let email = validate::normalise_email(email).context("that is not a valid email address")?;
    let name = name.trim();
    if name.is_empty() {
        bail!("a name is required");
    }
    if let Some(problem) = password_problem(password, &email) {
        bail!(
            "the password is refused ({problem}): use at least {} characters, not a common one",
            password::MIN_PASSWORD_CHARS
        );
    }
    let user = queries::NewUser {
        email,
        name: name.to_string(),
        password_hash: hash_password(password.to_string())
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?,
        organisation: String::new(),
        organisation_type: "other".into(),
        country: String::new(),
        preferred_language: language.code().into(),
        role,
    };
    let mut tx = db.begin().await?;
    let id = match queries::insert_user(&mut tx, &user).await {
        Err(e) if crate::db::is_unique_violation(&e) => {
            bail!("an account with the email {} already exists", user.email)
        }
        other => other?,
    };
    tx.commit().await?;
    Ok(id)
}
