//! The planning tool: a local authority assesses how far migration is part of its development planning, with its
//! colleagues and partners, sees a profile of what is well developed and what can grow, and turns the gaps into an
//! action plan linked to the lessons and practices that help.
//!
//! Pages: `/{lang}/planning` (my assessments, start one), `/{lang}/planning/{id}` (overview, members, invitations,
//! coordinator's controls), `…/sections/{subcategory}` (answer one section: one form, no script), `…/review`
//! (differing answers, resolved with a reason), `…/profile`, `…/plan`, and the CSV exports.

mod assessment;
mod plan;
pub mod profile;
mod report;
pub mod store;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;
use crate::content::indicators::{Indicator, IndicatorSet};
use crate::web::{AppError, PageContext};

pub use store::import_set;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{lang}/planning",
            get(assessment::index).post(assessment::start),
        )
        .route(
            "/{lang}/planning/invitations/{token}",
            get(assessment::invitation).post(assessment::accept),
        )
        .route("/{lang}/planning/{id}", get(assessment::overview))
        .route(
            "/{lang}/planning/{id}/sections/{section}",
            get(assessment::section_form).post(assessment::save_section),
        )
        .route(
            "/{lang}/planning/{id}/invitations",
            post(assessment::invite),
        )
        .route("/{lang}/planning/{id}/review", get(assessment::review))
        .route(
            "/{lang}/planning/{id}/review/{indicator}",
            post(assessment::resolve),
        )
        .route("/{lang}/planning/{id}/close", post(assessment::close))
        .route("/{lang}/planning/{id}/publish", post(assessment::publish))
        .route("/{lang}/planning/{id}/repeat", post(assessment::repeat))
        .route("/{lang}/planning/{id}/profile", get(report::profile))
        .route(
            "/{lang}/planning/{id}/answers.csv",
            get(report::answers_csv),
        )
        .route(
            "/{lang}/planning/{id}/plan",
            get(plan::show).post(plan::add),
        )
        .route("/{lang}/planning/{id}/plan.csv", get(plan::csv))
        .route("/{lang}/planning/{id}/plan/{action}", post(plan::update))
}

/// Who is looking at an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    Coordinator,
    Respondent,
    /// Not a member, but the coordinator published the profile.
    Public,
}

impl Access {
    pub fn is_member(self) -> bool {
        self != Access::Public
    }
}

/// An assessment with its indicator set, for a reader who may see it; 404 for an unknown id, 403 (or the
/// sign-in page) for someone who may not. `allow_public` lets anyone see a published assessment.
pub(crate) async fn open_assessment(
    state: &AppState,
    ctx: &PageContext,
    id: &str,
    allow_public: bool,
) -> Result<(store::Assessment, IndicatorSet, Access), AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let assessment = store::assessment(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = match ctx.user.as_ref() {
        Some(user) => store::member_role(&state.db, id, user.id).await?,
        None => None,
    };
    let access = match role.as_deref() {
        Some("coordinator") => Access::Coordinator,
        Some(_) => Access::Respondent,
        None if allow_public && assessment.published => Access::Public,
        None => {
            ctx.signed_in_user()?;
            return Err(AppError::Forbidden);
        }
    };
    let set = store::set_by_id(&state.db, &assessment.set_id)
        .await?
        .ok_or_else(|| {
            AppError::Internal(format!("indicator set {} is missing", assessment.set_id))
        })?;
    Ok((assessment, set, access))
}

/// Every member's (user id, role, name), in the order they joined.
pub(crate) async fn member_names(
    state: &AppState,
    assessment_id: i64,
) -> Result<Vec<(i64, String, String)>, AppError> {
    let mut named = Vec::new();
    for (user_id, role) in store::members(&state.db, assessment_id).await? {
        let name = crate::accounts::queries::find_user(&state.db, user_id)
            .await?
            .map(|u| u.name)
            .unwrap_or_default();
        named.push((user_id, role, name));
    }
    Ok(named)
}

/// A text of the set in the reader's language, else in the set's source language.
pub(crate) fn pick<'a>(
    texts: &'a std::collections::BTreeMap<String, String>,
    lang: &str,
    source: &str,
) -> &'a str {
    texts
        .get(lang)
        .or_else(|| texts.get(source))
        .map(String::as_str)
        .unwrap_or("")
}

/// An indicator's words in the reader's language (the source language when not translated).
pub(crate) fn words<'a>(
    set: &'a IndicatorSet,
    indicator: &'a Indicator,
    lang: &str,
) -> &'a crate::content::indicators::IndicatorText {
    words_in(set, indicator, lang).1
}

/// The words shown and the language they are in, when it is not the reader's (empty otherwise).
pub(crate) fn words_in<'a>(
    set: &'a IndicatorSet,
    indicator: &'a Indicator,
    lang: &str,
) -> (String, &'a crate::content::indicators::IndicatorText) {
    let (shown_lang, text) = indicator
        .texts
        .get_key_value(lang)
        .or_else(|| indicator.texts.get_key_value(&set.source_lang))
        .or_else(|| indicator.texts.iter().next())
        .expect("an indicator has its source text");
    let other = if shown_lang == lang {
        String::new()
    } else {
        shown_lang.clone()
    };
    (other, text)
}

/// A statement in the reader's language, or in the language it falls back to: `lang` then names that language
/// (for the `lang` attribute), and is empty when the text is in the reader's.
pub(crate) struct Said {
    pub text: String,
    pub lang: String,
}

pub(crate) fn statement(set: &IndicatorSet, indicator: &Indicator, lang: &str) -> Said {
    let (other, shown) = words_in(set, indicator, lang);
    Said {
        text: shown.statement.clone(),
        lang: other,
    }
}

pub(crate) fn subcategory_title(set: &IndicatorSet, id: &str, lang: &str) -> String {
    set.categories
        .iter()
        .flat_map(|c| c.subcategories.iter())
        .find(|s| s.id == id)
        .map(|s| pick(&s.title, lang, &set.source_lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

pub(crate) fn sector_title(set: &IndicatorSet, id: &str, lang: &str) -> String {
    set.sectors
        .iter()
        .find(|s| s.id == id)
        .map(|s| pick(&s.title, lang, &set.source_lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// A value for a CSV cell: quoted, quotes doubled, and a leading `=`, `+`, `-` or `@` defused so that a
/// spreadsheet does not run it as a formula.
pub(crate) fn csv_cell(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

pub(crate) fn csv_response(name: &str, rows: Vec<Vec<String>>) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    let mut body = String::from("\u{feff}");
    for row in rows {
        body.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        body.push_str("\r\n");
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("plain"), "\"plain\"");
        assert_eq!(csv_cell("say \"yes\""), "\"say \"\"yes\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
        assert_eq!(csv_cell("\t=1"), "\"'\t=1\"");
    }
}
