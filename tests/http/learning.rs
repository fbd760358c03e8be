//! A learner's journey through the small test pack, and what a forged or early request cannot do.

use reqwest::StatusCode;

use crate::support::{Page, TestApp, Visitor};

async fn enrolled_learner(app: &TestApp, email: &str, optional: &[&str]) -> Visitor {
    let learner = app.signed_up("Amina", email, "es").await;
    let fields: Vec<(&str, &str)> = optional.iter().map(|m| ("module", *m)).collect();
    let page = learner.submit("/es/learn/plan", &fields).await;
    assert_eq!(page.location(), "/es/learn?notice=enrolled");
    learner
}

fn passing_answers() -> Vec<(&'static str, &'static str)> {
    vec![
        ("q.q-single", "a"),
        ("q.q-multiple", "a"),
        ("q.q-multiple", "b"),
        ("q.q-tf", "false"),
        ("q.q-match.p1", "p1"),
        ("q.q-match.p2", "p2"),
        ("q.q-order.i1", "1"),
        ("q.q-order.i2", "2"),
        ("q.q-order.i3", "3"),
        ("q.q-short", "Remesas"),
    ]
}

async fn count(app: &TestApp, sql: &'static str) -> i64 {
    app.scalar(sql).await
}

#[tokio::test]
async fn the_course_page_shows_the_module_map_to_everyone() {
    let app = TestApp::with_small_pack().await;
    let page = app.visitor().get("/es/learn").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Curso pequeño");
    page.assert_contains("Fundamentos");
    page.assert_contains("Option A");
    // Core first, then optional modules; the map says what opens the locked ones.
    let basics = page.body.find("Fundamentos").unwrap();
    let option_a = page.body.find("Option A").unwrap();
    assert!(basics < option_a);
    assert!(
        page.body.contains("/es/sign-up"),
        "visitors are invited to sign up"
    );
}

#[tokio::test]
async fn a_learner_plans_reads_in_spanish_fails_then_passes_the_quiz_and_completes_the_course() {
    let app = TestApp::with_small_pack().await;
    let learner = enrolled_learner(&app, "amina@example.org", &["opt-a"]).await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM learning_plan_modules").await,
        1
    );

    // A reviewed Spanish lesson: Spanish text, callout labelled, glossary terms defined on the page.
    let lesson = learner.get("/es/learn/basics/basics-first-steps").await;
    assert_eq!(lesson.status, StatusCode::OK, "{}", lesson.body);
    lesson.assert_contains(r#"<article lang="es" dir="ltr" class="lesson">"#);
    lesson.assert_contains("Primeros pasos");
    lesson.assert_contains(r##"href="#term-remittances""##);
    lesson.assert_contains(r#"<dt id="term-remittances" dir="auto">Remesas</dt>"#);
    lesson.assert_contains(r#"src="/media/basics/cycle.svg""#);
    lesson.assert_contains(r#"href="../basics/basics-second-steps""#);
    assert!(!lesson.body.contains("translation-notice"));
    assert!(
        !lesson.body.contains("<!--callout"),
        "callout labels are filled in"
    );

    // The course page offers to continue where the learner left off.
    let course = learner.get("/es/learn").await;
    course.assert_contains("/es/learn/basics/basics-first-steps");

    // A lesson with no Spanish version falls back to English with a notice in Spanish.
    let fallback = learner.get("/es/learn/basics/basics-second-steps").await;
    fallback.assert_contains(r#"<article lang="en" dir="ltr" class="lesson">"#);
    fallback.assert_contains("Second steps");
    assert!(fallback.body.contains("translation-notice"));

    let done = learner
        .submit("/es/learn/basics/basics-first-steps/done", &[])
        .await;
    assert_eq!(done.location(), "/es/learn/basics/basics-second-steps");
    let done = learner
        .submit("/es/learn/basics/basics-second-steps/done", &[])
        .await;
    assert_eq!(done.location(), "/es/learn/basics/quiz");
    // Marking twice counts once.
    learner
        .submit("/es/learn/basics/basics-second-steps/done", &[])
        .await;
    assert_eq!(
        count(
            &app,
            "SELECT lessons_done FROM module_progress WHERE module_id = 'basics'"
        )
        .await,
        2
    );

    // The quiz page never carries the answer key or the feedback.
    let quiz = learner.get("/es/learn/basics/quiz").await;
    assert_eq!(quiz.status, StatusCode::OK);
    quiz.assert_contains("¿Qué envían las personas migrantes a sus familias?");
    for secret in [
        "correct",
        "Sí: es la palabra",
        "Las remesas son dinero o bienes",
        "remesa\"",
    ] {
        assert!(
            !quiz.body.contains(secret),
            "the quiz page reveals {secret:?}"
        );
    }

    // The optional module is locked until the basics are complete.
    assert_eq!(
        learner
            .get("/es/learn/opt-a/opt-a-only-lesson")
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let failed = learner
        .submit(
            "/es/learn/basics/quiz",
            &[("q.q-single", "b"), ("q.q-tf", "true")],
        )
        .await;
    assert_eq!(failed.status, StatusCode::OK);
    failed.assert_contains("0%");
    failed.assert_contains("No: los aranceles son impuestos");
    assert_eq!(failed.input_value("q.q-short").as_deref(), Some(""));
    assert!(
        failed.body.contains(r#"value="b" checked"#),
        "the answers come back as given"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM module_progress WHERE completed_at IS NOT NULL"
        )
        .await,
        0
    );

    let passed = learner
        .submit("/es/learn/basics/quiz", &passing_answers())
        .await;
    passed.assert_contains("100%");
    assert_eq!(
        count(
            &app,
            "SELECT best_score FROM module_progress WHERE module_id = 'basics'"
        )
        .await,
        100
    );
    assert_eq!(
        count(
            &app,
            "SELECT attempts FROM module_progress WHERE module_id = 'basics'"
        )
        .await,
        2
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM module_progress WHERE module_id = 'basics' AND completed_at IS NOT NULL").await, 1);

    // Now the optional module opens; completing it completes the course (1 optional module required).
    assert_eq!(
        learner
            .get("/es/learn/opt-a/opt-a-only-lesson")
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM enrolments WHERE completed_at IS NOT NULL"
        )
        .await,
        0
    );
    learner
        .submit("/es/learn/opt-a/opt-a-only-lesson/done", &[])
        .await;
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM enrolments WHERE completed_at IS NOT NULL"
        )
        .await,
        1
    );

    let dashboard = learner.get("/es/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    dashboard.assert_contains("100%");
    dashboard.assert_contains("Fundamentos");
}

#[tokio::test]
async fn stale_and_draft_translations_say_so_and_progress_is_one_record_across_languages() {
    let app = TestApp::with_small_pack().await;
    let learner = enrolled_learner(&app, "amina@example.org", &[]).await;
    let french = learner.get("/fr/learn/basics/basics-first-steps").await;
    french.assert_contains(r#"<article lang="fr""#);
    assert!(
        french.body.contains("translation-notice"),
        "French was made from revision 1 of a revision-2 lesson"
    );
    let arabic = learner.get("/ar/learn/basics/basics-first-steps").await;
    arabic.assert_contains(r#"<article lang="ar" dir="rtl" class="lesson">"#);
    assert!(
        arabic.body.contains("translation-notice"),
        "the Arabic translation is a draft"
    );
    let spanish = learner.get("/es/learn/basics/basics-first-steps").await;
    assert!(!spanish.body.contains("translation-notice"));

    learner
        .submit("/ar/learn/basics/basics-first-steps/done", &[])
        .await;
    learner
        .submit("/fr/learn/basics/basics-first-steps/done", &[])
        .await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM lesson_completions").await,
        1
    );
    let english = learner.get("/en/learn/basics").await;
    english.assert_contains("Done");
}

#[tokio::test]
async fn lessons_need_an_account_and_an_enrolment() {
    let app = TestApp::with_small_pack().await;
    let anonymous = app
        .visitor()
        .get("/en/learn/basics/basics-first-steps")
        .await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/en/sign-in?next="));
    let not_enrolled = app.signed_up("Bilal", "bilal@example.org", "en").await;
    let page = not_enrolled
        .get("/en/learn/basics/basics-first-steps")
        .await;
    assert_eq!(page.location(), "/en/learn?notice=enrol-first");
    assert_eq!(
        not_enrolled
            .submit("/en/learn/basics/quiz", &passing_answers())
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM quiz_attempts").await, 0);
}

#[tokio::test]
async fn forged_quiz_submissions_are_refused_and_change_nothing() {
    let app = TestApp::with_small_pack().await;
    let learner = enrolled_learner(&app, "amina@example.org", &["opt-b"]).await;
    let forged: Vec<Vec<(&str, &str)>> = vec![
        vec![("q.no-such-question", "a")],
        vec![("q.q-single", "z")],
        vec![("q.q-single", "a"), ("q.q-single", "b")],
        vec![("q.q-tf", "perhaps")],
        vec![("q.q-order.i1", "7")],
        vec![("q.q-match.p9", "p1")],
    ];
    for fields in forged {
        let page = learner.submit("/en/learn/basics/quiz", &fields).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{fields:?}");
    }
    // Without a token; to a locked module; to a module that does not exist.
    assert_eq!(
        learner
            .post_raw("/en/learn/basics/quiz", &passing_answers())
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        learner
            .submit("/en/learn/opt-b/quiz", &[("q.q1", "true")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        learner
            .submit("/en/learn/opt-b/opt-b-only-lesson/done", &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        learner.submit("/en/learn/nope/quiz", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        learner
            .submit("/en/learn/plan", &[("module", "basics")])
            .await
            .status,
        StatusCode::BAD_REQUEST,
        "compulsory modules are not chosen"
    );
    assert_eq!(
        learner
            .submit("/en/learn/plan", &[("module", "nope")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM quiz_attempts").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM module_progress").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM learning_plan_modules").await,
        1
    );
}

#[tokio::test]
async fn an_attempt_is_visible_to_its_owner_only() {
    let app = TestApp::with_small_pack().await;
    let amina = enrolled_learner(&app, "amina@example.org", &[]).await;
    amina
        .submit("/es/learn/basics/quiz", &passing_answers())
        .await;
    let id = count(&app, "SELECT MAX(id) FROM quiz_attempts").await;
    let own = amina
        .get(&format!("/en/learn/basics/quiz/attempts/{id}"))
        .await;
    assert_eq!(own.status, StatusCode::OK);
    own.assert_contains("100%");
    let bilal = enrolled_learner(&app, "bilal@example.org", &[]).await;
    assert_eq!(
        bilal
            .get(&format!("/en/learn/basics/quiz/attempts/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_glossary_and_lesson_images_are_served() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let glossary: Page = visitor.get("/es/learn/glossary").await;
    glossary.assert_contains("Remesas");
    glossary.assert_contains("Diaspora");
    let image = visitor.get("/media/basics/cycle.svg").await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.header("content-type"), "image/svg+xml");
    assert_eq!(
        visitor.get("/media/basics/missing.svg").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn guides_are_public_and_fall_back_to_the_source_language() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let list = visitor.get("/es/guides").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains("Cómo aprender aquí");
    list.assert_contains("Running a workshop");
    let spanish = visitor.get("/es/guides/guide-small-learners").await;
    spanish.assert_contains(r#"<article lang="es""#);
    spanish.assert_contains(r#"<dt id="term-remittances" dir="auto">Remesas</dt>"#);
    assert!(!spanish.body.contains("translation-notice"));
    let fallback = visitor.get("/ar/guides/guide-small-facilitators").await;
    fallback.assert_contains(r#"<article lang="en" dir="ltr""#);
    fallback.assert_contains("<table>");
    assert!(fallback.body.contains("translation-notice"));
    assert_eq!(
        visitor.get("/en/guides/nope").await.status,
        StatusCode::NOT_FOUND
    );
}
