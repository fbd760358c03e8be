//! The rules of progress, as plain functions: when a module is complete, when it opens, when the course is done.

use std::collections::HashSet;

/// A learner's standing in one module, as stored in `module_progress`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleProgress {
    pub module_id: String,
    pub lessons_done: i64,
    pub best_score: Option<i64>,
    pub attempts: i64,
    pub quiz_passed: bool,
    pub completed_at: Option<i64>,
}

/// A module is complete when every lesson is done and its quiz (if any) passed.
pub fn module_complete(
    lessons_done: i64,
    lesson_count: i64,
    has_quiz: bool,
    quiz_passed: bool,
) -> bool {
    lessons_done >= lesson_count && (!has_quiz || quiz_passed)
}

/// Lessons and the quiz count as steps; 0–100.
pub fn module_percent(
    lessons_done: i64,
    lesson_count: i64,
    has_quiz: bool,
    quiz_passed: bool,
) -> i64 {
    let steps = lesson_count + i64::from(has_quiz);
    if steps == 0 {
        return 0;
    }
    let done = lessons_done.min(lesson_count) + i64::from(has_quiz && quiz_passed);
    done * 100 / steps
}

/// A module opens when all its prerequisites are complete.
pub fn module_open(prerequisites: &[String], completed: &HashSet<String>) -> bool {
    prerequisites.iter().all(|p| completed.contains(p))
}

/// The course is complete when every compulsory module and `required_optional` optional modules are.
pub fn course_complete(
    modules: &[(String, bool)],
    completed: &HashSet<String>,
    required_optional: i64,
) -> bool {
    let compulsory_done = modules
        .iter()
        .filter(|(_, compulsory)| *compulsory)
        .all(|(id, _)| completed.contains(id));
    let optional_done = modules
        .iter()
        .filter(|(id, compulsory)| !*compulsory && completed.contains(id))
        .count() as i64;
    compulsory_done && optional_done >= required_optional
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[&str]) -> HashSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_module_needs_every_lesson_and_a_passed_quiz() {
        assert!(!module_complete(3, 4, true, true));
        assert!(!module_complete(4, 4, true, false));
        assert!(module_complete(4, 4, true, true));
        assert!(module_complete(2, 2, false, false));
    }

    #[test]
    fn percent_counts_lessons_and_the_quiz() {
        assert_eq!(module_percent(0, 4, true, false), 0);
        assert_eq!(module_percent(4, 4, true, false), 80);
        assert_eq!(module_percent(4, 4, true, true), 100);
        assert_eq!(
            module_percent(9, 4, false, false),
            100,
            "retired lessons never push past 100"
        );
        assert_eq!(module_percent(0, 0, false, false), 0);
    }

    #[test]
    fn optional_modules_open_after_their_prerequisites() {
        let prerequisites = vec!["core".to_string()];
        assert!(!module_open(&prerequisites, &set(&[])));
        assert!(module_open(&prerequisites, &set(&["core"])));
        assert!(module_open(&[], &set(&[])));
    }

    #[test]
    fn the_course_needs_the_core_and_enough_optional_modules() {
        let modules = vec![
            ("core".into(), true),
            ("m1".into(), false),
            ("m2".into(), false),
            ("m3".into(), false),
        ];
        assert!(!course_complete(&modules, &set(&["m1", "m2"]), 2));
        assert!(!course_complete(&modules, &set(&["core", "m1"]), 2));
        assert!(course_complete(&modules, &set(&["core", "m1", "m3"]), 2));
    }
}
