//! Starting an assessment, inviting colleagues, answering section by section (with last-write conflicts shown, not
//! overwritten), resolving differing answers, closing, publishing and repeating a round.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::profile::{Level, Standing, standing};
use super::store::{self, Answer, Assessment};
use super::{Access, open_assessment, subcategory_title};
use crate::accounts::queries::{find_user, find_user_by_email};
use crate::accounts::validate::normalise_email;
use crate::app::AppState;
use crate::content::indicators::IndicatorSet;
use crate::db::{Bind, execute, fetch_id, now};
use crate::i18n::countries::COUNTRIES;
use crate::library::country_name;
use crate::library::vocabulary::TERRITORY_KINDS;
use crate::mail::Mail;
use crate::web::cookies::{random_token, token_hash};
use crate::web::{AppError, FormErrors, PageContext, Submission, render, see_other};

const INVITATION_DAYS: i64 = 14;
const MAX_EVIDENCE_CHARS: usize = 4000;
const MAX_LINKS_CHARS: usize = 2000;
const MAX_TERRITORY_CHARS: usize = 200;

/// A short message page for refusals that deserve more than a bare error (expired or used invitations).
#[derive(Template)]
#[template(path = "planning/message.html")]
struct MessagePage {
    ctx: PageContext,
    title_id: &'static str,
    message_id: &'static str,
}

fn message(
    ctx: PageContext,
    title_id: &'static str,
    message_id: &'static str,
    status: StatusCode,
) -> Result<Response, AppError> {
    render(
        &MessagePage {
            ctx,
            title_id,
            message_id,
        },
        status,
    )
}

// ---------------------------------------------------------------------------------------------------------------
// The start page

#[derive(Default)]
struct StartForm {
    territory: String,
    country: String,
    kinds: Vec<String>,
}

pub(super) struct AssessmentRow {
    href: String,
    territory: String,
    country: String,
    round: i64,
    status_id: &'static str,
    role_id: &'static str,
}

#[derive(Template)]
#[template(path = "planning/index.html")]
struct IndexPage {
    ctx: PageContext,
    title: String,
    summary: String,
    indicator_count: usize,
    has_set: bool,
    mine: Vec<AssessmentRow>,
    can_start: bool,
    form: StartForm,
    errors: FormErrors,
    countries: Vec<(String, String)>,
    kinds: &'static [&'static str],
}

async fn index_page(
    state: &AppState,
    ctx: PageContext,
    form: StartForm,
    errors: FormErrors,
) -> Result<IndexPage, AppError> {
    let set = store::current_set(&state.db).await?;
    let lang = ctx.lang();
    let (title, summary, indicator_count) = match &set {
        Some(set) => (
            super::pick(&set.title, lang, &set.source_lang).to_string(),
            super::pick(&set.summary, lang, &set.source_lang).to_string(),
            set.indicators.len(),
        ),
        None => (ctx.tr.t("planning-title"), String::new(), 0),
    };
    let mut mine = Vec::new();
    let mut can_start = false;
    if let Some(user) = ctx.user.as_ref() {
        for a in store::assessments_of(&state.db, user.id).await? {
            let role = store::member_role(&state.db, a.id, user.id).await?;
            mine.push(AssessmentRow {
                href: ctx.href(&format!("/planning/{}", a.id)),
                territory: a.territory.clone(),
                country: country_name(&ctx.tr, &a.country),
                round: a.round,
                status_id: status_id(&a),
                role_id: if role.as_deref() == Some("coordinator") {
                    "planning-role-coordinator"
                } else {
                    "planning-role-respondent"
                },
            });
        }
        can_start = is_local_authority(state, user.id).await?;
    }
    let mut countries: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(code, _)| (code.to_string(), country_name(&ctx.tr, code)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(IndexPage {
        ctx,
        title,
        summary,
        indicator_count,
        has_set: set.is_some(),
        mine,
        can_start,
        form,
        errors,
        countries,
        kinds: TERRITORY_KINDS,
    })
}

/// Assessments are started by members of a local or regional authority (their profile says so).
async fn is_local_authority(state: &AppState, user_id: i64) -> Result<bool, AppError> {
    Ok(find_user(&state.db, user_id)
        .await?
        .is_some_and(|u| u.organisation_type == "local-authority"))
}

fn status_id(a: &Assessment) -> &'static str {
    if a.is_open() {
        "planning-status-open"
    } else {
        "planning-status-closed"
    }
}

pub async fn index(State(state): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    let page = index_page(&state, ctx, StartForm::default(), FormErrors::default()).await?;
    render(&page, StatusCode::OK)
}

pub async fn start(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let (pairs, fresh) = submission.into_parts();
    let mut form = StartForm::default();
    for (name, value) in pairs {
        match name.as_str() {
            "territory" => form.territory = value.trim().to_string(),
            "country" => form.country = value,
            "territory_kind" => form.kinds.push(value),
            _ => {}
        }
    }
    let mut errors = FormErrors::default();
    if !fresh {
        errors.add("form", "error-form-expired");
    }
    let is_local_authority = is_local_authority(&state, user.id).await?;
    if !is_local_authority {
        errors.add("form", "planning-error-local-authority");
    }
    if form.territory.is_empty()
        || form.territory.chars().count() > MAX_TERRITORY_CHARS
        || form.territory.chars().any(char::is_control)
    {
        errors.add("territory", "planning-error-territory");
    }
    if !COUNTRIES.iter().any(|(code, _)| *code == form.country) {
        errors.add("country", "planning-error-country");
    }
    if form.kinds.is_empty()
        || form
            .kinds
            .iter()
            .any(|k| !TERRITORY_KINDS.contains(&k.as_str()))
    {
        errors.add("territory_kind", "practice-error-territory-kind");
    }
    let set = store::current_set(&state.db).await?;
    if set.is_none() {
        errors.add("form", "planning-error-no-set");
    }
    if !errors.is_empty() {
        let status = if is_local_authority {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::FORBIDDEN
        };
        let page = index_page(&state, ctx, form, errors).await?;
        return render(&page, status);
    }
    let set = set.expect("checked above");
    let mut tx = state.db.begin().await?;
    let id = fetch_id(
        &mut tx,
        "INSERT INTO assessments (set_id, territory, country, territory_kinds, round, previous_id, status, published, \
         created_by, created_at) VALUES ($1, $2, $3, $4, 1, NULL, 'open', FALSE, $5, $6) RETURNING id",
        &[
            Bind::Text(&set.id),
            Bind::Text(&form.territory),
            Bind::Text(&form.country),
            Bind::Text(&form.kinds.join(" ")),
            Bind::Int(user.id),
            Bind::Int(now()),
        ],
    )
    .await?;
    add_member(&mut tx, id, user.id, "coordinator").await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/planning/{id}"))))
}

async fn add_member(
    tx: &mut crate::db::Tx,
    assessment_id: i64,
    user_id: i64,
    role: &str,
) -> Result<(), sqlx::Error> {
    execute(
        tx,
        "INSERT INTO assessment_members (assessment_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)",
        &[Bind::Int(assessment_id), Bind::Int(user_id), Bind::Text(role), Bind::Int(now())],
    )
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------------
// The overview

struct SectionRow {
    href: String,
    title: String,
    indicators: usize,
    mine: usize,
    anyone: usize,
}

struct MemberRow {
    name: String,
    role_id: &'static str,
}

struct InvitationRow {
    email: String,
    state_id: &'static str,
}

#[derive(Template)]
#[template(path = "planning/overview.html")]
struct OverviewPage {
    ctx: PageContext,
    a: Assessment,
    base: String,
    heading: String,
    country: String,
    kinds: String,
    is_coordinator: bool,
    sections: Vec<SectionRow>,
    members: Vec<MemberRow>,
    invitations: Vec<InvitationRow>,
    invite_email: String,
    errors: FormErrors,
    differing: usize,
    status_id: &'static str,
}

pub(super) fn heading(ctx: &PageContext, a: &Assessment) -> String {
    ctx.tr.t2_text(
        "planning-assessment-heading",
        "territory",
        &a.territory,
        "round",
        &a.round.to_string(),
    )
}

async fn overview_page(
    state: &AppState,
    ctx: PageContext,
    a: Assessment,
    set: &IndicatorSet,
    access: Access,
    invite_email: String,
    errors: FormErrors,
) -> Result<OverviewPage, AppError> {
    let me = ctx.user.as_ref().map(|u| u.id).unwrap_or(0);
    let (answers, resolutions) = store::round(&state.db, a.id).await?;
    let base = ctx.href(&format!("/planning/{}", a.id));
    let mut sections = Vec::new();
    for category in &set.categories {
        for sub in &category.subcategories {
            let ids: Vec<&str> = set
                .indicators
                .iter()
                .filter(|i| i.subcategory == sub.id)
                .map(|i| i.id.as_str())
                .collect();
            let answered_by = |pred: &dyn Fn(&Answer) -> bool| {
                ids.iter()
                    .filter(|id| answers.iter().any(|x| x.indicator_id == **id && pred(x)))
                    .count()
            };
            sections.push(SectionRow {
                href: format!("{base}/sections/{}", sub.id),
                title: super::pick(&sub.title, ctx.lang(), &set.source_lang).to_string(),
                indicators: ids.len(),
                mine: answered_by(&|x| x.user_id == me),
                anyone: answered_by(&|_| true),
            });
        }
    }
    let standings = standings(set, &answers, &resolutions);
    let differing = standings
        .values()
        .filter(|s| **s == Standing::Differs)
        .count();
    let mut members = Vec::new();
    for (_, role, name) in super::member_names(state, a.id).await? {
        members.push(MemberRow {
            name,
            role_id: if role == "coordinator" {
                "planning-role-coordinator"
            } else {
                "planning-role-respondent"
            },
        });
    }
    let is_coordinator = access == Access::Coordinator;
    let mut invitations = Vec::new();
    if is_coordinator {
        for invitation in store::invitations(&state.db, a.id).await? {
            invitations.push(InvitationRow {
                email: invitation.email,
                state_id: if invitation.accepted_at.is_some() {
                    "planning-invitation-accepted"
                } else if invitation.expires_at < now() {
                    "planning-invitation-expired"
                } else {
                    "planning-invitation-pending"
                },
            });
        }
    }
    let kinds = a
        .territory_kinds
        .split_whitespace()
        .map(|k| ctx.tr.t(&format!("territory-{k}")))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(OverviewPage {
        heading: heading(&ctx, &a),
        country: country_name(&ctx.tr, &a.country),
        status_id: status_id(&a),
        ctx,
        base,
        kinds,
        is_coordinator,
        sections,
        members,
        invitations,
        invite_email,
        errors,
        differing,
        a,
    })
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    let page = overview_page(
        &state,
        ctx,
        a,
        &set,
        access,
        String::new(),
        FormErrors::default(),
    )
    .await?;
    render(&page, StatusCode::OK)
}

/// One standing per indicator of the set.
pub(super) fn standings<'a>(
    set: &'a IndicatorSet,
    answers: &[Answer],
    resolutions: &[store::Resolution],
) -> BTreeMap<&'a str, Standing> {
    set.indicators
        .iter()
        .map(|indicator| {
            let levels: Vec<Level> = answers
                .iter()
                .filter(|x| x.indicator_id == indicator.id)
                .filter_map(|x| Level::from_code(&x.level))
                .collect();
            let resolution = resolutions
                .iter()
                .find(|r| r.indicator_id == indicator.id)
                .and_then(|r| Level::from_code(&r.level));
            (indicator.id.as_str(), standing(&levels, resolution))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Answering a section

struct IndicatorForm {
    id: String,
    /// The language of the indicator's words when they are not in the reader's (empty otherwise).
    text_lang: String,
    statement: String,
    questions: Vec<String>,
    evidence_hint: String,
    level: String,
    evidence: String,
    links: String,
    version: i64,
    error_id: &'static str,
    /// The answer someone saved meanwhile, shown beside what this person typed.
    conflict: Option<Answer>,
}

#[derive(Template)]
#[template(path = "planning/section.html")]
struct SectionPage {
    ctx: PageContext,
    heading: String,
    section_title: String,
    action: String,
    back: String,
    open: bool,
    saved: bool,
    items: Vec<IndicatorForm>,
    errors: FormErrors,
    levels: [Level; 4],
}

impl SectionPage {
    fn new(
        ctx: PageContext,
        a: &Assessment,
        set: &IndicatorSet,
        section: &str,
        items: Vec<IndicatorForm>,
        errors: FormErrors,
        saved: bool,
    ) -> SectionPage {
        SectionPage {
            heading: heading(&ctx, a),
            section_title: subcategory_title(set, section, ctx.lang()),
            action: ctx.href(&format!("/planning/{}/sections/{section}", a.id)),
            back: ctx.href(&format!("/planning/{}", a.id)),
            open: a.is_open(),
            saved,
            items,
            errors,
            levels: Level::ALL,
            ctx,
        }
    }

    /// Problems of the whole form (an expired form), as opposed to those of one indicator, listed after them.
    fn form_wide_errors(&self) -> Vec<&'static str> {
        let per_item: Vec<&str> = self.items.iter().map(|i| i.error_id).collect();
        self.errors
            .all()
            .iter()
            .map(|(_, message)| *message)
            .filter(|message| !per_item.contains(message))
            .collect()
    }
}

impl IndicatorForm {
    /// Where the error summary's link for this indicator's problem goes: the control to correct.
    fn error_target(&self) -> String {
        match self.error_id {
            "planning-error-links" => format!("ln-{}", self.id),
            "planning-error-too-long" => format!("ev-{}", self.id),
            _ => format!("l-{}-{}", self.id, Level::ALL[0].code()),
        }
    }
}

fn section_indicators<'a>(
    set: &'a IndicatorSet,
    section: &str,
) -> Result<Vec<&'a crate::content::indicators::Indicator>, AppError> {
    let items: Vec<_> = set
        .indicators
        .iter()
        .filter(|i| i.subcategory == section)
        .collect();
    if items.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(items)
}

fn blank_form(
    set: &IndicatorSet,
    indicator: &crate::content::indicators::Indicator,
    lang: &str,
    mine: Option<&Answer>,
) -> IndicatorForm {
    let (text_lang, text) = super::words_in(set, indicator, lang);
    IndicatorForm {
        id: indicator.id.clone(),
        text_lang,
        statement: text.statement.clone(),
        questions: text.questions.clone(),
        evidence_hint: text.evidence.clone(),
        level: mine.map(|m| m.level.clone()).unwrap_or_default(),
        evidence: mine.map(|m| m.evidence.clone()).unwrap_or_default(),
        links: mine.map(|m| m.links.clone()).unwrap_or_default(),
        version: mine.map(|m| m.version).unwrap_or(0),
        error_id: "",
        conflict: None,
    }
}

pub async fn section_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id, section)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    debug_assert!(access.is_member());
    let indicators = section_indicators(&set, &section)?;
    let me = ctx.signed_in_user()?.id;
    let answers = store::answers(&state.db, a.id).await?;
    let items = indicators
        .iter()
        .map(|i| {
            blank_form(
                &set,
                i,
                ctx.lang(),
                answers
                    .iter()
                    .find(|x| x.indicator_id == i.id && x.user_id == me),
            )
        })
        .collect();
    let saved = query.as_deref() == Some("saved=1");
    let page = SectionPage::new(ctx, &a, &set, &section, items, FormErrors::default(), saved);
    render(&page, StatusCode::OK)
}

fn links_are_valid(links: &str) -> bool {
    links
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .all(|l| {
            (l.starts_with("https://") || l.starts_with("http://"))
                && !l.contains(char::is_whitespace)
        })
}

/// One answer to write: the indicator, the (level, evidence, links) to store (`None`: clear it), and the version
/// the stored answer had (`None`: there was none).
type Write = (String, Option<(String, String, String)>, Option<i64>);

pub async fn save_section(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id, section)): Path<(String, String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, set, _) = open_assessment(&state, &ctx, &id, false).await?;
    let indicators = section_indicators(&set, &section)?;
    let me = ctx.signed_in_user()?.id;
    let (pairs, fresh) = submission.into_parts();
    if !a.is_open() {
        return Err(AppError::BadRequest("planning-error-round-closed"));
    }
    // What was sent, per indicator; a field for an indicator not in this section is refused whole.
    let mut sent: HashMap<String, (String, String, String, i64)> = HashMap::new();
    for (name, value) in pairs {
        let Some((field, indicator)) = name.split_once('-') else {
            continue;
        };
        if !["level", "evidence", "links", "version"].contains(&field) {
            continue;
        }
        if !indicators.iter().any(|i| i.id == indicator) {
            return Err(AppError::BadRequest("planning-error-unknown-indicator"));
        }
        let entry = sent.entry(indicator.to_string()).or_default();
        match field {
            "level" => entry.0 = value,
            "evidence" => entry.1 = value,
            "links" => entry.2 = value,
            _ => entry.3 = value.parse().unwrap_or(-1),
        }
    }
    let current = store::answers(&state.db, a.id).await?;
    let mut errors = FormErrors::default();
    if !fresh {
        errors.add("form", "error-form-expired");
    }
    let mut items: Vec<IndicatorForm> = Vec::new();
    let mut writes: Vec<Write> = Vec::new();
    for indicator in &indicators {
        let stored = current
            .iter()
            .find(|x| x.indicator_id == indicator.id && x.user_id == me);
        let mut item = blank_form(&set, indicator, ctx.lang(), stored);
        let Some((level, evidence, links, seen_version)) = sent.remove(&indicator.id) else {
            items.push(item);
            continue;
        };
        let evidence = evidence.trim().to_string();
        let links = links.trim().to_string();
        item.level = level.clone();
        item.evidence = evidence.clone();
        item.links = links.clone();
        item.version = seen_version;
        let unchanged = match stored {
            Some(s) => s.level == level && s.evidence == evidence && s.links == links,
            None => level.is_empty() && evidence.is_empty() && links.is_empty(),
        };
        if unchanged {
            item.version = stored.map(|s| s.version).unwrap_or(0);
            items.push(item);
            continue;
        }
        let stored_version = stored.map(|s| s.version).unwrap_or(0);
        if seen_version != stored_version {
            // Saved elsewhere (another tab, another device) since this form was opened: keep both, save neither.
            item.error_id = "planning-error-conflict";
            item.conflict = stored.cloned();
            item.version = stored_version;
            errors.add("form", "planning-error-conflict");
            items.push(item);
            continue;
        }
        if !level.is_empty() && Level::from_code(&level).is_none() {
            return Err(AppError::BadRequest("planning-error-unknown-level"));
        }
        if level.is_empty() && (!evidence.is_empty() || !links.is_empty()) {
            item.error_id = "planning-error-choose-level";
        } else if evidence.chars().count() > MAX_EVIDENCE_CHARS
            || links.chars().count() > MAX_LINKS_CHARS
        {
            item.error_id = "planning-error-too-long";
        } else if !links_are_valid(&links) {
            item.error_id = "planning-error-links";
        }
        if !item.error_id.is_empty() {
            errors.add("form", item.error_id);
            items.push(item);
            continue;
        }
        let answer = (!level.is_empty()).then_some((level, evidence, links));
        writes.push((indicator.id.clone(), answer, stored.map(|s| s.version)));
        items.push(item);
    }
    // Nothing is written unless the whole section is valid: the person fixes one thing and sends it again.
    if errors.is_empty() {
        let mut tx = state.db.begin().await?;
        if !store::lock_open_round(&mut tx, a.id).await? {
            return Err(AppError::BadRequest("planning-error-round-closed"));
        }
        // Each write names the version it replaces, so a save that raced another one changes no row: then the
        // whole section is rolled back and shown again with both answers, never reported as saved.
        let mut lost: Option<String> = None;
        for (indicator, answer, stored_version) in writes {
            let key = [Bind::Int(a.id), Bind::Text(&indicator), Bind::Int(me)];
            let changed = match (answer, stored_version) {
                (None, None) => 1,
                (None, Some(version)) => {
                    execute(&mut tx, "DELETE FROM assessment_answers WHERE assessment_id = $1 AND indicator_id = $2 AND user_id = $3 AND version = $4",
                        &[key[0], key[1], key[2], Bind::Int(version)]).await?
                }
                (Some((level, evidence, links)), None) => {
                    execute(
                        &mut tx,
                        "INSERT INTO assessment_answers (assessment_id, indicator_id, user_id, level, evidence, links, version, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, 1, $7) ON CONFLICT (assessment_id, indicator_id, user_id) DO NOTHING",
                        &[key[0], key[1], key[2], Bind::Text(&level), Bind::Text(&evidence), Bind::Text(&links), Bind::Int(now())],
                    )
                    .await?
                }
                (Some((level, evidence, links)), Some(version)) => {
                    execute(
                        &mut tx,
                        "UPDATE assessment_answers SET level = $4, evidence = $5, links = $6, version = version + 1, updated_at = $7 \
                         WHERE assessment_id = $1 AND indicator_id = $2 AND user_id = $3 AND version = $8",
                        &[key[0], key[1], key[2], Bind::Text(&level), Bind::Text(&evidence), Bind::Text(&links), Bind::Int(now()), Bind::Int(version)],
                    )
                    .await?
                }
            };
            if changed != 1 {
                lost = Some(indicator);
                break;
            }
        }
        match lost {
            None => {
                tx.commit().await?;
                return Ok(see_other(
                    &ctx.href(&format!("/planning/{}/sections/{section}?saved=1", a.id)),
                ));
            }
            Some(indicator) => {
                drop(tx);
                let now_stored = store::answers(&state.db, a.id).await?;
                let stored = now_stored
                    .iter()
                    .find(|x| x.indicator_id == indicator && x.user_id == me);
                if let Some(item) = items.iter_mut().find(|i| i.id == indicator) {
                    item.error_id = "planning-error-conflict";
                    item.conflict = stored.cloned();
                    item.version = stored.map(|s| s.version).unwrap_or(0);
                }
                errors.add("form", "planning-error-conflict");
            }
        }
    }
    let status = if errors
        .all()
        .iter()
        .any(|(_, m)| *m == "planning-error-conflict")
    {
        StatusCode::CONFLICT
    } else if !fresh {
        StatusCode::FORBIDDEN
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = SectionPage::new(ctx, &a, &set, &section, items, errors, false);
    render(&page, status)
}

// ---------------------------------------------------------------------------------------------------------------
// Invitations

pub async fn invite(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    if access != Access::Coordinator {
        return Err(AppError::Forbidden);
    }
    let user = ctx.signed_in_user()?.clone();
    let (pairs, fresh) = submission.into_parts();
    let typed = pairs
        .into_iter()
        .find(|(k, _)| k == "email")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    let mut errors = FormErrors::default();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    if !fresh {
        errors.add("form", "error-form-expired");
        status = StatusCode::FORBIDDEN;
    }
    let email = normalise_email(&typed);
    match &email {
        None => errors.add(
            "email",
            if typed.is_empty() {
                "error-required"
            } else {
                "error-email-invalid"
            },
        ),
        Some(email) => {
            let invited = store::invitations(&state.db, a.id).await?;
            let already_member = match find_user_by_email(&state.db, email).await? {
                Some(u) => store::member_role(&state.db, a.id, u.id).await?.is_some(),
                None => false,
            };
            if already_member {
                errors.add("email", "planning-error-already-member");
                status = StatusCode::CONFLICT;
            } else if invited
                .iter()
                .any(|i| i.email == *email && i.accepted_at.is_none() && i.expires_at >= now())
            {
                errors.add("email", "planning-error-already-invited");
                status = StatusCode::CONFLICT;
            }
        }
    }
    if !a.is_open() {
        errors.add("form", "planning-error-round-closed");
        status = StatusCode::CONFLICT;
    }
    if !errors.is_empty() {
        let page = overview_page(&state, ctx, a, &set, access, typed, errors).await?;
        return render(&page, status);
    }
    let email = email.expect("checked above");
    let token = random_token();
    let mut tx = state.db.begin().await?;
    // An expired invitation to the same address is replaced by the new one.
    execute(
        &mut tx,
        "DELETE FROM assessment_invitations WHERE assessment_id = $1 AND email = $2",
        &[Bind::Int(a.id), Bind::Text(&email)],
    )
    .await?;
    execute(
        &mut tx,
        "INSERT INTO assessment_invitations (assessment_id, email, token_hash, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            Bind::Int(a.id),
            Bind::Text(&email),
            Bind::Text(&token_hash(&token)),
            Bind::Int(user.id),
            Bind::Int(now()),
            Bind::Int(now() + INVITATION_DAYS * 86_400),
        ],
    )
    .await?;
    // Committed before the mail leaves: a slow mail server must not hold the database's write lock.
    tx.commit().await?;
    let link = format!(
        "{}/{}/planning/invitations/{token}",
        state.config.public_url, ctx.locale
    );
    let tr = ctx.tr;
    let mail = Mail {
        to: email.clone(),
        subject: tr.t1(
            "planning-invitation-mail-subject",
            "territory",
            &a.territory,
        ),
        body: format!(
            "{}\n\n{link}\n\n{}\n",
            tr.t2_text(
                "planning-invitation-mail-body",
                "name",
                &user.name,
                "territory",
                &a.territory
            ),
            tr.tn("planning-invitation-mail-expiry", "days", INVITATION_DAYS)
        ),
    };
    if let Err(error) = state.mailer.send(mail).await {
        // A link nobody received helps nobody: the invitation goes, and the coordinator can send it again.
        let mut tx = state.db.begin().await?;
        execute(
            &mut tx,
            "DELETE FROM assessment_invitations WHERE token_hash = $1",
            &[Bind::Text(&token_hash(&token))],
        )
        .await?;
        tx.commit().await?;
        return Err(AppError::Internal(format!(
            "invitation mail was not sent: {error}"
        )));
    }
    Ok(see_other(
        &ctx.href(&format!("/planning/{}?invited=1", a.id)),
    ))
}

#[derive(Template)]
#[template(path = "planning/invitation.html")]
struct InvitationPage {
    ctx: PageContext,
    territory: String,
    action: String,
}

/// The invitation behind a link: 404 unknown, 410 used or expired.
async fn live_invitation(
    state: &AppState,
    token: &str,
) -> Result<Result<(store::Invitation, Assessment), &'static str>, AppError> {
    let invitation = store::invitation_by_token(&state.db, &token_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    if invitation.accepted_at.is_some() {
        return Ok(Err("planning-invitation-used"));
    }
    if invitation.expires_at < now() {
        return Ok(Err("planning-invitation-expired-message"));
    }
    let a = store::assessment(&state.db, invitation.assessment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Ok((invitation, a)))
}

pub async fn invitation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (_, a) = match live_invitation(&state, &token).await? {
        Ok(found) => found,
        Err(message_id) => {
            return message(
                ctx,
                "planning-invitation-title",
                message_id,
                StatusCode::GONE,
            );
        }
    };
    ctx.signed_in_user()?;
    let page = InvitationPage {
        territory: a.territory.clone(),
        action: ctx.href(&format!("/planning/invitations/{token}")),
        ctx,
    };
    render(&page, StatusCode::OK)
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, token)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let (_, fresh) = submission.into_parts();
    if !fresh {
        return Err(AppError::FormExpired);
    }
    let (invitation, a) = match live_invitation(&state, &token).await? {
        Ok(found) => found,
        Err(message_id) => {
            return message(
                ctx,
                "planning-invitation-title",
                message_id,
                StatusCode::GONE,
            );
        }
    };
    // The link is for the address it was sent to: forwarded, it does not let someone else in.
    if !invitation.email.eq_ignore_ascii_case(&user.email) {
        return message(
            ctx,
            "planning-invitation-title",
            "planning-invitation-other-address",
            StatusCode::FORBIDDEN,
        );
    }
    let mut tx = state.db.begin().await?;
    let taken = execute(
        &mut tx,
        "UPDATE assessment_invitations SET accepted_at = $1, accepted_by = $2 WHERE id = $3 AND accepted_at IS NULL",
        &[Bind::Int(now()), Bind::Int(user.id), Bind::Int(invitation.id)],
    )
    .await?;
    if taken == 0 {
        return message(
            ctx,
            "planning-invitation-title",
            "planning-invitation-used",
            StatusCode::GONE,
        );
    }
    if store::member_role(&state.db, a.id, user.id)
        .await?
        .is_none()
    {
        add_member(&mut tx, a.id, user.id, "respondent").await?;
    }
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/planning/{}", a.id))))
}

// ---------------------------------------------------------------------------------------------------------------
// Review: who answered what, and resolving differences

struct GivenAnswer {
    name: String,
    level_id: String,
    evidence: String,
    links: Vec<String>,
}

struct ReviewItem {
    id: String,
    statement: super::Said,
    given: Vec<GivenAnswer>,
    differs: bool,
    resolution: Option<(String, String)>,
    action: String,
    chosen: String,
    reason: String,
    error_id: &'static str,
}

#[derive(Template)]
#[template(path = "planning/review.html")]
struct ReviewPage {
    ctx: PageContext,
    heading: String,
    back: String,
    open: bool,
    items: Vec<ReviewItem>,
    levels: [Level; 4],
}

async fn review_page(
    state: &AppState,
    ctx: PageContext,
    a: Assessment,
    set: &IndicatorSet,
    typed: Option<(String, String, String, &'static str)>,
) -> Result<ReviewPage, AppError> {
    let (answers, resolutions) = store::round(&state.db, a.id).await?;
    let standings = standings(set, &answers, &resolutions);
    let names: HashMap<i64, String> = super::member_names(state, a.id)
        .await?
        .into_iter()
        .map(|(id, _, name)| (id, name))
        .collect();
    let mut items = Vec::new();
    for indicator in &set.indicators {
        let given: Vec<GivenAnswer> = answers
            .iter()
            .filter(|x| x.indicator_id == indicator.id)
            .map(|x| GivenAnswer {
                name: names.get(&x.user_id).cloned().unwrap_or_default(),
                level_id: format!("planning-level-{}", x.level),
                evidence: x.evidence.clone(),
                links: x
                    .links
                    .lines()
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect(),
            })
            .collect();
        if given.is_empty() {
            continue;
        }
        let resolution = resolutions
            .iter()
            .find(|r| r.indicator_id == indicator.id)
            .map(|r| (format!("planning-level-{}", r.level), r.reason.clone()));
        let (chosen, reason, error_id) = match &typed {
            Some((id, level, reason, error)) if *id == indicator.id => {
                (level.clone(), reason.clone(), *error)
            }
            _ => (String::new(), String::new(), ""),
        };
        items.push(ReviewItem {
            id: indicator.id.clone(),
            statement: super::statement(set, indicator, ctx.lang()),
            differs: standings.get(indicator.id.as_str()) == Some(&Standing::Differs),
            given,
            resolution,
            action: ctx.href(&format!("/planning/{}/review/{}", a.id, indicator.id)),
            chosen,
            reason,
            error_id,
        });
    }
    // Differences first: they are what the coordinator came for.
    items.sort_by_key(|i| !i.differs);
    Ok(ReviewPage {
        heading: heading(&ctx, &a),
        back: ctx.href(&format!("/planning/{}", a.id)),
        open: a.is_open(),
        items,
        levels: Level::ALL,
        ctx,
    })
}

pub async fn review(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    if access != Access::Coordinator {
        return Err(AppError::Forbidden);
    }
    let page = review_page(&state, ctx, a, &set, None).await?;
    render(&page, StatusCode::OK)
}

pub async fn resolve(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id, indicator)): Path<(String, String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, set, access) = open_assessment(&state, &ctx, &id, false).await?;
    if access != Access::Coordinator {
        return Err(AppError::Forbidden);
    }
    let user = ctx.signed_in_user()?.clone();
    if !set.indicators.iter().any(|i| i.id == indicator) {
        return Err(AppError::NotFound);
    }
    if !a.is_open() {
        return Err(AppError::BadRequest("planning-error-round-closed"));
    }
    let (pairs, fresh) = submission.into_parts();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let (level, reason) = (field("level"), field("reason"));
    let error = if !fresh {
        Some(("error-form-expired", StatusCode::FORBIDDEN))
    } else if Level::from_code(&level).is_none() {
        Some((
            "planning-error-choose-level",
            StatusCode::UNPROCESSABLE_ENTITY,
        ))
    } else if reason.is_empty() || reason.chars().count() > MAX_EVIDENCE_CHARS {
        Some(("planning-error-reason", StatusCode::UNPROCESSABLE_ENTITY))
    } else {
        None
    };
    if let Some((message_id, status)) = error {
        let page = review_page(
            &state,
            ctx,
            a,
            &set,
            Some((indicator, level, reason, message_id)),
        )
        .await?;
        return render(&page, status);
    }
    let mut tx = state.db.begin().await?;
    if !store::lock_open_round(&mut tx, a.id).await? {
        return Err(AppError::BadRequest("planning-error-round-closed"));
    }
    execute(
        &mut tx,
        "DELETE FROM assessment_resolutions WHERE assessment_id = $1 AND indicator_id = $2",
        &[Bind::Int(a.id), Bind::Text(&indicator)],
    )
    .await?;
    execute(
        &mut tx,
        "INSERT INTO assessment_resolutions (assessment_id, indicator_id, level, reason, resolved_by, resolved_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[Bind::Int(a.id), Bind::Text(&indicator), Bind::Text(&level), Bind::Text(&reason), Bind::Int(user.id), Bind::Int(now())],
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(
        &ctx.href(&format!("/planning/{}/review#i-{indicator}", a.id)),
    ))
}

// ---------------------------------------------------------------------------------------------------------------
// The coordinator's controls

async fn coordinator_post(
    state: &AppState,
    ctx: &PageContext,
    id: &str,
    submission: Submission<Vec<(String, String)>>,
) -> Result<(Assessment, Vec<(String, String)>), AppError> {
    let (a, _, access) = open_assessment(state, ctx, id, false).await?;
    if access != Access::Coordinator {
        return Err(AppError::Forbidden);
    }
    let (pairs, fresh) = submission.into_parts();
    if !fresh {
        return Err(AppError::FormExpired);
    }
    Ok((a, pairs))
}

pub async fn close(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, _) = coordinator_post(&state, &ctx, &id, submission).await?;
    if !a.is_open() {
        return Err(AppError::BadRequest("planning-error-round-closed"));
    }
    let mut tx = state.db.begin().await?;
    execute(
        &mut tx,
        "UPDATE assessments SET status = 'closed', closed_at = $1 WHERE id = $2",
        &[Bind::Int(now()), Bind::Int(a.id)],
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/planning/{}", a.id))))
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, pairs) = coordinator_post(&state, &ctx, &id, submission).await?;
    let published = pairs.iter().any(|(k, v)| k == "published" && v == "1");
    // What is published is a finished round, not answers still coming in.
    if published && a.is_open() {
        return Err(AppError::BadRequest("planning-error-publish-closed"));
    }
    let mut tx = state.db.begin().await?;
    execute(
        &mut tx,
        "UPDATE assessments SET published = $1 WHERE id = $2",
        &[Bind::Bool(published), Bind::Int(a.id)],
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/planning/{}", a.id))))
}

/// A new round of a closed assessment, with the same territory, set and members; the profile then shows the
/// change per indicator.
pub async fn repeat(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, id)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (a, _) = coordinator_post(&state, &ctx, &id, submission).await?;
    if a.is_open() {
        return Err(AppError::BadRequest("planning-error-close-first"));
    }
    if store::next_round(&state.db, a.id).await?.is_some() {
        return Err(AppError::BadRequest("planning-error-repeated"));
    }
    let user = ctx.signed_in_user()?.clone();
    let mut tx = state.db.begin().await?;
    let new_id = fetch_id(
        &mut tx,
        "INSERT INTO assessments (set_id, territory, country, territory_kinds, round, previous_id, status, published, \
         created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', FALSE, $7, $8) RETURNING id",
        &[
            Bind::Text(&a.set_id),
            Bind::Text(&a.territory),
            Bind::Text(&a.country),
            Bind::Text(&a.territory_kinds),
            Bind::Int(a.round + 1),
            Bind::Int(a.id),
            Bind::Int(user.id),
            Bind::Int(now()),
        ],
    )
    .await?;
    for (member, role) in store::members(&state.db, a.id).await? {
        add_member(&mut tx, new_id, member, &role).await?;
    }
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/planning/{new_id}"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_links_are_web_addresses_one_per_line() {
        assert!(links_are_valid(""));
        assert!(links_are_valid(
            "https://example.org/plan.pdf\nhttp://city.example/profile"
        ));
        assert!(!links_are_valid("javascript:alert(1)"));
        assert!(!links_are_valid("https://a.example/ b"));
    }
}
