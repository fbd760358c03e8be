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

/// Which matches a ranking step looks at: titles that hold every word rank before texts that only mention them,
/// so that a common word ranks a few hundred documents for the first pages instead of thousands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    All,
    TitleHas,
    TitleLacks,
}

/// A statement being written, with the values it binds (`$1`, `$2`… on both engines).
#[derive(Default)]
struct Statement {
    binds: Vec<Bind>,
}

impl Statement {
    fn bind(&mut self, value: Bind) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    /// `SELECT {columns}[, score] FROM … WHERE …`: the visible documents that match the words, filters and `part`.
    /// `score` (higher is better) is computed only when asked: ranking is the costly part of a search.
    fn matching(
        &mut self,
        db: &Db,
        words: &[QueryWord],
        request: &SearchRequest,
        part: Part,
        columns: &str,
        score: bool,
    ) -> String {
        let drafts = self.bind(Bind::Bool(request.include_drafts));
        let mut conditions = format!("(d.visible OR {drafts})");
        let mut filters = request.filters.clone();
        filters.sort();
        filters.dedup();
        for facet in Facet::ALL {
            let values: Vec<String> = filters
                .iter()
                .filter(|(f, _)| *f == facet)
                .map(|(_, v)| v.clone())
                .collect();
            if values.is_empty() {
                continue;
            }
            let condition = if words.is_empty() {
                // Browsing starts from the facet index.
                let placeholders: Vec<String> = values
                    .into_iter()
                    .map(|v| self.bind(Bind::Text(v)))
                    .collect();
                format!(
                    "d.id IN (SELECT f.document_id FROM search_facets f WHERE f.facet = '{}' AND f.value IN ({}))",
                    facet.code(),
                    placeholders.join(", ")
                )
            } else {
                // A word query checks each match's own record: far cheaper than a lookup per match.
                let find = match db.engine() {
                    Engine::Sqlite => "instr",
                    Engine::Postgres => "strpos",
                };
                let tests: Vec<String> = values
                    .into_iter()
                    .map(|v| {
                        let line = self.bind(Bind::Text(format!("\n{}={v}\n", facet.code())));
                        format!("{find}(d.match_record, {line}) > 0")
                    })
                    .collect();
                format!("({})", tests.join(" OR "))
            };
            conditions.push_str(" AND ");
            conditions.push_str(&condition);
        }
        if words.is_empty() {
            let score = if score {
                ", CAST(0 AS REAL) AS score"
            } else {
                ""
            };
            return format!("SELECT {columns}{score} FROM search_documents d WHERE {conditions}");
        }
        match db.engine() {
            Engine::Sqlite => {
                let words = fts5_expression(words);
                let expr = self.bind(Bind::Text(match part {
                    Part::All => words,
                    Part::TitleHas => format!("{{title_terms}} : ({words})"),
                    Part::TitleLacks => format!("({words}) NOT {{title_terms}} : ({words})"),
                }));
                let score = if score {
                    ", -bm25(search_fts, 4.0, 1.0) AS score"
                } else {
                    ""
                };
                format!(
                    "SELECT {columns}{score} FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid \
                     WHERE search_fts MATCH {expr} AND {conditions}"
                )
            }
            Engine::Postgres => {
                let expr = self.bind(Bind::Text(tsquery_expression(words)));
                let part = match part {
                    Part::All => String::new(),
                    Part::TitleHas => format!(" AND d.title_tsv @@ to_tsquery('simple', {expr})"),
                    Part::TitleLacks => {
                        format!(" AND NOT d.title_tsv @@ to_tsquery('simple', {expr})")
                    }
                };
                let score = if score {
                    format!(", ts_rank(d.tsv, to_tsquery('simple', {expr})) AS score")
                } else {
                    String::new()
                };
                format!(
                    "SELECT {columns}{score} FROM search_documents d \
                     WHERE d.tsv @@ to_tsquery('simple', {expr}){part} AND {conditions}"
                )
            }
        }
    }

    async fn fetch<T>(self, db: &Db, sql: String) -> Result<Vec<T>, sqlx::Error>
    where
        T: Send + Unpin,
        T: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
            + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
    {
        on_db!(db, pool => {
            // Not kept prepared: PostgreSQL then plans each search with its own words (a generic plan cannot
            // know how many documents a word matches, and may scan them all).
            let mut q = sqlx::query_as::<_, T>(AssertSqlSafe(sql)).persistent(false);
            for b in self.binds {
                q = match b { Bind::Text(v) => q.bind(v), Bind::Bool(v) => q.bind(v), Bind::Int(v) => q.bind(v) };
            }
            q.fetch_all(pool).await
        })
    }
}

/// Cuts a query to [`MAX_QUERY_CHARS`] characters.
pub fn clip_query(text: &str) -> &str {
    match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// One item found, in the languages it matched in.
struct FoundItem<'a> {
    /// True when its document in the reader's language matched.
    in_reader_lang: bool,
    /// The facet lines of the document its facets are counted from (the reader's language when it matched).
    facet_codes: &'a str,
}

/// Runs a search. An empty query with no filters lists everything (browsing).
///
/// Three steps keep the cost of a query that matches thousands of documents low: every match is read without
/// ranking (compact rows: item, language, facet lines) to count items and facets; only the documents that can
/// appear on the requested page are ranked (the reader's language first, so usually only those); and titles and
/// bodies are read for the page of hits alone.
pub async fn search(db: &Db, request: &SearchRequest) -> Result<SearchResults, sqlx::Error> {
    let words = query_words(clip_query(&request.text));
    let typed_something = !request.text.trim().is_empty();
    if typed_something && words.is_empty() {
        // Only stop words or symbols: nothing can match, and listing everything would mislead.
        return Ok(SearchResults::default());
    }

    // 1. Every match, unranked: one item per kind and key. sqlx hands SQLite rows over one at a time (about 4 µs
    // each), so the thousands of compact matches of a common word travel as one string of records.
    let record = match db.engine() {
        Engine::Sqlite => "group_concat(d.match_record, char(30))",
        Engine::Postgres => "string_agg(d.match_record, chr(30))",
    };

    let mut statement = Statement::default();
    let sql = statement.matching(db, &words, request, Part::All, record, false);
    let matches: Vec<(Option<String>,)> = statement.fetch(db, sql).await?;
    let matches = matches
        .into_iter()
        .next()
        .and_then(|(all,)| all)
        .unwrap_or_default();
    let mut items: std::collections::HashMap<(&str, &str), FoundItem> =
        std::collections::HashMap::new();
    for record in matches.split('\x1e').filter(|r| !r.is_empty()) {
        let mut fields = record.splitn(4, '\x1f');
        let (Some(kind), Some(key), Some(lang), Some(facet_codes)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let item = items.entry((kind, key)).or_insert(FoundItem {
            in_reader_lang: false,
            facet_codes,
        });
        if lang == request.reader_lang {
            item.in_reader_lang = true;
            item.facet_codes = facet_codes;
        }
    }
    let facets = count_facets(items.values().map(|item| item.facet_codes));
    let total = items.len() as i64;
    let in_reader_lang = items.values().filter(|item| item.in_reader_lang).count() as i64;

    // 2. Rank what the page needs: items found in the reader's language, then the others (their best language).
    let offset = (request.page.max(1) - 1).saturating_mul(HITS_PER_PAGE);
    let mut page_ids: Vec<i64> = Vec::new();
    if offset < in_reader_lang {
        let parts: &[Part] = if words.is_empty() {
            &[Part::All]
        } else {
            &[Part::TitleHas, Part::TitleLacks]
        };
        let mut skip = offset;
        for &part in parts {
            let wanted = HITS_PER_PAGE - page_ids.len() as i64;
            if wanted == 0 {
                break;
            }
            let found = rank_in_reader_lang(db, &words, request, part, skip, wanted).await?;
            let short = (found.len() as i64) < wanted;
            page_ids.extend(found);
            if short && part == Part::TitleHas {
                // How many title matches there were: the next part starts after them.
                let seen = count_in_reader_lang(db, &words, request, part).await?;
                skip = (skip - seen).max(0);
            }
        }
    }
    let wanted = HITS_PER_PAGE as usize - page_ids.len();
    if wanted > 0 && total > in_reader_lang && offset + HITS_PER_PAGE > in_reader_lang {
        // The slower path, for the last pages or a language with few matches: rank every other-language match.
        let mut statement = Statement::default();
        let matching = statement.matching(
            db,
            &words,
            request,
            Part::All,
            "d.id, d.kind, d.item_key, d.sort_year, d.title",
            true,
        );
        let reader = statement.bind(Bind::Text(request.reader_lang.clone()));
        let sql = format!(
            "SELECT m.id, m.kind, m.item_key, m.sort_year, m.title, CAST(m.score AS DOUBLE PRECISION) FROM ({matching} AND d.lang <> {reader}) m"
        );
        let rows: Vec<(i64, String, String, i64, String, f64)> = statement.fetch(db, sql).await?;
        let mut best: std::collections::HashMap<(String, String), (i64, i64, String, f64)> =
            std::collections::HashMap::new();
        for (id, kind, key, year, title, score) in rows {
            if items
                .get(&(kind.as_str(), key.as_str()))
                .is_some_and(|item| item.in_reader_lang)
            {
                continue;
            }
            let entry = best
                .entry((kind, key))
                .or_insert((id, year, title.clone(), score));
            if score > entry.3 || (score == entry.3 && id < entry.0) {
                *entry = (id, year, title, score);
            }
        }
        let mut others: Vec<(i64, i64, String, f64)> = best.into_values().collect();
        others.sort_by(|a, b| {
            b.3.total_cmp(&a.3)
                .then(b.1.cmp(&a.1))
                .then_with(|| a.2.cmp(&b.2))
                .then(a.0.cmp(&b.0))
        });
        let skip = (offset - in_reader_lang).max(0) as usize;
        page_ids.extend(
            others
                .into_iter()
                .skip(skip)
                .take(wanted)
                .map(|(id, ..)| id),
        );
    }

    // 3. Titles, paths and bodies (for snippets) of the page of hits only.
    let hits = if page_ids.is_empty() {
        Vec::new()
    } else {
        let mut statement = Statement::default();
        let placeholders: Vec<String> = page_ids
            .iter()
            .map(|id| statement.bind(Bind::Int(*id)))
            .collect();
        let sql = format!(
            "SELECT d.id, d.kind, d.lang, d.title, t.body, d.path, d.visible FROM search_documents d \
             JOIN search_texts t ON t.document_id = d.id WHERE d.id IN ({})",
            placeholders.join(", ")
        );
        type HitRow = (i64, String, String, String, String, String, bool);
        let mut rows: Vec<HitRow> = statement.fetch(db, sql).await?;
        rows.sort_by_key(|row| page_ids.iter().position(|id| *id == row.0));
        rows.into_iter()
            .map(|(_, kind, lang, title, body, path, visible)| Hit {
                snippet: snippet(&body, &lang, &words),
                kind,
                lang,
                title,
                path,
                visible,
            })
            .collect()
    };
    Ok(SearchResults {
        hits,
        total,
        facets,
        has_words: !words.is_empty(),
    })
}

/// One page's worth of documents in the reader's language, best first.
async fn rank_in_reader_lang(
    db: &Db,
    words: &[QueryWord],
    request: &SearchRequest,
    part: Part,
    skip: i64,
    limit: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let mut statement = Statement::default();
    let matching = statement.matching(db, words, request, part, "d.id, d.sort_year, d.title", true);
    let reader = statement.bind(Bind::Text(request.reader_lang.clone()));
    let limit = statement.bind(Bind::Int(limit));
    let skip = statement.bind(Bind::Int(skip));
    let sql = format!(
        "SELECT m.id FROM ({matching} AND d.lang = {reader}) m \
         ORDER BY m.score DESC, m.sort_year DESC, m.title, m.id LIMIT {limit} OFFSET {skip}"
    );
    let rows: Vec<(i64,)> = statement.fetch(db, sql).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

async fn count_in_reader_lang(
    db: &Db,
    words: &[QueryWord],
    request: &SearchRequest,
    part: Part,
) -> Result<i64, sqlx::Error> {
    let mut statement = Statement::default();
    let matching = statement.matching(db, words, request, part, "d.id", false);
    let reader = statement.bind(Bind::Text(request.reader_lang.clone()));
    let sql = format!("SELECT COUNT(*) FROM ({matching} AND d.lang = {reader}) m");
    let rows: Vec<(i64,)> = statement.fetch(db, sql).await?;
    Ok(rows.first().map(|(n,)| *n).unwrap_or(0))
}

/// Counts `facet=value` lines over the items found, sorted by facet and value.
fn count_facets<'a>(facet_codes: impl Iterator<Item = &'a str>) -> Vec<FacetCount> {
    let mut counts: std::collections::BTreeMap<(&'a str, &'a str), i64> =
        std::collections::BTreeMap::new();
    for codes in facet_codes {
        for line in codes.split('\n') {
            if let Some((facet, value)) = line.split_once('=') {
                *counts.entry((facet, value)).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .map(|((facet, value), count)| FacetCount {
            facet: facet.to_string(),
            value: value.to_string(),
            count,
        })
        .collect()
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
    fn facets_are_counted_from_the_records_lines() {
        let counts = count_facets(
            [
                "\nkind=practice\ntheme=a\n",
                "\nkind=practice\ntheme=b\n",
                "\nkind=lesson\n",
            ]
            .into_iter(),
        );
        let as_tuples: Vec<(&str, &str, i64)> = counts
            .iter()
            .map(|c| (c.facet.as_str(), c.value.as_str(), c.count))
            .collect();
        assert_eq!(
            as_tuples,
            vec![
                ("kind", "lesson", 1),
                ("kind", "practice", 2),
                ("theme", "a", 1),
                ("theme", "b", 1)
            ]
        );
    }

    #[test]
    fn queries_are_clipped_on_a_character_boundary() {
        let long = "é".repeat(500);
        assert_eq!(clip_query(&long).chars().count(), MAX_QUERY_CHARS);
        assert_eq!(clip_query("short"), "short");
    }
}
