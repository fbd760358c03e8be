//! Writing the index: features hand over documents inside their own transaction, so the index never disagrees
//! with the content it describes, on any node.

use sqlx::AssertSqlSafe;

use crate::db::Tx;
use crate::on_tx;

use super::terms::document_terms;

/// What a search result can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Lesson,
    Term,
    Guide,
    Publication,
    Practice,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 5] = [
        DocumentKind::Lesson,
        DocumentKind::Term,
        DocumentKind::Guide,
        DocumentKind::Publication,
        DocumentKind::Practice,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::Lesson => "lesson",
            DocumentKind::Term => "term",
            DocumentKind::Guide => "guide",
            DocumentKind::Publication => "publication",
            DocumentKind::Practice => "practice",
        }
    }

    pub fn from_code(code: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One item in one language, as the index sees it.
#[derive(Clone, Debug)]
pub struct Document {
    pub kind: DocumentKind,
    /// The item's stable id.
    pub key: String,
    pub lang: String,
    pub title: String,
    /// Plain text (no markup), for matching and snippets.
    pub body: String,
    /// Where the item lives, after the language prefix: `/learn/core/core-who-migrates`.
    pub path: String,
    /// False for drafts: only editors find them.
    pub visible: bool,
    pub year: Option<i64>,
    /// (facet, value) pairs besides kind, language and year, which every document has. A `lang` facet here
    /// replaces the document's own language (a publication is found by the languages it exists in).
    pub facets: Vec<(&'static str, String)>,
}

/// Adds or replaces a document (by kind, key and language).
pub async fn put(tx: &mut Tx, doc: &Document) -> Result<(), sqlx::Error> {
    remove_one(tx, doc.kind, &doc.key, &doc.lang).await?;
    let title_terms = document_terms(&doc.title, &doc.lang);
    let terms = document_terms(&doc.body, &doc.lang);
    let facets = document_facets(doc);
    let facet_lines: Vec<String> = facets.iter().map(|(f, v)| format!("{f}={v}")).collect();
    // What a search reads for every match (see `query::search`): fields apart by unit separators.
    let match_record = format!(
        "{}\x1f{}\x1f{}\x1f\n{}\n",
        doc.kind.code(),
        doc.key,
        doc.lang,
        facet_lines.join("\n")
    );
    let columns = "kind, item_key, lang, title, path, visible, sort_year, match_record";
    let id: i64 = match tx {
        Tx::Sqlite(t) => {
            let sql = format!(
                "INSERT INTO search_documents ({columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"
            );
            sqlx::query_scalar(AssertSqlSafe(sql))
                .bind(doc.kind.code())
                .bind(&doc.key)
                .bind(&doc.lang)
                .bind(&doc.title)
                .bind(&doc.path)
                .bind(doc.visible)
                .bind(doc.year.unwrap_or(0))
                .bind(&match_record)
                .fetch_one(&mut **t)
                .await?
        }
        Tx::Postgres(t) => {
            // The same stemmed terms as SQLite's FTS5 gets, title terms weighted A.
            let sql = format!(
                "INSERT INTO search_documents ({columns}, tsv, title_tsv) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, \
                 setweight(to_tsvector('simple', $9), 'A') || setweight(to_tsvector('simple', $10), 'B'), \
                 to_tsvector('simple', $9)) RETURNING id"
            );
            sqlx::query_scalar(AssertSqlSafe(sql))
                .bind(doc.kind.code())
                .bind(&doc.key)
                .bind(&doc.lang)
                .bind(&doc.title)
                .bind(&doc.path)
                .bind(doc.visible)
                .bind(doc.year.unwrap_or(0))
                .bind(&match_record)
                .bind(&title_terms)
                .bind(&terms)
                .fetch_one(&mut **t)
                .await?
        }
    };
    on_tx!(tx, conn => sqlx::query("INSERT INTO search_texts (document_id, title_terms, terms, body) VALUES ($1, $2, $3, $4)")
        .bind(id).bind(&title_terms).bind(&terms).bind(&doc.body).execute(conn).await.map(|_| ()))?;
    for (facet, value) in facets {
        on_tx!(tx, conn => sqlx::query("INSERT INTO search_facets (document_id, facet, value) VALUES ($1, $2, $3)")
            .bind(id).bind(facet).bind(&value).execute(conn).await.map(|_| ()))?;
    }
    Ok(())
}

/// Every (facet, value) of a document, sorted: kind, language and year besides its own.
fn document_facets(doc: &Document) -> Vec<(&'static str, String)> {
    let mut facets: Vec<(&'static str, String)> = vec![("kind", doc.kind.code().to_string())];
    // The language facet is the document's, unless the item says which languages it exists in.
    if !doc.facets.iter().any(|(f, _)| *f == "lang") {
        facets.push(("lang", doc.lang.clone()));
    }
    if let Some(year) = doc.year {
        facets.push(("year", year.to_string()));
    }
    facets.extend(doc.facets.iter().map(|(f, v)| (*f, v.clone())));
    facets.sort();
    facets.dedup();
    facets
}

async fn remove_one(
    tx: &mut Tx,
    kind: DocumentKind,
    key: &str,
    lang: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => sqlx::query("DELETE FROM search_documents WHERE kind = $1 AND item_key = $2 AND lang = $3")
        .bind(kind.code()).bind(key).bind(lang).execute(conn).await.map(|_| ()))?;
    Ok(())
}

/// Removes every language of an item.
pub async fn remove(tx: &mut Tx, kind: DocumentKind, key: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => sqlx::query("DELETE FROM search_documents WHERE kind = $1 AND item_key = $2")
        .bind(kind.code()).bind(key).execute(conn).await.map(|_| ()))?;
    Ok(())
}

/// Removes every document of a kind (before a content import writes them again).
pub async fn remove_kind(tx: &mut Tx, kind: DocumentKind) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => sqlx::query("DELETE FROM search_documents WHERE kind = $1")
        .bind(kind.code()).execute(conn).await.map(|_| ()))?;
    Ok(())
}

/// The text of rendered HTML without its tags, entities decoded, for the index and snippets.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_tags_and_decodes_entities() {
        assert_eq!(
            plain_text("<h2 id=\"a\">Who &amp; why</h2>\n<p>Money <em>sent</em>&nbsp;home</p>"),
            "Who & why Money sent home"
        );
    }

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(DocumentKind::from_code("nope"), None);
    }
}
