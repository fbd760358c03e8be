//! The editors' side of the catalogue: create and edit publications, upload their parts, delete them. Every
//! handler asks for the editor role first.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::app::AppState;
use crate::content::LANGUAGES;
use crate::db::now;
use crate::i18n::countries::region_of;
use crate::on_db;
use crate::web::csrf::{csrf_cookie, token_matches};
use crate::web::{AppError, FormErrors, PageContext, Role, Submission, render, see_other};

use super::catalogue::{delete_publication, index_publication, join, orphaned_files, split};
use super::files::{check_upload, file_key, safe_file_name};
use super::publications::{PartRow, parts, publication_by_key, texts};
use super::vocabulary::{PUBLICATION_KINDS, THEMES, is_sdg_target};
use super::{MAX_UPLOAD_BYTES, code_list, label, language_name, new_key};
use crate::db::{Bind, execute, fetch_id};

struct ListItem {
    key: String,
    title: String,
    kind: String,
    published: bool,
    from_pack: bool,
}

#[derive(Template)]
#[template(path = "library/admin_list.html")]
struct ListPage {
    ctx: PageContext,
    items: Vec<ListItem>,
}

pub async fn list(State(state): State<AppState>, ctx: PageContext) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    type Row = (String, String, bool, bool, Option<String>, Option<String>);
    let rows: Vec<Row> = on_db!(&state.db, pool => sqlx::query_as::<_, Row>(
        "SELECT p.key, p.kind, p.published, p.from_pack, \
         (SELECT t.title FROM publication_texts t WHERE t.publication_id = p.id AND t.lang = $1), \
         (SELECT MIN(t.title) FROM publication_texts t WHERE t.publication_id = p.id) \
         FROM publications p ORDER BY p.updated_at DESC, p.id DESC"
    ).bind(ctx.lang()).fetch_all(pool).await)?;
    let tr = ctx.tr;
    let items = rows
        .into_iter()
        .map(|(key, kind, published, from_pack, mine, any)| ListItem {
            title: mine.or(any).unwrap_or_else(|| key.clone()),
            kind: label(&tr, "pub-kind", &kind),
            key,
            published,
            from_pack,
        })
        .collect();
    render(&ListPage { ctx, items }, StatusCode::OK)
}

/// The publication form, as typed.
#[derive(Clone, Debug, Default)]
struct PublicationForm {
    kind: String,
    year: String,
    publisher: String,
    partners: String,
    themes: Vec<String>,
    countries: String,
    sdg_targets: String,
    published: bool,
    /// (lang, title, summary) for en, fr, es, ar.
    texts: Vec<(String, String, String)>,
}

impl PublicationForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> PublicationForm {
        let mut form = PublicationForm {
            texts: LANGUAGES
                .iter()
                .map(|l| (l.to_string(), String::new(), String::new()))
                .collect(),
            ..PublicationForm::default()
        };
        for (name, value) in pairs {
            match name.as_str() {
                "kind" => form.kind = value,
                "year" => form.year = value,
                "publisher" => form.publisher = value,
                "partners" => form.partners = value,
                "theme" => form.themes.push(value),
                "countries" => form.countries = value,
                "sdg_targets" => form.sdg_targets = value,
                "published" => form.published = value == "on" || value == "true",
                other => {
                    for text in form.texts.iter_mut() {
                        if other == format!("title_{}", text.0) {
                            text.1 = value.clone();
                        } else if other == format!("summary_{}", text.0) {
                            text.2 = value.clone();
                        }
                    }
                }
            }
        }
        form
    }
}

struct ValidPublication {
    year: Option<i64>,
    countries: Vec<String>,
    sdg_targets: Vec<String>,
}

fn validate(form: &PublicationForm, errors: &mut FormErrors) -> Option<ValidPublication> {
    if !PUBLICATION_KINDS.contains(&form.kind.as_str()) {
        errors.add("kind", "publication-error-kind");
    }
    let year = if form.year.trim().is_empty() {
        None
    } else {
        match form.year.trim().parse::<i64>() {
            Ok(y) if (1900..=2100).contains(&y) => Some(y),
            _ => {
                errors.add("year", "publication-error-year");
                None
            }
        }
    };
    if form.publisher.trim().is_empty() || form.publisher.chars().count() > 300 {
        errors.add("publisher", "publication-error-publisher");
    }
    if form.themes.iter().any(|t| !THEMES.contains(&t.as_str())) {
        errors.add("theme", "practice-error-theme");
    }
    let countries: Vec<String> = code_list(&form.countries)
        .iter()
        .map(|c| c.to_uppercase())
        .collect();
    if countries.iter().any(|c| region_of(c).is_none()) {
        errors.add("countries", "publication-error-countries");
    }
    let sdg_targets = code_list(&form.sdg_targets);
    if sdg_targets.iter().any(|t| !is_sdg_target(t)) {
        errors.add("sdg_targets", "practice-error-sdg");
    }
    if form
        .texts
        .iter()
        .all(|(_, title, _)| title.trim().is_empty())
    {
        errors.add("title_en", "publication-error-title");
    }
    if form
        .texts
        .iter()
        .any(|(_, t, s)| t.chars().count() > 300 || s.chars().count() > 3000)
    {
        errors.add("title_en", "publication-error-too-long");
    }
    errors.is_empty().then_some(ValidPublication {
        year,
        countries,
        sdg_targets,
    })
}

struct VersionAdmin {
    name: String,
    parts: Vec<PartRow>,
}

#[derive(Template)]
#[template(path = "library/admin_form.html")]
struct FormPage {
    ctx: PageContext,
    key: String,
    form: PublicationForm,
    errors: FormErrors,
    kinds: Vec<(&'static str, String)>,
    themes: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, String)>,
    versions: Vec<VersionAdmin>,
    upload_error: String,
    max_upload_mb: usize,
}

impl FormPage {
    async fn new(
        state: &AppState,
        ctx: PageContext,
        key: String,
        form: PublicationForm,
        errors: FormErrors,
        upload_error: String,
    ) -> Result<FormPage, AppError> {
        let tr = ctx.tr;
        let mut versions = Vec::new();
        if let Some(publication) = publication_by_key(&state.db, &key).await? {
            let rows = parts(&state.db, publication.id).await?;
            for lang in LANGUAGES {
                let mine: Vec<PartRow> = rows.iter().filter(|p| p.lang == *lang).cloned().collect();
                if !mine.is_empty() {
                    versions.push(VersionAdmin {
                        name: language_name(&tr, lang),
                        parts: mine,
                    });
                }
            }
        }
        Ok(FormPage {
            kinds: PUBLICATION_KINDS
                .iter()
                .map(|k| (*k, label(&tr, "pub-kind", k)))
                .collect(),
            themes: THEMES
                .iter()
                .map(|k| (*k, label(&tr, "theme", k)))
                .collect(),
            languages: LANGUAGES
                .iter()
                .map(|l| (*l, language_name(&tr, l)))
                .collect(),
            max_upload_mb: MAX_UPLOAD_BYTES / (1024 * 1024),
            versions,
            key,
            form,
            errors,
            upload_error,
            ctx,
        })
    }

    /// `prefix` + the publication's key, in the reader's language: `/fr/admin/library/KEY`.
    fn href(&self, prefix: &str) -> String {
        self.ctx.href(&format!("{prefix}{}", self.key))
    }

    fn text_label(&self, field: &str, lang: &str) -> String {
        self.ctx.tr.t1(
            &format!("publication-field-{field}-in"),
            "language",
            &language_name(&self.ctx.tr, lang),
        )
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    let form = PublicationForm::from_pairs(vec![("kind".into(), "report".into())]);
    let page = FormPage::new(
        &state,
        ctx,
        String::new(),
        form,
        FormErrors::default(),
        String::new(),
    )
    .await?;
    render(&page, StatusCode::OK)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageContext,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    save(state, ctx, None, submission).await
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    edit_form_response(&state, ctx, key, "").await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    publication_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    save(state, ctx, Some(key), submission).await
}

async fn save(
    state: AppState,
    ctx: PageContext,
    key: Option<String>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (pairs, fresh) = submission.into_parts();
    let form = PublicationForm::from_pairs(pairs);
    let mut errors = FormErrors::default();
    if !fresh {
        errors.add("form", "error-form-expired");
    }
    let valid = validate(&form, &mut errors);
    let Some(valid) = valid.filter(|_| errors.is_empty()) else {
        let page = FormPage::new(
            &state,
            ctx,
            key.unwrap_or_default(),
            form,
            errors,
            String::new(),
        )
        .await?;
        return render(&page, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let key = key.unwrap_or_else(|| publication_key(&form));
    let mut tx = state.db.begin().await?;
    let id = fetch_id(
        &mut tx,
        "INSERT INTO publications (key, kind, year, publisher, partners, themes, regions, countries, sdg_targets, \
         gcm_objectives, series, from_pack, published, updated_at) VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, '', '', FALSE, $9, $10) \
         ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, year = excluded.year, publisher = excluded.publisher, \
         partners = excluded.partners, themes = excluded.themes, countries = excluded.countries, \
         sdg_targets = excluded.sdg_targets, published = excluded.published, updated_at = excluded.updated_at RETURNING id",
        &[
            Bind::Text(&key),
            Bind::Text(&form.kind),
            Bind::OptInt(valid.year),
            Bind::Text(form.publisher.trim()),
            Bind::Text(form.partners.trim()),
            Bind::Text(&join(&form.themes)),
            Bind::Text(&join(&valid.countries)),
            Bind::Text(&join(&valid.sdg_targets)),
            Bind::Bool(form.published),
            Bind::Int(now()),
        ],
    )
    .await?;
    execute(
        &mut tx,
        "DELETE FROM publication_texts WHERE publication_id = $1",
        &[Bind::Int(id)],
    )
    .await?;
    for (lang, title, summary) in &form.texts {
        if title.trim().is_empty() {
            continue;
        }
        execute(
            &mut tx,
            "INSERT INTO publication_texts (publication_id, lang, title, summary) VALUES ($1, $2, $3, $4)",
            &[Bind::Int(id), Bind::Text(lang), Bind::Text(title.trim()), Bind::Text(summary.trim())],
        )
        .await?;
    }
    index_publication(&mut tx, id).await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/admin/library/{key}"))))
}

/// A new publication's key, from the first title given.
fn publication_key(form: &PublicationForm) -> String {
    let title = form
        .texts
        .iter()
        .find(|(_, t, _)| !t.trim().is_empty())
        .map(|(_, t, _)| t.as_str())
        .unwrap_or("");
    new_key(title, "publication")
}

/// Receives one file for one language version. The multipart form carries its own CSRF token, checked against
/// the cookie like every other form.
pub async fn upload_part(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    let publication = publication_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut token = String::new();
    let mut lang = String::new();
    let mut part_label = String::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                too_large = true;
                break;
            }
            Err(_) => return Err(AppError::BadRequest("error-bad-form")),
        };
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = match field.bytes().await {
            Ok(bytes) => bytes,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                too_large = true;
                break;
            }
            Err(_) => return Err(AppError::BadRequest("error-bad-form")),
        };
        match name.as_str() {
            "csrf_token" => token = String::from_utf8_lossy(&bytes).into_owned(),
            "language" => lang = String::from_utf8_lossy(&bytes).into_owned(),
            "label" => {
                part_label = String::from_utf8_lossy(&bytes)
                    .trim()
                    .chars()
                    .take(200)
                    .collect()
            }
            "file" => file = Some((file_name.unwrap_or_default(), bytes.to_vec())),
            _ => {}
        }
    }
    if too_large {
        return upload_failed(&state, ctx, key, "upload-error-too-large").await;
    }
    if !token_matches(csrf_cookie(&headers).as_deref(), &token) {
        return upload_failed(&state, ctx, key, "error-form-expired").await;
    }
    if !LANGUAGES.contains(&lang.as_str()) {
        return upload_failed(&state, ctx, key, "upload-error-language").await;
    }
    let Some((file_name, bytes)) = file else {
        return upload_failed(&state, ctx, key, "upload-error-empty").await;
    };
    let kind = match check_upload(&file_name, &bytes, MAX_UPLOAD_BYTES) {
        Ok(kind) => kind,
        Err(problem) => return upload_failed(&state, ctx, key, problem.message_id()).await,
    };
    let download_name = safe_file_name(&file_name, kind);
    let sha = file_key(&bytes);
    // The bytes go to the store first: a record never points at a file that is not there. A crash between the
    // two leaves an unreferenced file, which costs space, never a broken link.
    state
        .files
        .put(&sha, &bytes)
        .await
        .map_err(|e| AppError::internal("cannot store an uploaded file", e))?;
    let mut tx = state.db.begin().await?;
    let file_id = fetch_id(
        &mut tx,
        "INSERT INTO stored_files (sha256, media_type, extension, size_bytes, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (sha256) DO UPDATE SET media_type = excluded.media_type RETURNING id",
        &[
            Bind::Text(&sha),
            Bind::Text(kind.media_type),
            Bind::Text(kind.extension),
            Bind::Int(bytes.len() as i64),
            Bind::Int(now()),
        ],
    )
    .await?;
    let version_id = fetch_id(
        &mut tx,
        "INSERT INTO publication_versions (publication_id, lang, year) VALUES ($1, $2, NULL) \
         ON CONFLICT (publication_id, lang) DO UPDATE SET lang = excluded.lang RETURNING id",
        &[Bind::Int(publication.id), Bind::Text(&lang)],
    )
    .await?;
    execute(
        &mut tx,
        "INSERT INTO publication_parts (version_id, position, label, url, page, file_id, file_name, format, size_bytes) \
         VALUES ($1, (SELECT COUNT(*) FROM publication_parts WHERE version_id = $1), $2, '', '', $3, $4, $5, $6)",
        &[
            Bind::Int(version_id),
            Bind::Text(&part_label),
            Bind::Int(file_id),
            Bind::Text(&download_name),
            Bind::Text(kind.format),
            Bind::Int(bytes.len() as i64),
        ],
    )
    .await?;
    execute(
        &mut tx,
        "UPDATE publications SET updated_at = $1 WHERE id = $2",
        &[Bind::Int(now()), Bind::Int(publication.id)],
    )
    .await?;
    index_publication(&mut tx, publication.id).await?;
    tx.commit().await?;
    Ok(see_other(&ctx.href(&format!("/admin/library/{key}"))))
}

async fn upload_failed(
    state: &AppState,
    ctx: PageContext,
    key: String,
    message_id: &'static str,
) -> Result<Response, AppError> {
    let response = edit_form_response(state, ctx, key, message_id).await?;
    let mut response = response;
    *response.status_mut() = if message_id == "upload-error-too-large" {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(response)
}

async fn edit_form_response(
    state: &AppState,
    ctx: PageContext,
    key: String,
    upload_error: &'static str,
) -> Result<Response, AppError> {
    let publication = publication_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = PublicationForm::from_pairs(Vec::new());
    form.kind = publication.kind;
    form.year = publication.year.map(|y| y.to_string()).unwrap_or_default();
    form.publisher = publication.publisher;
    form.partners = publication.partners;
    form.themes = split(&publication.themes);
    form.countries = split(&publication.countries).join(", ");
    form.sdg_targets = split(&publication.sdg_targets).join(", ");
    form.published = publication.published;
    for (lang, title, summary) in texts(&state.db, publication.id).await? {
        if let Some(text) = form.texts.iter_mut().find(|t| t.0 == lang) {
            text.1 = title;
            text.2 = summary;
        }
    }
    let page = FormPage::new(
        state,
        ctx,
        key,
        form,
        FormErrors::default(),
        upload_error.to_string(),
    )
    .await?;
    render(&page, StatusCode::OK)
}

#[derive(serde::Deserialize)]
pub struct Empty {}

/// Removes one part (and its version when it was the last); the file goes when nothing else refers to it.
pub async fn delete_part(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key, part_id)): Path<(String, String, i64)>,
    submission: Submission<Empty>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    if !submission.into_parts().1 {
        return Err(AppError::FormExpired);
    }
    let publication = publication_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    execute(
        &mut tx,
        "DELETE FROM publication_parts WHERE id = $1 AND version_id IN (SELECT id FROM publication_versions WHERE publication_id = $2)",
        &[Bind::Int(part_id), Bind::Int(publication.id)],
    )
    .await?;
    execute(
        &mut tx,
        "DELETE FROM publication_versions WHERE publication_id = $1 AND NOT EXISTS \
         (SELECT 1 FROM publication_parts p WHERE p.version_id = publication_versions.id)",
        &[Bind::Int(publication.id)],
    )
    .await?;
    index_publication(&mut tx, publication.id).await?;
    let orphans = orphaned_files(&mut tx).await?;
    tx.commit().await?;
    remove_from_store(&state, &orphans).await;
    Ok(see_other(&ctx.href(&format!("/admin/library/{key}"))))
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
    submission: Submission<Empty>,
) -> Result<Response, AppError> {
    ctx.signed_in_user()?.require(Role::Editor)?;
    if !submission.into_parts().1 {
        return Err(AppError::FormExpired);
    }
    let publication = publication_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    delete_publication(&mut tx, publication.id, &key).await?;
    let orphans = orphaned_files(&mut tx).await?;
    tx.commit().await?;
    remove_from_store(&state, &orphans).await;
    Ok(see_other(&ctx.href("/admin/library")))
}

async fn remove_from_store(state: &AppState, keys: &[String]) {
    for key in keys {
        if let Err(error) = state.files.delete(key).await {
            tracing::warn!(%error, "an unused file could not be removed from the store");
        }
    }
}
