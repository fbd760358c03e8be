//! Administration: the list of users and their roles. Every handler asks for the admin role first.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

use crate::accounts::queries::{self, UserSummary};
use crate::app::AppState;
use crate::web::{AppError, PageContext, Role, Submission, render, see_other};

pub const USERS_PER_PAGE: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/admin/users", get(list_users))
        .route("/{lang}/admin/users/{id}/role", post(change_role))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    page: i64,
    notice: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    ctx: PageContext,
    users: Vec<UserSummary>,
    total: i64,
    page: i64,
    pages: i64,
    roles: [Role; 4],
    notice_id: &'static str,
}

impl UsersPage {
    fn page_href(&self, page: i64) -> String {
        self.ctx.href(&format!("/admin/users?page={page}"))
    }

    fn role_action(&self, user_id: &i64) -> String {
        self.ctx.href(&format!("/admin/users/{user_id}/role"))
    }
}

async fn list_users(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Admin)?;
    let total = queries::count_users(&state.db).await?;
    let pages = ((total + USERS_PER_PAGE - 1) / USERS_PER_PAGE).max(1);
    let page = query.page.clamp(1, pages);
    let users = queries::list_users(&state.db, USERS_PER_PAGE, (page - 1) * USERS_PER_PAGE).await?;
    let notice_id = match query.notice.as_str() {
        "role-changed" => "notice-role-changed",
        "last-admin" => "error-last-admin",
        _ => "",
    };
    let view = UsersPage {
        ctx,
        users,
        total,
        page,
        pages,
        roles: Role::ALL,
        notice_id,
    };
    render(&view, StatusCode::OK)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

async fn change_role(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, user_id)): Path<(String, i64)>,
    submission: Submission<RoleForm>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Admin)?;
    let Submission::Valid(form) = submission else {
        return Err(AppError::FormExpired);
    };
    let role = Role::from_code(&form.role).ok_or(AppError::BadRequest("error-unknown-role"))?;
    queries::find_user(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let changed = queries::set_role_keeping_an_admin(&mut tx, user_id, role).await?;
    tx.commit().await?;
    let notice = if changed {
        "role-changed"
    } else {
        "last-admin"
    };
    Ok(see_other(
        &ctx.href(&format!("/admin/users?notice={notice}")),
    ))
}
