-- Search reads one compact row per matching document to group, count facets and rank; the long texts (terms, the
-- body for snippets) move beside it. The tsvectors (all terms; title terms) stay in the compact row (the GIN
-- indexes recheck them there) and are written from the terms when the document is indexed. The row carries a ready-made record (kind, item
-- key, language, `facet=value` lines, each between line feeds; unit
-- separators between fields) that a query concatenates for every match,
-- to group items and count facets without a join.
CREATE TABLE search_texts (
    document_id BIGINT PRIMARY KEY REFERENCES search_documents (id) ON DELETE CASCADE,
    title_terms TEXT NOT NULL,
    terms TEXT NOT NULL,
    body TEXT NOT NULL
);
INSERT INTO search_texts (document_id, title_terms, terms, body)
    SELECT id, title_terms, terms, body FROM search_documents;

DROP INDEX search_documents_tsv;
ALTER TABLE search_documents DROP COLUMN tsv;
ALTER TABLE search_documents ADD COLUMN match_record TEXT NOT NULL DEFAULT '';
UPDATE search_documents d SET match_record = d.kind || chr(31) || d.item_key || chr(31) || d.lang || chr(31) || chr(10) || COALESCE(
    (SELECT string_agg(f.facet || '=' || f.value, E'\n' ORDER BY f.facet, f.value)
     FROM search_facets f WHERE f.document_id = d.id) || chr(10),
    '');
ALTER TABLE search_documents ADD COLUMN tsv tsvector;
UPDATE search_documents d SET tsv = setweight(to_tsvector('simple', t.title_terms), 'A')
    || setweight(to_tsvector('simple', t.terms), 'B')
    FROM search_texts t WHERE t.document_id = d.id;
ALTER TABLE search_documents ALTER COLUMN tsv SET NOT NULL;
-- The title's terms alone, so that "titles holding every word" is an index lookup, not a recheck of every match.
ALTER TABLE search_documents ADD COLUMN title_tsv tsvector;
UPDATE search_documents d SET title_tsv = to_tsvector('simple', t.title_terms)
    FROM search_texts t WHERE t.document_id = d.id;
ALTER TABLE search_documents ALTER COLUMN title_tsv SET NOT NULL;
ALTER TABLE search_documents DROP COLUMN body;
ALTER TABLE search_documents DROP COLUMN title_terms;
ALTER TABLE search_documents DROP COLUMN terms;
CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv);
CREATE INDEX search_documents_title_tsv ON search_documents USING GIN (title_tsv);
