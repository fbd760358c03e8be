-- Learning: the course as imported from a content pack, and each learner's enrolment, plan, progress and attempts.
-- Content items keep the stable ids of the pack; texts live in *_translations, one row per language.

CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    source_language TEXT NOT NULL,
    required_optional_modules BIGINT NOT NULL,
    imported_at BIGINT NOT NULL
);
CREATE TABLE course_translations (
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (course_id, lang)
);

CREATE TABLE modules (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    compulsory BOOLEAN NOT NULL,
    minutes BIGINT NOT NULL,
    lesson_count BIGINT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE module_translations (
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- [{"id": "core-o1", "text": "…"}]
    objectives_json TEXT NOT NULL,
    PRIMARY KEY (module_id, lang)
);
CREATE TABLE module_prerequisites (
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    prerequisite_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    PRIMARY KEY (module_id, prerequisite_id)
);

CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX lessons_by_module ON lessons (module_id, position);
CREATE TABLE lesson_translations (
    lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    -- Sanitised HTML rendered at import; links inside are relative, so it serves every reading language.
    html TEXT NOT NULL,
    -- [{"level": 2, "text": "…", "anchor": "section-1"}] and ["remittances", …]
    headings_json TEXT NOT NULL,
    terms_json TEXT NOT NULL,
    -- 'source', 'reviewed' or 'draft'
    status TEXT NOT NULL,
    source_revision BIGINT NOT NULL,
    PRIMARY KEY (lesson_id, lang)
);

CREATE TABLE quizzes (
    id TEXT PRIMARY KEY,
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    pass_mark BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX quizzes_by_module ON quizzes (module_id);
CREATE TABLE quiz_translations (
    quiz_id TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    -- The whole quiz of that language (questions, options, keys, feedback) as JSON; never sent to a page as is.
    definition_json TEXT NOT NULL,
    status TEXT NOT NULL,
    source_revision BIGINT NOT NULL,
    PRIMARY KEY (quiz_id, lang)
);

CREATE TABLE glossary_terms (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE
);
CREATE TABLE glossary_translations (
    term_id TEXT NOT NULL REFERENCES glossary_terms (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    term TEXT NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (term_id, lang)
);

CREATE TABLE content_media (
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (module_id, name)
);

CREATE TABLE enrolments (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    enrolled_at BIGINT NOT NULL,
    -- Where to continue: the last lesson opened.
    last_lesson_id TEXT,
    completed_at BIGINT,
    PRIMARY KEY (user_id, course_id)
);

-- The optional modules a learner chose (their learning plan).
CREATE TABLE learning_plan_modules (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    chosen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, module_id)
);

CREATE TABLE lesson_completions (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    completed_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);

CREATE TABLE quiz_attempts (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quiz_id TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    score_percent BIGINT NOT NULL,
    passed BOOLEAN NOT NULL,
    -- What the learner answered and how each answer was graded.
    answers_json TEXT NOT NULL,
    submitted_at BIGINT NOT NULL
);
CREATE INDEX quiz_attempts_by_user ON quiz_attempts (user_id, quiz_id);

-- Maintained on every write (lesson done, quiz attempt) so that pages and dashboards never scan the history.
CREATE TABLE module_progress (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    lessons_done BIGINT NOT NULL,
    best_score BIGINT,
    attempts BIGINT NOT NULL,
    quiz_passed BOOLEAN NOT NULL,
    completed_at BIGINT,
    PRIMARY KEY (user_id, module_id)
);
CREATE INDEX module_progress_by_module ON module_progress (module_id);
