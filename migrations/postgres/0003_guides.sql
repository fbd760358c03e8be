-- Guides for learners and facilitators: Markdown pages of a pack, outside the modules.
CREATE TABLE guides (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    audience TEXT NOT NULL,
    revision BIGINT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE guide_translations (
    guide_id TEXT NOT NULL REFERENCES guides (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    html TEXT NOT NULL,
    headings_json TEXT NOT NULL,
    terms_json TEXT NOT NULL,
    status TEXT NOT NULL,
    source_revision BIGINT NOT NULL,
    PRIMARY KEY (guide_id, lang)
);
