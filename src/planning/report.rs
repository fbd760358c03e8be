//! The profile (per subcategory and per sector: what is well developed, what has potential for further
//! development; bars drawn as SVG with the same figures in text) and the CSV export of every answer.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::assessment::{heading, standings};
use super::profile::{Level, Standing, Tally, roll_up};
use super::store::{self};
use super::{Access, csv_response, open_assessment, sector_title, subcategory_title, words};
use crate::app::AppState;
use crate::web::{AppError, PageContext, render};

pub(super) struct Bar {
    pub title: String,
    pub tally: Tally,
    /// (x, width, class) of each part of the bar, right to left in Arabic.
    pub segments: Vec<(u32, u32, &'static str)>,
    /// The same figures in words, for the SVG's title and for anyone who does not see it.
    pub text: String,
    pub well_developed: Vec<super::Said>,
    pub to_develop: Vec<super::Said>,
}

pub(super) struct Change {
    pub statement: super::Said,
    pub before_id: String,
    pub now_id: String,
}

#[derive(Template)]
#[template(path = "planning/profile.html")]
struct ProfilePage {
    ctx: PageContext,
    heading: String,
    back: String,
    is_member: bool,
    subcategories: Vec<Bar>,
    sectors: Vec<Bar>,
    open_count: usize,
    changes: Vec<Change>,
    has_previous: bool,
}

fn segments(
    (complete, partial, absent, open): (u32, u32, u32, u32),
    rtl: bool,
) -> Vec<(u32, u32, &'static str)> {
    let mut x = 0;
    let mut parts = Vec::new();
    for (width, class) in [
        (complete, "level-complete"),
        (partial, "level-partial"),
        (absent, "level-absent"),
        (open, "level-open"),
    ] {
        if width > 0 {
            parts.push((if rtl { 100 - x - width } else { x }, width, class));
        }
        x += width;
    }
    parts
}

fn standing_id(standing: Option<&Standing>) -> String {
    match standing {
        Some(Standing::Agreed(level)) => format!("planning-level-{}", level.code()),
        Some(Standing::Differs) => "planning-standing-differs".into(),
        _ => "planning-standing-unanswered".into(),
    }
}

pub async fn profile(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, true).await?;
    let lang = ctx.lang();
    let (answers, resolutions) = store::round(&state.db, a.id).await?;
    let now = standings(&set, &answers, &resolutions);
    let bar = |title: String,
               tally: &Tally,
               in_group: &dyn Fn(&crate::content::indicators::Indicator) -> bool| {
        let statements = |level: &[Level]| -> Vec<super::Said> {
            set.indicators
                .iter()
                .filter(|i| in_group(i))
                .filter(|i| matches!(now.get(i.id.as_str()), Some(Standing::Agreed(l)) if level.contains(l)))
                                .map(|i| super::statement(&set, i, lang))
                .collect()
        };
        Bar {
            text: ctx.tr.t2_text(
                "planning-bar-text",
                "complete",
                &tally.complete.to_string(),
                "partial",
                &(tally.partial + tally.absent).to_string(),
            ) + &ctx.tr.tn("planning-bar-open", "count", tally.open as i64),
            segments: segments(tally.shares(), ctx.dir() == "rtl"),
            well_developed: statements(&[Level::Complete]),
            to_develop: statements(&[Level::Partial, Level::Absent]),
            title,
            tally: tally.clone(),
        }
    };
    let by_subcategory = roll_up(
        set.indicators
            .iter()
            .map(|i| (vec![i.subcategory.as_str()], now[i.id.as_str()])),
    );
    let by_sector = roll_up(set.indicators.iter().map(|i| {
        (
            i.sectors.iter().map(String::as_str).collect(),
            now[i.id.as_str()],
        )
    }));
    let mut subcategories = Vec::new();
    for category in &set.categories {
        for sub in &category.subcategories {
            if let Some(tally) = by_subcategory.get(sub.id.as_str()) {
                let id = sub.id.clone();
                subcategories.push(bar(
                    subcategory_title(&set, &sub.id, lang),
                    tally,
                    &move |i| i.subcategory == id,
                ));
            }
        }
    }
    let mut sectors = Vec::new();
    for sector in &set.sectors {
        if let Some(tally) = by_sector.get(sector.id.as_str()) {
            let id = sector.id.clone();
            sectors.push(bar(
                sector_title(&set, &sector.id, lang),
                tally,
                &move |i| i.sectors.contains(&id),
            ));
        }
    }
    let open_count = now
        .values()
        .filter(|s| matches!(s, Standing::Unanswered | Standing::Differs))
        .count();
    let mut changes = Vec::new();
    // The change is shown to members, and to the public only when the previous round was published too.
    let previous = match a.previous_id {
        Some(id) if access.is_member() => Some(id),
        Some(id) => store::assessment(&state.db, id)
            .await?
            .filter(|p| p.published)
            .map(|p| p.id),
        None => None,
    };
    let has_previous = previous.is_some();
    if let Some(previous) = previous {
        let (before_answers, before_resolutions) = store::round(&state.db, previous).await?;
        let before = standings(&set, &before_answers, &before_resolutions);
        for indicator in &set.indicators {
            changes.push(Change {
                statement: super::statement(&set, indicator, lang),
                before_id: standing_id(before.get(indicator.id.as_str())),
                now_id: standing_id(now.get(indicator.id.as_str())),
            });
        }
    }
    let page = ProfilePage {
        heading: heading(&ctx, &a),
        back: ctx.href(&format!("/planning/{}", a.id)),
        is_member: access.is_member(),
        subcategories,
        sectors,
        open_count,
        changes,
        has_previous,
        ctx,
    };
    render(&page, StatusCode::OK)
}

/// Every answer, one row per person and indicator, with the coordinator's resolution beside it.
pub async fn answers_csv(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    // Who answered what is the coordinator's view (as the review page); respondents see the profile.
    if access != Access::Coordinator {
        return Err(AppError::Forbidden);
    }
    let (answers, resolutions) = store::round(&state.db, a.id).await?;
    let names: std::collections::HashMap<i64, String> = super::member_names(&state, a.id)
        .await?
        .into_iter()
        .map(|(id, _, name)| (id, name))
        .collect();
    let tr = &ctx.tr;
    let mut rows = vec![
        [
            "planning-csv-indicator",
            "planning-csv-statement",
            "planning-csv-subcategory",
            "planning-csv-sectors",
            "planning-csv-respondent",
            "planning-csv-level",
            "planning-csv-evidence",
            "planning-csv-links",
            "planning-csv-updated",
            "planning-csv-resolution",
            "planning-csv-reason",
        ]
        .iter()
        .map(|id| tr.t(id))
        .collect::<Vec<_>>(),
    ];
    for indicator in &set.indicators {
        let resolution = resolutions.iter().find(|r| r.indicator_id == indicator.id);
        for answer in answers.iter().filter(|x| x.indicator_id == indicator.id) {
            rows.push(vec![
                indicator.id.clone(),
                words(&set, indicator, ctx.lang()).statement.clone(),
                subcategory_title(&set, &indicator.subcategory, ctx.lang()),
                indicator
                    .sectors
                    .iter()
                    .map(|s| sector_title(&set, s, ctx.lang()))
                    .collect::<Vec<_>>()
                    .join("; "),
                names.get(&answer.user_id).cloned().unwrap_or_default(),
                tr.t(&format!("planning-level-{}", answer.level)),
                answer.evidence.clone(),
                answer.links.lines().collect::<Vec<_>>().join(" "),
                tr.date(answer.updated_at),
                resolution
                    .map(|r| tr.t(&format!("planning-level-{}", r.level)))
                    .unwrap_or_default(),
                resolution.map(|r| r.reason.clone()).unwrap_or_default(),
            ]);
        }
    }
    Ok(csv_response(
        &format!("assessment-{}-answers.csv", a.id),
        rows,
    ))
}
