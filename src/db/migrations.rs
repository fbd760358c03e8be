//! Migrations, one set per engine, embedded in the binary and kept in lockstep (a test compares the schemas).

use std::borrow::Cow;

use rust_embed::RustEmbed;
use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

use super::{Db, DbError};

#[derive(RustEmbed)]
#[folder = "migrations/"]
struct MigrationFiles;

/// The migrations for one engine folder (`sqlite` or `postgres`), ordered by version.
/// A file is named `NNNN_description.sql`.
pub fn migrations_for(folder: &str) -> Vec<Migration> {
    let prefix = format!("{folder}/");
    let mut migrations: Vec<Migration> = MigrationFiles::iter()
        .filter_map(|path| {
            let name = path
                .strip_prefix(&prefix)?
                .strip_suffix(".sql")?
                .to_string();
            let (version, description) = name.split_once('_')?;
            let version: i64 = version.parse().ok()?;
            let file = MigrationFiles::get(&path)?;
            let sql = String::from_utf8(file.data.into_owned()).ok()?;
            Some(Migration::new(
                version,
                Cow::Owned(description.replace('_', " ")),
                MigrationType::Simple,
                sqlx::AssertSqlSafe(sql).into_sql_str(),
                false,
            ))
        })
        .collect();
    migrations.sort_by_key(|m| m.version);
    migrations
}

/// Brings the schema up to date. On PostgreSQL the migrator holds an advisory lock, so several nodes may start
/// at once.
pub async fn migrate(db: &Db) -> Result<(), DbError> {
    match db {
        Db::Sqlite(pool) => {
            Migrator::with_migrations(migrations_for("sqlite"))
                .run(pool)
                .await?
        }
        Db::Postgres(pool) => {
            Migrator::with_migrations(migrations_for("postgres"))
                .run(pool)
                .await?
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_engines_have_the_same_migration_versions() {
        let versions = |folder| {
            migrations_for(folder)
                .iter()
                .map(|m| (m.version, m.description.to_string()))
                .collect::<Vec<_>>()
        };
        let sqlite = versions("sqlite");
        assert!(!sqlite.is_empty(), "no SQLite migrations were embedded");
        assert_eq!(sqlite, versions("postgres"));
    }
}
