use reqwest::StatusCode;

use crate::support::{PASSWORD, TestApp, fresh_postgres_schema, test_database_url};

#[tokio::test]
async fn health_readiness_and_metrics_answer_for_load_balancers() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    assert_eq!(visitor.get("/healthz").await.body, "ok");
    let ready = visitor.get("/readyz").await;
    assert_eq!(
        (ready.status, ready.body.as_str()),
        (StatusCode::OK, "ready")
    );
    visitor.get("/en/").await;
    let metrics = visitor.get("/metrics").await;
    assert!(
        metrics.body.contains("m4d_http_requests_total"),
        "{}",
        metrics.body
    );
}

#[tokio::test]
async fn pages_carry_security_headers_and_compress() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let page = visitor
        .get_with("/en/sign-in", ("accept-encoding", "br"))
        .await;
    let csp = page.header("content-security-policy");
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(page.header("x-content-type-options"), "nosniff");
    assert_eq!(page.header("x-frame-options"), "DENY");
    assert_eq!(page.header("content-encoding"), "br");
    assert!(!page.header("x-request-id").is_empty());
    let csrf = page
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("m4d_csrf="))
        .expect("a CSRF cookie");
    assert!(csrf.contains("HttpOnly") && csrf.contains("SameSite=Strict"));
}

#[tokio::test]
async fn the_stylesheet_is_served_under_a_hashed_name_for_a_year() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let page = visitor.get("/en/").await;
    let href = page
        .body
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let css = visitor.get(&href).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.header("cache-control").contains("immutable"));
    assert!(
        !css.body.contains("margin-left") && !css.body.contains("padding-right"),
        "logical properties only"
    );
    assert_eq!(
        visitor.get("/static/style.css").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_oversized_form_gets_a_translated_413_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let huge = "x".repeat(m4d::app::BODY_LIMIT_BYTES + 1);
    let page = visitor
        .submit(
            "/ar/sign-up",
            &[("name", huge.as_str()), ("email", "a@example.org")],
        )
        .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    page.assert_contains(r#"dir="rtl""#);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn a_wrong_method_gets_a_translated_405() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let response = visitor
        .client
        .delete(visitor.url("/es/sign-in"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains(r#"<html lang="es""#)
    );
}

#[tokio::test]
async fn two_servers_on_one_database_behave_as_one_site() {
    let first = TestApp::spawn().await;
    let second = TestApp::spawn_on(&first.database_url, first.data_dir.clone()).await;
    let visitor = first.signed_up("Amina", "amina@example.org", "en").await;
    let session = visitor.cookie("m4d_session").unwrap();
    let csrf = visitor.cookie("m4d_csrf").unwrap();
    let on_second = second.visitor();
    let response = on_second
        .client
        .get(on_second.url("/en/profile"))
        .header("cookie", format!("m4d_session={session}; m4d_csrf={csrf}"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the session made on one node is valid on the other"
    );
    // A failure counted on one node counts on the other.
    for node in [&first, &second, &first, &second, &first] {
        node.visitor()
            .submit(
                "/en/sign-in",
                &[
                    ("email", "amina@example.org"),
                    ("password", "wrong-wrong-wrong"),
                ],
            )
            .await;
    }
    let refused = second
        .visitor()
        .submit(
            "/en/sign-in",
            &[("email", "amina@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
}

/// The two migration folders must give the same tables and columns (but for each engine's own full-text index:
/// SQLite's FTS5 table, PostgreSQL's tsvector column). Needs both engines, so it runs where
/// `M4D_TEST_DATABASE_URL` is set (CI), and says so where it is not.
#[tokio::test]
async fn both_engines_have_the_same_tables_and_columns() {
    let Some(server) = test_database_url() else {
        eprintln!(
            "both_engines_have_the_same_tables_and_columns: no M4D_TEST_DATABASE_URL, SQLite side only"
        );
        let app = TestApp::spawn().await;
        assert!(!sqlite_columns(&app.db).await.is_empty());
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = m4d::db::Db::connect(&dir.path().join("m4d.db").display().to_string())
        .await
        .unwrap();
    m4d::db::migrate(&sqlite).await.unwrap();
    let postgres = m4d::db::Db::connect(&fresh_postgres_schema(&server).await)
        .await
        .unwrap();
    m4d::db::migrate(&postgres).await.unwrap();
    assert_eq!(
        sqlite_columns(&sqlite).await,
        postgres_columns(&postgres).await
    );
}

async fn sqlite_columns(db: &m4d::db::Db) -> Vec<(String, String)> {
    let m4d::db::Db::Sqlite(pool) = db else {
        panic!("not SQLite")
    };
    let mut columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
         AND m.name NOT LIKE 'search_fts%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    columns.sort();
    columns
}

async fn postgres_columns(db: &m4d::db::Db) -> Vec<(String, String)> {
    let m4d::db::Db::Postgres(pool) = db else {
        panic!("not PostgreSQL")
    };
    let mut columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%' \
         AND NOT (table_name = 'search_documents' AND column_name IN ('tsv', 'title_tsv'))",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    columns.sort();
    columns
}
