//! Search across lessons, glossary terms, guides, publications and practices, in four languages, with facets.
//!
//! The index lives in the database (see `index`), so every node answers the same. Features write their
//! documents with [`index::put`] inside their own transactions; the page here reads them. The library's
//! catalogue pages are this same page with the kind fixed ([`Preset`]).

pub mod index;
pub mod query;
pub mod terms;

use askama::Template;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;

use crate::app::AppState;
use crate::i18n::countries::region_of;
use crate::i18n::{Locale, Tr};
use crate::web::{AppError, PageContext, Role, render};

pub use index::{Document, DocumentKind};
pub use query::{Facet, FacetCount, Hit, SearchRequest, SearchResults, SnippetPart};

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/search", get(search_page))
}

/// A search page with its kind fixed: the library's publication catalogue, the practices collection.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    pub kind: DocumentKind,
    /// The page's `<h1>` and title.
    pub heading_id: &'static str,
    pub intro_id: &'static str,
    /// The path of the page after the language prefix, for facet links.
    pub path: &'static str,
}

/// The longest facet value taken from a URL; longer values cannot exist and are dropped.
const MAX_FACET_VALUE: usize = 40;

/// The query string as the page understands it: text, filters and page.
#[derive(Clone, Debug, Default)]
pub struct SearchParams {
    pub text: String,
    pub filters: Vec<(Facet, String)>,
    pub page: i64,
}

impl SearchParams {
    pub fn parse(raw: Option<&str>) -> SearchParams {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(raw.unwrap_or("")).unwrap_or_default();
        let mut params = SearchParams {
            page: 1,
            ..SearchParams::default()
        };
        for (name, value) in pairs {
            match name.as_str() {
                "q" => params.text = query::clip_query(&value).to_string(),
                "page" => params.page = value.parse::<i64>().unwrap_or(1).clamp(1, 10_000),
                other => {
                    if let Some(facet) = Facet::from_code(other) {
                        let value = value.trim();
                        if !value.is_empty()
                            && value.chars().count() <= MAX_FACET_VALUE
                            && params.filters.len() < 20
                        {
                            params.filters.push((facet, value.to_string()));
                        }
                    }
                }
            }
        }
        params.filters.sort();
        params.filters.dedup();
        params
    }

    /// The query string for these parameters with `toggle` added or removed, back on page 1.
    pub fn query_string(&self, toggle: Option<(Facet, &str)>, page: i64) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        let mut filters = self.filters.clone();
        if let Some((facet, value)) = toggle {
            if let Some(at) = filters.iter().position(|(f, v)| *f == facet && v == value) {
                filters.remove(at);
            } else {
                filters.push((facet, value.to_string()));
            }
        }
        for (facet, value) in &filters {
            pairs.push((facet.code(), value.clone()));
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        let encoded = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        if encoded.is_empty() {
            String::new()
        } else {
            format!("?{encoded}")
        }
    }

    fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.filters.iter().any(|(f, v)| *f == facet && v == value)
    }
}

/// The reader's words for a facet value: "Social inclusion", "Mexico", "Français", "SDG 10.7". A value that came
/// from a URL and means nothing is shown as typed.
pub fn facet_value_label(tr: &Tr, facet: Facet, value: &str) -> String {
    let known = match facet {
        Facet::Kind => tr.try_t(&format!("search-kind-{value}")),
        Facet::Theme => tr.try_t(&format!("theme-{value}")),
        Facet::Region => tr.try_t(&format!("region-{value}")),
        Facet::Country => region_of(&value.to_uppercase())
            .and_then(|_| tr.try_t(&format!("country-{}", value.to_lowercase()))),
        Facet::Lang => tr.try_t(&format!("language-name-{value}")),
        Facet::Year => None,
        Facet::Sdg => Some(tr.t1("search-sdg-target", "target", value)),
    };
    known.unwrap_or_else(|| value.to_string())
}

pub struct FacetLink {
    pub label: String,
    pub count: i64,
    pub href: String,
    pub selected: bool,
}

pub struct FacetGroup {
    pub heading: String,
    pub links: Vec<FacetLink>,
}

pub struct SelectedFilter {
    pub label: String,
    pub remove_href: String,
}

#[derive(Template)]
#[template(path = "search/search.html")]
struct SearchPage {
    ctx: PageContext,
    heading: String,
    intro: String,
    action: String,
    params: SearchParams,
    results: SearchResults,
    groups: Vec<FacetGroup>,
    selected: Vec<SelectedFilter>,
    pages: i64,
    previous_href: Option<String>,
    next_href: Option<String>,
    /// On the practices page: where members propose a practice.
    propose_href: Option<String>,
}

impl SearchPage {
    fn kind_label(&self, kind: &str) -> String {
        facet_value_label(&self.ctx.tr, Facet::Kind, kind)
    }

    fn language_note(&self, lang: &str) -> String {
        match Locale::from_code(lang) {
            Some(l) if l != self.ctx.locale => self.ctx.tr.t1(
                "search-found-in-language",
                "language",
                &facet_value_label(&self.ctx.tr, Facet::Lang, l.code()),
            ),
            _ => String::new(),
        }
    }

    fn hit_href(&self, hit: &Hit) -> String {
        self.ctx.href(&hit.path)
    }
}

async fn search_page(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    render_search(&state, ctx, raw.as_deref(), None).await
}

/// Renders the search page for a raw query string, optionally as a preset catalogue page.
pub async fn render_search(
    state: &AppState,
    ctx: PageContext,
    raw_query: Option<&str>,
    preset: Option<Preset>,
) -> Result<Response, AppError> {
    let params = SearchParams::parse(raw_query);
    let include_drafts = ctx
        .user
        .as_ref()
        .is_some_and(|u| u.role.includes(Role::Editor));
    let mut filters = params.filters.clone();
    if let Some(preset) = preset {
        filters.retain(|(f, _)| *f != Facet::Kind);
        filters.push((Facet::Kind, preset.kind.code().to_string()));
    }
    let request = SearchRequest {
        text: params.text.clone(),
        filters,
        page: params.page,
        reader_lang: ctx.lang().to_string(),
        include_drafts,
    };
    let results = query::search(&state.db, &request).await?;
    let path = preset.map(|p| p.path).unwrap_or("/search");
    let base = ctx.href(path);
    let tr = ctx.tr;
    let mut groups = Vec::new();
    for facet in Facet::ALL {
        if preset.is_some() && facet == Facet::Kind {
            continue;
        }
        let mut links: Vec<FacetLink> = results
            .facets
            .iter()
            .filter(|c| c.facet == facet.code())
            .map(|c| FacetLink {
                label: facet_value_label(&tr, facet, &c.value),
                count: c.count,
                href: format!("{base}{}", params.query_string(Some((facet, &c.value)), 1)),
                selected: params.is_selected(facet, &c.value),
            })
            .collect();
        if links.is_empty() {
            continue;
        }
        match facet {
            // Newest years first; the others by how many items they hold, then by name.
            Facet::Year => links.sort_by(|a, b| b.label.cmp(&a.label)),
            _ => links.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label))),
        }
        groups.push(FacetGroup {
            heading: tr.t(&format!("search-facet-{}", facet.code())),
            links,
        });
    }
    let selected = params
        .filters
        .iter()
        .map(|(facet, value)| SelectedFilter {
            label: tr.t2_text(
                "search-selected-filter",
                "facet",
                &tr.t(&format!("search-facet-{}", facet.code())),
                "value",
                &facet_value_label(&tr, *facet, value),
            ),
            remove_href: format!("{base}{}", params.query_string(Some((*facet, value)), 1)),
        })
        .collect();
    let pages = ((results.total + query::HITS_PER_PAGE - 1) / query::HITS_PER_PAGE).max(1);
    let previous_href =
        (params.page > 1).then(|| format!("{base}{}", params.query_string(None, params.page - 1)));
    let next_href = (params.page < pages)
        .then(|| format!("{base}{}", params.query_string(None, params.page + 1)));
    let (heading, intro) = match preset {
        Some(p) => (tr.t(p.heading_id), tr.t(p.intro_id)),
        None => (tr.t("search-title"), tr.t("search-intro")),
    };
    let propose_href = preset
        .filter(|p| p.kind == DocumentKind::Practice)
        .map(|_| format!("{base}/propose"));
    let status = StatusCode::OK;
    let page = SearchPage {
        ctx,
        heading,
        intro,
        action: base,
        params,
        results,
        groups,
        selected,
        pages,
        previous_href,
        next_href,
        propose_href,
    };
    render(&page, status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_repeated_facets_and_drops_unknown_or_oversized_ones() {
        let params = SearchParams::parse(Some(
            "q=envois+de+fonds&theme=social-inclusion&theme=mainstreaming&colour=red&country=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX&page=2",
        ));
        assert_eq!(params.text, "envois de fonds");
        assert_eq!(params.page, 2);
        assert_eq!(
            params.filters,
            vec![
                (Facet::Theme, "mainstreaming".to_string()),
                (Facet::Theme, "social-inclusion".to_string())
            ]
        );
    }

    #[test]
    fn a_facet_link_toggles_its_value_and_returns_to_page_one() {
        let params = SearchParams::parse(Some("q=remesas&theme=partnerships&page=3"));
        assert_eq!(
            params.query_string(Some((Facet::Theme, "partnerships")), 1),
            "?q=remesas"
        );
        assert_eq!(
            params.query_string(Some((Facet::Country, "MX")), 1),
            "?q=remesas&theme=partnerships&country=MX"
        );
        assert_eq!(SearchParams::default().query_string(None, 1), "");
    }

    #[test]
    fn odd_input_never_breaks_parsing() {
        let params = SearchParams::parse(Some("q=%FF%FE&page=-5&kind="));
        assert_eq!(params.page, 1);
        assert!(params.filters.is_empty());
        let params = SearchParams::parse(Some("%%%"));
        assert_eq!(params.page, 1);
    }
}
