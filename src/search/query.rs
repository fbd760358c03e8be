//! Asking the index: words (stemmed, matched as prefixes) and facet filters, one result per item in the reader's
//! language when it exists, facet counts for the results, and highlighted snippets.
//!
//! SQLite matches with FTS5 and ranks by bm25; PostgreSQL matches with a `tsquery` on the same terms and ranks
//! by `ts_rank`. Both find the same documents; within one language the order of equally good matches may
//! differ between engines, so nothing relies on it.

use sqlx::AssertSqlSafe;

use crate::db::{Db, Engine};
use crate::on_db;

use super::terms::{QueryWord, prefix_matches, query_words, word_term, words};

pub const HITS_PER_PAGE: i64 = 20;
/// Longer queries are cut here (on a character boundary) before they are analysed.
pub const MAX_QUERY_CHARS: usize = 200;

/// The facets a search can be narrowed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Facet {
    Kind,
    Theme,
    Region,
    Country,
    Lang,
    Year,
    Sdg,
}

impl Facet {
    pub const ALL: [Facet; 7] = [
        Facet::Kind,
        Facet::Theme,
        Facet::Region,
        Facet::Country,
        Facet::Lang,
        Facet::Year,
        Facet::Sdg,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Theme => "theme",
            Facet::Region => "region",
            Facet::Country => "country",
            Facet::Lang => "lang",
            Facet::Year => "year",
            Facet::Sdg => "sdg",
        }
    }

    pub fn from_code(code: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// What the reader asked for.
#[derive(Clone, Debug, Default)]
pub struct SearchRequest {
    pub text: String,
    /// Selected facet values: values of one facet are alternatives, different facets all apply.
    pub filters: Vec<(Facet, String)>,
    /// 1-based.
    pub page: i64,
    pub reader_lang: String,
    /// Editors also find drafts.
    pub include_drafts: bool,
}

/// A piece of a snippet; marked pieces matched the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetPart {
    pub text: String,
    pub marked: bool,
}

#[derive(Clone, Debug)]
pub struct Hit {
    pub kind: String,
    pub lang: String,
    pub title: String,
    pub path: String,
    pub visible: bool,
    pub snippet: Vec<SnippetPart>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCount {
    pub facet: String,
    pub value: String,
    pub count: i64,
}

#[derive(Clone, Debug, Default)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    /// Items found (one per item, whatever the number of languages it matched in).
    pub total: i64,
    pub facets: Vec<FacetCount>,
    /// True when the query had words to search for (false: browsing by facets, or nothing usable was typed).
    pub has_words: bool,
}

enum Bind {
    Text(String),
    Bool(bool),
    Int(i64),
}

/// Cuts a query to [`MAX_QUERY_CHARS`] characters.
pub fn clip_query(text: &str) -> &str {
    match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Runs a search. An empty query with no filters lists everything (browsing).
pub async fn search(db: &Db, request: &SearchRequest) -> Result<SearchResults, sqlx::Error> {
    let words = query_words(clip_query(&request.text));
    let typed_something = !request.text.trim().is_empty();
    if typed_something && words.is_empty() {
        // Only stop words or symbols: nothing can match, and listing everything would mislead.
        return Ok(SearchResults::default());
    }
    let engine = db.engine();
    let mut binds: Vec<Bind> = Vec::new();
    let mut bind = |value: Bind| {
        binds.push(value);
        format!("${}", binds.len())
    };

    let reader = bind(Bind::Text(request.reader_lang.clone()));
    let drafts = bind(Bind::Bool(request.include_drafts));
    let mut common = format!("(d.visible OR {drafts})");
    let mut filters = request.filters.clone();
    filters.sort();
    filters.dedup();
    for facet in Facet::ALL {
        let values: Vec<&String> = filters
            .iter()
            .filter(|(f, _)| *f == facet)
            .map(|(_, v)| v)
            .collect();
        if values.is_empty() {
            continue;
        }
        let placeholders: Vec<String> = values
            .iter()
            .map(|v| bind(Bind::Text((*v).clone())))
            .collect();
        common.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM search_facets f WHERE f.document_id = d.id AND f.facet = '{}' AND f.value IN ({}))",
            facet.code(),
            placeholders.join(", ")
        ));
    }
    // Bodies are long: they are read for the page of hits only (below), not carried through every match.
    let columns = "d.id, d.kind, d.item_key, d.lang, d.title, d.path, d.visible, d.sort_year";
    let matched = if words.is_empty() {
        format!("SELECT {columns}, CAST(0 AS REAL) AS score FROM search_documents d WHERE {common}")
    } else {
        match engine {
            Engine::Sqlite => {
                let expr = bind(Bind::Text(fts5_expression(&words)));
                format!(
                    "SELECT {columns}, -bm25(search_fts, 4.0, 1.0) AS score FROM search_fts \
                     JOIN search_documents d ON d.id = search_fts.rowid WHERE search_fts MATCH {expr} AND {common}"
                )
            }
            Engine::Postgres => {
                let expr = bind(Bind::Text(tsquery_expression(&words)));
                format!(
                    "SELECT {columns}, ts_rank(d.tsv, to_tsquery('simple', {expr})) AS score FROM search_documents d \
                     WHERE d.tsv @@ to_tsquery('simple', {expr}) AND {common}"
                )
            }
        }
    };
    let ranked = format!(
        "WITH matched AS ({matched}), best AS (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.kind, m.item_key \
         ORDER BY CASE WHEN m.lang = {reader} THEN 0 ELSE 1 END, m.score DESC, m.id) AS n FROM matched m)"
    );
    let offset = (request.page.max(1) - 1).saturating_mul(HITS_PER_PAGE);
    let limit = bind(Bind::Int(HITS_PER_PAGE));
    let offset = bind(Bind::Int(offset));
    let hits_sql = format!(
        "{ranked} SELECT best.kind, best.lang, best.title, (SELECT b.body FROM search_documents b WHERE b.id = best.id), \
         best.path, best.visible FROM best WHERE n = 1 \
         ORDER BY CASE WHEN lang = {reader} THEN 0 ELSE 1 END, score DESC, sort_year DESC, title, id LIMIT {limit} OFFSET {offset}"
    );
    let counts_sql = format!(
        "{ranked} SELECT f.facet, f.value, COUNT(*) FROM best JOIN search_facets f ON f.document_id = best.id \
         WHERE best.n = 1 GROUP BY f.facet, f.value ORDER BY f.facet, f.value"
    );
    // The counts query uses every bind but the last two (limit and offset).
    let count_binds = binds.len() - 2;
    type HitRow = (String, String, String, String, String, bool);
    let rows: Vec<HitRow> = on_db!(db, pool => {
        let mut q = sqlx::query_as::<_, HitRow>(AssertSqlSafe(hits_sql));
        for b in &binds {
            q = match b { Bind::Text(v) => q.bind(v.clone()), Bind::Bool(v) => q.bind(*v), Bind::Int(v) => q.bind(*v) };
        }
        q.fetch_all(pool).await
    })?;
    let facet_rows: Vec<(String, String, i64)> = on_db!(db, pool => {
        let mut q = sqlx::query_as::<_, (String, String, i64)>(AssertSqlSafe(counts_sql));
        for b in &binds[..count_binds] {
            q = match b { Bind::Text(v) => q.bind(v.clone()), Bind::Bool(v) => q.bind(*v), Bind::Int(v) => q.bind(*v) };
        }
        q.fetch_all(pool).await
    })?;
    let facets: Vec<FacetCount> = facet_rows
        .into_iter()
        .map(|(facet, value, count)| FacetCount {
            facet,
            value,
            count,
        })
        .collect();
    let total = facets
        .iter()
        .filter(|f| f.facet == "kind")
        .map(|f| f.count)
        .sum();
    let hits = rows
        .into_iter()
        .map(|(kind, lang, title, body, path, visible)| {
            let snippet = snippet(&body, &lang, &words);
            Hit {
                kind,
                lang,
                title,
                path,
                visible,
                snippet,
            }
        })
        .collect();
    Ok(SearchResults {
        hits,
        total,
        facets,
        has_words: !words.is_empty(),
    })
}

/// `("migrat"* OR "migration"*) AND ("fond"*)` for FTS5. Terms hold letters and digits only, so quoting is safe.
fn fts5_expression(words: &[QueryWord]) -> String {
    words
        .iter()
        .map(|word| {
            let alternatives: Vec<String> = word
                .prefixes
                .iter()
                .map(|p| {
                    if p.chars().count() < 2 {
                        format!("\"{p}\"")
                    } else {
                        format!("\"{p}\"*")
                    }
                })
                .collect();
            format!("({})", alternatives.join(" OR "))
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// `(migrat:* | migration:*) & (fond:*)` for PostgreSQL.
fn tsquery_expression(words: &[QueryWord]) -> String {
    words
        .iter()
        .map(|word| {
            let alternatives: Vec<String> = word
                .prefixes
                .iter()
                .map(|p| {
                    if p.chars().count() < 2 {
                        p.clone()
                    } else {
                        format!("{p}:*")
                    }
                })
                .collect();
            format!("({})", alternatives.join(" | "))
        })
        .collect::<Vec<_>>()
        .join(" & ")
}

const SNIPPET_WORDS: usize = 28;

/// About [`SNIPPET_WORDS`] words of `body` around the first word that matches the query, matched words marked.
/// With no query words, the start of the text.
pub fn snippet(body: &str, lang: &str, words_sought: &[QueryWord]) -> Vec<SnippetPart> {
    let spans = word_spans(body);
    let matches_query = |word: &str| -> bool {
        word_term(word, lang).is_some_and(|term| {
            words_sought
                .iter()
                .any(|w| w.prefixes.iter().any(|p| prefix_matches(p, &term)))
        })
    };
    let first = if words_sought.is_empty() {
        None
    } else {
        spans.iter().position(|&(s, e)| matches_query(&body[s..e]))
    };
    let start = first.map(|i| i.saturating_sub(8)).unwrap_or(0);
    let end = (start + SNIPPET_WORDS).min(spans.len());
    if start >= end {
        return Vec::new();
    }
    let mut parts: Vec<SnippetPart> = Vec::new();
    let mut push = |text: &str, marked: bool| match parts.last_mut() {
        Some(last) if last.marked == marked => last.text.push_str(text),
        _ => parts.push(SnippetPart {
            text: text.to_string(),
            marked,
        }),
    };
    if start > 0 {
        push("… ", false);
    }
    let mut cursor = spans[start].0;
    for &(s, e) in &spans[start..end] {
        push(&body[cursor..s], false);
        let word = &body[s..e];
        push(word, !words_sought.is_empty() && matches_query(word));
        cursor = e;
    }
    if end < spans.len() {
        push(" …", false);
    }
    parts
}

/// Byte ranges of the words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let base = text.as_ptr() as usize;
    for word in words(text) {
        let start = word.as_ptr() as usize - base;
        spans.push((start, start + word.len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(parts: &[SnippetPart]) -> Vec<&str> {
        parts
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn snippets_mark_the_words_that_matched() {
        let body = "Local authorities are close to people. Remittances sent home pay for schools; each remittance costs money.";
        let parts = snippet(body, "en", &query_words("remittance"));
        assert_eq!(marked(&parts), vec!["Remittances", "remittance"]);
        let text: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert!(text.starts_with("Local authorities"));
    }

    #[test]
    fn snippets_start_near_the_first_match_of_a_long_text() {
        let body = format!(
            "{} migrantes {}",
            "palabra ".repeat(100),
            "fin ".repeat(100)
        );
        let parts = snippet(&body, "es", &query_words("migrante"));
        assert_eq!(marked(&parts), vec!["migrantes"]);
        assert!(parts[0].text.starts_with("… "));
        assert!(parts.last().unwrap().text.ends_with(" …"));
    }

    #[test]
    fn expressions_quote_terms_and_keep_one_letter_terms_whole() {
        let words = query_words("migration x");
        assert_eq!(fts5_expression(&words), "(\"migrat\"*) AND (\"x\")");
        assert_eq!(tsquery_expression(&words), "(migrat:*) & (x)");
    }

    #[test]
    fn queries_are_clipped_on_a_character_boundary() {
        let long = "é".repeat(500);
        assert_eq!(clip_query(&long).chars().count(), MAX_QUERY_CHARS);
        assert_eq!(clip_query("short"), "short");
    }
}
