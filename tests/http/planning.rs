//! The planning tool, as a coordinator and the colleagues they invite use it: start, invite, answer section by
//! section, conflicts, resolving differences, closing, profile, repeat, action plan, exports — and every refusal
//! (non-members, forged coordinator actions, reused or foreign invitation links, closed rounds, unknown
//! indicators) changing nothing.

use reqwest::StatusCode;

use crate::support::{PASSWORD, TestApp, Visitor};

/// Starts an assessment of Tiznit as `coordinator`; returns its path (`/en/planning/7`).
async fn start(coordinator: &Visitor) -> String {
    let page = coordinator
        .submit(
            "/en/planning",
            &[
                ("territory", "Tiznit"),
                ("country", "MA"),
                ("territory_kind", "origin"),
                ("territory_kind", "transit"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location().to_string()
}

/// Invites `email` and returns the link the mail carries (path only).
async fn invite(app: &TestApp, coordinator: &Visitor, path: &str, email: &str) -> String {
    let page = coordinator
        .submit(&format!("{path}/invitations"), &[("email", email)])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let mail = app
        .outbox()
        .into_iter()
        .rev()
        .find(|m| m.contains(email))
        .expect("an invitation mail");
    let start = mail.find("/planning/invitations/").expect("a link");
    let token: String = mail[start + "/planning/invitations/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    format!("/en/planning/invitations/{token}")
}

/// A signed-up colleague who accepted an invitation.
async fn colleague(
    app: &TestApp,
    coordinator: &Visitor,
    path: &str,
    name: &str,
    email: &str,
) -> Visitor {
    let link = invite(app, coordinator, path, email).await;
    let visitor = app.signed_up(name, email, "en").await;
    assert_eq!(visitor.get(&link).await.status, StatusCode::OK);
    let accepted = visitor.submit(&link, &[]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(accepted.location(), path);
    visitor
}

async fn answer(
    visitor: &Visitor,
    path: &str,
    section: &str,
    answers: &[(&str, &str, &str)],
) -> crate::support::Page {
    let form = visitor.get(&format!("{path}/sections/{section}")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let mut fields: Vec<(String, String)> = Vec::new();
    for (indicator, level, evidence) in answers {
        let version = form
            .input_value(&format!("version-{indicator}"))
            .expect("a version field");
        fields.push((format!("version-{indicator}"), version));
        fields.push((format!("level-{indicator}"), level.to_string()));
        fields.push((format!("evidence-{indicator}"), evidence.to_string()));
    }
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    visitor
        .submit(&format!("{path}/sections/{section}"), &borrowed)
        .await
}

#[tokio::test]
async fn a_coordinator_and_a_colleague_assess_their_territory_and_plan_from_the_gaps() {
    let app = TestApp::with_small_pack().await;
    let amina = app
        .signed_up("Amina Coordinator", "amina@tiznit.example", "en")
        .await;
    let intro = amina.get("/fr/planning").await;
    intro.assert_contains("Auto-évaluation de test");
    let path = start(&amina).await;
    let overview = amina.get(&path).await;
    overview.assert_contains("Tiznit, round 1");
    overview.assert_contains("Mapping the local context");

    let karim = colleague(&app, &amina, &path, "Karim Partner", "karim@assoc.example").await;
    assert_eq!(
        answer(
            &amina,
            &path,
            "context",
            &[
                ("ctx-01", "complete", "Profile of 2025"),
                ("ctx-02", "partial", "")
            ]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        answer(
            &karim,
            &path,
            "context",
            &[
                ("ctx-01", "absent", "No figures we know of"),
                ("ctx-02", "partial", "")
            ]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        answer(
            &amina,
            &path,
            "partners",
            &[("prt-01", "complete", "Committee list")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let saved = amina.get(&format!("{path}/sections/context?saved=1")).await;
    saved.assert_contains("Your answers are saved.");
    saved.assert_contains("Profile of 2025");

    // The coordinator sees who answered what and settles the difference with a reason.
    let review = amina.get(&format!("{path}/review")).await;
    assert_eq!(review.status, StatusCode::OK);
    review.assert_contains("answers differ");
    review.assert_contains("Karim Partner");
    review.assert_contains("No figures we know of");
    let no_reason = amina
        .submit(
            &format!("{path}/review/ctx-01"),
            &[("level", "partial"), ("reason", " ")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    no_reason.assert_contains("Give the reason");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_resolutions")
            .await,
        0
    );
    let resolved = amina
        .submit(
            &format!("{path}/review/ctx-01"),
            &[
                ("level", "partial"),
                ("reason", "The 2025 profile covers arrivals only"),
            ],
        )
        .await;
    assert_eq!(resolved.status, StatusCode::SEE_OTHER);

    // Profile: well developed and potential for further development, charts with their figures in text.
    let profile = amina.get(&format!("{path}/profile")).await;
    assert_eq!(profile.status, StatusCode::OK);
    profile.assert_contains("Well developed");
    profile.assert_contains("Migrant associations sit on the planning committee.");
    profile.assert_contains("Potential for further development");
    profile.assert_contains("Health centres record newcomers they serve.");
    profile.assert_contains("class=\"bar\"");
    profile.assert_contains("0 complete, 2 with potential for further development");

    // Every answer as CSV, with the decision beside it.
    let csv = amina.get(&format!("{path}/answers.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(
        csv.body.contains("Karim Partner")
            && csv.body.contains("The 2025 profile covers arrivals only")
    );
    assert_eq!(
        csv.body.lines().count(),
        1 + 5,
        "a header and five answers:\n{}",
        csv.body
    );
    assert_eq!(
        karim.get(&format!("{path}/answers.csv")).await.status,
        StatusCode::FORBIDDEN,
        "who answered what is the coordinator's"
    );

    // The action plan suggests what helps with each gap and keeps what was typed on a mistake.
    let plan = amina.get(&format!("{path}/plan")).await;
    plan.assert_contains("First steps");
    plan.assert_contains("Health centres record newcomers they serve.");
    let bad_date = amina
        .submit(
            &format!("{path}/plan"),
            &[
                ("indicator", "ctx-02"),
                (
                    "title",
                    "Agree a newcomer register with the health district",
                ),
                ("owner", "Health office"),
                ("partners", "Karim's association"),
                ("due_date", "30/06/2027"),
                ("status", "planned"),
            ],
        )
        .await;
    assert_eq!(bad_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad_date.assert_contains("Agree a newcomer register with the health district");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM planning_actions").await, 0);
    let added = karim
        .submit(
            &format!("{path}/plan"),
            &[
                ("indicator", "ctx-02"),
                (
                    "title",
                    "Agree a newcomer register with the health district",
                ),
                ("owner", "Health office"),
                ("partners", "Migrant association"),
                ("due_date", "2027-06-30"),
                ("status", "planned"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let plan_csv = karim.get(&format!("{path}/plan.csv")).await;
    assert!(
        plan_csv.body.contains("Agree a newcomer register") && plan_csv.body.contains("2027-06-30")
    );

    // Closing the round freezes the answers; the next round shows the change per indicator.
    assert_eq!(
        karim.submit(&format!("{path}/close"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        amina.submit(&format!("{path}/close"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let late = answer(&karim, &path, "partners", &[("prt-01", "absent", "")]).await;
    assert_eq!(late.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_answers WHERE level = 'absent' AND indicator_id = 'prt-01'").await,
        0
    );
    // Closed: no more resolutions or invitations either.
    assert_eq!(
        amina
            .submit(
                &format!("{path}/review/ctx-02"),
                &[("level", "absent"), ("reason", "Too late")]
            )
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        amina
            .submit(
                &format!("{path}/invitations"),
                &[("email", "late@example.org")]
            )
            .await
            .status,
        StatusCode::CONFLICT
    );
    let repeated = amina.submit(&format!("{path}/repeat"), &[]).await;
    assert_eq!(repeated.status, StatusCode::SEE_OTHER);
    let next = repeated.location().to_string();
    assert_eq!(
        amina.submit(&format!("{path}/repeat"), &[]).await.status,
        StatusCode::BAD_REQUEST,
        "one next round"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM assessments").await, 2);
    assert_ne!(next, path);
    amina.get(&next).await.assert_contains("Tiznit, round 2");
    assert_eq!(
        answer(
            &karim,
            &next,
            "context",
            &[("ctx-01", "complete", "New profile, 2026")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let change = amina.get(&format!("{next}/profile")).await;
    change.assert_contains("Change since the previous round");
    let row = &change.text()[change
        .text()
        .find("The authority knows who leaves")
        .expect("a change row")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Partial") && row.contains("Complete"), "{row}");
}

#[tokio::test]
async fn a_save_never_overwrites_a_newer_answer_and_bad_answers_change_nothing() {
    let app = TestApp::with_small_pack().await;
    let amina = app
        .signed_up("Amina Coordinator", "amina@tiznit.example", "en")
        .await;
    let path = start(&amina).await;
    // Two tabs open the same section; the first saves, the second was opened before that.
    let stale = amina.get(&format!("{path}/sections/context")).await;
    assert_eq!(
        answer(
            &amina,
            &path,
            "context",
            &[("ctx-01", "complete", "First tab")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let second = amina
        .submit(
            &format!("{path}/sections/context"),
            &[
                (
                    "version-ctx-01",
                    &stale.input_value("version-ctx-01").unwrap(),
                ),
                ("level-ctx-01", "absent"),
                ("evidence-ctx-01", "Second tab, typed with care"),
            ],
        )
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    second.assert_contains("Someone saved a different answer");
    second.assert_contains("First tab");
    second.assert_contains("Second tab, typed with care");
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM assessment_answers WHERE level = 'complete' AND version = 1"
        )
        .await,
        1
    );
    // Saving again from the conflict page is a deliberate choice: it carries the newer version.
    let version = second.input_value("version-ctx-01").unwrap();
    let again = amina
        .submit(
            &format!("{path}/sections/context"),
            &[
                ("version-ctx-01", &version),
                ("level-ctx-01", "absent"),
                ("evidence-ctx-01", "Second tab, typed with care"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM assessment_answers WHERE level = 'absent' AND version = 2"
        )
        .await,
        1
    );

    // An indicator that does not exist (or is not in this section), a made-up level: 400, nothing written.
    for fields in [
        vec![("version-nope-99", "0"), ("level-nope-99", "complete")],
        vec![("version-prt-01", "0"), ("level-prt-01", "complete")],
        vec![("version-ctx-02", "0"), ("level-ctx-02", "excellent")],
    ] {
        let refused = amina
            .submit(&format!("{path}/sections/context"), &fields)
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{fields:?}");
    }
    assert_eq!(
        amina
            .get(&format!("{path}/sections/no-such-section"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        amina
            .submit(
                &format!("{path}/review/nope-99"),
                &[("level", "partial"), ("reason", "x")]
            )
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Without the form's token (a forged cross-site post): refused, nothing written.
    let forged = amina
        .post_raw(
            &format!("{path}/sections/context"),
            &[("version-ctx-02", "0"), ("level-ctx-02", "complete")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // A link that is not a web address, or evidence without a level: 422, and what was typed comes back.
    let bad_link = amina
        .submit(
            &format!("{path}/sections/context"),
            &[
                ("version-ctx-02", "0"),
                ("level-ctx-02", "partial"),
                ("evidence-ctx-02", "Register of 2024"),
                ("links-ctx-02", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(bad_link.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad_link.assert_contains("Register of 2024");
    bad_link.assert_contains("javascript:alert(1)");
    // The error summary leads to the control to correct, not only to the form.
    bad_link.assert_contains(r##"<a href="#ln-ctx-02">"##);
    let no_level = amina
        .submit(
            &format!("{path}/sections/context"),
            &[
                ("version-ctx-02", "0"),
                ("level-ctx-02", ""),
                ("evidence-ctx-02", "Kept text"),
            ],
        )
        .await;
    assert_eq!(no_level.status, StatusCode::UNPROCESSABLE_ENTITY);
    no_level.assert_contains("Kept text");
    no_level.assert_contains(r##"<a href="#l-ctx-02-absent">"##);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_answers WHERE indicator_id <> 'ctx-01'")
            .await,
        0
    );
}

#[tokio::test]
async fn invitations_are_for_one_address_used_once_and_not_sent_twice() {
    let app = TestApp::with_small_pack().await;
    let amina = app
        .signed_up("Amina Coordinator", "amina@tiznit.example", "en")
        .await;
    let path = start(&amina).await;
    let link = invite(&app, &amina, &path, "karim@assoc.example").await;

    let twice = amina
        .submit(
            &format!("{path}/invitations"),
            &[("email", "Karim@Assoc.example")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    twice.assert_contains("still waiting");
    let nonsense = amina
        .submit(
            &format!("{path}/invitations"),
            &[("email", "not an address")],
        )
        .await;
    assert_eq!(nonsense.status, StatusCode::UNPROCESSABLE_ENTITY);
    nonsense.assert_contains("not an address");
    let myself = amina
        .submit(
            &format!("{path}/invitations"),
            &[("email", "amina@tiznit.example")],
        )
        .await;
    assert_eq!(myself.status, StatusCode::CONFLICT);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_invitations")
            .await,
        1
    );

    // Someone else signed in with the forwarded link is not let in.
    let other = app
        .signed_up("Someone Else", "else@example.org", "en")
        .await;
    assert_eq!(other.submit(&link, &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_members").await,
        1
    );
    // Without signing in, the link leads to the sign-in page first.
    let anonymous = app.visitor().get(&link).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().contains("sign-in"));

    let karim = app
        .signed_up("Karim Partner", "karim@assoc.example", "en")
        .await;
    assert_eq!(karim.submit(&link, &[]).await.status, StatusCode::SEE_OTHER);
    let reused = karim.submit(&link, &[]).await;
    assert_eq!(reused.status, StatusCode::GONE);
    reused.assert_contains("already been used");
    assert_eq!(
        app.visitor()
            .get("/en/planning/invitations/not-a-token")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_members").await,
        2
    );

    // An expired link says so.
    let late_link = invite(&app, &amina, &path, "late@example.org").await;
    m4d::on_db!(&app.db, pool => sqlx::query("UPDATE assessment_invitations SET expires_at = 0 WHERE email = 'late@example.org'").execute(pool).await.map(|_| ())).unwrap();
    let late = app.signed_up("Late Person", "late@example.org", "en").await;
    assert_eq!(late.get(&late_link).await.status, StatusCode::GONE);
    let expired = late.submit(&late_link, &[]).await;
    assert_eq!(expired.status, StatusCode::GONE);
    expired.assert_contains("expired");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_members").await,
        2
    );
    // A new invitation replaces the expired one, with a new link.
    let again = invite(&app, &amina, &path, "late@example.org").await;
    assert_ne!(again, late_link);
    assert_eq!(late.submit(&again, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_invitations WHERE email = 'late@example.org'")
            .await,
        1
    );
}

#[tokio::test]
async fn only_members_see_an_assessment_until_its_profile_is_published() {
    let app = TestApp::with_small_pack().await;
    let amina = app
        .signed_up("Amina Coordinator", "amina@tiznit.example", "en")
        .await;
    let path = start(&amina).await;
    let karim = colleague(&app, &amina, &path, "Karim Partner", "karim@assoc.example").await;

    // Only a member of a local authority starts an assessment.
    let ngo = app.visitor();
    let mut fields = crate::support::sign_up_fields("Nadia Ngo", "nadia@ngo.example", "en");
    fields.retain(|(k, _)| *k != "organisation_type");
    fields.push(("organisation_type", "civil-society"));
    assert_eq!(
        ngo.submit("/en/sign-up", &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let refused = ngo
        .submit(
            "/en/planning",
            &[
                ("territory", "Elsewhere"),
                ("country", "SN"),
                ("territory_kind", "origin"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    refused.assert_contains("Only a member of a local or regional authority");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM assessments").await, 1);

    // Strangers: 403 when signed in, the sign-in page otherwise; for every page and export.
    for page in [
        "",
        "/sections/context",
        "/review",
        "/profile",
        "/answers.csv",
        "/plan",
        "/plan.csv",
    ] {
        assert_eq!(
            ngo.get(&format!("{path}{page}")).await.status,
            StatusCode::FORBIDDEN,
            "{page}"
        );
        assert_eq!(
            app.visitor().get(&format!("{path}{page}")).await.status,
            StatusCode::SEE_OTHER,
            "{page}"
        );
    }
    assert_eq!(
        ngo.submit(
            &format!("{path}/sections/context"),
            &[("version-ctx-01", "0"), ("level-ctx-01", "complete")]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let action = [
        ("indicator", "ctx-01"),
        ("title", "Mine"),
        ("owner", "Me"),
        ("due_date", "2027-01-01"),
        ("status", "planned"),
    ];
    assert_eq!(
        ngo.submit(&format!("{path}/plan"), &action).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_answers").await,
        0
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM planning_actions").await, 0);
    // An action is changed only through its own assessment.
    assert_eq!(
        karim.submit(&format!("{path}/plan"), &action).await.status,
        StatusCode::SEE_OTHER
    );
    let other = start(&amina).await;
    let action_id = app
        .scalar("SELECT MAX(id) FROM planning_actions")
        .await
        .to_string();
    assert_eq!(
        amina
            .submit(&format!("{other}/plan/{action_id}"), &[("status", "done")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM planning_actions WHERE status = 'done'")
            .await,
        0
    );
    // A respondent cannot act as the coordinator.
    for action in ["/close", "/publish", "/repeat", "/review/ctx-01"] {
        let forged = karim
            .submit(
                &format!("{path}{action}"),
                &[
                    ("published", "1"),
                    ("level", "complete"),
                    ("reason", "I say so"),
                ],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{action}");
    }
    assert_eq!(
        karim.get(&format!("{path}/review")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        karim
            .submit(
                &format!("{path}/invitations"),
                &[("email", "friend@example.org")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessments WHERE published OR status <> 'open'")
            .await,
        0
    );
    assert_eq!(
        amina
            .submit(&format!("{path}/publish"), &[("published", "1")])
            .await
            .status,
        StatusCode::BAD_REQUEST,
        "an open round is not published"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_resolutions")
            .await,
        0
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM assessment_invitations")
            .await,
        1
    );
    assert_eq!(
        amina.get("/en/planning/999999").await.status,
        StatusCode::NOT_FOUND
    );

    // Published once closed: anyone sees the profile, and only the profile — no names, no evidence.
    answer(
        &karim,
        &path,
        "context",
        &[("ctx-01", "complete", "Karim's private note")],
    )
    .await;
    assert_eq!(
        amina.submit(&format!("{path}/close"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        amina
            .submit(&format!("{path}/publish"), &[("published", "1")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let public = app.visitor().get(&format!("{path}/profile")).await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains("Well developed");
    public.assert_contains("The authority knows who leaves, arrives and returns.");
    assert!(
        !public.text().contains("Karim") && !public.text().contains("private note"),
        "{}",
        public.body
    );
    assert_eq!(
        app.visitor()
            .get(&format!("{path}/answers.csv"))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        ngo.get(&format!("{path}/answers.csv")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(ngo.get(&path).await.status, StatusCode::FORBIDDEN);
    let _ = PASSWORD;
}

#[tokio::test]
async fn a_new_revision_of_the_indicators_may_reword_them_but_not_drop_one_with_answers() {
    let app = TestApp::with_small_pack().await;
    let amina = app
        .signed_up("Amina Coordinator", "amina@tiznit.example", "en")
        .await;
    let path = start(&amina).await;
    answer(
        &amina,
        &path,
        "context",
        &[("ctx-02", "partial", "Register")],
    )
    .await;

    let dir = tempfile::tempdir().unwrap();
    crate::content::copy_dir(&crate::support::small_pack_dir(), dir.path());
    let file = dir.path().join("indicators/context.en.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let without_ctx_02 = &text[..text.rfind("[[indicators]]").unwrap()];
    std::fs::write(&file, without_ctx_02).unwrap();
    let fr = dir.path().join("indicators/context.fr.toml");
    let text = std::fs::read_to_string(&fr).unwrap();
    std::fs::write(&fr, &text[..text.rfind("[[indicators]]").unwrap()]).unwrap();

    let files = m4d::content::PackFiles::from_dir(dir.path()).unwrap();
    let refused = m4d::content::check_and_import(&app.db, &files, &|_| {}).await;
    let message = format!("{:?}", refused.expect_err("the import is refused"));
    assert!(message.contains("ctx-02"), "{message}");
    amina
        .get(&format!("{path}/sections/context"))
        .await
        .assert_contains("Health centres record newcomers");

    // Rewording keeps the answers.
    let dir = tempfile::tempdir().unwrap();
    crate::content::copy_dir(&crate::support::small_pack_dir(), dir.path());
    let file = dir.path().join("indicators/context.en.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "Health centres record newcomers they serve.",
            "Clinics record the newcomers they serve.",
        ),
    )
    .unwrap();
    app.import_pack(dir.path()).await;
    let page = amina.get(&format!("{path}/sections/context")).await;
    page.assert_contains("Clinics record the newcomers they serve.");
    page.assert_contains("Register");
}
