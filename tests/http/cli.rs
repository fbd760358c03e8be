//! The command line, run as the real binary.

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::StatusCode;

use crate::support::{PASSWORD, TestApp, test_database_url};

fn m4d(
    data_dir: &std::path::Path,
    database_url: &str,
    args: &[&str],
    stdin: &str,
) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_m4d"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--database-url", database_url])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the m4d binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn user_add_creates_the_first_admin_who_can_then_sign_in() {
    let app = TestApp::spawn().await;
    let out = m4d(
        &app.data_dir,
        &app.database_url,
        &[
            "user",
            "add",
            "--email",
            "Chief@Example.org",
            "--role",
            "admin",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let admin = app.visitor();
    admin
        .submit(
            "/en/sign-in",
            &[("email", "chief@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(admin.get("/en/admin/users").await.status, StatusCode::OK);

    let again = m4d(
        &app.data_dir,
        &app.database_url,
        &["user", "add", "--email", "chief@example.org"],
        &format!("{PASSWORD}\n"),
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let weak = m4d(
        &app.data_dir,
        &app.database_url,
        &["user", "add", "--email", "x@example.org"],
        "short\n",
    );
    assert!(!weak.status.success());
    let role = m4d(
        &app.data_dir,
        &app.database_url,
        &["user", "add", "--email", "y@example.org", "--role", "root"],
        "x\n",
    );
    assert!(String::from_utf8_lossy(&role.stderr).contains("unknown role"));
}

#[tokio::test]
async fn backup_copies_the_sqlite_database_while_the_server_runs() {
    if test_database_url().is_some() {
        eprintln!("backup copies SQLite only; this run is on PostgreSQL");
        return;
    }
    let app = TestApp::spawn().await;
    app.signed_up("Amina", "amina@example.org", "en").await;
    let copy = app.data_dir.join("copy.db");
    let out = m4d(
        &app.data_dir,
        &app.database_url,
        &["backup", copy.to_str().unwrap()],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let restored = m4d::db::Db::connect(copy.to_str().unwrap()).await.unwrap();
    let users: i64 = m4d::on_db!(&restored, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users").fetch_one(pool).await).unwrap();
    assert_eq!(users, 1);
    let twice = m4d(
        &app.data_dir,
        &app.database_url,
        &["backup", copy.to_str().unwrap()],
        "",
    );
    assert!(
        !twice.status.success(),
        "an existing backup is never overwritten"
    );
}

/// Graceful shutdown waits for open connections; a client stuck halfway through a request must not keep `serve`
/// running after SIGTERM beyond its 10 s grace period (an idle socket beside it never did).
#[tokio::test]
async fn serve_stops_on_sigterm_even_with_a_client_stuck_mid_request() {
    use std::io::{BufRead, BufReader};
    use std::time::{Duration, Instant};
    if test_database_url().is_some() {
        eprintln!("the stop does not depend on the engine; this test runs on SQLite only");
        return;
    }
    let data_dir = tempfile::tempdir().unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_m4d"))
        .arg("--data-dir")
        .arg(data_dir.path())
        .args(["--database-url", "", "serve", "--bind", "127.0.0.1:0"])
        .args(["--no-bundled-content"])
        .env("M4D_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the m4d binary runs");
    let mut log = BufReader::new(server.stderr.take().unwrap());
    let address = loop {
        let mut line = String::new();
        assert!(
            log.read_line(&mut line).unwrap() > 0,
            "m4d exited before listening"
        );
        if let Some(at) = line.find("listening on http://") {
            let rest = &line[at + "listening on http://".len()..];
            break rest
                .split_whitespace()
                .next()
                .unwrap()
                .trim_matches('"')
                .to_string();
        }
    };
    // Drain the log so the server never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut log, &mut std::io::sink()));
    let answered = reqwest::get(format!("http://{address}/healthz"))
        .await
        .unwrap();
    assert_eq!(answered.status(), StatusCode::OK);
    // A client that stops halfway through its request head (a phone losing signal) and one that never sends one.
    let mut halfway = std::net::TcpStream::connect(&address).unwrap();
    halfway
        .write_all(b"GET /en/learn HTTP/1.1\r\nHost: m4d\r\n")
        .unwrap();
    let _idle = std::net::TcpStream::connect(&address).unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;

    let term = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let deadline = Instant::now() + Duration::from_secs(25);
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            server.kill().unwrap();
            panic!("m4d was still running 25 s after SIGTERM");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "m4d stopped with {status}");
}
