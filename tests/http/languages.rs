use reqwest::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn the_root_sends_visitors_to_their_saved_language_then_accept_language_then_english() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    assert_eq!(visitor.get("/").await.location(), "/en/");
    assert_eq!(
        visitor
            .get_with("/", ("accept-language", "fr-CA,fr;q=0.9"))
            .await
            .location(),
        "/fr/"
    );
    assert_eq!(
        visitor
            .get_with("/", ("accept-language", "de,ar;q=0.5"))
            .await
            .location(),
        "/ar/"
    );

    // Reading a page in Spanish saves the choice; it wins over the browser's languages.
    visitor.get("/es/sign-in").await;
    assert_eq!(
        visitor
            .get_with("/", ("accept-language", "fr"))
            .await
            .location(),
        "/es/"
    );
    assert_eq!(visitor.get("/es").await.location(), "/es/");
}

#[tokio::test]
async fn every_page_declares_its_language_and_direction() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    for path in ["/", "/sign-in", "/sign-up", "/password-reset"] {
        for (lang, dir) in [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("ar", "rtl")] {
            let page = visitor.get(&format!("/{lang}{path}")).await;
            assert_eq!(page.status, StatusCode::OK, "/{lang}{path}");
            page.assert_contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#));
        }
    }
}

#[tokio::test]
async fn the_language_switcher_keeps_the_visitor_on_the_same_page() {
    let app = TestApp::spawn().await;
    let page = app.visitor().get("/ar/password-reset").await;
    for (lang, name) in [("en", "English"), ("fr", "Français"), ("es", "Español")] {
        page.assert_contains(&format!(r#"<a href="/{lang}/password-reset" hreflang="{lang}" lang="{lang}" dir="ltr">{name}</a>"#));
    }
    assert!(
        !page.body.contains(r#"href="/ar/password-reset" hreflang"#),
        "the current language is not offered"
    );
}

#[tokio::test]
async fn pages_are_translated_not_just_labelled() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let english = visitor.get("/en/sign-in").await.body;
    for lang in ["fr", "es", "ar"] {
        let other = visitor.get(&format!("/{lang}/sign-in")).await.body;
        let title = |html: &str| {
            html.split("<h1>")
                .nth(1)
                .and_then(|t| t.split("</h1>").next())
                .unwrap_or("")
                .to_string()
        };
        assert_ne!(
            title(&english),
            title(&other),
            "/{lang}/sign-in shows the English title"
        );
    }
}

#[tokio::test]
async fn an_unknown_language_prefix_is_a_translated_not_found_page() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let page = visitor
        .get_with("/de/sign-in", ("accept-language", "fr"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    page.assert_contains(r#"<html lang="fr" dir="ltr">"#);
    let arabic = visitor.get("/ar/no-such-page").await;
    assert_eq!(arabic.status, StatusCode::NOT_FOUND);
    arabic.assert_contains(r#"<html lang="ar" dir="rtl">"#);
}

#[tokio::test]
async fn dates_on_the_profile_follow_the_locale() {
    let app = TestApp::spawn().await;
    let visitor = app.signed_up("Amina", "amina@example.org", "fr").await;
    let today = time::OffsetDateTime::now_utc();
    let french = visitor.get("/fr/profile").await;
    let month_fr = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ][today.month() as usize - 1];
    french.assert_contains(&format!("{month_fr} {}", today.year()));
    let english = visitor.get("/en/profile").await;
    english.assert_contains(&format!("{}, {}", today.day(), today.year()));
}
