//! The planning tool's tables: indicator sets, assessments, members, invitations, answers, resolutions, actions.

use sqlx::AssertSqlSafe;

use crate::content::indicators::IndicatorSet;
use crate::db::{Bind, Db, Tx, execute, now};
use crate::on_db;

/// Writes (or replaces) an indicator set from a pack, in the import's transaction. Assessments keep pointing at
/// the set by id: indicator ids are stable across revisions.
pub async fn import_set(tx: &mut Tx, set: &IndicatorSet) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(set).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let updated = execute(
        tx,
        "UPDATE planning_sets SET revision = $1, definition_json = $2, imported_at = $3 WHERE id = $4",
        &[Bind::Int(set.revision), Bind::Text(&json), Bind::Int(now()), Bind::Text(&set.id)],
    )
    .await?;
    if updated == 0 {
        execute(
            tx,
            "INSERT INTO planning_sets (id, revision, definition_json, imported_at) VALUES ($1, $2, $3, $4)",
            &[Bind::Text(&set.id), Bind::Int(set.revision), Bind::Text(&json), Bind::Int(now())],
        )
        .await?;
    }
    Ok(())
}

/// Indicator ids of the stored set with this id that have answers but are missing from `set`.
pub async fn answered_but_missing(
    tx: &mut Tx,
    set: &IndicatorSet,
) -> Result<Vec<String>, sqlx::Error> {
    let answered: Vec<String> = crate::on_tx!(tx, conn => sqlx::query_scalar(
        "SELECT DISTINCT x.indicator_id FROM assessment_answers x JOIN assessments a ON a.id = x.assessment_id \
         WHERE a.set_id = $1 ORDER BY x.indicator_id").bind(&set.id).fetch_all(conn).await)?;
    Ok(answered
        .into_iter()
        .filter(|id| !set.indicators.iter().any(|i| i.id == *id))
        .collect())
}

/// Takes the assessment's row lock when its round is open, inside a writer's transaction: a write that raced the
/// coordinator's "close" then waits for it and sees the round closed. False when the round is closed.
pub async fn lock_open_round(tx: &mut Tx, assessment_id: i64) -> Result<bool, sqlx::Error> {
    let touched = execute(
        tx,
        "UPDATE assessments SET status = status WHERE id = $1 AND status = 'open'",
        &[Bind::Int(assessment_id)],
    )
    .await?;
    Ok(touched == 1)
}

fn parse(json: &str) -> Result<IndicatorSet, sqlx::Error> {
    serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// The set new assessments use: the one imported last.
pub async fn current_set(db: &Db) -> Result<Option<IndicatorSet>, sqlx::Error> {
    let json: Option<String> = on_db!(db, pool => sqlx::query_scalar(
        "SELECT definition_json FROM planning_sets ORDER BY imported_at DESC, id LIMIT 1").fetch_optional(pool).await)?;
    json.as_deref().map(parse).transpose()
}

pub async fn set_by_id(db: &Db, id: &str) -> Result<Option<IndicatorSet>, sqlx::Error> {
    let json: Option<String> = on_db!(db, pool => sqlx::query_scalar(
        "SELECT definition_json FROM planning_sets WHERE id = $1").bind(id).fetch_optional(pool).await)?;
    json.as_deref().map(parse).transpose()
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Assessment {
    pub id: i64,
    pub set_id: String,
    pub territory: String,
    pub country: String,
    pub territory_kinds: String,
    pub round: i64,
    pub previous_id: Option<i64>,
    pub status: String,
    pub published: bool,
    pub created_by: i64,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

impl Assessment {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

const ASSESSMENT_COLUMNS: &str = "id, set_id, territory, country, territory_kinds, round, previous_id, status, \
                                  published, created_by, created_at, closed_at";

pub async fn assessment(db: &Db, id: i64) -> Result<Option<Assessment>, sqlx::Error> {
    let sql = AssertSqlSafe(format!(
        "SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE id = $1"
    ));
    on_db!(db, pool => sqlx::query_as::<_, Assessment>(sql).bind(id).fetch_optional(pool).await)
}

/// The assessments a user is a member of, newest first.
pub async fn assessments_of(db: &Db, user_id: i64) -> Result<Vec<Assessment>, sqlx::Error> {
    let columns = ASSESSMENT_COLUMNS
        .split(", ")
        .map(|c| format!("a.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = AssertSqlSafe(format!(
        "SELECT {columns} FROM assessments a JOIN assessment_members m ON m.assessment_id = a.id \
         WHERE m.user_id = $1 ORDER BY a.created_at DESC, a.id DESC"
    ));
    on_db!(db, pool => sqlx::query_as::<_, Assessment>(sql).bind(user_id).fetch_all(pool).await)
}

/// The round that repeats `assessment_id`, if one was started.
pub async fn next_round(db: &Db, assessment_id: i64) -> Result<Option<i64>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar("SELECT id FROM assessments WHERE previous_id = $1")
        .bind(assessment_id).fetch_optional(pool).await)
}

/// `coordinator` or `respondent`; `None` for anyone else.
pub async fn member_role(
    db: &Db,
    assessment_id: i64,
    user_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_scalar("SELECT role FROM assessment_members WHERE assessment_id = $1 AND user_id = $2")
        .bind(assessment_id).bind(user_id).fetch_optional(pool).await)
}

/// (user id, role) of every member.
pub async fn members(db: &Db, assessment_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as("SELECT user_id, role FROM assessment_members WHERE assessment_id = $1 ORDER BY joined_at, user_id")
        .bind(assessment_id).fetch_all(pool).await)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Answer {
    pub indicator_id: String,
    pub user_id: i64,
    pub level: String,
    pub evidence: String,
    pub links: String,
    pub version: i64,
    pub updated_at: i64,
}

pub async fn answers(db: &Db, assessment_id: i64) -> Result<Vec<Answer>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, Answer>(
        "SELECT indicator_id, user_id, level, evidence, links, version, updated_at FROM assessment_answers \
         WHERE assessment_id = $1 ORDER BY indicator_id, user_id").bind(assessment_id).fetch_all(pool).await)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Resolution {
    pub indicator_id: String,
    pub level: String,
    pub reason: String,
    pub resolved_by: i64,
    pub resolved_at: i64,
}

pub async fn resolutions(db: &Db, assessment_id: i64) -> Result<Vec<Resolution>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, Resolution>(
        "SELECT indicator_id, level, reason, resolved_by, resolved_at FROM assessment_resolutions \
         WHERE assessment_id = $1 ORDER BY indicator_id").bind(assessment_id).fetch_all(pool).await)
}

/// Everyone's answers and the coordinator's resolutions of one round: what standings are computed from.
pub async fn round(
    db: &Db,
    assessment_id: i64,
) -> Result<(Vec<Answer>, Vec<Resolution>), sqlx::Error> {
    Ok((
        answers(db, assessment_id).await?,
        resolutions(db, assessment_id).await?,
    ))
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub assessment_id: i64,
    pub email: String,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
}

pub async fn invitations(db: &Db, assessment_id: i64) -> Result<Vec<Invitation>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, Invitation>(
        "SELECT id, assessment_id, email, expires_at, accepted_at FROM assessment_invitations \
         WHERE assessment_id = $1 ORDER BY created_at, id").bind(assessment_id).fetch_all(pool).await)
}

pub async fn invitation_by_token(
    db: &Db,
    token_hash: &str,
) -> Result<Option<Invitation>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, Invitation>(
        "SELECT id, assessment_id, email, expires_at, accepted_at FROM assessment_invitations WHERE token_hash = $1")
        .bind(token_hash).fetch_optional(pool).await)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Action {
    pub id: i64,
    pub indicator_id: String,
    pub title: String,
    pub owner: String,
    pub partners: String,
    pub due_date: String,
    pub status: String,
}

pub async fn actions(db: &Db, assessment_id: i64) -> Result<Vec<Action>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, Action>(
        "SELECT id, indicator_id, title, owner, partners, due_date, status FROM planning_actions \
         WHERE assessment_id = $1 ORDER BY due_date, id").bind(assessment_id).fetch_all(pool).await)
}

/// The title and path of an indexed lesson or practice in a language (the search index is the kernel's public
/// list of what exists where), falling back to any language.
pub async fn indexed_item(
    db: &Db,
    kind: &str,
    key: &str,
    lang: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, (String, String)>(
        "SELECT title, path FROM search_documents WHERE kind = $1 AND item_key = $2 AND visible \
         ORDER BY CASE WHEN lang = $3 THEN 0 ELSE 1 END, lang LIMIT 1")
        .bind(kind).bind(key).bind(lang).fetch_optional(pool).await)
}
