//! The settings of a running platform. Flags override `M4D_*` environment variables, which override defaults
//! (clap reads both). A config file layer can come later without changing this struct.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

#[derive(Args, Clone, Debug)]
pub struct StorageArgs {
    /// Folder for the embedded database, the outbox and uploaded files.
    #[arg(long, env = "M4D_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// `postgres://user:pass@host/db` for PostgreSQL; empty for the embedded SQLite file in the data folder.
    #[arg(
        long,
        env = "M4D_DATABASE_URL",
        default_value = "",
        hide_env_values = true,
        global = true
    )]
    pub database_url: String,
}

impl StorageArgs {
    /// The database URL in force: the given one, or the SQLite file `DATA_DIR/m4d.db`.
    pub fn effective_database_url(&self) -> String {
        if self.database_url.trim().is_empty() {
            self.data_dir.join("m4d.db").display().to_string()
        } else {
            self.database_url.trim().to_string()
        }
    }
}

#[derive(Args, Clone, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "M4D_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// The address people use to reach the site, for links in emails (defaults to http://BIND).
    #[arg(long, env = "M4D_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// SMTP server, e.g. `smtps://user:password@mail.example.org`; without one, mail goes to DATA_DIR/outbox.
    #[arg(long, env = "M4D_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Do not load the bundled toolbox course into an empty database (for a site with its own content pack).
    #[arg(long, env = "M4D_NO_BUNDLED_CONTENT")]
    pub no_bundled_content: bool,

    /// Sender address of the platform's emails.
    #[arg(
        long,
        env = "M4D_MAIL_FROM",
        default_value = "M4D Toolbox <no-reply@localhost>"
    )]
    pub mail_from: String,
}

/// Everything a running server needs, resolved once at start-up.
#[derive(Clone, Debug)]
pub struct Config {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Import the bundled toolbox pack on first start of an empty database.
    pub bundled_content: bool,
}

impl Config {
    pub fn new(storage: &StorageArgs, serve: &ServeArgs) -> Config {
        let public_url = serve
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", serve.bind))
            .trim_end_matches('/')
            .to_string();
        Config {
            bind: serve.bind,
            data_dir: storage.data_dir.clone(),
            database_url: storage.effective_database_url(),
            public_url,
            smtp_url: serve.smtp_url.clone().filter(|u| !u.trim().is_empty()),
            mail_from: serve.mail_from.clone(),
            bundled_content: !serve.no_bundled_content,
        }
    }

    /// Behind HTTPS, cookies are `Secure` and browsers are told to keep to HTTPS.
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
