//! Quiz answers: reading a submitted form strictly (a forged answer changes nothing) and grading it.
//!
//! Form fields: `q.ID` for single, multiple (repeated), true-false and short-text questions; `q.ID.PAIR` = the
//! chosen pair for matching; `q.ID.ITEM` = the chosen position (1…n) for ordering.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::content::model::{QuestionFile, QuestionKind, QuizFile};
use crate::i18n::normalise::fold;

pub const MAX_TEXT_ANSWER_CHARS: usize = 500;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum Answer {
    Choices(Vec<String>),
    TrueFalse(bool),
    /// left pair id -> chosen pair id
    Pairs(BTreeMap<String, String>),
    /// item id -> chosen position (1-based)
    Order(BTreeMap<String, usize>),
    Text(String),
}

/// Why a submission was refused without grading.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ForgedAnswer {
    #[error("unknown question {0}")]
    UnknownQuestion(String),
    #[error("unknown option {1} in question {0}")]
    UnknownOption(String, String),
    #[error("several answers to single-answer question {0}")]
    SeveralAnswers(String),
    #[error("malformed answer to question {0}")]
    Malformed(String),
}

/// Reads the quiz's fields from a form; fields outside the quiz (the CSRF token) are ignored.
pub fn read_answers(
    quiz: &QuizFile,
    fields: &[(String, String)],
) -> Result<BTreeMap<String, Answer>, ForgedAnswer> {
    let questions: HashMap<&str, &QuestionFile> =
        quiz.questions.iter().map(|q| (q.id.as_str(), q)).collect();
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    for (name, value) in fields {
        let Some(rest) = name.strip_prefix("q.") else {
            continue;
        };
        let (question_id, part) = match rest.split_once('.') {
            Some((q, p)) => (q, Some(p)),
            None => (rest, None),
        };
        let question = questions
            .get(question_id)
            .ok_or_else(|| ForgedAnswer::UnknownQuestion(question_id.to_string()))?;
        let malformed = || ForgedAnswer::Malformed(question.id.clone());
        match (question.kind, part) {
            (QuestionKind::Single | QuestionKind::Multiple, None) => {
                if !question.options.iter().any(|o| o.id == *value) {
                    return Err(ForgedAnswer::UnknownOption(
                        question.id.clone(),
                        value.clone(),
                    ));
                }
                let entry = answers
                    .entry(question.id.clone())
                    .or_insert_with(|| Answer::Choices(vec![]));
                let Answer::Choices(chosen) = entry else {
                    return Err(malformed());
                };
                if chosen.contains(value)
                    || (question.kind == QuestionKind::Single && !chosen.is_empty())
                {
                    return Err(ForgedAnswer::SeveralAnswers(question.id.clone()));
                }
                chosen.push(value.clone());
            }
            (QuestionKind::TrueFalse, None) => {
                let choice = match value.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return Err(malformed()),
                };
                if answers
                    .insert(question.id.clone(), Answer::TrueFalse(choice))
                    .is_some()
                {
                    return Err(ForgedAnswer::SeveralAnswers(question.id.clone()));
                }
            }
            (QuestionKind::ShortText, None) => {
                if value.chars().count() > MAX_TEXT_ANSWER_CHARS {
                    return Err(malformed());
                }
                if answers
                    .insert(question.id.clone(), Answer::Text(value.clone()))
                    .is_some()
                {
                    return Err(ForgedAnswer::SeveralAnswers(question.id.clone()));
                }
            }
            (QuestionKind::Matching, Some(left)) => {
                let known = |id: &str| question.pairs.iter().any(|p| p.id == id);
                if !known(left) || (!value.is_empty() && !known(value)) {
                    return Err(malformed());
                }
                let entry = answers
                    .entry(question.id.clone())
                    .or_insert_with(|| Answer::Pairs(BTreeMap::new()));
                let Answer::Pairs(pairs) = entry else {
                    return Err(malformed());
                };
                if !value.is_empty() && pairs.insert(left.to_string(), value.clone()).is_some() {
                    return Err(ForgedAnswer::SeveralAnswers(question.id.clone()));
                }
            }
            (QuestionKind::Ordering, Some(item)) => {
                if !question.items.iter().any(|i| i.id == item) {
                    return Err(malformed());
                }
                let entry = answers
                    .entry(question.id.clone())
                    .or_insert_with(|| Answer::Order(BTreeMap::new()));
                let Answer::Order(order) = entry else {
                    return Err(malformed());
                };
                if value.is_empty() {
                    continue;
                }
                let position: usize = value.parse().map_err(|_| malformed())?;
                if position == 0
                    || position > question.items.len()
                    || order.insert(item.to_string(), position).is_some()
                {
                    return Err(malformed());
                }
            }
            _ => return Err(malformed()),
        }
    }
    Ok(answers)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub id: String,
    /// 0.0 to 1.0: matching and ordering give partial credit.
    pub credit: f64,
    pub answered: bool,
    pub answer: Option<Answer>,
}

impl QuestionResult {
    pub fn correct(&self) -> bool {
        self.credit >= 0.999
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GradedAttempt {
    pub score_percent: u32,
    pub passed: bool,
    pub questions: Vec<QuestionResult>,
}

/// Grades answers against the quiz. `also_accepted` adds short-text answers from the source language, so a
/// learner who answers in English on the French page is not marked wrong.
pub fn grade(
    quiz: &QuizFile,
    pass_mark: u32,
    answers: &BTreeMap<String, Answer>,
    also_accepted: &HashMap<String, Vec<String>>,
) -> GradedAttempt {
    let mut questions = vec![];
    let mut total = 0.0;
    for question in &quiz.questions {
        let answer = answers.get(&question.id);
        let credit = answer.map_or(0.0, |a| {
            credit_for(question, a, also_accepted.get(&question.id))
        });
        total += credit;
        questions.push(QuestionResult {
            id: question.id.clone(),
            credit,
            answered: answer.is_some_and(is_given),
            answer: answer.cloned(),
        });
    }
    let count = quiz.questions.len().max(1) as f64;
    let score_percent = ((total / count) * 100.0 + 1e-9).floor() as u32;
    GradedAttempt {
        score_percent,
        passed: score_percent >= pass_mark,
        questions,
    }
}

fn is_given(answer: &Answer) -> bool {
    match answer {
        Answer::Choices(c) => !c.is_empty(),
        Answer::TrueFalse(_) => true,
        Answer::Pairs(p) => !p.is_empty(),
        Answer::Order(o) => !o.is_empty(),
        Answer::Text(t) => !t.trim().is_empty(),
    }
}

fn credit_for(question: &QuestionFile, answer: &Answer, extra: Option<&Vec<String>>) -> f64 {
    match (question.kind, answer) {
        (QuestionKind::Single | QuestionKind::Multiple, Answer::Choices(chosen)) => {
            let correct: HashSet<&str> = question
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.as_str())
                .collect();
            let chosen: HashSet<&str> = chosen.iter().map(String::as_str).collect();
            full_or_none(chosen == correct)
        }
        (QuestionKind::TrueFalse, Answer::TrueFalse(value)) => {
            full_or_none(Some(*value) == question.answer)
        }
        (QuestionKind::ShortText, Answer::Text(text)) => {
            let given = fold(text);
            let accepted = question.accepted.iter().chain(extra.into_iter().flatten());
            if !given.is_empty() && accepted.map(|a| fold(a)).any(|a| a == given) {
                1.0
            } else {
                0.0
            }
        }
        (QuestionKind::Matching, Answer::Pairs(pairs)) => {
            let right = question
                .pairs
                .iter()
                .filter(|p| pairs.get(&p.id) == Some(&p.id))
                .count();
            right as f64 / question.pairs.len().max(1) as f64
        }
        (QuestionKind::Ordering, Answer::Order(order)) => {
            let right = question
                .items
                .iter()
                .enumerate()
                .filter(|(i, item)| order.get(&item.id) == Some(&(i + 1)))
                .count();
            right as f64 / question.items.len().max(1) as f64
        }
        _ => 0.0,
    }
}

fn full_or_none(right: bool) -> f64 {
    if right { 1.0 } else { 0.0 }
}

/// A stable shuffle (the same order on every visit, so a page can be cached and answers refilled), different
/// per question.
pub fn stable_shuffle<'a, T>(
    question_id: &str,
    items: &'a [T],
    id_of: impl Fn(&T) -> &str,
) -> Vec<&'a T> {
    use sha2::Digest;
    let mut keyed: Vec<([u8; 8], &T)> = items
        .iter()
        .map(|item| {
            let digest = sha2::Sha256::digest(format!("{question_id}/{}", id_of(item)).as_bytes());
            let mut key = [0u8; 8];
            key.copy_from_slice(&digest[..8]);
            (key, item)
        })
        .collect();
    keyed.sort_by_key(|(key, _)| *key);
    let shuffled: Vec<&T> = keyed.into_iter().map(|(_, item)| item).collect();
    // Never show an ordering question already in order.
    if shuffled.len() > 1 && shuffled.iter().zip(items).all(|(a, b)| std::ptr::eq(*a, b)) {
        let mut rotated = shuffled;
        rotated.rotate_left(1);
        return rotated;
    }
    shuffled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{ItemFile, OptionFile, PairFile};

    fn question(id: &str, kind: QuestionKind) -> QuestionFile {
        QuestionFile {
            id: id.into(),
            kind,
            objective: None,
            prompt: "?".into(),
            explanation: String::new(),
            options: vec![],
            answer: None,
            pairs: vec![],
            items: vec![],
            accepted: vec![],
        }
    }

    fn option(id: &str, correct: bool) -> OptionFile {
        OptionFile {
            id: id.into(),
            text: id.into(),
            correct,
            feedback: String::new(),
        }
    }

    fn quiz() -> QuizFile {
        let mut single = question("single", QuestionKind::Single);
        single.options = vec![option("a", true), option("b", false)];
        let mut multiple = question("multiple", QuestionKind::Multiple);
        multiple.options = vec![option("a", true), option("b", true), option("c", false)];
        let mut true_false = question("tf", QuestionKind::TrueFalse);
        true_false.answer = Some(false);
        let mut matching = question("match", QuestionKind::Matching);
        matching.pairs = ["p1", "p2"]
            .iter()
            .map(|id| PairFile {
                id: (*id).into(),
                left: "l".into(),
                right: "r".into(),
            })
            .collect();
        let mut ordering = question("order", QuestionKind::Ordering);
        ordering.items = ["i1", "i2", "i3", "i4"]
            .iter()
            .map(|id| ItemFile {
                id: (*id).into(),
                text: "t".into(),
            })
            .collect();
        let mut short = question("short", QuestionKind::ShortText);
        short.accepted = vec!["remittances".into()];
        QuizFile {
            id: "quiz".into(),
            pass_mark: Some(70),
            revision: Some(1),
            source_revision: None,
            status: None,
            questions: vec![single, multiple, true_false, matching, ordering, short],
        }
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn grades_every_kind_with_partial_credit_for_matching_and_ordering() {
        let quiz = quiz();
        let answers = read_answers(
            &quiz,
            &fields(&[
                ("csrf_token", "x"),
                ("q.single", "a"),
                ("q.multiple", "a"),
                ("q.multiple", "b"),
                ("q.tf", "false"),
                ("q.match.p1", "p1"),
                ("q.match.p2", "p1"),
                ("q.order.i1", "1"),
                ("q.order.i2", "2"),
                ("q.order.i3", "4"),
                ("q.order.i4", "3"),
                ("q.short", "  Remittances "),
            ]),
        )
        .unwrap();
        let graded = grade(&quiz, 70, &answers, &HashMap::new());
        let credits: Vec<f64> = graded.questions.iter().map(|q| q.credit).collect();
        assert_eq!(credits, vec![1.0, 1.0, 1.0, 0.5, 0.5, 1.0]);
        assert_eq!(graded.score_percent, 83);
        assert!(graded.passed);
    }

    #[test]
    fn unanswered_and_wrong_answers_fail() {
        let quiz = quiz();
        let answers =
            read_answers(&quiz, &fields(&[("q.single", "b"), ("q.multiple", "a")])).unwrap();
        let graded = grade(&quiz, 70, &answers, &HashMap::new());
        assert_eq!(graded.score_percent, 0);
        assert!(!graded.passed);
        assert!(graded.questions[0].answered && !graded.questions[2].answered);
    }

    #[test]
    fn accepts_source_language_answers_on_a_translated_quiz() {
        let quiz = quiz();
        let answers = read_answers(&quiz, &fields(&[("q.short", "envois de fonds")])).unwrap();
        let extra = HashMap::from([("short".to_string(), vec!["Envois de fonds".to_string()])]);
        assert_eq!(grade(&quiz, 70, &answers, &extra).questions[5].credit, 1.0);
    }

    #[test]
    fn refuses_forged_answers() {
        let quiz = quiz();
        assert_eq!(
            read_answers(&quiz, &fields(&[("q.nope", "a")])),
            Err(ForgedAnswer::UnknownQuestion("nope".into()))
        );
        assert_eq!(
            read_answers(&quiz, &fields(&[("q.single", "z")])),
            Err(ForgedAnswer::UnknownOption("single".into(), "z".into()))
        );
        assert_eq!(
            read_answers(&quiz, &fields(&[("q.single", "a"), ("q.single", "b")])),
            Err(ForgedAnswer::SeveralAnswers("single".into()))
        );
        assert_eq!(
            read_answers(&quiz, &fields(&[("q.multiple", "a"), ("q.multiple", "a")])),
            Err(ForgedAnswer::SeveralAnswers("multiple".into()))
        );
        assert!(read_answers(&quiz, &fields(&[("q.tf", "maybe")])).is_err());
        assert!(read_answers(&quiz, &fields(&[("q.order.i1", "9")])).is_err());
        assert!(read_answers(&quiz, &fields(&[("q.match.p9", "p1")])).is_err());
        assert!(read_answers(&quiz, &fields(&[("q.short", &"x".repeat(501))])).is_err());
    }

    #[test]
    fn shuffles_stably_and_never_in_order() {
        let items: Vec<String> = (1..=5).map(|i| format!("i{i}")).collect();
        let first = stable_shuffle("q1", &items, |s| s.as_str());
        let again = stable_shuffle("q1", &items, |s| s.as_str());
        assert_eq!(first, again);
        assert_ne!(
            first.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            vec!["i1", "i2", "i3", "i4", "i5"]
        );
    }
}
