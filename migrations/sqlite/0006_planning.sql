-- The planning tool: indicator sets imported from packs, assessments of a territory by its members, their answers,
-- the coordinator's resolutions, and the action plan.
CREATE TABLE planning_sets (
    id TEXT PRIMARY KEY,
    revision BIGINT NOT NULL,
    -- The whole set in every language (content::indicators::IndicatorSet as JSON): read-only between imports.
    definition_json TEXT NOT NULL,
    imported_at BIGINT NOT NULL
);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    set_id TEXT NOT NULL REFERENCES planning_sets (id),
    territory TEXT NOT NULL,
    country TEXT NOT NULL,
    territory_kinds TEXT NOT NULL,
    round BIGINT NOT NULL,
    -- The round this one repeats, to show the change per indicator.
    previous_id BIGINT REFERENCES assessments (id),
    status TEXT NOT NULL,
    published BOOLEAN NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
-- A round is repeated once: the next round of round N is one assessment.
CREATE UNIQUE INDEX assessments_previous ON assessments (previous_id);

CREATE TABLE assessment_members (
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, user_id)
);

CREATE TABLE assessment_invitations (
    id INTEGER PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT REFERENCES users (id),
    UNIQUE (assessment_id, email)
);

CREATE TABLE assessment_answers (
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    level TEXT NOT NULL,
    evidence TEXT NOT NULL,
    links TEXT NOT NULL,
    -- Raised by each save: a form that saw an older version is a conflict, shown rather than overwritten.
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, indicator_id, user_id)
);

CREATE TABLE assessment_resolutions (
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    level TEXT NOT NULL,
    reason TEXT NOT NULL,
    resolved_by BIGINT NOT NULL REFERENCES users (id),
    resolved_at BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, indicator_id)
);

CREATE TABLE planning_actions (
    id INTEGER PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    title TEXT NOT NULL,
    owner TEXT NOT NULL,
    partners TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX planning_actions_assessment ON planning_actions (assessment_id);
