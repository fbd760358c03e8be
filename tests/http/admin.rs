use m4d::web::Role;
use reqwest::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn only_admins_open_the_user_list() {
    let app = TestApp::spawn().await;
    let anonymous = app.visitor().get("/en/admin/users").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    for role in [Role::Learner, Role::Facilitator, Role::Editor] {
        let visitor = app
            .signed_in_as(role, &format!("{}@example.org", role.code()))
            .await;
        let page = visitor.get("/fr/admin/users").await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{role:?}");
        page.assert_contains(r#"<html lang="fr""#);
        let forged = visitor
            .submit("/en/admin/users/1/role", &[("role", "admin")])
            .await;
        assert_eq!(
            forged.status,
            StatusCode::FORBIDDEN,
            "{role:?} may not change roles"
        );
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        0
    );
}

#[tokio::test]
async fn an_admin_lists_users_and_changes_a_role() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in_as(Role::Admin, "admin@example.org").await;
    app.signed_up("Amina", "amina@example.org", "en").await;
    let list = admin.get("/en/admin/users").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains("amina@example.org");
    list.assert_contains("2 accounts");

    let amina_id = app
        .scalar("SELECT id FROM users WHERE email = 'amina@example.org'")
        .await;
    let changed = admin
        .submit(
            &format!("/en/admin/users/{amina_id}/role"),
            &[("role", "facilitator")],
        )
        .await;
    assert_eq!(changed.location(), "/en/admin/users?notice=role-changed");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE role = 'facilitator'")
            .await,
        1
    );

    let unknown = admin
        .submit(
            &format!("/en/admin/users/{amina_id}/role"),
            &[("role", "superuser")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let nobody = admin
        .submit("/en/admin/users/999999/role", &[("role", "editor")])
        .await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
    let no_token = admin
        .post_raw(
            &format!("/en/admin/users/{amina_id}/role"),
            &[("role", "admin")],
        )
        .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_last_admin_cannot_step_down() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in_as(Role::Admin, "admin@example.org").await;
    let admin_id = app
        .scalar("SELECT id FROM users WHERE email = 'admin@example.org'")
        .await;
    let refused = admin
        .submit(
            &format!("/en/admin/users/{admin_id}/role"),
            &[("role", "learner")],
        )
        .await;
    assert_eq!(refused.location(), "/en/admin/users?notice=last-admin");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );
}
