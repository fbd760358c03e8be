use reqwest::StatusCode;

use crate::support::{PASSWORD, TestApp, sign_up_fields};

#[tokio::test]
async fn a_new_visitor_signs_up_and_is_greeted_by_name_in_their_language() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let form = visitor.get("/ar/sign-up").await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains(r#"<html lang="ar" dir="rtl">"#);

    let done = visitor
        .submit(
            "/ar/sign-up",
            &sign_up_fields("أمينة العلوي", "Amina@Example.org", "ar"),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location(), "/ar/?welcome=1");
    let session = done
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("m4d_session="))
        .expect("a session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax"),
        "{session}"
    );

    let home = visitor.get("/ar/?welcome=1").await;
    home.assert_contains(r#"dir="rtl""#);
    home.assert_contains("أمينة العلوي");

    let stored = app.scalar("SELECT COUNT(*) FROM users WHERE email = 'amina@example.org' AND password_hash LIKE '$argon2id$%'").await;
    assert_eq!(
        stored, 1,
        "the email is stored lower-cased with an Argon2id hash"
    );
}

#[tokio::test]
async fn bad_sign_up_input_comes_back_filled_in_with_every_problem_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let page = visitor
        .submit(
            "/fr/sign-up",
            &[
                ("name", "  "),
                ("email", "amina.example.org"),
                ("password", "short"),
                ("organisation", "Mairie de Tiznit"),
                ("organisation_type", "government"),
                ("country", "Maroc"),
                ("preferred_language", "fr"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains(r#"<html lang="fr" dir="ltr">"#);
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("amina.example.org")
    );
    assert_eq!(
        page.input_value("organisation").as_deref(),
        Some("Mairie de Tiznit")
    );
    assert_eq!(page.input_value("country").as_deref(), Some("Maroc"));
    assert_eq!(
        page.input_value("password").as_deref(),
        Some(""),
        "a password is never sent back"
    );
    for field in ["name", "email", "password", "organisation_type"] {
        page.assert_contains(&format!(r##"href="#f-{field}""##));
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn missing_fields_are_reported_not_rejected_blindly() {
    let app = TestApp::spawn().await;
    let page = app
        .visitor()
        .submit("/en/sign-up", &[("email", "amina@example.org")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("amina@example.org")
    );
    page.assert_contains(r##"href="#f-name""##);
}

#[tokio::test]
async fn a_second_account_with_the_same_email_is_refused_and_the_form_kept() {
    let app = TestApp::spawn().await;
    app.signed_up("Amina", "amina@example.org", "en").await;
    let page = app
        .visitor()
        .submit(
            "/en/sign-up",
            &sign_up_fields("Another Amina", "AMINA@example.org", "en"),
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert_eq!(page.input_value("name").as_deref(), Some("Another Amina"));
    page.assert_contains("already exists");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test]
async fn a_form_with_a_stale_or_missing_csrf_token_comes_back_filled_in_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    visitor.get("/en/sign-up").await;
    let mut fields = sign_up_fields("Amina", "amina@example.org", "en");
    let missing = visitor.post_raw("/en/sign-up", &fields).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert_eq!(
        missing.input_value("email").as_deref(),
        Some("amina@example.org")
    );
    missing.assert_contains("expired");

    fields.push((
        "csrf_token",
        "0000000000000000000000000000000000000000000000000000000000000000",
    ));
    let stale = visitor.post_raw("/en/sign-up", &fields).await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn a_cross_site_form_post_is_refused() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let token = visitor.csrf_token().await;
    let mut fields = sign_up_fields("Amina", "amina@example.org", "en");
    fields.push(("csrf_token", &token));
    let response = visitor
        .client
        .post(visitor.url("/en/sign-up"))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://evil.example")
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = TestApp::spawn().await;
    app.signed_up("Amina", "amina@example.org", "en").await;
    let visitor = app.visitor();
    let wrong = visitor
        .submit(
            "/es/sign-in",
            &[
                ("email", "amina@example.org"),
                ("password", "not-my-password"),
            ],
        )
        .await;
    let unknown = visitor
        .submit(
            "/es/sign-in",
            &[
                ("email", "nobody@example.org"),
                ("password", "not-my-password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        wrong.input_value("email").as_deref(),
        Some("amina@example.org")
    );
    assert_eq!(wrong.input_value("password").as_deref(), Some(""));
    wrong.assert_contains(r#"<html lang="es""#);
    assert!(visitor.cookie("m4d_session").is_none());

    let malformed = visitor
        .submit("/en/sign-in", &[("email", "amina"), ("password", "x")])
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn repeated_failed_sign_ins_slow_down_then_are_refused_even_with_the_right_password() {
    let app = TestApp::spawn().await;
    app.signed_up("Amina", "amina@example.org", "en").await;
    let visitor = app.visitor();
    for _ in 0..m4d::accounts::throttle::ACCOUNT_LIMIT {
        let page = visitor
            .submit(
                "/en/sign-in",
                &[
                    ("email", "amina@example.org"),
                    ("password", "guess-guess-guess"),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    }
    let refused = visitor
        .submit(
            "/en/sign-in",
            &[("email", "amina@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let retry_after: i64 = refused
        .header("retry-after")
        .parse()
        .expect("a Retry-After header");
    assert!(retry_after > 0 && retry_after <= m4d::accounts::throttle::WINDOW_SECONDS);
    assert_eq!(
        refused.input_value("email").as_deref(),
        Some("amina@example.org")
    );
    assert!(visitor.cookie("m4d_session").is_none());

    // Another account from the same address is not locked by this one.
    app.signed_up("Bilal", "bilal@example.org", "en").await;
    let other = app
        .visitor()
        .submit(
            "/en/sign-in",
            &[("email", "bilal@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn signing_in_goes_back_to_the_page_asked_for_and_signing_out_ends_the_session() {
    let app = TestApp::spawn().await;
    app.signed_up("Amina", "amina@example.org", "fr").await;
    let visitor = app.visitor();
    let redirect = visitor.get("/fr/profile").await;
    assert_eq!(redirect.status, StatusCode::SEE_OTHER);
    assert_eq!(redirect.location(), "/fr/sign-in?next=/fr/profile");
    let form = visitor.get(redirect.location()).await;
    assert_eq!(form.input_value("next").as_deref(), Some("/fr/profile"));

    let signed_in = visitor
        .submit(
            "/fr/sign-in",
            &[
                ("email", "amina@example.org"),
                ("password", PASSWORD),
                ("next", "/fr/profile"),
            ],
        )
        .await;
    assert_eq!(signed_in.location(), "/fr/profile");
    assert_eq!(visitor.get("/fr/profile").await.status, StatusCode::OK);

    let outside = visitor
        .submit(
            "/fr/sign-in",
            &[
                ("email", "amina@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(
        outside.location(),
        "/fr/",
        "a next parameter never leaves the site"
    );

    let out = visitor.submit("/fr/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        visitor.get("/fr/profile").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM sessions").await,
        1,
        "only the other session is left"
    );
}

#[tokio::test]
async fn sign_out_without_a_token_is_refused() {
    let app = TestApp::spawn().await;
    let visitor = app.signed_up("Amina", "amina@example.org", "en").await;
    let page = visitor.post_raw("/en/sign-out", &[]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(
        visitor.get("/en/profile").await.status,
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn a_learner_edits_their_profile_and_bad_values_are_kept_for_correction() {
    let app = TestApp::spawn().await;
    let visitor = app.signed_up("Amina", "amina@example.org", "en").await;
    let profile = visitor.get("/en/profile").await;
    assert_eq!(profile.input_value("name").as_deref(), Some("Amina"));

    let bad = visitor
        .submit(
            "/en/profile",
            &[
                ("name", "Amina B."),
                ("organisation", "x"),
                ("organisation_type", "nope"),
                ("country", "Senegal"),
                ("preferred_language", "es"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.input_value("name").as_deref(), Some("Amina B."));
    assert_eq!(bad.input_value("country").as_deref(), Some("Senegal"));

    let saved = visitor
        .submit(
            "/en/profile",
            &[
                ("name", "Amina B."),
                ("organisation", "Diaspora Link"),
                ("organisation_type", "migrant-association"),
                ("country", "Senegal"),
                ("preferred_language", "es"),
            ],
        )
        .await;
    assert_eq!(saved.location(), "/es/profile?saved=profile");
    let page = visitor.get("/es/profile?saved=profile").await;
    assert_eq!(
        page.input_value("organisation").as_deref(),
        Some("Diaspora Link")
    );
    assert!(page.body.contains(r#"value="migrant-association" checked"#));
    assert_eq!(visitor.cookie("m4d_lang").as_deref(), Some("es"));
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_signs_out_other_devices() {
    let app = TestApp::spawn().await;
    let laptop = app.signed_up("Amina", "amina@example.org", "en").await;
    let phone = app.visitor();
    phone
        .submit(
            "/en/sign-in",
            &[("email", "amina@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(phone.get("/en/profile").await.status, StatusCode::OK);

    let wrong = laptop
        .submit(
            "/en/profile/password",
            &[
                ("current_password", "not-it-at-all"),
                ("new_password", "a-new-long-passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains("current password is not right");
    let weak = laptop
        .submit(
            "/en/profile/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "1234567890"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);

    let changed = laptop
        .submit(
            "/en/profile/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a-new-long-passphrase"),
            ],
        )
        .await;
    assert_eq!(changed.location(), "/en/profile?saved=password");
    assert_eq!(
        laptop.get("/en/profile").await.status,
        StatusCode::OK,
        "this device stays signed in"
    );
    assert_eq!(
        phone.get("/en/profile").await.status,
        StatusCode::SEE_OTHER,
        "the other device is signed out"
    );

    let old = app
        .visitor()
        .submit(
            "/en/sign-in",
            &[("email", "amina@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = app
        .visitor()
        .submit(
            "/en/sign-in",
            &[
                ("email", "amina@example.org"),
                ("password", "a-new-long-passphrase"),
            ],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
}

fn reset_link(mail: &str) -> String {
    let start = mail.find("http://").expect("the mail holds a link");
    let end = start
        + mail[start..]
            .find(char::is_whitespace)
            .unwrap_or(mail.len() - start);
    mail[start..end].to_string()
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_an_emailed_link_that_works_once() {
    let app = TestApp::spawn().await;
    let old_device = app.signed_up("Amina", "amina@example.org", "fr").await;
    let visitor = app.visitor();
    let sent = visitor
        .submit("/fr/password-reset", &[("email", "Amina@example.org")])
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    sent.assert_contains(r#"role="status""#);

    let mails = app.outbox();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: amina@example.org"), "{}", mails[0]);
    let link = reset_link(&mails[0]);
    let path = link.trim_start_matches(&app.base).to_string();
    assert!(path.starts_with("/fr/password-reset/"), "{path}");

    let form = visitor.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    let weak = visitor.submit(&path, &[("new_password", "short")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = visitor
        .submit(&path, &[("new_password", "a-fresh-passphrase-9")])
        .await;
    assert_eq!(done.location(), "/fr/sign-in?notice=password-reset");

    assert_eq!(
        visitor.get(&path).await.status,
        StatusCode::GONE,
        "the link works once"
    );
    assert_eq!(
        visitor
            .submit(&path, &[("new_password", "another-passphrase-1")])
            .await
            .status,
        StatusCode::GONE
    );
    assert_eq!(
        old_device.get("/fr/profile").await.status,
        StatusCode::SEE_OTHER,
        "old sessions end"
    );
    let signed_in = app
        .visitor()
        .submit(
            "/fr/sign-in",
            &[
                ("email", "amina@example.org"),
                ("password", "a-fresh-passphrase-9"),
            ],
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_reset_request_for_an_unknown_address_looks_the_same_and_sends_nothing() {
    let app = TestApp::spawn().await;
    let page = app
        .visitor()
        .submit("/en/password-reset", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(r#"role="status""#);
    assert!(app.outbox().is_empty());
    let bad_link = app.visitor().get("/en/password-reset/not-a-token").await;
    assert_eq!(bad_link.status, StatusCode::GONE);
}
