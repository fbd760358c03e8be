//! The command line: `serve`, `migrate`, `user add`, `backup`.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use crate::app::{self, AppState};
use crate::config::{Config, ServeArgs, StorageArgs};
use crate::content;
use crate::db::{self, Db};
use crate::i18n::Locale;
use crate::web::Role;

#[derive(Parser, Debug)]
#[command(
    name = "m4d",
    version,
    about = "M4D Toolbox: learning on migration and local development"
)]
pub struct Cli {
    #[command(flatten)]
    storage: StorageArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the platform (creates and migrates the database on first start).
    Serve(ServeArgs),
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Check or import a content pack (see docs/content-format.md).
    Content {
        #[command(subcommand)]
        action: ContentCommand,
    },
    /// Write a consistent copy of the SQLite database to FILE, while the server runs.
    Backup { file: PathBuf },
}

#[derive(Subcommand, Debug)]
enum ContentCommand {
    /// Report every problem as `file:line: what is wrong — how to fix it`; writes nothing. Exit status 1 on errors.
    Check { dir: PathBuf },
    /// Check, then import all or nothing in one transaction; learners keep their progress.
    Import { dir: PathBuf },
}

#[derive(Subcommand, Debug)]
enum UserCommand {
    /// Create an account; the password is read from standard input (or asked for on a terminal).
    Add {
        #[arg(long)]
        email: String,
        /// The name shown on pages (defaults to the part of the email before '@').
        #[arg(long)]
        name: Option<String>,
        /// learner, facilitator, editor or admin.
        #[arg(long, default_value = "learner")]
        role: String,
        /// en, fr, es or ar.
        #[arg(long, default_value = "en")]
        language: String,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(serve) => {
            let config = Config::new(&cli.storage, &serve);
            let state = AppState::new(config).await?;
            app::serve(state).await
        }
        Command::Migrate => {
            let db = open_database(&cli.storage).await?;
            db.close().await;
            println!("database is up to date");
            Ok(())
        }
        Command::User {
            action:
                UserCommand::Add {
                    email,
                    name,
                    role,
                    language,
                },
        } => {
            let role = Role::from_code(&role).with_context(|| {
                format!("unknown role {role:?}: use learner, facilitator, editor or admin")
            })?;
            let language = Locale::from_code(&language)
                .with_context(|| format!("unknown language {language:?}: use en, fr, es or ar"))?;
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or("").to_string());
            let password = read_password()?;
            let db = open_database(&cli.storage).await?;
            let id =
                crate::accounts::create_user(&db, &email, &name, &password, role, language).await?;
            db.close().await;
            println!(
                "created user {id} <{}> with role {}",
                email.trim().to_lowercase(),
                role.code()
            );
            Ok(())
        }
        Command::Content {
            action: ContentCommand::Check { dir },
        } => check_content(&dir),
        Command::Content {
            action: ContentCommand::Import { dir },
        } => {
            let files = read_pack_folder(&dir)?;
            let (pack, warnings) = match content::load_pack(&files) {
                Ok(loaded) => loaded,
                Err(problems) => {
                    print_problems(&problems);
                    bail!("{} has problems; nothing was imported", dir.display());
                }
            };
            print_problems(&warnings);
            let db = open_database(&cli.storage).await?;
            let started = std::time::Instant::now();
            let bar = progress_bar(pack.modules.len() as u64 + 2);
            let summary = content::import_pack(&db, &pack, &|step| {
                bar.set_message(step.to_string());
                bar.inc(1);
            })
            .await?;
            bar.finish_and_clear();
            db.close().await;
            println!(
                "imported {} modules, {} lessons, {} quizzes, {} glossary terms ({} retired), {} publications, {} practices, {} planning indicators in {} ms",
                summary.modules,
                summary.lessons,
                summary.quizzes,
                summary.terms,
                summary.retired,
                summary.publications,
                summary.practices,
                summary.indicators,
                started.elapsed().as_millis()
            );
            Ok(())
        }
        Command::Backup { file } => {
            let db = open_database(&cli.storage).await?;
            let Db::Sqlite(pool) = &db else {
                bail!("backup copies the embedded SQLite database; for PostgreSQL use pg_dump");
            };
            if file.exists() {
                bail!("{} exists already: choose a new file name", file.display());
            }
            let target = file
                .to_str()
                .context("the backup file name must be valid UTF-8")?;
            sqlx::query("VACUUM INTO $1")
                .bind(target)
                .execute(pool)
                .await
                .context("backup failed")?;
            db.close().await;
            println!("backup written to {}", file.display());
            Ok(())
        }
    }
}

fn read_pack_folder(dir: &std::path::Path) -> anyhow::Result<content::PackFiles> {
    content::PackFiles::from_dir(dir)
        .with_context(|| format!("cannot read the pack folder {}", dir.display()))
}

fn print_problems(problems: &[content::Problem]) {
    for problem in problems {
        eprintln!("{problem}");
    }
}

fn check_content(dir: &std::path::Path) -> anyhow::Result<()> {
    let files = read_pack_folder(dir)?;
    match content::load_pack(&files) {
        Ok((pack, warnings)) => {
            print_problems(&warnings);
            let lessons: usize = pack.modules.iter().map(|m| m.lessons.len()).sum();
            println!(
                "{}: {} modules, {} lessons, {} publications, {} practices, {} planning indicators, no errors ({} warnings)",
                dir.display(),
                pack.modules.len(),
                lessons,
                pack.publications.len(),
                pack.practices.len(),
                pack.indicators
                    .as_ref()
                    .map_or(0, |set| set.indicators.len()),
                warnings.len()
            );
            Ok(())
        }
        Err(problems) => {
            print_problems(&problems);
            let errors = problems.iter().filter(|p| !p.warning).count();
            eprintln!("{}: {errors} error(s)", dir.display());
            std::process::exit(1);
        }
    }
}

/// A progress bar on a terminal; silent otherwise.
fn progress_bar(steps: u64) -> indicatif::ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(steps);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    }
}

async fn open_database(storage: &StorageArgs) -> anyhow::Result<Db> {
    std::fs::create_dir_all(&storage.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {}",
            storage.data_dir.display()
        )
    })?;
    let db = Db::connect(&storage.effective_database_url()).await?;
    db::migrate(&db).await?;
    Ok(db)
}

/// Asks twice on a terminal; otherwise reads the first line of standard input.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let second = rpassword::prompt_password("Password again: ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}
