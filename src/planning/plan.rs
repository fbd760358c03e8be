//! The action plan: each gap (an indicator agreed as absent or partial) can become actions with an owner,
//! partners, a due date and a status; the page suggests the lessons and good practices linked to each gap.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::assessment::{heading, standings};
use super::profile::{Level, Standing};
use super::store::{self, Action};
use super::{Access, csv_response, open_assessment, words};
use crate::app::AppState;
use crate::content::indicators::IndicatorSet;
use crate::db::{Bind, execute, now};
use crate::web::{AppError, FormErrors, PageContext, Submission, render, see_other};

pub const STATUSES: [&str; 4] = ["planned", "in-progress", "done", "dropped"];
const MAX_FIELD_CHARS: usize = 500;

struct Suggestion {
    title: String,
    href: String,
}

struct Gap {
    id: String,
    statement: super::Said,
    level_id: String,
    lessons: Vec<Suggestion>,
    practices: Vec<Suggestion>,
}

struct ActionRow {
    action: Action,
    statement: String,
    update: String,
}

#[derive(Default)]
struct ActionForm {
    indicator: String,
    title: String,
    owner: String,
    partners: String,
    due_date: String,
    status: String,
}

#[derive(Template)]
#[template(path = "planning/plan.html")]
struct PlanPage {
    ctx: PageContext,
    heading: String,
    base: String,
    gaps: Vec<Gap>,
    actions: Vec<ActionRow>,
    form: ActionForm,
    errors: FormErrors,
    statuses: [&'static str; 4],
}

async fn plan_page(
    state: &AppState,
    ctx: PageContext,
    a: &store::Assessment,
    set: &IndicatorSet,
    form: ActionForm,
    errors: FormErrors,
) -> Result<PlanPage, AppError> {
    let lang = ctx.lang();
    let (answers, resolutions) = store::round(&state.db, a.id).await?;
    let standings = standings(set, &answers, &resolutions);
    let mut gaps = Vec::new();
    for indicator in &set.indicators {
        let level = match standings.get(indicator.id.as_str()) {
            Some(Standing::Agreed(level @ (Level::Absent | Level::Partial))) => *level,
            _ => continue,
        };
        let mut lessons = Vec::new();
        for lesson in &indicator.lessons {
            if let Some((title, path)) =
                store::indexed_item(&state.db, "lesson", lesson, lang).await?
            {
                lessons.push(Suggestion {
                    title,
                    href: ctx.href(&path),
                });
            }
        }
        let mut practices = Vec::new();
        for practice in &indicator.practices {
            if let Some((title, path)) =
                store::indexed_item(&state.db, "practice", practice, lang).await?
            {
                practices.push(Suggestion {
                    title,
                    href: ctx.href(&path),
                });
            }
        }
        gaps.push(Gap {
            id: indicator.id.clone(),
            statement: super::statement(set, indicator, lang),
            level_id: format!("planning-level-{}", level.code()),
            lessons,
            practices,
        });
    }
    let base = ctx.href(&format!("/planning/{}", a.id));
    let actions = store::actions(&state.db, a.id)
        .await?
        .into_iter()
        .map(|action| ActionRow {
            statement: set
                .indicators
                .iter()
                .find(|i| i.id == action.indicator_id)
                .map(|i| words(set, i, lang).statement.clone())
                .unwrap_or_default(),
            update: format!("{base}/plan/{}", action.id),
            action,
        })
        .collect();
    Ok(PlanPage {
        heading: heading(&ctx, a),
        base,
        gaps,
        actions,
        form,
        errors,
        statuses: STATUSES,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (a, set, _) = open_assessment(&state, &ctx, &id, false).await?;
    let page = plan_page(
        &state,
        ctx,
        &a,
        &set,
        ActionForm::default(),
        FormErrors::default(),
    )
    .await?;
    render(&page, StatusCode::OK)
}

fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4
                && m.len() == 2
                && d.len() == 2
                && value.chars().all(|c| c.is_ascii_digit() || c == '-') =>
        {
            let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
            else {
                return false;
            };
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
                2 => 28,
                _ => return false,
            };
            (2000..=2100).contains(&y) && (1..=days).contains(&d)
        }
        _ => false,
    }
}

pub async fn add(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    debug_assert!(access != Access::Public);
    let user = ctx.signed_in_user()?.clone();
    let (pairs, fresh) = submission.into_parts();
    let mut form = ActionForm::default();
    for (name, value) in pairs {
        let value = value.trim().to_string();
        match name.as_str() {
            "indicator" => form.indicator = value,
            "title" => form.title = value,
            "owner" => form.owner = value,
            "partners" => form.partners = value,
            "due_date" => form.due_date = value,
            "status" => form.status = value,
            _ => {}
        }
    }
    let mut errors = FormErrors::default();
    if !fresh {
        errors.add("form", "error-form-expired");
    }
    if !set.indicators.iter().any(|i| i.id == form.indicator) {
        errors.add("indicator", "planning-error-action-indicator");
    }
    if form.title.is_empty() || form.title.chars().count() > MAX_FIELD_CHARS {
        errors.add("title", "planning-error-action-title");
    }
    if form.owner.is_empty() || form.owner.chars().count() > MAX_FIELD_CHARS {
        errors.add("owner", "planning-error-action-owner");
    }
    if form.partners.chars().count() > MAX_FIELD_CHARS {
        errors.add("partners", "planning-error-too-long");
    }
    if !is_date(&form.due_date) {
        errors.add("due_date", "planning-error-action-date");
    }
    if !STATUSES.contains(&form.status.as_str()) {
        errors.add("status", "planning-error-action-status");
    }
    if !errors.is_empty() {
        let status = if fresh {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::FORBIDDEN
        };
        let page = plan_page(&state, ctx, &a, &set, form, errors).await?;
        return render(&page, status);
    }
    let mut tx = state.db.begin().await?;
    execute(
        &mut tx,
        "INSERT INTO planning_actions (assessment_id, indicator_id, title, owner, partners, due_date, status, created_by, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        &[
            Bind::Int(a.id),
            Bind::Text(&form.indicator),
            Bind::Text(&form.title),
            Bind::Text(&form.owner),
            Bind::Text(&form.partners),
            Bind::Text(&form.due_date),
            Bind::Text(&form.status),
            Bind::Int(user.id),
            Bind::Int(now()),
        ],
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(
        &ctx.href(&format!("/planning/{}/plan#actions", a.id)),
    ))
}

/// Changes an action's status.
pub async fn update(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id, action)): Path<(String, String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, _, _) = open_assessment(&state, &ctx, &id, false).await?;
    let action: i64 = action.parse().map_err(|_| AppError::NotFound)?;
    let (pairs, fresh) = submission.into_parts();
    if !fresh {
        return Err(AppError::FormExpired);
    }
    let status = pairs
        .iter()
        .find(|(k, _)| k == "status")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    if !STATUSES.contains(&status) {
        return Err(AppError::BadRequest("planning-error-action-status"));
    }
    let mut tx = state.db.begin().await?;
    let changed = execute(
        &mut tx,
        "UPDATE planning_actions SET status = $1, updated_at = $2 WHERE id = $3 AND assessment_id = $4",
        &[Bind::Text(status), Bind::Int(now()), Bind::Int(action), Bind::Int(a.id)],
    )
    .await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(see_other(
        &ctx.href(&format!("/planning/{}/plan#actions", a.id)),
    ))
}

pub async fn csv(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (a, set, _) = open_assessment(&state, &ctx, &id, false).await?;
    let tr = &ctx.tr;
    let mut rows = vec![
        [
            "planning-csv-indicator",
            "planning-csv-statement",
            "planning-action-title",
            "planning-action-owner",
            "planning-action-partners",
            "planning-action-due",
            "planning-action-status",
        ]
        .iter()
        .map(|id| tr.t(id))
        .collect::<Vec<_>>(),
    ];
    for action in store::actions(&state.db, a.id).await? {
        let statement = set
            .indicators
            .iter()
            .find(|i| i.id == action.indicator_id)
            .map(|i| words(&set, i, ctx.lang()).statement.clone())
            .unwrap_or_default();
        rows.push(vec![
            action.indicator_id,
            statement,
            action.title,
            action.owner,
            action.partners,
            action.due_date,
            tr.t(&format!("planning-action-status-{}", action.status)),
        ]);
    }
    Ok(csv_response(
        &format!("assessment-{}-action-plan.csv", a.id),
        rows,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_dates_are_real_calendar_days() {
        assert!(is_date("2027-02-28"));
        assert!(is_date("2028-02-29"));
        assert!(!is_date("2027-02-29"));
        assert!(!is_date("2027-13-01"));
        assert!(!is_date("27-1-1"));
        assert!(!is_date("next week"));
        assert!(!is_date("2027-+1-+1"));
    }
}
