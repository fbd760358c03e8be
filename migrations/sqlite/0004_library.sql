-- The library (publications, their language versions and parts, good practices and their review) and the
-- search index. Lists of tags (themes, countries, SDG targets, GCM objectives) are stored space-separated: they
-- are shown, never joined on; the search index carries them as facets for filtering.

-- Uploaded files, addressed by the SHA-256 of their bytes: the same file uploaded twice is stored once, and a
-- file is removed from the store only when no publication part refers to it.
CREATE TABLE stored_files (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    media_type TEXT NOT NULL,
    extension TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    year BIGINT,
    publisher TEXT NOT NULL,
    partners TEXT NOT NULL,
    themes TEXT NOT NULL,
    regions TEXT NOT NULL,
    countries TEXT NOT NULL,
    sdg_targets TEXT NOT NULL,
    gcm_objectives TEXT NOT NULL,
    series TEXT NOT NULL,
    from_pack BOOLEAN NOT NULL,
    published BOOLEAN NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE publication_texts (
    publication_id BIGINT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (publication_id, lang)
);
CREATE TABLE publication_versions (
    id INTEGER PRIMARY KEY,
    publication_id BIGINT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    year BIGINT,
    UNIQUE (publication_id, lang)
);
CREATE TABLE publication_parts (
    id INTEGER PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES publication_versions (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    url TEXT NOT NULL,
    page TEXT NOT NULL,
    file_id BIGINT REFERENCES stored_files (id),
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    size_bytes BIGINT
);
CREATE INDEX publication_parts_file ON publication_parts (file_id);
CREATE TABLE publication_relations (
    publication_id BIGINT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    related_key TEXT NOT NULL,
    relation TEXT NOT NULL,
    PRIMARY KEY (publication_id, related_key, relation)
);

-- A practice is draft -> in_review -> published; members propose, editors review. Pack practices arrive published.
CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    revision BIGINT NOT NULL,
    countries TEXT NOT NULL,
    territory_kinds TEXT NOT NULL,
    start_year BIGINT,
    end_year BIGINT,
    themes TEXT NOT NULL,
    sdg_targets TEXT NOT NULL,
    gcm_objectives TEXT NOT NULL,
    actors_json TEXT NOT NULL,
    sources_json TEXT NOT NULL,
    from_pack BOOLEAN NOT NULL,
    proposed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE practice_texts (
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    territory TEXT NOT NULL,
    introduction TEXT NOT NULL,
    context TEXT NOT NULL,
    overview TEXT NOT NULL,
    results TEXT NOT NULL,
    lessons_learnt TEXT NOT NULL,
    recommendations TEXT NOT NULL,
    status TEXT NOT NULL,
    source_revision BIGINT NOT NULL,
    PRIMARY KEY (practice_id, lang)
);
-- The review trail: every status change and comment, kept.
CREATE TABLE practice_reviews (
    id INTEGER PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX practice_reviews_practice ON practice_reviews (practice_id);

-- The search index: one document per item and language, with stemmed terms (written by Rust, the same on both
-- engines) and facets. It is written in the same transaction as the content it indexes.
CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    item_key TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    path TEXT NOT NULL,
    visible BOOLEAN NOT NULL,
    sort_year BIGINT NOT NULL,
    title_terms TEXT NOT NULL,
    terms TEXT NOT NULL,
    UNIQUE (kind, item_key, lang)
);
CREATE TABLE search_facets (
    document_id BIGINT NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, facet, value)
);
CREATE INDEX search_facets_value ON search_facets (facet, value);

-- SQLite: an FTS5 index over the stemmed terms, kept in step with search_documents by triggers.
CREATE VIRTUAL TABLE search_fts USING fts5 (
    title_terms, terms, content = 'search_documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms);
END;
CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, terms) VALUES ('delete', old.id, old.title_terms, old.terms);
END;
CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, terms) VALUES ('delete', old.id, old.title_terms, old.terms);
    INSERT INTO search_fts (rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms);
END;
