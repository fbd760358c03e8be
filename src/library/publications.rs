//! A publication's page (which languages exist, the reader's first, each with its parts) and file downloads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

use crate::app::AppState;
use crate::content::LANGUAGES;
use crate::db::Db;
use crate::i18n::{Locale, Tr};
use crate::on_db;
use crate::web::{AppError, PageContext, Role};

use super::catalogue::split;
use super::files::{content_disposition, percent_encode};
use super::{country_name, label, language_list, language_name};

#[derive(Clone, Debug, sqlx::FromRow)]
pub(crate) struct PublicationRow {
    pub id: i64,
    pub key: String,
    pub kind: String,
    pub year: Option<i64>,
    pub publisher: String,
    pub partners: String,
    pub themes: String,
    pub regions: String,
    pub countries: String,
    pub sdg_targets: String,
    pub gcm_objectives: String,
    pub series: String,
    pub published: bool,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub(crate) struct PartRow {
    pub id: i64,
    pub lang: String,
    pub version_year: Option<i64>,
    pub label: String,
    pub url: String,
    pub page: String,
    pub file_id: Option<i64>,
    pub file_name: String,
    pub format: String,
    pub size_bytes: Option<i64>,
}

pub(crate) async fn publication_by_key(
    db: &Db,
    key: &str,
) -> Result<Option<PublicationRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, PublicationRow>(
        "SELECT id, key, kind, year, publisher, partners, themes, regions, countries, sdg_targets, gcm_objectives, series, \
         published FROM publications WHERE key = $1"
    ).bind(key).fetch_optional(pool).await)
}

pub(crate) async fn texts(db: &Db, id: i64) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, (String, String, String)>(
        "SELECT lang, title, summary FROM publication_texts WHERE publication_id = $1"
    ).bind(id).fetch_all(pool).await)
}

pub(crate) async fn parts(db: &Db, id: i64) -> Result<Vec<PartRow>, sqlx::Error> {
    on_db!(db, pool => sqlx::query_as::<_, PartRow>(
        "SELECT p.id, v.lang, v.year AS version_year, p.label, p.url, p.page, p.file_id, p.file_name, p.format, p.size_bytes \
         FROM publication_parts p JOIN publication_versions v ON v.id = p.version_id \
         WHERE v.publication_id = $1 ORDER BY v.lang, p.position, p.id"
    ).bind(id).fetch_all(pool).await)
}

pub(crate) struct PartView {
    pub label: String,
    pub href: String,
    pub external: bool,
    pub download: bool,
    pub details: String,
}

pub(crate) struct VersionView {
    pub locale_code: String,
    pub dir: &'static str,
    pub name: String,
    pub year: Option<i64>,
    pub parts: Vec<PartView>,
}

struct RelatedView {
    relation: String,
    title: String,
    href: String,
}

#[derive(Template)]
#[template(path = "library/publication.html")]
struct PublicationPage {
    ctx: PageContext,
    title: String,
    title_lang: String,
    summary: String,
    summary_lang: String,
    availability: String,
    facts: Vec<(String, String)>,
    versions: Vec<VersionView>,
    related: Vec<RelatedView>,
    draft: bool,
    can_edit: bool,
    key: String,
}

impl PublicationPage {
    fn edit_href(&self) -> String {
        self.ctx.href(&format!("/admin/library/{}", self.key))
    }
}

/// The text in the reader's language, else in the first language that has it: (lang, text).
pub(crate) fn pick<'a>(
    reader: &str,
    options: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> (String, String) {
    let found = options
        .clone()
        .find(|(lang, text)| *lang == reader && !text.is_empty())
        .or_else(|| {
            LANGUAGES.iter().find_map(|l| {
                options
                    .clone()
                    .find(|(lang, text)| lang == l && !text.is_empty())
            })
        });
    found
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .unwrap_or_default()
}

fn size_label(tr: &Tr, bytes: i64) -> String {
    if bytes < 1024 * 1024 {
        tr.tn("library-size-kb", "size", (bytes + 1023) / 1024)
    } else {
        tr.tn(
            "library-size-mb",
            "size",
            (bytes + 512 * 1024) / (1024 * 1024),
        )
    }
}

pub(crate) fn part_view(tr: &Tr, part: &PartRow) -> PartView {
    let (href, external, download) = if let Some(_file) = part.file_id {
        (
            format!("/files/{}/{}", part.id, percent_encode(&part.file_name)),
            false,
            true,
        )
    } else if !part.page.is_empty() {
        let path = match part.page.split_once(':') {
            Some(("module", id)) => format!("/learn/{id}"),
            Some(("guide", id)) => format!("/guides/{id}"),
            _ if part.page == "glossary" => "/learn/glossary".to_string(),
            _ => "/practices".to_string(),
        };
        (format!("/{}{path}", tr.locale.code()), false, false)
    } else {
        (part.url.clone(), true, false)
    };
    let mut details: Vec<String> = Vec::new();
    if part.page.is_empty() {
        details.push(label(tr, "library-format", &part.format));
        if let Some(size) = part.size_bytes {
            details.push(size_label(tr, size));
        }
    } else {
        details.push(tr.t("library-our-page"));
    }
    if external {
        details.push(tr.t("library-external-site"));
    }
    PartView {
        label: part.label.clone(),
        href,
        external,
        download,
        details: details.join(" · "),
    }
}

/// The versions, the reader's language first.
pub(crate) fn version_views(tr: &Tr, reader: &str, parts: &[PartRow]) -> Vec<VersionView> {
    let mut langs: Vec<String> = parts.iter().map(|p| p.lang.clone()).collect();
    langs.dedup();
    langs.sort_by_key(|l| {
        (
            l != reader,
            LANGUAGES.iter().position(|x| x == l).unwrap_or(9),
        )
    });
    langs
        .into_iter()
        .map(|lang| {
            let mine: Vec<&PartRow> = parts.iter().filter(|p| p.lang == lang).collect();
            VersionView {
                dir: Locale::from_code(&lang).map(|l| l.dir()).unwrap_or("ltr"),
                name: language_name(tr, &lang),
                year: mine.first().and_then(|p| p.version_year),
                parts: mine.iter().map(|p| part_view(tr, p)).collect(),
                locale_code: lang,
            }
        })
        .collect()
}

/// "Available in French only." / "Available in English, French and Arabic."
pub(crate) fn availability(tr: &Tr, langs: &[String]) -> String {
    match langs.len() {
        0 => tr.t("library-no-versions"),
        1 => tr.t1(
            "library-available-only",
            "language",
            &language_name(tr, &langs[0]),
        ),
        4 => tr.t("library-available-all"),
        _ => tr.t1(
            "library-available-in",
            "languages",
            &language_list(tr, langs),
        ),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let publication = publication_by_key(&state.db, &key)
        .await?
        .ok_or(AppError::NotFound)?;
    let editor = ctx
        .user
        .as_ref()
        .is_some_and(|u| u.role.includes(Role::Editor));
    if !publication.published && !editor {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr;
    let reader = ctx.lang();
    let own_texts = texts(&state.db, publication.id).await?;
    let (title_lang, title) = pick(
        reader,
        own_texts.iter().map(|(l, t, _)| (l.as_str(), t.as_str())),
    );
    let (summary_lang, summary) = pick(
        reader,
        own_texts.iter().map(|(l, _, s)| (l.as_str(), s.as_str())),
    );
    let parts = parts(&state.db, publication.id).await?;
    let versions = version_views(&tr, reader, &parts);
    let mut langs: Vec<String> = parts.iter().map(|p| p.lang.clone()).collect();
    langs.dedup();
    langs.sort_by_key(|l| LANGUAGES.iter().position(|x| x == l).unwrap_or(9));
    let mut facts = vec![(
        tr.t("library-fact-kind"),
        label(&tr, "pub-kind", &publication.kind),
    )];
    if let Some(year) = publication.year {
        facts.push((tr.t("library-fact-year"), year.to_string()));
    }
    facts.push((
        tr.t("library-fact-publisher"),
        publication.publisher.clone(),
    ));
    if !publication.series.is_empty() {
        facts.push((
            tr.t("library-fact-series"),
            label(&tr, "series", &publication.series),
        ));
    }
    let partners: Vec<&str> = publication
        .partners
        .lines()
        .filter(|l| !l.is_empty())
        .collect();
    if !partners.is_empty() {
        facts.push((tr.t("library-fact-partners"), partners.join(", ")));
    }
    let list = |prefix: &str, codes: &str| -> String {
        split(codes)
            .iter()
            .map(|c| label(&tr, prefix, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (id, value) in [
        ("library-fact-themes", list("theme", &publication.themes)),
        ("library-fact-regions", list("region", &publication.regions)),
        (
            "library-fact-countries",
            split(&publication.countries)
                .iter()
                .map(|c| country_name(&tr, c))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "library-fact-sdg",
            split(&publication.sdg_targets).join(", "),
        ),
        (
            "library-fact-gcm",
            split(&publication.gcm_objectives).join(", "),
        ),
    ] {
        if !value.is_empty() {
            facts.push((tr.t(id), value));
        }
    }
    // One query for every related item with all its titles; the reader's title is picked below.
    type RelatedRow = (String, String, String, String);
    let rows: Vec<RelatedRow> = on_db!(&state.db, pool => sqlx::query_as::<_, RelatedRow>(
        "SELECT r.relation, r.related_key, t.lang, t.title FROM publication_relations r \
         JOIN publications p ON p.key = r.related_key JOIN publication_texts t ON t.publication_id = p.id \
         WHERE r.publication_id = $1 AND (p.published OR $2) ORDER BY r.relation, r.related_key"
    ).bind(publication.id).bind(editor).fetch_all(pool).await)?;
    let mut related: Vec<RelatedView> = Vec::new();
    for group in rows.chunk_by(|a, b| a.0 == b.0 && a.1 == b.1) {
        let (relation, related_key, _, _) = &group[0];
        let (_, title) = pick(
            reader,
            group.iter().map(|(_, _, l, t)| (l.as_str(), t.as_str())),
        );
        related.push(RelatedView {
            relation: label(&tr, "relation", relation),
            title,
            href: ctx.href(&format!("/library/{related_key}")),
        });
    }
    let page = PublicationPage {
        availability: availability(&tr, &langs),
        title,
        title_lang,
        summary,
        summary_lang,
        facts,
        versions,
        related,
        draft: !publication.published,
        can_edit: editor,
        key: publication.key,
        ctx,
    };
    crate::web::render(&page, StatusCode::OK)
}

/// Serves an uploaded part: its type, length, ranges, and its name as the download name. Parts of unpublished
/// publications are for editors only.
pub async fn download(
    State(state): State<AppState>,
    user: Option<axum::Extension<crate::web::CurrentUser>>,
    Path((part_id, _name)): Path<(i64, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    type Row = (String, String, String, bool);
    let row: Option<Row> = on_db!(&state.db, pool => sqlx::query_as::<_, Row>(
        "SELECT f.sha256, f.media_type, p.file_name, pub.published FROM publication_parts p \
         JOIN stored_files f ON f.id = p.file_id JOIN publication_versions v ON v.id = p.version_id \
         JOIN publications pub ON pub.id = v.publication_id WHERE p.id = $1"
    ).bind(part_id).fetch_optional(pool).await)?;
    let (key, media_type, file_name, published) = row.ok_or(AppError::NotFound)?;
    let editor = user.is_some_and(|u| u.role.includes(Role::Editor));
    if !published && !editor {
        return Err(AppError::NotFound);
    }
    let mut response = state.files.serve(&key, &media_type, &headers).await;
    if response.status().is_success() || response.status() == StatusCode::PARTIAL_CONTENT {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, content_disposition(&file_name));
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("private, max-age=3600"),
        );
    }
    Ok(response)
}
