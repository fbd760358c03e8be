-- Search reads one compact row per matching document to group, count facets and rank; the long texts (terms for
-- the full-text index, the body for snippets) move beside it, so a query over thousands of matches touches a few
-- pages instead of thousands. The row carries a
-- ready-made record (kind, item key, language, `facet=value` lines, each between line feeds; unit
-- separators between fields) that a query
-- concatenates for every match, to group items and count facets without a join.
DROP TRIGGER search_documents_ai;
DROP TRIGGER search_documents_ad;
DROP TRIGGER search_documents_au;
DROP TABLE search_fts;

CREATE TABLE search_texts (
    document_id INTEGER PRIMARY KEY REFERENCES search_documents (id) ON DELETE CASCADE,
    title_terms TEXT NOT NULL,
    terms TEXT NOT NULL,
    body TEXT NOT NULL
);
INSERT INTO search_texts (document_id, title_terms, terms, body)
    SELECT id, title_terms, terms, body FROM search_documents;

ALTER TABLE search_documents ADD COLUMN match_record TEXT NOT NULL DEFAULT '';
UPDATE search_documents SET match_record = kind || char(31) || item_key || char(31) || lang || char(31) || char(10) || COALESCE(
    (SELECT group_concat(facet || '=' || value, char(10))
     FROM (SELECT facet, value FROM search_facets f WHERE f.document_id = search_documents.id ORDER BY facet, value)) || char(10),
    '');
ALTER TABLE search_documents DROP COLUMN body;
ALTER TABLE search_documents DROP COLUMN title_terms;
ALTER TABLE search_documents DROP COLUMN terms;

CREATE VIRTUAL TABLE search_fts USING fts5 (
    title_terms, terms, content = 'search_texts', content_rowid = 'document_id',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN
    INSERT INTO search_fts (rowid, title_terms, terms) VALUES (new.document_id, new.title_terms, new.terms);
END;
CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, terms)
        VALUES ('delete', old.document_id, old.title_terms, old.terms);
END;
CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, terms)
        VALUES ('delete', old.document_id, old.title_terms, old.terms);
    INSERT INTO search_fts (rowid, title_terms, terms) VALUES (new.document_id, new.title_terms, new.terms);
END;
INSERT INTO search_fts (search_fts) VALUES ('rebuild');
