//! The library: catalogue pages, search in four languages with facets, the practice review workflow, uploads and
//! downloads — and the bad inputs that must change nothing.

use reqwest::StatusCode;

use crate::support::{TestApp, Visitor};
use m4d::web::Role;

const TINY_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

#[tokio::test]
async fn a_publication_page_says_which_languages_exist_and_offers_the_readers_first() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let page = visitor.get("/en/library/guide-fr-only").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Guide to local planning");
    page.assert_contains("Available in French only.");
    page.assert_contains("Première partie");
    page.assert_contains("Deuxième partie");
    page.assert_contains("MB");
    page.assert_contains("Handbook on diaspora engagement");

    let arabic = visitor.get("/ar/library/handbook-two-languages").await;
    assert_eq!(arabic.status, StatusCode::OK);
    arabic.assert_contains("دليل إشراك المغتربين");
    let versions = &arabic.body[arabic
        .body
        .find("class=\"versions\"")
        .expect("a version list")..];
    let ar_at = versions.find("hreflang=\"ar\"").expect("an Arabic version");
    let en_at = versions
        .find("hreflang=\"en\"")
        .expect("an English version");
    assert!(ar_at < en_at, "the reader's language comes first");

    let list = visitor.get("/fr/library").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains("Guide de la planification locale");
    assert!(
        !list.body.contains("A hometown matching fund"),
        "the library lists publications only"
    );
    assert_eq!(
        visitor.get("/en/library/nope").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_practice_page_shows_its_facts_and_sections_and_falls_back_to_the_source() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let french = visitor.get("/fr/practices/hometown-fund").await;
    assert_eq!(french.status, StatusCode::OK);
    french.assert_contains("Un fonds de contrepartie");
    french.assert_contains("Le club et la commune");
    let spanish = visitor.get("/es/practices/hometown-fund").await;
    spanish.assert_contains("A hometown matching fund");
    spanish.assert_contains("lang=\"en\"");
    spanish.assert_contains("2005–2010");
    spanish.assert_contains("Example Hometown Club");
}

#[tokio::test]
async fn search_finds_the_french_version_for_a_french_query() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let page = visitor.get("/en/search?q=transferts+de+fonds").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Premiers pas");
    page.assert_contains("found in");
    page.assert_contains("French");
    page.assert_contains("<mark>transferts</mark>");

    // The reader's language comes first when the item exists in it.
    let page = visitor.get("/fr/search?q=planification").await;
    let first = page.body.find("<ol class=\"hits\">").unwrap();
    assert!(page.body[first..].contains("Guide de la planification locale"));
    assert!(
        !page.body.contains("found in"),
        "nothing to flag in the reader's own language"
    );
}

#[tokio::test]
async fn an_arabic_query_finds_its_lesson_whatever_the_hamza_form() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    for query in ["الأموال", "الاموال", "اموال", "الأَمْوَال"] {
        let page = visitor
            .get(&format!("/ar/search?q={}", urlencode(query)))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("الخطوات الأولى");
    }
}

#[tokio::test]
async fn a_facet_filters_exactly_and_browsing_needs_no_query() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let all = visitor.get("/en/practices").await;
    all.assert_contains("A hometown matching fund");
    all.assert_contains("A welcome desk for newcomers");
    let social = visitor.get("/en/practices?theme=social-inclusion").await;
    social.assert_contains("A welcome desk for newcomers");
    assert!(!social.body.contains("A hometown matching fund"));
    let mexico = visitor.get("/en/search?country=MX").await;
    mexico.assert_contains("A hometown matching fund");
    assert!(!mexico.body.contains("A welcome desk"));
    mexico.assert_contains("Country: Mexico");
    let french_only = visitor.get("/en/search?kind=publication&lang=fr").await;
    french_only.assert_contains("Guide to local planning");
    assert!(!french_only.body.contains("Handbook on diaspora engagement"));
}

#[tokio::test]
async fn odd_queries_and_unknown_facets_give_empty_results_never_an_error() {
    let app = TestApp::with_small_pack().await;
    let visitor = app.visitor();
    let long = "migration ".repeat(200);
    for path in [
        "/en/search?theme=no-such-theme".to_string(),
        "/en/search?q=%F0%9F%98%80%E2%80%AE%00".to_string(),
        format!("/en/search?q={}", urlencode(&long)),
        "/en/search?q=%22%2A%28%29+OR+NEAR%3A".to_string(),
        "/en/search?q=de+la&page=999999".to_string(),
        "/en/search?kind=".to_string(),
    ] {
        let page = visitor.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
    }
    let unknown = visitor.get("/en/search?theme=no-such-theme").await;
    unknown.assert_contains("Nothing found");
    let symbols = visitor.get("/en/search?q=%22%2A%28%29").await;
    symbols.assert_contains("Nothing found");
}

fn proposal<'a>(title: &'a str, results: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("summary", "A short summary."),
        ("country", "SN"),
        ("territory", "Kolda"),
        ("territory_kind", "origin"),
        ("territory_kind", "destination"),
        ("start_year", "2018"),
        ("theme", "partnerships"),
        ("lead_kind", "civil-society"),
        ("lead_name", "Kolda Women's Network"),
        ("partners", "Commune de Kolda"),
        ("sdg_targets", "10.7"),
        ("gcm_objectives", "19"),
        ("introduction", "Intro text."),
        ("context", "Context text."),
        ("overview", "Overview of the zebrafinch scheme."),
        ("results", results),
        ("lessons_learnt", "Lessons."),
        ("recommendations", "Recommendations."),
        ("sources", "Network report https://example.org/report"),
        ("action", "submit"),
    ]
}

async fn practice_key(app: &TestApp) -> String {
    m4d::on_db!(&app.db, pool => sqlx::query_scalar::<_, String>("SELECT key FROM practices WHERE NOT from_pack").fetch_one(pool).await).unwrap()
}

#[tokio::test]
async fn a_proposal_goes_through_review_with_every_step_kept() {
    let app = TestApp::with_small_pack().await;
    let member = app.signed_up("Awa", "awa@example.org", "en").await;
    let editor = app.signed_in_as(Role::Editor, "editor@example.org").await;
    let anonymous = app.visitor();

    // Missing section: the form comes back filled in, nothing stored.
    let refused = member
        .submit(
            "/en/practices/propose",
            &proposal("Women's savings groups", ""),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("This section is needed");
    refused.assert_contains("Women&#39;s savings groups");
    refused.assert_contains("Overview of the zebrafinch scheme.");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practices WHERE NOT from_pack")
            .await,
        0
    );

    let sent = member
        .submit(
            "/en/practices/propose",
            &proposal("Women's savings groups", "Results."),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let key = practice_key(&app).await;
    let path = format!("/en/practices/{key}");
    assert_eq!(anonymous.get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(
        !anonymous
            .get("/en/search?q=zebrafinch")
            .await
            .body
            .contains(&key)
    );
    let as_editor = editor.get("/en/search?q=zebrafinch").await;
    as_editor.assert_contains("Women&#39;s savings groups");
    as_editor.assert_contains("Draft");
    editor
        .get("/en/practices/review")
        .await
        .assert_contains("Women&#39;s savings groups");

    // The member cannot publish their own practice; an editor must say why when returning it.
    let forged = member
        .submit(&format!("{path}/review"), &[("action", "publish")])
        .await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    let no_reason = editor
        .submit(
            &format!("{path}/review"),
            &[("action", "return"), ("comment", " ")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let returned = editor
        .submit(
            &format!("{path}/review"),
            &[("action", "return"), ("comment", "Please add figures.")],
        )
        .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    member
        .get(&path)
        .await
        .assert_contains("Please add figures.");

    let edited = member
        .submit(
            &format!("{path}/edit"),
            &proposal("Women's savings groups", "312 members saved together."),
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    let published = editor
        .submit(
            &format!("{path}/review"),
            &[("action", "publish"), ("comment", "")],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let public = anonymous.get(&path).await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains("312 members saved together.");
    anonymous
        .get("/en/search?q=zebrafinch")
        .await
        .assert_contains(&key);
    assert!(
        !public.body.contains("Please add figures."),
        "the review trail is for the author and editors"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice_reviews").await,
        6,
        "created, submitted, returned, edited, submitted, published"
    );
    // A published practice can no longer be edited or published again.
    let again = member
        .submit(&format!("{path}/edit"), &proposal("x", "y"))
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn only_signed_in_members_propose_and_only_editors_review() {
    let app = TestApp::with_small_pack().await;
    let anonymous = app.visitor();
    let page = anonymous.get("/en/practices/propose").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let learner = app.signed_up("Lea", "lea@example.org", "en").await;
    assert_eq!(
        learner.get("/en/practices/review").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        learner.get("/en/admin/library").await.status,
        StatusCode::FORBIDDEN
    );
    let forged = learner
        .submit(
            "/en/admin/library/new",
            &[
                ("kind", "report"),
                ("publisher", "X"),
                ("title_en", "Forged"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM publications WHERE NOT from_pack")
            .await,
        0
    );
}

async fn editor_with_publication(app: &TestApp, email: &str) -> (Visitor, String) {
    let editor = app.signed_in_as(Role::Editor, email).await;
    let created = editor
        .submit(
            "/en/admin/library/new",
            &[
                ("kind", "report"),
                ("year", "2024"),
                ("publisher", "Example city"),
                ("title_en", "Annual migration report"),
                ("title_fr", "Rapport annuel sur la migration"),
                ("theme", "mainstreaming"),
                ("published", "on"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let key = created.location().rsplit('/').next().unwrap().to_string();
    (editor, key)
}

#[tokio::test]
async fn an_editor_uploads_a_part_that_downloads_with_its_type_name_and_ranges() {
    let app = TestApp::with_small_pack().await;
    let (editor, key) = editor_with_publication(&app, "editor@example.org").await;
    let uploaded = editor
        .upload(
            &format!("/en/admin/library/{key}/parts"),
            &[("language", "fr"), ("label", "Texte intégral")],
            "../../rapport annuel.pdf",
            TINY_PDF,
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let visitor = app.visitor();
    let page = visitor.get(&format!("/en/library/{key}")).await;
    page.assert_contains("Available in French only.");
    let start = page.body.find("/files/").expect("a download link");
    let end = start + page.body[start..].find('"').unwrap();
    let href = page.body[start..end].to_string();
    let file = visitor.get(&href).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), "application/pdf");
    assert_eq!(file.header("content-length"), TINY_PDF.len().to_string());
    assert!(
        file.header("content-disposition")
            .contains("rapport annuel.pdf")
    );
    assert!(!file.header("content-disposition").contains(".."));
    let range = visitor.get_with(&href, ("range", "bytes=0-3")).await;
    assert_eq!(range.status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(range.body, "%PDF");
}

#[tokio::test]
async fn disguised_empty_and_unlabelled_uploads_are_refused_and_store_nothing() {
    let app = TestApp::with_small_pack().await;
    let (editor, key) = editor_with_publication(&app, "editor@example.org").await;
    let path = format!("/en/admin/library/{key}/parts");
    let html = editor
        .upload(
            &path,
            &[("language", "en")],
            "report.pdf",
            b"<html><script>alert(1)</script></html>",
        )
        .await;
    assert_eq!(html.status, StatusCode::UNPROCESSABLE_ENTITY);
    html.assert_contains("This kind of file is not accepted");
    let renamed = editor
        .upload(&path, &[("language", "en")], "report.docx", TINY_PDF)
        .await;
    assert_eq!(renamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    renamed.assert_contains("does not match what it contains");
    let empty = editor
        .upload(&path, &[("language", "en")], "report.pdf", b"")
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let no_language = editor
        .upload(&path, &[("language", "xx")], "report.pdf", TINY_PDF)
        .await;
    assert_eq!(no_language.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM stored_files").await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM publication_parts WHERE file_id IS NOT NULL")
            .await,
        0
    );
    assert!(
        !app.data_dir.join("files").exists()
            || std::fs::read_dir(app.data_dir.join("files"))
                .unwrap()
                .next()
                .is_none()
    );
}

#[tokio::test]
async fn a_file_stays_while_any_publication_refers_to_it() {
    let app = TestApp::with_small_pack().await;
    let (editor, first) = editor_with_publication(&app, "editor@example.org").await;
    let (_, second) = editor_with_publication(&app, "second.editor@example.org").await;
    for key in [&first, &second] {
        let page = editor
            .upload(
                &format!("/en/admin/library/{key}/parts"),
                &[("language", "en")],
                "same.pdf",
                TINY_PDF,
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM stored_files").await,
        1,
        "stored once"
    );
    let stored = app
        .data_dir
        .join("files")
        .join(&m4d::library::files::file_key(TINY_PDF)[..2])
        .join(m4d::library::files::file_key(TINY_PDF));
    assert!(stored.exists());
    let deleted = editor
        .submit(&format!("/en/admin/library/{first}/delete"), &[])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(stored.exists(), "the second publication still uses it");
    assert_eq!(
        app.visitor()
            .get(&format!("/en/library/{first}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let deleted = editor
        .submit(&format!("/en/admin/library/{second}/delete"), &[])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(!stored.exists(), "no publication uses it any more");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM stored_files").await, 0);
}

fn urlencode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() {
            out.push(byte as char);
        } else if byte == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[tokio::test]
async fn importing_the_pack_again_keeps_what_members_and_editors_made() {
    let app = TestApp::with_small_pack().await;
    let (editor, key) = editor_with_publication(&app, "editor@example.org").await;
    let member = app.signed_up("Awa", "awa@example.org", "en").await;
    let sent = member
        .submit(
            "/en/practices/propose",
            &proposal("Women's savings groups", "Results."),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let summary = app.import_pack(&crate::support::small_pack_dir()).await;
    assert_eq!((summary.publications, summary.practices), (2, 2));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM publications").await, 3);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM practices").await, 3);
    assert_eq!(
        editor.get(&format!("/en/library/{key}")).await.status,
        StatusCode::OK
    );
    // The member's practice is still there: editors find it in review, other visitors do not.
    assert!(
        !app.visitor()
            .get("/en/search?q=zebrafinch")
            .await
            .body
            .contains("savings")
    );
    editor
        .get("/en/search?q=zebrafinch")
        .await
        .assert_contains("Women&#39;s savings groups");
}
