//! The accounts feature's tables: users, sessions, password resets, sign-in failures.

use sqlx::FromRow;

use crate::db::{Db, Tx, now};
use crate::web::{CurrentUser, Role};
use crate::{on_db, on_tx};

/// How long a session lasts without signing in again.
pub const SESSION_SECONDS: i64 = 30 * 24 * 3600;
/// How long a password-reset link works.
pub const RESET_LINK_SECONDS: i64 = 3600;

#[derive(Clone, Debug, FromRow)]
pub struct UserRecord {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    pub preferred_language: String,
    pub role: String,
    pub created_at: i64,
}

/// A new account, validated.
#[derive(Clone, Debug)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    pub preferred_language: String,
    pub role: Role,
}

const USER_COLUMNS: &str = "id, email, name, password_hash, organisation, organisation_type, country, \
                            preferred_language, role, created_at";

/// Inserts a user and returns the id; fails with a unique violation when the email is taken.
pub async fn insert_user(tx: &mut Tx, user: &NewUser) -> Result<i64, sqlx::Error> {
    let now = now();
    on_tx!(tx, conn => sqlx::query_scalar::<_, i64>(
        "INSERT INTO users (email, name, password_hash, organisation, organisation_type, country, \
         preferred_language, role, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(&user.email)
    .bind(&user.name)
    .bind(&user.password_hash)
    .bind(&user.organisation)
    .bind(&user.organisation_type)
    .bind(&user.country)
    .bind(&user.preferred_language)
    .bind(user.role.code())
    .bind(now)
    .fetch_one(conn)
    .await)
}

pub async fn find_user_by_email(db: &Db, email: &str) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1"));
    on_db!(db, pool => sqlx::query_as::<_, UserRecord>(sql).bind(email).fetch_optional(pool).await)
}

pub async fn find_user(db: &Db, id: i64) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"));
    on_db!(db, pool => sqlx::query_as::<_, UserRecord>(sql).bind(id).fetch_optional(pool).await)
}

/// The editable part of a profile.
#[derive(Clone, Debug)]
pub struct ProfileChange {
    pub name: String,
    pub organisation: String,
    pub organisation_type: String,
    pub country: String,
    pub preferred_language: String,
}

pub async fn update_profile(
    db: &Db,
    user_id: i64,
    change: &ProfileChange,
) -> Result<(), sqlx::Error> {
    on_db!(db, pool => sqlx::query(
        "UPDATE users SET name = $1, organisation = $2, organisation_type = $3, country = $4, \
         preferred_language = $5, updated_at = $6 WHERE id = $7",
    )
    .bind(&change.name)
    .bind(&change.organisation)
    .bind(&change.organisation_type)
    .bind(&change.country)
    .bind(&change.preferred_language)
    .bind(now())
    .bind(user_id)
    .execute(pool)
    .await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_password_hash(
    tx: &mut Tx,
    user_id: i64,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(now())
        .bind(user_id)
        .execute(conn)
        .await.map(|r| r.rows_affected()))?;
    Ok(())
}

// --- sessions ---

pub async fn insert_session(db: &Db, token_hash: &str, user_id: i64) -> Result<(), sqlx::Error> {
    let now = now();
    on_db!(db, pool => sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now)
    .bind(now + SESSION_SECONDS)
    .execute(pool)
    .await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(FromRow)]
struct SessionUserRow {
    id: i64,
    name: String,
    email: String,
    role: String,
}

/// The user of a live session, by the hash of its token.
pub async fn session_user(db: &Db, token_hash: &str) -> Result<Option<CurrentUser>, sqlx::Error> {
    let row = on_db!(db, pool => sqlx::query_as::<_, SessionUserRow>(
        "SELECT u.id, u.name, u.email, u.role FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(|r| CurrentUser {
        id: r.id,
        name: r.name,
        email: r.email,
        role: Role::from_code(&r.role).unwrap_or(Role::Learner),
        session_hash: token_hash.to_string(),
    }))
}

pub async fn delete_session(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    on_db!(db, pool => sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Ends every session of a user but `keep` (the one that changed the password, if any).
pub async fn delete_other_sessions(
    tx: &mut Tx,
    user_id: i64,
    keep: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(conn)
        .await.map(|r| r.rows_affected()))?;
    Ok(())
}

// --- password resets ---

pub async fn insert_password_reset(
    db: &Db,
    token_hash: &str,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    let now = now();
    on_db!(db, pool => sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now)
    .bind(now + RESET_LINK_SECONDS)
    .execute(pool)
    .await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The user a reset link belongs to, while it is unused and unexpired.
pub async fn live_password_reset(db: &Db, token_hash: &str) -> Result<Option<i64>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(pool)
    .await)
}

/// Marks a reset link used; false when it was used (or expired) in the meantime.
pub async fn use_password_reset(tx: &mut Tx, token_hash: &str) -> Result<bool, sqlx::Error> {
    let now = now();
    let result = on_tx!(tx, conn => sqlx::query(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(token_hash)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(result == 1)
}

// --- sign-in failures ---

pub async fn count_failures_since(
    db: &Db,
    key: &str,
    since: i64,
) -> Result<(i64, Option<i64>), sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, (i64, Option<i64>)>(
        "SELECT COUNT(*), MAX(failed_at) FROM sign_in_failures WHERE throttle_key = $1 AND failed_at > $2",
    )
    .bind(key)
    .bind(since)
    .fetch_one(pool)
    .await)
}

pub async fn record_failure(db: &Db, key: &str, window_start: i64) -> Result<(), sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1 AND failed_at <= $2")
            .bind(key)
            .bind(window_start)
            .execute(pool)
            .await.map(|r| r.rows_affected())?;
        sqlx::query("INSERT INTO sign_in_failures (throttle_key, failed_at) VALUES ($1, $2)")
            .bind(key)
            .bind(now())
            .execute(pool)
            .await.map(|r| r.rows_affected())
    })?;
    Ok(())
}

pub async fn clear_failures(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    on_db!(db, pool => sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1").bind(key).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

// --- administration ---

#[derive(Clone, Debug, FromRow)]
pub struct UserSummary {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub created_at: i64,
}

pub async fn count_users(db: &Db) -> Result<i64, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users").fetch_one(pool).await)
}

pub async fn list_users(db: &Db, limit: i64, offset: i64) -> Result<Vec<UserSummary>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, UserSummary>(
        "SELECT id, email, name, organisation, role, created_at FROM users ORDER BY id LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await)
}

/// Changes a role, unless that would leave the site without an admin. Returns false when refused.
pub async fn set_role_keeping_an_admin(
    tx: &mut Tx,
    user_id: i64,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let admins_left = on_tx!(tx, conn => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM users WHERE role = 'admin' AND id <> $1",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await)?;
    if role != Role::Admin && admins_left == 0 {
        return Ok(false);
    }
    on_tx!(tx, conn => sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
        .bind(role.code())
        .bind(now())
        .bind(user_id)
        .execute(conn)
        .await.map(|r| r.rows_affected()))?;
    Ok(true)
}
