//! Lessons from Markdown to safe HTML, done once at import.
//!
//! On top of CommonMark: `::: kind` … `:::` callout boxes, `[[term]]` glossary links, `lesson:ID` links and images
//! from the module's `media/` folder. Every segment passes the ammonia sanitiser; only the callout wrappers,
//! written here, are trusted. Links are relative, so the same HTML serves every reading language.

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

pub const CALLOUT_KINDS: [&str; 5] = [
    "key-idea",
    "case-study",
    "example",
    "reflection",
    "scenario",
];

/// What the renderer needs to know about the rest of the pack.
pub struct RenderContext<'a> {
    pub module_id: &'a str,
    /// The glossary term shown for `[[id]]` in this lesson's language; `None` when the id is unknown.
    pub term_label: &'a dyn Fn(&str) -> Option<String>,
    /// The module of a lesson id; `None` when the lesson does not exist.
    pub lesson_module: &'a dyn Fn(&str) -> Option<String>,
    /// Whether `media/NAME` exists in this module.
    pub media_exists: &'a dyn Fn(&str) -> bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub anchor: String,
}

#[derive(Clone, Debug, Default)]
pub struct RenderedLesson {
    pub html: String,
    pub headings: Vec<Heading>,
    pub callouts: Vec<String>,
    pub terms: Vec<String>,
    /// (line, what is wrong, how to fix it), lines counted from the start of the Markdown text.
    pub problems: Vec<(usize, String, String)>,
}

struct Segment {
    first_line: usize,
    callout: Option<String>,
    text: String,
}

/// Splits the text into plain segments and callout boxes.
fn split_callouts(markdown: &str, problems: &mut Vec<(usize, String, String)>) -> Vec<Segment> {
    let mut segments = vec![];
    let mut current = Segment {
        first_line: 1,
        callout: None,
        text: String::new(),
    };
    let mut open_line = 0;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_end();
        if let Some(kind) = trimmed.strip_prefix("::: ") {
            let kind = kind.trim();
            if current.callout.is_some() {
                problems.push((
                    number,
                    "a callout box opens inside another one".into(),
                    "close the first box with a line `:::` before opening the next".into(),
                ));
                continue;
            }
            if !CALLOUT_KINDS.contains(&kind) {
                problems.push((
                    number,
                    format!("unknown callout kind `{kind}`"),
                    format!("use one of: {}", CALLOUT_KINDS.join(", ")),
                ));
            }
            segments.push(std::mem::replace(
                &mut current,
                Segment {
                    first_line: number + 1,
                    callout: Some(kind.to_string()),
                    text: String::new(),
                },
            ));
            open_line = number;
        } else if trimmed == ":::" {
            if current.callout.is_none() {
                problems.push((
                    number,
                    "a `:::` line closes no callout box".into(),
                    "remove it, or open the box with `::: key-idea` (or another kind) above".into(),
                ));
                continue;
            }
            segments.push(std::mem::replace(
                &mut current,
                Segment {
                    first_line: number + 1,
                    callout: None,
                    text: String::new(),
                },
            ));
        } else {
            current.text.push_str(line);
            current.text.push('\n');
        }
    }
    if current.callout.is_some() {
        problems.push((
            open_line,
            "this callout box is never closed".into(),
            "add a line with only `:::` where the box ends".into(),
        ));
    }
    segments.push(current);
    segments.retain(|s| s.callout.is_some() || !s.text.trim().is_empty());
    segments
}

/// Turns `[[id]]` and `[[id|words]]` into Markdown links to the term's entry on the page.
fn link_terms(
    text: &str,
    first_line: usize,
    ctx: &RenderContext,
    terms: &mut Vec<String>,
    problems: &mut Vec<(usize, String, String)>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("]]") else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let inner = &after[..end];
        let line = first_line
            + text[..text.len() - rest.len() + start]
                .matches('\n')
                .count();
        let (id, words) = match inner.split_once('|') {
            Some((id, words)) => (id.trim(), Some(words.trim())),
            None => (inner.trim(), None),
        };
        match (ctx.term_label)(id) {
            Some(label) => {
                if !terms.iter().any(|t| t == id) {
                    terms.push(id.to_string());
                }
                out.push_str(&format!(
                    "[{}](#term-{id})",
                    words.map(str::to_string).unwrap_or(label)
                ));
            }
            None => {
                problems.push((
                    line,
                    format!("`[[{inner}]]` names no glossary term"),
                    format!("add a term with id `{id}` to the glossary, or correct the id"),
                ));
                out.push_str(words.unwrap_or(id));
            }
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

fn sanitiser() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::default();
    for heading in ["h2", "h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, &["id"]);
    }
    builder.url_schemes(["http", "https", "mailto"].into_iter().collect());
    builder.link_rel(Some("noopener noreferrer"));
    builder
}

/// Renders one lesson. `problems` is empty for a lesson that imports cleanly.
/// Plain Markdown (paragraphs, lists, emphasis, links, `###` headings) to sanitised HTML: practice sections,
/// summaries typed into forms. Raw HTML is dropped, and `has_raw_html` tells a checker that there was some.
pub fn render_plain(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, markdown_options())
        .filter(|e| !matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    sanitiser().clean(&html).to_string()
}

/// True when `markdown` holds raw HTML, which [`render_plain`] would drop.
pub fn has_raw_html(markdown: &str) -> bool {
    Parser::new_ext(markdown, markdown_options())
        .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
}

pub fn render_lesson(markdown: &str, ctx: &RenderContext) -> RenderedLesson {
    let mut out = RenderedLesson::default();
    let segments = split_callouts(markdown, &mut out.problems);
    let sanitiser = sanitiser();
    let mut heading_count = 0;
    for segment in segments {
        let text = link_terms(
            &segment.text,
            segment.first_line,
            ctx,
            &mut out.terms,
            &mut out.problems,
        );
        let html = render_segment(&text, segment.first_line, ctx, &mut heading_count, &mut out);
        let clean = sanitiser.clean(&html).to_string();
        match &segment.callout {
            Some(kind) => {
                out.callouts.push(kind.clone());
                out.html.push_str(&format!(
                    "<aside class=\"callout callout-{kind}\"><p class=\"callout-label\"><!--callout:{kind}--></p>\n{clean}</aside>\n"
                ));
            }
            None => out.html.push_str(&clean),
        }
    }
    out
}

fn render_segment(
    text: &str,
    first_line: usize,
    ctx: &RenderContext,
    heading_count: &mut usize,
    out: &mut RenderedLesson,
) -> String {
    let line_of = |offset: usize| first_line + text[..offset.min(text.len())].matches('\n').count();
    let mut events: Vec<Event> = vec![];
    let mut heading: Option<(u8, String)> = None;
    let mut image_alt: Option<(usize, String)> = None;
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                out.problems.push((
                    line_of(range.start),
                    "raw HTML is not allowed in lessons".into(),
                    "write it in Markdown; HTML is removed on import".into(),
                ));
            }
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                *heading_count += 1;
                let anchor = format!("section-{heading_count}");
                if level == HeadingLevel::H1 {
                    out.problems.push((
                        line_of(range.start),
                        "a lesson heading uses `#`".into(),
                        "start headings at `##`: the page title is the lesson title".into(),
                    ));
                }
                heading = Some((level as u8, String::new()));
                events.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(anchor)),
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((level_number, text)) = heading.take() {
                    out.headings.push(Heading {
                        level: level_number,
                        text: text.trim().to_string(),
                        anchor: format!("section-{heading_count}"),
                    });
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = rewrite_link(&dest_url, ctx).unwrap_or_else(|problem| {
                    out.problems
                        .push((line_of(range.start), problem.0, problem.1));
                    "#".to_string()
                });
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(dest),
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let src = match dest_url.strip_prefix("media/") {
                    Some(name) if (ctx.media_exists)(name) => {
                        format!("/media/{}/{name}", ctx.module_id)
                    }
                    _ => {
                        out.problems.push((
                            line_of(range.start),
                            format!("image `{dest_url}` is not in this module's media folder"),
                            "put the file under media/ in the module folder and write `media/NAME`"
                                .into(),
                        ));
                        String::new()
                    }
                };
                image_alt = Some((line_of(range.start), String::new()));
                events.push(Event::Start(Tag::Image {
                    link_type: if link_type == LinkType::Inline {
                        link_type
                    } else {
                        LinkType::Inline
                    },
                    dest_url: CowStr::from(src),
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => {
                if let Some((line, alt)) = image_alt.take()
                    && alt.trim().is_empty()
                {
                    out.problems.push((
                        line,
                        "an image has no alternative text".into(),
                        "describe the image between the brackets: ![what it shows](media/…)".into(),
                    ));
                }
                events.push(Event::End(TagEnd::Image));
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                if let Some((_, text)) = heading.as_mut() {
                    text.push_str(t);
                }
                if let Some((_, alt)) = image_alt.as_mut() {
                    alt.push_str(t);
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// Where a link in a lesson may go: another lesson, a term on the page, an anchor, or the web.
fn rewrite_link(dest: &str, ctx: &RenderContext) -> Result<String, (String, String)> {
    if let Some(lesson_id) = dest.strip_prefix("lesson:") {
        return match (ctx.lesson_module)(lesson_id) {
            Some(module) => Ok(format!("../{module}/{lesson_id}")),
            None => Err((
                format!("`{dest}` names no lesson"),
                "use the id from the front matter of an existing lesson".into(),
            )),
        };
    }
    if dest.starts_with('#')
        || dest.starts_with("https://")
        || dest.starts_with("http://")
        || dest.starts_with("mailto:")
    {
        return Ok(dest.to_string());
    }
    Err((
        format!("link `{dest}` is not allowed"),
        "link to `lesson:ID`, `[[term]]`, or a full https:// address".into(),
    ))
}

/// Puts the translated label into each callout box of stored lesson HTML.
pub fn label_callouts(html: &str, label: impl Fn(&str) -> String) -> String {
    let mut out = html.to_string();
    for kind in CALLOUT_KINDS {
        let marker = format!("<!--callout:{kind}-->");
        if out.contains(&marker) {
            out = out.replace(&marker, &label(kind));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(markdown: &str) -> RenderedLesson {
        let term_label = |id: &str| (id == "remittances").then(|| "Remittances".to_string());
        let lesson_module = |id: &str| (id == "core-cycle").then(|| "core".to_string());
        let media_exists = |name: &str| name == "map.png";
        let ctx = RenderContext {
            module_id: "m1",
            term_label: &term_label,
            lesson_module: &lesson_module,
            media_exists: &media_exists,
        };
        render_lesson(markdown, &ctx)
    }

    #[test]
    fn renders_callouts_terms_lesson_links_and_headings() {
        let lesson = render(
            "## Money home\n\nSome [[remittances]] and [[remittances|money sent]].\n\n::: key-idea\nSee [the cycle](lesson:core-cycle).\n:::\n\n### Next\n",
        );
        assert!(lesson.problems.is_empty(), "{:?}", lesson.problems);
        assert!(
            lesson
                .html
                .contains(r##"<h2 id="section-1">Money home</h2>"##),
            "{}",
            lesson.html
        );
        assert!(
            lesson.html.contains(
                r##"<a href="#term-remittances" rel="noopener noreferrer">Remittances</a>"##
            ),
            "{}",
            lesson.html
        );
        assert!(lesson.html.contains(r##">money sent</a>"##));
        assert!(
            lesson
                .html
                .contains(r#"<aside class="callout callout-key-idea">"#)
        );
        assert!(lesson.html.contains(r#"href="../core/core-cycle""#));
        assert_eq!(lesson.terms, vec!["remittances"]);
        assert_eq!(lesson.callouts, vec!["key-idea"]);
        assert_eq!(
            lesson.headings.iter().map(|h| h.level).collect::<Vec<_>>(),
            vec![2, 3]
        );
    }

    #[test]
    fn removes_raw_html_and_reports_it_with_its_line() {
        let lesson = render("Intro\n\n<script>alert(1)</script>\n\nText <b onclick=x>bold</b>\n");
        assert!(
            !lesson.html.contains("<script") && !lesson.html.contains("onclick"),
            "{}",
            lesson.html
        );
        assert_eq!(lesson.problems[0].0, 3);
        assert!(lesson.problems.iter().any(|p| p.0 == 5));
    }

    #[test]
    fn reports_unknown_terms_lessons_media_and_missing_alt_text() {
        let lesson = render(
            "[[nope]]\n\n[x](lesson:missing)\n\n![](media/map.png)\n\n![A map](media/other.png)\n\n[y](javascript:alert(1))\n",
        );
        let lines: Vec<usize> = lesson.problems.iter().map(|p| p.0).collect();
        assert_eq!(lines, vec![1, 3, 5, 7, 9], "{:?}", lesson.problems);
        assert!(!lesson.html.contains("javascript"));
    }

    #[test]
    fn reports_unclosed_unknown_and_stray_callouts() {
        assert_eq!(render("::: warning\ntext\n:::\n").problems.len(), 1);
        assert_eq!(render("::: example\ntext\n").problems[0].0, 1);
        assert_eq!(render("text\n:::\n").problems[0].0, 2);
    }

    #[test]
    fn labels_callouts_when_the_page_is_served() {
        let html = render("::: reflection\nWhy?\n:::\n").html;
        let labelled = label_callouts(&html, |kind| format!("[{kind}]"));
        assert!(
            labelled.contains(r#"<p class="callout-label">[reflection]</p>"#),
            "{labelled}"
        );
    }
}
