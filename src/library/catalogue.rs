//! Writing the catalogue: publications and practices from a content pack, and the search documents of each,
//! always inside the caller's transaction.

use std::collections::HashSet;

use crate::content::library::{PackPractice, PracticeFile, PublicationFile};
use crate::content::markdown::render_plain;
use crate::db::{Tx, now};
use crate::i18n::countries::region_of;
use crate::on_tx;
use crate::search::index::{self, Document, DocumentKind, plain_text};

pub(crate) fn join(values: &[String]) -> String {
    values.join(" ")
}

pub(crate) fn split(value: &str) -> Vec<String> {
    value.split_whitespace().map(str::to_string).collect()
}

use crate::db::{Bind, execute as exec, fetch_id};
use Bind::{Int, OptInt, Text};

/// What a catalogue import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CatalogueSummary {
    pub publications: usize,
    pub practices: usize,
}

/// Writes the pack's publications and practices (by their stable ids) and removes pack items that left it.
/// Items created in the web admin area are left alone.
pub async fn import_from_pack(
    tx: &mut Tx,
    publications: &[PublicationFile],
    practices: &[PackPractice],
) -> Result<CatalogueSummary, sqlx::Error> {
    let mut summary = CatalogueSummary::default();
    for publication in publications {
        let id = write_pack_publication(tx, publication).await?;
        index_publication(tx, id).await?;
        summary.publications += 1;
    }
    let keys: HashSet<&str> = publications.iter().map(|p| p.id.as_str()).collect();
    for (id, key) in keyed(tx, "SELECT id, key FROM publications WHERE from_pack").await? {
        if !keys.contains(key.as_str()) {
            delete_publication(tx, id, &key).await?;
        }
    }
    for practice in practices {
        let id = write_pack_practice(tx, practice).await?;
        index_practice(tx, id).await?;
        summary.practices += 1;
    }
    let keys: HashSet<&str> = practices.iter().map(|p| p.source.id.as_str()).collect();
    for (id, key) in keyed(tx, "SELECT id, key FROM practices WHERE from_pack").await? {
        if !keys.contains(key.as_str()) {
            exec(tx, "DELETE FROM practices WHERE id = $1", &[Int(id)]).await?;
            index::remove(tx, DocumentKind::Practice, &key).await?;
        }
    }
    Ok(summary)
}

async fn keyed(tx: &mut Tx, sql: &'static str) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_tx!(tx, conn => sqlx::query_as::<_, (i64, String)>(sql).fetch_all(conn).await)
}

/// Deletes a publication and its search documents. Its files stay until [`orphaned_files`] finds them unused.
pub async fn delete_publication(tx: &mut Tx, id: i64, key: &str) -> Result<(), sqlx::Error> {
    exec(tx, "DELETE FROM publications WHERE id = $1", &[Int(id)]).await?;
    index::remove(tx, DocumentKind::Publication, key).await
}

/// Removes the records of files no part refers to any more and returns their store keys, for the caller to
/// delete from the store once the transaction has committed.
pub async fn orphaned_files(tx: &mut Tx) -> Result<Vec<String>, sqlx::Error> {
    let orphans: Vec<(i64, String)> = on_tx!(tx, conn => sqlx::query_as::<_, (i64, String)>(
        "SELECT id, sha256 FROM stored_files f WHERE NOT EXISTS (SELECT 1 FROM publication_parts p WHERE p.file_id = f.id)"
    ).fetch_all(conn).await)?;
    for (id, _) in &orphans {
        exec(tx, "DELETE FROM stored_files WHERE id = $1", &[Int(*id)]).await?;
    }
    Ok(orphans.into_iter().map(|(_, key)| key).collect())
}

async fn write_pack_publication(tx: &mut Tx, p: &PublicationFile) -> Result<i64, sqlx::Error> {
    let gcm: Vec<String> = p.gcm_objectives.iter().map(i64::to_string).collect();
    let id = fetch_id(
        tx,
        "INSERT INTO publications (key, kind, year, publisher, partners, themes, regions, countries, sdg_targets, \
         gcm_objectives, series, from_pack, published, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, TRUE, TRUE, $12) \
         ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, year = excluded.year, publisher = excluded.publisher, \
         partners = excluded.partners, themes = excluded.themes, regions = excluded.regions, \
         countries = excluded.countries, sdg_targets = excluded.sdg_targets, gcm_objectives = excluded.gcm_objectives, \
         series = excluded.series, from_pack = TRUE, published = TRUE, updated_at = excluded.updated_at RETURNING id",
        &[
            Text(&p.id),
            Text(&p.kind),
            OptInt(p.year),
            Text(&p.publisher),
            Text(&p.partners.join("\n")),
            Text(&join(&p.themes)),
            Text(&join(&p.regions)),
            Text(&join(&p.countries)),
            Text(&join(&p.sdg_targets)),
            Text(&gcm.join(" ")),
            Text(p.series.as_deref().unwrap_or("")),
            Int(now()),
        ],
    )
    .await?;
    exec(
        tx,
        "DELETE FROM publication_texts WHERE publication_id = $1",
        &[Int(id)],
    )
    .await?;
    for (lang, title) in &p.title {
        let summary = p.summary.get(lang).map(String::as_str).unwrap_or("");
        exec(
            tx,
            "INSERT INTO publication_texts (publication_id, lang, title, summary) VALUES ($1, $2, $3, $4)",
            &[Int(id), Text(lang), Text(title), Text(summary)],
        )
        .await?;
    }
    // Parts from the pack are replaced; files that editors uploaded onto a pack publication stay.
    exec(
        tx,
        "DELETE FROM publication_parts WHERE file_id IS NULL AND version_id IN \
         (SELECT id FROM publication_versions WHERE publication_id = $1)",
        &[Int(id)],
    )
    .await?;
    for version in &p.versions {
        let version_id = fetch_id(
            tx,
            "INSERT INTO publication_versions (publication_id, lang, year) VALUES ($1, $2, $3) \
             ON CONFLICT (publication_id, lang) DO UPDATE SET year = excluded.year RETURNING id",
            &[Int(id), Text(&version.language), OptInt(version.year)],
        )
        .await?;
        for (position, part) in version.parts.iter().enumerate() {
            exec(
                tx,
                "INSERT INTO publication_parts (version_id, position, label, url, page, file_id, file_name, format, size_bytes) \
                 VALUES ($1, $2, $3, $4, $5, NULL, '', $6, $7)",
                &[
                    Int(version_id),
                    Int(position as i64),
                    Text(part.label.as_deref().unwrap_or("")),
                    Text(part.url.as_deref().unwrap_or("")),
                    Text(part.page.as_deref().unwrap_or("")),
                    Text(part.format.as_deref().unwrap_or("")),
                    OptInt(part.size_bytes),
                ],
            )
            .await?;
        }
    }
    exec(
        tx,
        "DELETE FROM publication_versions WHERE publication_id = $1 AND NOT EXISTS \
         (SELECT 1 FROM publication_parts p WHERE p.version_id = publication_versions.id)",
        &[Int(id)],
    )
    .await?;
    exec(
        tx,
        "DELETE FROM publication_relations WHERE publication_id = $1",
        &[Int(id)],
    )
    .await?;
    for relation in &p.related {
        exec(
            tx,
            "INSERT INTO publication_relations (publication_id, related_key, relation) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            &[Int(id), Text(&relation.id), Text(&relation.relation)],
        )
        .await?;
    }
    Ok(id)
}

async fn write_pack_practice(tx: &mut Tx, practice: &PackPractice) -> Result<i64, sqlx::Error> {
    let p = &practice.source;
    let actors = serde_json::json!({
        "lead": p.lead.clone().unwrap_or_default(),
        "partners": p.partners.clone().unwrap_or_default(),
    })
    .to_string();
    let sources = serde_json::to_string(&p.sources).expect("sources serialise");
    let gcm: Vec<String> = p
        .gcm_objectives
        .iter()
        .flatten()
        .map(i64::to_string)
        .collect();
    let revision = p.revision.unwrap_or(1) as i64;
    let at = now();
    let id = fetch_id(
        tx,
        "INSERT INTO practices (key, status, source_lang, revision, countries, territory_kinds, start_year, end_year, themes, \
         sdg_targets, gcm_objectives, actors_json, sources_json, from_pack, proposed_by, created_at, updated_at) \
         VALUES ($1, 'published', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, TRUE, NULL, $13, $13) \
         ON CONFLICT (key) DO UPDATE SET status = 'published', source_lang = excluded.source_lang, \
         revision = excluded.revision, countries = excluded.countries, territory_kinds = excluded.territory_kinds, \
         start_year = excluded.start_year, end_year = excluded.end_year, themes = excluded.themes, \
         sdg_targets = excluded.sdg_targets, gcm_objectives = excluded.gcm_objectives, actors_json = excluded.actors_json, \
         sources_json = excluded.sources_json, from_pack = TRUE, updated_at = excluded.updated_at RETURNING id",
        &[
            Text(&p.id),
            Text(&practice.source_lang),
            Int(revision),
            Text(&join(p.countries.as_deref().unwrap_or_default())),
            Text(&join(p.territory_kinds.as_deref().unwrap_or_default())),
            OptInt(p.start_year),
            OptInt(p.end_year),
            Text(&join(p.themes.as_deref().unwrap_or_default())),
            Text(&join(p.sdg_targets.as_deref().unwrap_or_default())),
            Text(&gcm.join(" ")),
            Text(&actors),
            Text(&sources),
            Int(at),
        ],
    )
    .await?;
    exec(
        tx,
        "DELETE FROM practice_texts WHERE practice_id = $1",
        &[Int(id)],
    )
    .await?;
    write_practice_text(tx, id, &practice.source_lang, p, "source", revision).await?;
    for (lang, translation) in &practice.translations {
        let status = translation.status.as_deref().unwrap_or("draft");
        let made_from = translation.source_revision.unwrap_or(1) as i64;
        write_practice_text(tx, id, lang, translation, status, made_from).await?;
    }
    Ok(id)
}

async fn write_practice_text(
    tx: &mut Tx,
    id: i64,
    lang: &str,
    p: &PracticeFile,
    status: &str,
    source_revision: i64,
) -> Result<(), sqlx::Error> {
    let s = &p.sections;
    exec(
        tx,
        "INSERT INTO practice_texts (practice_id, lang, title, summary, territory, introduction, context, overview, results, \
         lessons_learnt, recommendations, status, source_revision) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        &[
            Int(id),
            Text(lang),
            Text(&p.title),
            Text(&p.summary),
            Text(&p.territory),
            Text(&s.introduction),
            Text(&s.context),
            Text(&s.overview),
            Text(&s.results),
            Text(&s.lessons_learnt),
            Text(&s.recommendations),
            Text(status),
            Int(source_revision),
        ],
    )
    .await?;
    Ok(())
}

/// Regions of a set of countries, plus any given explicitly.
fn regions_of(countries: &[String], explicit: &[String]) -> Vec<String> {
    let mut regions: Vec<String> = explicit.to_vec();
    for country in countries {
        if let Some(region) = region_of(country) {
            regions.push(region.code().to_string());
        }
    }
    regions.sort();
    regions.dedup();
    regions
}

fn tag_facets(
    themes: &[String],
    countries: &[String],
    regions: &[String],
    sdg_targets: &[String],
) -> Vec<(&'static str, String)> {
    let mut facets = Vec::new();
    facets.extend(themes.iter().map(|t| ("theme", t.clone())));
    facets.extend(countries.iter().map(|c| ("country", c.clone())));
    facets.extend(regions.iter().map(|r| ("region", r.clone())));
    facets.extend(sdg_targets.iter().map(|s| ("sdg", s.clone())));
    facets
}

/// Writes the search documents of a publication, one per language it has a title in.
pub async fn index_publication(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    type Row = (
        String,
        Option<i64>,
        String,
        String,
        String,
        String,
        String,
        String,
        bool,
    );
    let (key, year, publisher, partners, themes, regions, countries, sdg, published): Row = on_tx!(tx, conn => sqlx::query_as::<_, Row>(
        "SELECT key, year, publisher, partners, themes, regions, countries, sdg_targets, published FROM publications WHERE id = $1"
    ).bind(id).fetch_one(conn).await)?;
    let texts: Vec<(String, String, String)> = on_tx!(tx, conn => sqlx::query_as::<_, (String, String, String)>(
        "SELECT lang, title, summary FROM publication_texts WHERE publication_id = $1"
    ).bind(id).fetch_all(conn).await)?;
    let version_langs: Vec<String> = on_tx!(tx, conn => sqlx::query_scalar::<_, String>(
        "SELECT lang FROM publication_versions WHERE publication_id = $1"
    ).bind(id).fetch_all(conn).await)?;
    index::remove(tx, DocumentKind::Publication, &key).await?;
    let countries = split(&countries);
    let regions = regions_of(&countries, &split(&regions));
    let mut facets = tag_facets(&split(&themes), &countries, &regions, &split(&sdg));
    // A publication's language facet is the languages it exists in, not those of its catalogue texts.
    facets.extend(version_langs.iter().map(|l| ("lang", l.clone())));
    for (lang, title, summary) in texts {
        let body = format!("{summary} {publisher} {}", partners.replace('\n', " "));
        index::put(
            tx,
            &Document {
                kind: DocumentKind::Publication,
                key: key.clone(),
                lang,
                title,
                body,
                path: format!("/library/{key}"),
                visible: published,
                year,
                facets: facets.clone(),
            },
        )
        .await?;
    }
    Ok(())
}

/// Writes the search documents of a practice, one per language it is written in.
pub async fn index_practice(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    type Row = (String, String, String, Option<i64>, String, String);
    let (key, status, countries, start_year, themes, sdg): Row = on_tx!(tx, conn => sqlx::query_as::<_, Row>(
        "SELECT key, status, countries, start_year, themes, sdg_targets FROM practices WHERE id = $1"
    ).bind(id).fetch_one(conn).await)?;
    type TextRow = (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    );
    let texts: Vec<TextRow> = on_tx!(tx, conn => sqlx::query_as::<_, TextRow>(
        "SELECT lang, title, summary, territory, introduction, context, overview, results, lessons_learnt, recommendations \
         FROM practice_texts WHERE practice_id = $1"
    ).bind(id).fetch_all(conn).await)?;
    index::remove(tx, DocumentKind::Practice, &key).await?;
    let countries = split(&countries);
    let regions = regions_of(&countries, &[]);
    let facets = tag_facets(&split(&themes), &countries, &regions, &split(&sdg));
    for (
        lang,
        title,
        summary,
        territory,
        intro,
        context,
        overview,
        results,
        lessons,
        recommendations,
    ) in texts
    {
        let markdown = [
            summary.as_str(),
            &territory,
            &intro,
            &context,
            &overview,
            &results,
            &lessons,
            &recommendations,
        ]
        .join("\n\n");
        index::put(
            tx,
            &Document {
                kind: DocumentKind::Practice,
                key: key.clone(),
                lang,
                title,
                body: plain_text(&render_plain(&markdown)),
                path: format!("/practices/{key}"),
                visible: status == "published",
                year: start_year,
                facets: facets.clone(),
            },
        )
        .await?;
    }
    Ok(())
}
