//! A real server on a random port with a fresh database, and a browser-like client with a cookie jar.
//!
//! The engine is SQLite unless `M4D_TEST_DATABASE_URL` names a PostgreSQL server; then each app gets a schema of
//! its own on it, so tests run in parallel without sharing data.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use m4d::app::{AppState, router};
use m4d::config::Config;
use m4d::db::Db;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::HeaderMap;
use reqwest::{Client, Response, StatusCode, Url};

pub struct TestApp {
    pub base: String,
    pub database_url: String,
    pub data_dir: PathBuf,
    pub db: Db,
    _data_dir: Option<tempfile::TempDir>,
}

/// A visitor: one browser with its own cookies.
pub struct Visitor {
    pub client: Client,
    pub jar: Arc<Jar>,
    pub base: String,
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    async fn from(response: Response) -> Page {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.expect("response body is text");
        Page {
            status,
            headers,
            body,
        }
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect()
    }

    /// The value attribute of the input named `name`, as the page shows it.
    pub fn input_value(&self, name: &str) -> Option<String> {
        let marker = format!("name=\"{name}\"");
        let start = self.body.find(&marker)?;
        let tag_start = self.body[..start].rfind('<')?;
        let tag_end = start + self.body[start..].find('>')?;
        let tag = &self.body[tag_start..tag_end];
        let value_start = tag.find("value=\"")? + 7;
        let value_end = value_start + tag[value_start..].find('"')?;
        Some(unescape(&tag[value_start..value_end]))
    }

    /// The body without Fluent's bidi isolation marks around variables (invisible on screen).
    pub fn text(&self) -> String {
        self.body.replace(['\u{2068}', '\u{2069}'], "")
    }

    pub fn assert_contains(&self, text: &str) {
        assert!(
            self.text().contains(text),
            "expected {text:?} in the page (status {}):\n{}",
            self.status,
            self.body
        );
    }
}

fn unescape(text: &str) -> String {
    text.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub fn test_database_url() -> Option<String> {
    std::env::var("M4D_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.trim().is_empty())
}

/// A fresh PostgreSQL schema on the test server, as a database URL whose connections use it.
pub async fn fresh_postgres_schema(server_url: &str) -> String {
    let schema = format!("t_{}", &m4d::web::cookies::random_token()[..16]);
    let admin = Db::connect(server_url)
        .await
        .expect("the PostgreSQL test server answers");
    m4d::on_db!(&admin, pool => sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}"))).execute(pool).await.map(|_| ()))
        .expect("can create a schema");
    admin.close().await;
    let separator = if server_url.contains('?') { '&' } else { '?' };
    format!("{server_url}{separator}options=-c%20search_path%3D{schema}")
}

impl TestApp {
    /// A server on a fresh database.
    pub async fn spawn() -> TestApp {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let database_url = match test_database_url() {
            Some(server) => fresh_postgres_schema(&server).await,
            None => data_dir.path().join("m4d.db").display().to_string(),
        };
        let path = data_dir.path().to_path_buf();
        let mut app = TestApp::spawn_on(&database_url, path).await;
        app._data_dir = Some(data_dir);
        app
    }

    /// Another node of the same site: a second server on the same database.
    pub async fn spawn_on(database_url: &str, data_dir: PathBuf) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a random port");
        let address = listener.local_addr().unwrap();
        let config = Config {
            bind: address,
            data_dir: data_dir.clone(),
            database_url: database_url.to_string(),
            public_url: format!("http://{address}"),
            smtp_url: None,
            mail_from: "M4D Toolbox <no-reply@localhost>".into(),
            bundled_content: false,
        };
        let state = AppState::new(config).await.expect("the app starts");
        let db = state.db.clone();
        let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.expect("server runs") });
        TestApp {
            base: format!("http://{address}"),
            database_url: database_url.to_string(),
            data_dir,
            db,
            _data_dir: None,
        }
    }

    /// A server with the small test pack (`tests/fixtures/packs/small`) imported.
    pub async fn with_small_pack() -> TestApp {
        let app = TestApp::spawn().await;
        app.import_pack(&small_pack_dir()).await;
        app
    }

    pub async fn import_pack(&self, dir: &std::path::Path) -> m4d::content::ImportSummary {
        let files = m4d::content::PackFiles::from_dir(dir).expect("the pack folder reads");
        m4d::content::check_and_import(&self.db, &files, &|_| {})
            .await
            .expect("the pack imports")
    }

    pub fn visitor(&self) -> Visitor {
        let jar = Arc::new(Jar::default());
        let client = Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Visitor {
            client,
            jar,
            base: self.base.clone(),
        }
    }

    /// The mails written to the outbox, oldest first.
    pub fn outbox(&self) -> Vec<String> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.data_dir.join("outbox"))
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect()
    }

    pub async fn scalar(&self, sql: &'static str) -> i64 {
        m4d::on_db!(&self.db, pool => sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await)
            .expect("query runs")
    }

    /// Signs up a new learner through the form and returns the visitor, signed in.
    pub async fn signed_up(&self, name: &str, email: &str, lang: &str) -> Visitor {
        let visitor = self.visitor();
        let page = visitor
            .submit(
                &format!("/{lang}/sign-up"),
                &sign_up_fields(name, email, lang),
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "sign-up failed:\n{}",
            page.body
        );
        visitor
    }

    /// Creates an account with the given role directly (the CLI's path) and signs it in.
    pub async fn signed_in_as(&self, role: m4d::web::Role, email: &str) -> Visitor {
        m4d::accounts::create_user(
            &self.db,
            email,
            "Test Person",
            PASSWORD,
            role,
            m4d::i18n::Locale::En,
        )
        .await
        .unwrap();
        let visitor = self.visitor();
        let page = visitor
            .submit("/en/sign-in", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "sign-in failed:\n{}",
            page.body
        );
        visitor
    }
}

pub const PASSWORD: &str = "river-of-dates-2026";

pub fn sign_up_fields<'a>(name: &'a str, email: &'a str, lang: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("password", PASSWORD),
        ("organisation", "Municipality of Tiznit"),
        ("organisation_type", "local-authority"),
        ("country", "Morocco"),
        ("preferred_language", lang),
    ]
}

impl Visitor {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> Page {
        Page::from(
            self.client
                .get(self.url(path))
                .send()
                .await
                .expect("GET answers"),
        )
        .await
    }

    pub async fn get_with(&self, path: &str, header: (&str, &str)) -> Page {
        Page::from(
            self.client
                .get(self.url(path))
                .header(header.0, header.1)
                .send()
                .await
                .expect("GET answers"),
        )
        .await
    }

    /// The visitor's CSRF token, fetching a page first if the visitor has none yet.
    pub async fn csrf_token(&self) -> String {
        if let Some(token) = self.cookie("m4d_csrf") {
            return token;
        }
        self.get("/en/").await;
        self.cookie("m4d_csrf")
            .expect("the site sets a CSRF cookie")
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let url: Url = self.base.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split("; ")
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    }

    /// Posts a form as the page would, with the visitor's CSRF token.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post_raw(path, &all).await
    }

    /// Posts a multipart form with one file, as a browser's upload form does (CSRF token included).
    pub async fn upload(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_name: &str,
        bytes: &[u8],
    ) -> Page {
        let token = self.csrf_token().await;
        let boundary = "m4d-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        for (name, value) in all {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        Page::from(
            self.client
                .post(self.url(path))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(body)
                .send()
                .await
                .expect("POST answers"),
        )
        .await
    }

    /// Posts exactly these fields (no token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Page::from(
            self.client
                .post(self.url(path))
                .form(fields)
                .send()
                .await
                .expect("POST answers"),
        )
        .await
    }
}

pub fn small_pack_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/small")
}
