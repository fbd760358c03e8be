//! The database handle: one SQL text per query, run on SQLite or PostgreSQL.
//!
//! `Db` holds a native pool for either engine. Queries are written once and compiled for both pools by
//! [`on_db!`](crate::on_db) and [`on_tx!`](crate::on_tx), so rows keep native types and the choice of engine is made
//! at run time by the database URL, never at compile time.

mod migrations;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Postgres, Sqlite, Transaction};

pub use migrations::migrate;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot open the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction on either engine; commit it, or it rolls back when dropped.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Runs one expression against the pool `db` holds: `on_db!(db, pool => query.fetch_one(pool).await)`.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs one expression against the connection of a transaction: `on_tx!(tx, conn => query.execute(conn).await)`.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

/// A value bound to a query, the same on either engine: writers build one list and run it with [`execute`] or
/// [`fetch_id`].
#[derive(Clone, Copy, Debug)]
pub enum Bind<'a> {
    Text(&'a str),
    Int(i64),
    OptInt(Option<i64>),
    Bool(bool),
    Bytes(&'a [u8]),
}

/// Binds every value of `$binds` to `$query`, in order.
macro_rules! bind_all {
    ($query:expr, $binds:expr) => {{
        let mut query = $query;
        for bind in $binds {
            query = match *bind {
                Bind::Text(v) => query.bind(v),
                Bind::Int(v) => query.bind(v),
                Bind::OptInt(v) => query.bind(v),
                Bind::Bool(v) => query.bind(v),
                Bind::Bytes(v) => query.bind(v),
            };
        }
        query
    }};
}

/// Runs one statement in a transaction; returns the rows it touched.
pub async fn execute(
    tx: &mut Tx,
    sql: &'static str,
    binds: impl AsRef<[Bind<'_>]>,
) -> Result<u64, sqlx::Error> {
    let binds = binds.as_ref();
    on_tx!(tx, conn => bind_all!(sqlx::query(sql), binds).execute(conn).await.map(|r| r.rows_affected()))
}

/// Runs an `INSERT … RETURNING id` (or any query of one integer) in a transaction.
pub async fn fetch_id(
    tx: &mut Tx,
    sql: &'static str,
    binds: impl AsRef<[Bind<'_>]>,
) -> Result<i64, sqlx::Error> {
    let binds = binds.as_ref();
    on_tx!(tx, conn => bind_all!(sqlx::query_scalar::<_, i64>(sql), binds).fetch_one(conn).await)
}

/// `postgres://…` chooses PostgreSQL; anything else is taken as a SQLite file path (`sqlite://` prefix optional).
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        let connect_error = |source| DbError::Connect {
            url: redact_password(url),
            source,
        };
        if is_postgres_url(url) {
            let options = PgConnectOptions::from_str(url).map_err(connect_error)?;
            Self::connect_postgres(options).await.map_err(connect_error)
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            Self::connect_sqlite(Path::new(path))
                .await
                .map_err(connect_error)
        }
    }

    pub async fn connect_postgres(options: PgConnectOptions) -> Result<Db, sqlx::Error> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(Db::Postgres(pool))
    }

    async fn connect_sqlite(path: &Path) -> Result<Db, sqlx::Error> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(sqlx::Error::Io)?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .min_connections(1)
            .connect_with(options)
            .await?;
        Ok(Db::Sqlite(pool))
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// Starts a write transaction. SQLite takes its write lock at once (`BEGIN IMMEDIATE`), so two writers
    /// queue on the busy timeout instead of failing half-way with "database is locked".
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// True when the database answers a trivial query (the readiness probe).
    pub async fn is_reachable(&self) -> bool {
        on_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.is_ok())
    }

    pub async fn close(&self) {
        on_db!(self, pool => pool.close().await)
    }
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }
}

/// Hides the password of a database URL so that it can be logged.
pub fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.rsplit_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{host}")
        }
        None => url.to_string(),
    }
}

/// Seconds since the Unix epoch, UTC: how every time is stored.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// True when a query failed on a unique constraint (a duplicate email, say), on either engine.
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|e| e.kind() == sqlx::error::ErrorKind::UniqueViolation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_the_password_of_a_postgres_url() {
        assert_eq!(
            redact_password("postgres://m4d:secret@db.example:5432/m4d"),
            "postgres://m4d:***@db.example:5432/m4d"
        );
        assert_eq!(redact_password("data/m4d.db"), "data/m4d.db");
    }

    #[test]
    fn chooses_the_engine_by_url() {
        assert!(is_postgres_url("postgres://localhost/m4d"));
        assert!(is_postgres_url("postgresql://localhost/m4d"));
        assert!(!is_postgres_url("sqlite://data/m4d.db"));
        assert!(!is_postgres_url("data/m4d.db"));
    }
}
