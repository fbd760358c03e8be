//! Good practices: their pages, members' proposals, and the editors' review (draft -> in review -> published,
//! every step and comment kept).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::app::AppState;
use crate::content::library::{ActorFile, Sections, SourceFile};
use crate::content::markdown::render_plain;
use crate::db::{Db, Tx, now};
use crate::i18n::countries::COUNTRIES;
use crate::on_db;
use crate::web::{
    AppError, CurrentUser, FormErrors, PageContext, Role, Submission, render, see_other,
};

use super::catalogue::{index_practice, join, split};
use super::vocabulary::{ACTOR_KINDS, TERRITORY_KINDS, THEMES, is_gcm_objective, is_sdg_target};
use super::{code_list, country_name, label, language_name, new_key};
use crate::db::{Bind, execute, fetch_id};

#[derive(Clone, Debug, sqlx::FromRow)]
struct PracticeRow {
    id: i64,
    key: String,
    status: String,
    source_lang: String,
    countries: String,
    territory_kinds: String,
    start_year: Option<i64>,
    end_year: Option<i64>,
    themes: String,
    sdg_targets: String,
    gcm_objectives: String,
    actors_json: String,
    sources_json: String,
    proposed_by: Option<i64>,
}

#[derive(Clone, Debug, Default, sqlx::FromRow)]
struct PracticeText {
    lang: String,
    title: String,
    summary: String,
    territory: String,
    introduction: String,
    context: String,
    overview: String,
    results: String,
    lessons_learnt: String,
    recommendations: String,
    status: String,
}

impl PracticeText {
    fn sections(&self) -> Sections {
        Sections {
            introduction: self.introduction.clone(),
            context: self.context.clone(),
            overview: self.overview.clone(),
            results: self.results.clone(),
            lessons_learnt: self.lessons_learnt.clone(),
            recommendations: self.recommendations.clone(),
        }
    }
}

#[derive(serde::Deserialize, Default)]
struct Actors {
    #[serde(default)]
    lead: Vec<ActorFile>,
    #[serde(default)]
    partners: Vec<ActorFile>,
}

async fn practice_by_key(db: &Db, key: &str) -> Result<Option<PracticeRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, PracticeRow>(
        "SELECT id, key, status, source_lang, countries, territory_kinds, start_year, end_year, themes, sdg_targets, \
         gcm_objectives, actors_json, sources_json, proposed_by FROM practices WHERE key = $1"
    ).bind(key).fetch_optional(pool).await)
}

async fn practice_texts(db: &Db, id: i64) -> Result<Vec<PracticeText>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, PracticeText>(
        "SELECT lang, title, summary, territory, introduction, context, overview, results, lessons_learnt, recommendations, \
         status FROM practice_texts WHERE practice_id = $1"
    ).bind(id).fetch_all(pool).await)
}

fn is_editor(user: Option<&CurrentUser>) -> bool {
    user.is_some_and(|u| u.role.includes(Role::Editor))
}

/// Who may see a practice: everyone once published; before that its proposer and editors.
fn may_see(practice: &PracticeRow, user: Option<&CurrentUser>) -> bool {
    practice.status == "published"
        || is_editor(user)
        || user.is_some_and(|u| Some(u.id) == practice.proposed_by)
}

struct ReviewEntry {
    who: String,
    action: String,
    comment: String,
    when: String,
}

struct SectionView {
    heading: String,
    html: String,
}

#[derive(Template)]
#[template(path = "library/practice.html")]
struct PracticePage {
    ctx: PageContext,
    key: String,
    status: String,
    status_label: String,
    text_lang: String,
    notice: String,
    title: String,
    summary: String,
    facts: Vec<(String, String)>,
    sections: Vec<SectionView>,
    sources: Vec<SourceFile>,
    reviews: Vec<ReviewEntry>,
    can_review: bool,
    can_edit: bool,
    can_submit: bool,
    comment_error: bool,
}

impl PracticePage {
    /// `/fr/practices/KEY` followed by `suffix`.
    fn href(&self, suffix: &str) -> String {
        self.ctx.href(&format!("/practices/{}{suffix}", self.key))
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    render_practice(&state, ctx, &key, false, StatusCode::OK).await
}

async fn render_practice(
    state: &AppState,
    ctx: PageContext,
    key: &str,
    comment_error: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let practice = practice_by_key(&state.db, key)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = ctx.user.as_ref();
    if !may_see(&practice, user) {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr;
    let texts = practice_texts(&state.db, practice.id).await?;
    let text = texts
        .iter()
        .find(|t| t.lang == ctx.lang())
        .or_else(|| texts.iter().find(|t| t.lang == practice.source_lang))
        .or(texts.first())
        .cloned()
        .unwrap_or_default();
    let notice = if text.lang != ctx.lang() {
        tr.t1(
            "practice-shown-in-language",
            "language",
            &language_name(&tr, &text.lang),
        )
    } else if text.status == "draft" {
        tr.t("practice-draft-translation")
    } else {
        String::new()
    };
    let actors: Actors = serde_json::from_str(&practice.actors_json).unwrap_or_default();
    let sources: Vec<SourceFile> = serde_json::from_str(&practice.sources_json).unwrap_or_default();
    let mut facts = Vec::new();
    let countries: Vec<String> = split(&practice.countries)
        .iter()
        .map(|c| country_name(&tr, c))
        .collect();
    facts.push((tr.t("practice-fact-countries"), countries.join(", ")));
    let kinds: Vec<String> = split(&practice.territory_kinds)
        .iter()
        .map(|k| label(&tr, "territory", k))
        .collect();
    facts.push((
        tr.t("practice-fact-territory"),
        format!("{} ({})", text.territory, kinds.join(", ")),
    ));
    if let Some(start) = practice.start_year {
        let period = match practice.end_year {
            Some(end) if end != start => format!("{start}–{end}"),
            Some(_) => start.to_string(),
            None => tr.t1("practice-since", "year", &start.to_string()),
        };
        facts.push((tr.t("practice-fact-period"), period));
    }
    let themes: Vec<String> = split(&practice.themes)
        .iter()
        .map(|t| label(&tr, "theme", t))
        .collect();
    facts.push((tr.t("practice-fact-themes"), themes.join(", ")));
    let actor_list = |actors: &[ActorFile]| -> String {
        actors
            .iter()
            .map(|a| {
                if a.kind.is_empty() {
                    a.name.clone()
                } else {
                    format!("{} ({})", a.name, label(&tr, "actor", &a.kind))
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    if !actors.lead.is_empty() {
        facts.push((tr.t("practice-fact-lead"), actor_list(&actors.lead)));
    }
    if !actors.partners.is_empty() {
        facts.push((tr.t("practice-fact-partners"), actor_list(&actors.partners)));
    }
    for (id, value) in [
        ("library-fact-sdg", split(&practice.sdg_targets).join(", ")),
        (
            "library-fact-gcm",
            split(&practice.gcm_objectives).join(", "),
        ),
    ] {
        if !value.is_empty() {
            facts.push((tr.t(id), value));
        }
    }
    let sections = text
        .sections()
        .all()
        .iter()
        .map(|(field, body)| SectionView {
            heading: tr.t(&format!("practice-section-{}", field.replace('_', "-"))),
            html: render_plain(body),
        })
        .collect();
    let editor = is_editor(user);
    let owner = user.is_some_and(|u| Some(u.id) == practice.proposed_by);
    let reviews = if editor || owner {
        type Row = (Option<String>, String, String, i64);
        let rows: Vec<Row> = on_db!(&state.db, pool => sqlx::query_as::<_, Row>(
            "SELECT u.name, r.action, r.comment, r.created_at FROM practice_reviews r LEFT JOIN users u ON u.id = r.user_id \
             WHERE r.practice_id = $1 ORDER BY r.id"
        ).bind(practice.id).fetch_all(pool).await)?;
        rows.into_iter()
            .map(|(who, action, comment, at)| ReviewEntry {
                who: who.unwrap_or_default(),
                action: label(&tr, "practice-action", &action),
                comment,
                when: tr.date(at),
            })
            .collect()
    } else {
        Vec::new()
    };
    let page = PracticePage {
        key: practice.key.clone(),
        status_label: label(&tr, "practice-status", &practice.status),
        can_review: editor && practice.status == "in_review",
        can_edit: owner && practice.status == "draft",
        can_submit: owner && practice.status == "draft",
        status: practice.status,
        text_lang: text.lang.clone(),
        notice,
        title: text.title.clone(),
        summary: text.summary.clone(),
        facts,
        sections,
        sources,
        reviews,
        comment_error,
        ctx,
    };
    render(&page, status)
}

/// What the proposal form holds, exactly as typed.
#[derive(Clone, Debug, Default)]
struct PracticeForm {
    title: String,
    summary: String,
    country: String,
    territory: String,
    territory_kinds: Vec<String>,
    start_year: String,
    end_year: String,
    themes: Vec<String>,
    lead_kind: String,
    lead_name: String,
    partners: String,
    sdg_targets: String,
    gcm_objectives: String,
    sections: Sections,
    sources: String,
    action: String,
}

impl PracticeForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> PracticeForm {
        let mut form = PracticeForm::default();
        for (name, value) in pairs {
            let s = &mut form.sections;
            match name.as_str() {
                "title" => form.title = value,
                "summary" => form.summary = value,
                "country" => form.country = value,
                "territory" => form.territory = value,
                "territory_kind" => form.territory_kinds.push(value),
                "start_year" => form.start_year = value,
                "end_year" => form.end_year = value,
                "theme" => form.themes.push(value),
                "lead_kind" => form.lead_kind = value,
                "lead_name" => form.lead_name = value,
                "partners" => form.partners = value,
                "sdg_targets" => form.sdg_targets = value,
                "gcm_objectives" => form.gcm_objectives = value,
                "introduction" => s.introduction = value,
                "context" => s.context = value,
                "overview" => s.overview = value,
                "results" => s.results = value,
                "lessons_learnt" => s.lessons_learnt = value,
                "recommendations" => s.recommendations = value,
                "sources" => form.sources = value,
                "action" => form.action = value,
                _ => {}
            }
        }
        form
    }
}

/// A proposal that passed the checks, ready to store.
struct ValidPractice {
    countries: Vec<String>,
    start_year: i64,
    end_year: Option<i64>,
    sdg_targets: Vec<String>,
    gcm_objectives: Vec<String>,
    actors_json: String,
    sources_json: String,
}

const MAX_SECTION_CHARS: usize = 8000;

fn validate(form: &PracticeForm, errors: &mut FormErrors) -> Option<ValidPractice> {
    let this_year = time::OffsetDateTime::now_utc().year() as i64;
    let required =
        |value: &str, max: usize| !value.trim().is_empty() && value.chars().count() <= max;
    if !required(&form.title, 200) {
        errors.add("title", "practice-error-title");
    }
    if !required(&form.summary, 600) {
        errors.add("summary", "practice-error-summary");
    }
    let country = form.country.trim().to_uppercase();
    if crate::i18n::countries::region_of(&country).is_none() {
        errors.add("country", "practice-error-country");
    }
    if !required(&form.territory, 200) {
        errors.add("territory", "practice-error-territory");
    }
    if form.territory_kinds.is_empty()
        || form
            .territory_kinds
            .iter()
            .any(|k| !TERRITORY_KINDS.contains(&k.as_str()))
    {
        errors.add("territory_kind", "practice-error-territory-kind");
    }
    let start_year = form
        .start_year
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|y| (1900..=this_year + 1).contains(y));
    if start_year.is_none() {
        errors.add("start_year", "practice-error-start-year");
    }
    let end_year = if form.end_year.trim().is_empty() {
        None
    } else {
        match form.end_year.trim().parse::<i64>() {
            Ok(end) if start_year.is_none_or(|s| end >= s) && end <= this_year + 10 => Some(end),
            _ => {
                errors.add("end_year", "practice-error-end-year");
                None
            }
        }
    };
    if form.themes.is_empty() || form.themes.iter().any(|t| !THEMES.contains(&t.as_str())) {
        errors.add("theme", "practice-error-theme");
    }
    if !ACTOR_KINDS.contains(&form.lead_kind.as_str()) || !required(&form.lead_name, 200) {
        errors.add("lead_name", "practice-error-lead");
    }
    let sdg_targets = code_list(&form.sdg_targets);
    if sdg_targets.iter().any(|t| !is_sdg_target(t)) || sdg_targets.len() > 20 {
        errors.add("sdg_targets", "practice-error-sdg");
    }
    let gcm: Vec<String> = code_list(&form.gcm_objectives);
    if gcm
        .iter()
        .any(|g| !g.parse::<i64>().is_ok_and(is_gcm_objective))
    {
        errors.add("gcm_objectives", "practice-error-gcm");
    }
    for (field, body) in form.sections.all() {
        if body.trim().is_empty() || body.chars().count() > MAX_SECTION_CHARS {
            errors.add(field, "practice-error-section");
        }
    }
    let sources: Vec<SourceFile> = form
        .sources
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(20)
        .map(|line| {
            let (title, url) = match line.rsplit_once(' ') {
                Some((title, url)) if url.starts_with("https://") || url.starts_with("http://") => {
                    (title.trim().to_string(), Some(url.to_string()))
                }
                _ if line.starts_with("https://") || line.starts_with("http://") => {
                    (line.to_string(), Some(line.to_string()))
                }
                _ => (line.to_string(), None),
            };
            SourceFile {
                title,
                publisher: String::new(),
                year: None,
                url,
            }
        })
        .collect();
    if sources.is_empty() || form.sources.chars().count() > 4000 {
        errors.add("sources", "practice-error-sources");
    }
    if form.partners.chars().count() > 2000 {
        errors.add("partners", "practice-error-partners");
    }
    if !errors.is_empty() {
        return None;
    }
    let partners: Vec<ActorFile> = form
        .partners
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|name| ActorFile {
            kind: String::new(),
            name: name.to_string(),
        })
        .collect();
    let actors = serde_json::json!({
        "lead": [ActorFile { kind: form.lead_kind.clone(), name: form.lead_name.trim().to_string() }],
        "partners": partners,
    });
    Some(ValidPractice {
        countries: vec![country],
        start_year: start_year?,
        end_year,
        sdg_targets,
        gcm_objectives: gcm,
        actors_json: actors.to_string(),
        sources_json: serde_json::to_string(&sources).expect("sources serialise"),
    })
}

#[derive(Template)]
#[template(path = "library/practice_form.html")]
struct PracticeFormPage {
    ctx: PageContext,
    form: PracticeForm,
    errors: FormErrors,
    action: String,
    countries: Vec<(String, String)>,
    territory_kinds: Vec<(&'static str, String)>,
    themes: Vec<(&'static str, String)>,
    actor_kinds: Vec<(&'static str, String)>,
    sections: Vec<(&'static str, String, String)>,
}

impl PracticeFormPage {
    fn new(ctx: PageContext, form: PracticeForm, errors: FormErrors, action: String) -> Self {
        let tr = ctx.tr;
        let mut countries: Vec<(String, String)> = COUNTRIES
            .iter()
            .map(|(code, _)| (code.to_string(), country_name(&tr, code)))
            .collect();
        countries.sort_by(|a, b| a.1.cmp(&b.1));
        let sections = form
            .sections
            .all()
            .iter()
            .map(|(field, value)| {
                (
                    *field,
                    format!("practice-section-{}", field.replace('_', "-")),
                    value.to_string(),
                )
            })
            .collect();
        PracticeFormPage {
            territory_kinds: TERRITORY_KINDS
                .iter()
                .map(|k| (*k, label(&tr, "territory", k)))
                .collect(),
            themes: THEMES
                .iter()
                .map(|k| (*k, label(&tr, "theme", k)))
                .collect(),
            actor_kinds: ACTOR_KINDS
                .iter()
                .map(|k| (*k, label(&tr, "actor", k)))
                .collect(),
            countries,
            sections,
            form,
            errors,
            action,
            ctx,
        }
    }
}

pub async fn propose_form(ctx: PageContext) -> Result<Response, AppError> {
    ctx.signed_in_user()?;
    let action = ctx.href("/practices/propose");
    let form = PracticeForm {
        lead_kind: "local-authority".to_string(),
        ..PracticeForm::default()
    };
    render(
        &PracticeFormPage::new(ctx, form, FormErrors::default(), action),
        StatusCode::OK,
    )
}

pub async fn propose(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let (pairs, fresh) = submission.into_parts();
    let form = PracticeForm::from_pairs(pairs);
    let action = ctx.href("/practices/propose");
    let mut errors = FormErrors::default();
    if !fresh {
        errors.add("form", "error-form-expired");
    }
    let valid = validate(&form, &mut errors);
    let Some(valid) = valid.filter(|_| errors.is_empty()) else {
        return render(
            &PracticeFormPage::new(ctx, form, errors, action),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let key = new_key(&form.title, "practice");
    let mut tx = state.db.begin().await?;
    let id = fetch_id(
        &mut tx,
        "INSERT INTO practices (key, status, source_lang, revision, countries, territory_kinds, themes, sdg_targets, \
         gcm_objectives, actors_json, sources_json, from_pack, proposed_by, created_at, updated_at) \
         VALUES ($1, 'draft', $2, 1, '', '', '', '', '', '', '', FALSE, $3, $4, $4) RETURNING id",
        &[Bind::Text(&key), Bind::Text(ctx.lang()), Bind::Int(user.id), Bind::Int(now())],
    )
    .await?;
    write_metadata(&mut tx, id, &form, &valid).await?;
    write_text(&mut tx, id, ctx.lang(), &form).await?;
    record(&mut tx, id, user.id, "created", "").await?;
    let submitted = form.action == "submit";
    if submitted {
        set_status(&mut tx, id, "in_review").await?;
        record(&mut tx, id, user.id, "submitted", "").await?;
    }
    index_practice(&mut tx, id).await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/practices/{key}"))))
}

/// Writes the facts of a member's practice (everything but its text), as checked by [`validate`].
async fn write_metadata(
    tx: &mut Tx,
    id: i64,
    form: &PracticeForm,
    valid: &ValidPractice,
) -> Result<(), sqlx::Error> {
    execute(
        tx,
        "UPDATE practices SET countries = $1, territory_kinds = $2, start_year = $3, end_year = $4, themes = $5, \
         sdg_targets = $6, gcm_objectives = $7, actors_json = $8, sources_json = $9, updated_at = $10 WHERE id = $11",
        &[
            Bind::Text(&join(&valid.countries)),
            Bind::Text(&join(&form.territory_kinds)),
            Bind::Int(valid.start_year),
            Bind::OptInt(valid.end_year),
            Bind::Text(&join(&form.themes)),
            Bind::Text(&join(&valid.sdg_targets)),
            Bind::Text(&valid.gcm_objectives.join(" ")),
            Bind::Text(&valid.actors_json),
            Bind::Text(&valid.sources_json),
            Bind::Int(now()),
            Bind::Int(id),
        ],
    )
    .await?;
    Ok(())
}

async fn write_text(
    tx: &mut Tx,
    id: i64,
    lang: &str,
    form: &PracticeForm,
) -> Result<(), sqlx::Error> {
    execute(
        tx,
        "DELETE FROM practice_texts WHERE practice_id = $1",
        &[Bind::Int(id)],
    )
    .await?;
    let s = &form.sections;
    execute(
        tx,
        "INSERT INTO practice_texts (practice_id, lang, title, summary, territory, introduction, context, overview, results, \
         lessons_learnt, recommendations, status, source_revision) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'source', 1)",
        &[
            Bind::Int(id),
            Bind::Text(lang),
            Bind::Text(form.title.trim()),
            Bind::Text(form.summary.trim()),
            Bind::Text(form.territory.trim()),
            Bind::Text(&s.introduction),
            Bind::Text(&s.context),
            Bind::Text(&s.overview),
            Bind::Text(&s.results),
            Bind::Text(&s.lessons_learnt),
            Bind::Text(&s.recommendations),
        ],
    )
    .await?;
    Ok(())
}

async fn set_status(tx: &mut Tx, id: i64, status: &str) -> Result<(), sqlx::Error> {
    execute(
        tx,
        "UPDATE practices SET status = $1, updated_at = $2 WHERE id = $3",
        &[Bind::Text(status), Bind::Int(now()), Bind::Int(id)],
    )
    .await?;
    Ok(())
}

async fn record(
    tx: &mut Tx,
    id: i64,
    user_id: i64,
    action: &str,
    comment: &str,
) -> Result<(), sqlx::Error> {
    execute(
        tx,
        "INSERT INTO practice_reviews (practice_id, user_id, action, comment, created_at) VALUES ($1, $2, $3, $4, $5)",
        &[Bind::Int(id), Bind::Int(user_id), Bind::Text(action), Bind::Text(comment), Bind::Int(now())],
    )
    .await?;
    Ok(())
}

/// The proposer's own draft, for editing: None when the user may not edit it.
async fn editable(
    state: &AppState,
    user: &CurrentUser,
    key: &str,
) -> Result<PracticeRow, AppError> {
    let practice = practice_by_key(&state.db, key)
        .await?
        .ok_or(AppError::NotFound)?;
    if practice.proposed_by != Some(user.id) {
        return Err(if may_see(&practice, Some(user)) {
            AppError::Forbidden
        } else {
            AppError::NotFound
        });
    }
    if practice.status != "draft" {
        return Err(AppError::BadRequest("practice-error-not-draft"));
    }
    Ok(practice)
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let practice = editable(&state, &user, &key).await?;
    let texts = practice_texts(&state.db, practice.id).await?;
    let text = texts
        .into_iter()
        .find(|t| t.lang == practice.source_lang)
        .unwrap_or_default();
    let actors: Actors = serde_json::from_str(&practice.actors_json).unwrap_or_default();
    let sources: Vec<SourceFile> = serde_json::from_str(&practice.sources_json).unwrap_or_default();
    let lead = actors.lead.first().cloned().unwrap_or(ActorFile {
        kind: String::new(),
        name: String::new(),
    });
    let form = PracticeForm {
        sections: text.sections(),
        title: text.title,
        summary: text.summary,
        country: split(&practice.countries)
            .first()
            .cloned()
            .unwrap_or_default(),
        territory: text.territory,
        territory_kinds: split(&practice.territory_kinds),
        start_year: practice
            .start_year
            .map(|y| y.to_string())
            .unwrap_or_default(),
        end_year: practice.end_year.map(|y| y.to_string()).unwrap_or_default(),
        themes: split(&practice.themes),
        lead_kind: lead.kind,
        lead_name: lead.name,
        partners: actors
            .partners
            .iter()
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
            .join("\n"),
        sdg_targets: split(&practice.sdg_targets).join(", "),
        gcm_objectives: split(&practice.gcm_objectives).join(", "),
        sources: sources
            .iter()
            .map(|s| match &s.url {
                Some(url) if *url != s.title => format!("{} {url}", s.title),
                _ => s.title.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        action: String::new(),
    };
    let action = ctx.href(&format!("/practices/{key}/edit"));
    render(
        &PracticeFormPage::new(ctx, form, FormErrors::default(), action),
        StatusCode::OK,
    )
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let practice = editable(&state, &user, &key).await?;
    let (pairs, fresh) = submission.into_parts();
    let form = PracticeForm::from_pairs(pairs);
    let mut errors = FormErrors::default();
    if !fresh {
        errors.add("form", "error-form-expired");
    }
    let valid = validate(&form, &mut errors);
    let Some(valid) = valid.filter(|_| errors.is_empty()) else {
        let action = ctx.href(&format!("/practices/{key}/edit"));
        return render(
            &PracticeFormPage::new(ctx, form, errors, action),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let mut tx = state.db.begin().await?;
    write_metadata(&mut tx, practice.id, &form, &valid).await?;
    write_text(&mut tx, practice.id, &practice.source_lang, &form).await?;
    record(&mut tx, practice.id, user.id, "edited", "").await?;
    if form.action == "submit" {
        set_status(&mut tx, practice.id, "in_review").await?;
        record(&mut tx, practice.id, user.id, "submitted", "").await?;
    }
    index_practice(&mut tx, practice.id).await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/practices/{key}"))))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ReviewForm {
    action: String,
    comment: String,
}

/// A step of the workflow: the proposer submits a draft; an editor publishes, returns it with a comment, or
/// comments. Anything else, or anyone else, changes nothing.
pub async fn review(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
    submission: Submission<ReviewForm>,
) -> Result<Response, AppError> {
    let user = ctx.signed_in_user()?.clone();
    let (form, fresh) = submission.into_parts();
    if !fresh {
        return Err(AppError::FormExpired);
    }
    let practice = practice_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_see(&practice, Some(&user)) {
        return Err(AppError::NotFound);
    }
    let editor = is_editor(Some(&user));
    let owner = practice.proposed_by == Some(user.id);
    let comment = form.comment.trim();
    if comment.chars().count() > 4000 {
        return Err(AppError::BadRequest("practice-error-comment"));
    }
    let next_status = match (form.action.as_str(), practice.status.as_str()) {
        ("submit", "draft") if owner => Some("in_review"),
        ("publish", "in_review") if editor => Some("published"),
        ("return", "in_review") if editor => {
            if comment.is_empty() {
                return render_practice(&state, ctx, &key, true, StatusCode::UNPROCESSABLE_ENTITY)
                    .await;
            }
            Some("draft")
        }
        ("comment", _) if editor || owner => {
            if comment.is_empty() {
                return render_practice(&state, ctx, &key, true, StatusCode::UNPROCESSABLE_ENTITY)
                    .await;
            }
            None
        }
        _ if !editor && !owner => return Err(AppError::Forbidden),
        _ => return Err(AppError::BadRequest("practice-error-step")),
    };
    let mut tx = state.db.begin().await?;
    if let Some(status) = next_status {
        set_status(&mut tx, practice.id, status).await?;
    }
    let action = match form.action.as_str() {
        "submit" => "submitted",
        "publish" => "published",
        "return" => "returned",
        _ => "commented",
    };
    record(&mut tx, practice.id, user.id, action, comment).await?;
    index_practice(&mut tx, practice.id).await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/practices/{key}"))))
}

struct QueueItem {
    key: String,
    title: String,
    status: String,
    updated: String,
}

#[derive(Template)]
#[template(path = "library/review_queue.html")]
struct ReviewQueuePage {
    ctx: PageContext,
    items: Vec<QueueItem>,
}

/// Practices waiting for an editor, oldest first.
pub async fn review_queue(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    type Row = (String, String, i64, Option<String>);
    let rows: Vec<Row> = on_db!(&state.db, pool => sqlx::query_as::<_, Row>(
        "SELECT p.key, p.status, p.updated_at, (SELECT t.title FROM practice_texts t WHERE t.practice_id = p.id \
         AND t.lang = p.source_lang) FROM practices p WHERE p.status = 'in_review' ORDER BY p.updated_at, p.id"
    ).fetch_all(pool).await)?;
    let tr = ctx.tr;
    let items = rows
        .into_iter()
        .map(|(key, status, updated, title)| QueueItem {
            key,
            title: title.unwrap_or_default(),
            status: label(&tr, "practice-status", &status),
            updated: tr.date(updated),
        })
        .collect();
    render(&ReviewQueuePage { ctx, items }, StatusCode::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete_form() -> PracticeForm {
        PracticeForm {
            title: "Une maison des migrants".into(),
            summary: "Un guichet unique.".into(),
            country: "sn".into(),
            territory: "Commune de Kolda".into(),
            territory_kinds: vec!["origin".into()],
            start_year: "2015".into(),
            end_year: String::new(),
            themes: vec!["social-inclusion".into()],
            lead_kind: "local-authority".into(),
            lead_name: "Commune de Kolda".into(),
            partners: "Association A\nAssociation B".into(),
            sdg_targets: "10.7, 10.c".into(),
            gcm_objectives: "15 16".into(),
            sections: Sections {
                introduction: "a".into(),
                context: "b".into(),
                overview: "c".into(),
                results: "d".into(),
                lessons_learnt: "e".into(),
                recommendations: "f".into(),
            },
            sources: "Rapport annuel https://example.org/r.pdf".into(),
            action: "submit".into(),
        }
    }

    #[test]
    fn a_complete_proposal_passes() {
        let mut errors = FormErrors::default();
        let valid = validate(&complete_form(), &mut errors).expect("valid");
        assert!(errors.is_empty());
        assert_eq!(valid.countries, vec!["SN"]);
        assert_eq!(valid.sdg_targets, vec!["10.7", "10.c"]);
        assert!(valid.sources_json.contains("https://example.org/r.pdf"));
    }

    #[test]
    fn a_proposal_with_missing_sections_and_bad_codes_lists_every_problem() {
        let mut form = complete_form();
        form.sections.results = "  ".into();
        form.country = "ZZ".into();
        form.sdg_targets = "99.1".into();
        form.gcm_objectives = "24".into();
        form.end_year = "2001".into();
        form.themes = vec!["unknown".into()];
        let mut errors = FormErrors::default();
        assert!(validate(&form, &mut errors).is_none());
        for field in [
            "results",
            "country",
            "sdg_targets",
            "gcm_objectives",
            "end_year",
            "theme",
        ] {
            assert!(errors.has(field), "{field}");
        }
    }

    #[test]
    fn keys_are_readable_and_unique() {
        let a = new_key("Maison des migrants à Kolda!", "practice");
        assert!(a.starts_with("maison-des-migrants-a-kolda-"), "{a}");
        assert_ne!(a, new_key("Maison des migrants à Kolda!", "practice"));
        assert!(new_key("بيت المهاجرين", "practice").starts_with("practice-"));
    }
}
