-- One number raised by every content import, in the import's transaction: nodes keep imported content in memory
-- and compare this number on each request to know when to read it again.
CREATE TABLE content_generation (
    id BIGINT PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO content_generation (id, generation) VALUES (1, 1);
