//! Taking a quiz: the form (never the answer key), grading on the server, and the result with feedback.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::app::AppState;
use crate::content::model::{QuestionFile, QuestionKind, QuizFile};
use crate::i18n::Locale;
use crate::web::{AppError, PageContext, Submission, render};

use super::grading::{self, Answer, GradedAttempt, QuestionResult, stable_shuffle};
use super::queries::{self, QuizText};
use super::{CourseState, course_state, require_access};

/// A quiz in the reader's language (or the source), with the source version for grading short answers.
struct LoadedQuiz {
    quiz: QuizFile,
    pass_mark: u32,
    text_locale: Locale,
    /// Short-text answers accepted in the source language, by question id.
    source_accepted: HashMap<String, Vec<String>>,
    id: String,
}

async fn load_quiz(
    state: &AppState,
    ctx: &PageContext,
    course: &CourseState,
    module_id: &str,
) -> Result<LoadedQuiz, AppError> {
    let source = course.source_language();
    let texts = queries::quiz_texts(&state.db, module_id, ctx.lang(), source).await?;
    let pick = |lang: &str| texts.iter().find(|t| t.lang == lang);
    let shown: &QuizText = pick(ctx.lang())
        .or_else(|| pick(source))
        .ok_or(AppError::NotFound)?;
    let parse = |t: &QuizText| {
        serde_json::from_str::<QuizFile>(&t.definition_json)
            .map_err(|e| AppError::internal("stored quiz is unreadable", e))
    };
    let quiz = parse(shown)?;
    let source_accepted = match pick(source) {
        Some(text) => parse(text)?
            .questions
            .into_iter()
            .map(|q| (q.id, q.accepted))
            .collect(),
        None => HashMap::new(),
    };
    Ok(LoadedQuiz {
        pass_mark: shown.pass_mark as u32,
        text_locale: Locale::from_code(&shown.lang).unwrap_or(Locale::En),
        id: shown.id.clone(),
        quiz,
        source_accepted,
    })
}

/// One question as the form shows it: options shuffled where order would give the answer away.
struct QuestionView<'a> {
    number: usize,
    question: &'a QuestionFile,
    /// For matching: the right-hand texts, as (pair id, text), shuffled.
    choices: Vec<(&'a str, &'a str)>,
    /// For ordering: the items, shuffled.
    items: Vec<(&'a str, &'a str)>,
    /// After an attempt: how it went.
    result: Option<&'a QuestionResult>,
}

impl QuestionView<'_> {
    fn kind(&self) -> &'static str {
        match self.question.kind {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::TrueFalse => "true-false",
            QuestionKind::Matching => "matching",
            QuestionKind::Ordering => "ordering",
            QuestionKind::ShortText => "short-text",
        }
    }

    fn chose(&self, option_id: &str) -> bool {
        matches!(self.result.and_then(|r| r.answer.as_ref()), Some(Answer::Choices(c)) if c.iter().any(|x| x == option_id))
    }

    fn chose_bool(&self, value: bool) -> bool {
        matches!(self.result.and_then(|r| r.answer.as_ref()), Some(Answer::TrueFalse(v)) if *v == value)
    }

    fn paired(&self, left: &str, right: &str) -> bool {
        matches!(self.result.and_then(|r| r.answer.as_ref()), Some(Answer::Pairs(p)) if p.get(left).is_some_and(|x| x == right))
    }

    fn placed(&self, item: &str, position: &usize) -> bool {
        matches!(self.result.and_then(|r| r.answer.as_ref()), Some(Answer::Order(o)) if o.get(item) == Some(position))
    }

    fn typed(&self) -> &str {
        match self.result.and_then(|r| r.answer.as_ref()) {
            Some(Answer::Text(t)) => t,
            _ => "",
        }
    }

    fn positions(&self) -> Vec<usize> {
        (1..=self.question.items.len()).collect()
    }

    fn correct(&self) -> bool {
        self.result.is_some_and(|r| r.correct())
    }

    fn partly(&self) -> bool {
        self.result.is_some_and(|r| r.credit > 0.0 && !r.correct())
    }

    fn answered(&self) -> bool {
        self.result.is_some_and(|r| r.answered)
    }

    /// The feedback of the options the learner chose.
    fn chosen_feedback(&self) -> Vec<&str> {
        self.question
            .options
            .iter()
            .filter(|o| self.chose(&o.id) && !o.feedback.is_empty())
            .map(|o| o.feedback.as_str())
            .collect()
    }
}

fn question_views<'a>(
    quiz: &'a QuizFile,
    results: Option<&'a [QuestionResult]>,
) -> Vec<QuestionView<'a>> {
    quiz.questions
        .iter()
        .enumerate()
        .map(|(i, question)| QuestionView {
            number: i + 1,
            choices: stable_shuffle(&question.id, &question.pairs, |p| p.id.as_str())
                .into_iter()
                .map(|p| (p.id.as_str(), p.right.as_str()))
                .collect(),
            items: stable_shuffle(&question.id, &question.items, |p| p.id.as_str())
                .into_iter()
                .map(|p| (p.id.as_str(), p.text.as_str()))
                .collect(),
            result: results.and_then(|r| r.iter().find(|x| x.id == question.id)),
            question,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "learning/quiz.html")]
struct QuizPage<'a> {
    ctx: PageContext,
    module_id: String,
    module_title: String,
    text_locale: Locale,
    pass_mark: u32,
    best_score: Option<i64>,
    questions: Vec<QuestionView<'a>>,
    /// Set on the result page.
    graded: Option<GradedAttempt>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, module_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    require_access(&ctx, &course, &module_id)?;
    let loaded = load_quiz(&state, &ctx, &course, &module_id).await?;
    let card = course.card(&module_id).ok_or(AppError::NotFound)?;
    let page = QuizPage {
        module_id: module_id.clone(),
        module_title: card.module.title.clone(),
        text_locale: loaded.text_locale,
        pass_mark: loaded.pass_mark,
        best_score: card.best_score,
        questions: question_views(&loaded.quiz, None),
        graded: None,
        ctx,
    };
    render(&page, StatusCode::OK)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, module_id)): Path<(String, String)>,
    submission: Submission<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    let user = require_access(&ctx, &course, &module_id)?.clone();
    let Submission::Valid(fields) = submission else {
        return Err(AppError::FormExpired);
    };
    let loaded = load_quiz(&state, &ctx, &course, &module_id).await?;
    let answers = grading::read_answers(&loaded.quiz, &fields).map_err(|forged| {
        tracing::warn!(%forged, "quiz submission refused");
        AppError::BadRequest("error-quiz-forged")
    })?;
    let graded = grading::grade(
        &loaded.quiz,
        loaded.pass_mark,
        &answers,
        &loaded.source_accepted,
    );
    let answers_json = serde_json::to_string(&graded)
        .map_err(|e| AppError::internal("attempt serialisation", e))?;
    queries::record_attempt(
        &state.db,
        user.id,
        &course.course,
        &module_id,
        &loaded.id,
        loaded.text_locale.code(),
        graded.score_percent as i64,
        graded.passed,
        &answers_json,
    )
    .await?;
    let card = course.card(&module_id).ok_or(AppError::NotFound)?;
    let best = card.best_score.map_or(graded.score_percent as i64, |b| {
        b.max(graded.score_percent as i64)
    });
    result_page(
        ctx,
        &module_id,
        card.module.title.clone(),
        &loaded,
        Some(best),
        graded,
    )
}

fn result_page(
    ctx: PageContext,
    module_id: &str,
    module_title: String,
    loaded: &LoadedQuiz,
    best: Option<i64>,
    graded: GradedAttempt,
) -> Result<Response, AppError> {
    let results: Vec<QuestionResult> = graded.questions.clone();
    let page = QuizPage {
        module_id: module_id.to_string(),
        module_title,
        text_locale: loaded.text_locale,
        pass_mark: loaded.pass_mark,
        best_score: best,
        questions: question_views(&loaded.quiz, Some(&results)),
        graded: Some(graded),
        ctx,
    };
    render(&page, StatusCode::OK)
}

/// A past attempt, for its owner only.
pub async fn show_attempt(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((_, module_id, attempt_id)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let course = course_state(&state, &ctx).await?;
    let user = require_access(&ctx, &course, &module_id)?.clone();
    let attempt = queries::attempt(&state.db, attempt_id)
        .await?
        .filter(|a| a.user_id == user.id)
        .ok_or(AppError::NotFound)?;
    let loaded = load_quiz(&state, &ctx, &course, &module_id).await?;
    if attempt.quiz_id != loaded.id {
        return Err(AppError::NotFound);
    }
    let graded: GradedAttempt = serde_json::from_str(&attempt.answers_json)
        .map_err(|e| AppError::internal("stored attempt is unreadable", e))?;
    let card = course.card(&module_id).ok_or(AppError::NotFound)?;
    let _: BTreeMap<(), ()> = BTreeMap::new();
    result_page(
        ctx,
        &module_id,
        card.module.title.clone(),
        &loaded,
        card.best_score,
        graded,
    )
}
