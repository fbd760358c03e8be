//! Content packs: `m4d content check` and `import`, run as the real binary, and re-import keeping progress.

use std::path::Path;
use std::process::Command;

use crate::support::{TestApp, small_pack_dir};

fn m4d(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_m4d"))
        .args(args)
        .output()
        .expect("m4d runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_small_pack_and_the_bundled_toolbox_pass_the_check_without_warnings() {
    let (ok, stdout, stderr) = m4d(&["content", "check", small_pack_dir().to_str().unwrap()]);
    assert!(ok && stderr.is_empty(), "{stdout}{stderr}");
    let toolbox = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/toolbox");
    let (ok, stdout, stderr) = m4d(&["content", "check", toolbox.to_str().unwrap()]);
    assert!(ok, "{stdout}{stderr}");
    assert!(
        stderr.is_empty(),
        "the bundled pack has warnings:\n{stderr}"
    );
    assert!(stdout.contains("no errors (0 warnings)"), "{stdout}");
}

#[test]
fn a_broken_pack_is_reported_with_every_problem_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    copy_dir(&small_pack_dir(), &pack);
    let basics = pack.join("modules/basics");
    edit(
        &pack.join("modules/opt-a/module.toml"),
        r#"prerequisites = ["basics"]"#,
        r#"prerequisites = ["basics", "nowhere"]"#,
    );
    edit(
        &basics.join("module.toml"),
        "prerequisites = []",
        r#"prerequisites = ["opt-b"]"#,
    );
    edit(
        &basics.join("quiz.en.toml"),
        "  id = \"b\"\n  text = \"Tariffs\"",
        "  id = \"b\"\n  text = \"Tariffs\"\n  correct = true",
    );
    edit(
        &basics.join("02-second-steps.en.md"),
        "lesson:basics-first-steps",
        "lesson:basics-nowhere",
    );
    edit(
        &basics.join("01-first-steps.en.md"),
        "[[diaspora|people abroad]]",
        "[[diasporas]]",
    );
    edit(
        &basics.join("01-first-steps.es.md"),
        "## Qué significa a nivel local",
        "### Qué significa a nivel local",
    );
    edit(&basics.join("quiz.es.toml"), "  id = \"c\"", "  id = \"x\"");
    edit(
        &pack.join("modules/opt-b/01-only-lesson.en.md"),
        "id = \"opt-b-only-lesson\"",
        "id = \"opt-a-only-lesson\"",
    );
    edit(
        &pack.join("glossary/glossary.es.toml"),
        "definition = \"Dinero que las personas migrantes envían a su país de origen.\"\n",
        "",
    );
    std::fs::write(pack.join("modules/opt-a/02-broken.en.md"), b"+++\nid = \"opt-a-broken\"\ntitle = \"x\"\nminutes = 1\nrevision = 1\n+++\n\nBad byte: \xff\n").unwrap();
    std::fs::write(
        pack.join("modules/opt-a/03-huge.en.md"),
        "x".repeat(1024 * 1024 + 1),
    )
    .unwrap();

    let (ok, _, stderr) = m4d(&["content", "check", pack.to_str().unwrap()]);
    assert!(!ok, "the check fails");
    let expect = [
        "modules/opt-a/module.toml:1: prerequisite `nowhere` is not a module of this pack",
        "prerequisites form a cycle",
        "modules/basics/quiz.en.toml:",
        "modules/basics/02-second-steps.en.md:10: `lesson:basics-nowhere` names no lesson",
        "modules/basics/01-first-steps.en.md:10: `[[diasporas]]` names no glossary term",
        "modules/basics/01-first-steps.es.md:",
        "the headings or callouts differ from the source",
        "modules/basics/quiz.es.toml:",
        "the quiz differs from the source",
        "id `opt-a-only-lesson` is used twice",
        "glossary/glossary.es.toml:",
        "missing field `definition`",
        "modules/opt-a/02-broken.en.md:8: the file is not valid UTF-8",
        "modules/opt-a/03-huge.en.md:1: the file is 1024 KiB",
    ];
    for line in expect {
        assert!(stderr.contains(line), "expected {line:?} in:\n{stderr}");
    }
    assert!(
        stderr
            .lines()
            .filter(|l| l.contains(".toml:") || l.contains(".md:"))
            .all(|l| l.contains(" — ")),
        "every problem says how to fix it:\n{stderr}"
    );

    // Import refuses it whole and writes nothing.
    let data = dir.path().join("data");
    let (ok, _, stderr) = m4d(&[
        "--data-dir",
        data.to_str().unwrap(),
        "content",
        "import",
        pack.to_str().unwrap(),
    ]);
    assert!(!ok && stderr.contains("nothing was imported"), "{stderr}");
}

#[tokio::test]
async fn import_is_idempotent_and_an_edited_pack_keeps_every_learners_progress() {
    let app = TestApp::with_small_pack().await;
    let learner = app.signed_up("Amina", "amina@example.org", "en").await;
    learner
        .submit("/en/learn/plan", &[("module", "opt-a")])
        .await;
    learner
        .submit("/en/learn/basics/basics-first-steps/done", &[])
        .await;
    learner
        .submit("/en/learn/basics/basics-second-steps/done", &[])
        .await;

    let again = app.import_pack(&small_pack_dir()).await;
    assert_eq!(
        (
            again.modules,
            again.lessons,
            again.quizzes,
            again.terms,
            again.retired
        ),
        (3, 4, 2, 2, 0)
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM lessons").await, 4);

    // Edit the pack: retitle a lesson, remove another (which the learner completed) and one nobody read.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&small_pack_dir(), dir.path());
    edit(
        &dir.path().join("modules/basics/01-first-steps.en.md"),
        "title = \"First steps\"",
        "title = \"First steps, revised\"",
    );
    std::fs::remove_file(dir.path().join("modules/basics/02-second-steps.en.md")).unwrap();
    edit(
        &dir.path().join("modules/basics/01-first-steps.en.md"),
        "Read on in [the second lesson](lesson:basics-second-steps).",
        "Read on.",
    );
    edit(
        &dir.path().join("modules/basics/01-first-steps.es.md"),
        "Siga en [la segunda lección](lesson:basics-second-steps).",
        "Siga.",
    );
    std::fs::remove_dir_all(dir.path().join("modules/opt-b")).unwrap();
    edit(
        &dir.path().join("course.toml"),
        r#"modules = ["basics", "opt-a", "opt-b"]"#,
        r#"modules = ["basics", "opt-a"]"#,
    );
    let summary = app.import_pack(dir.path()).await;
    assert_eq!(
        summary.retired, 2,
        "a lesson and a module (its lesson and quiz stay as they were, hidden with it)"
    );

    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lesson_completions").await,
        2,
        "completions are kept"
    );
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM lessons WHERE id = 'basics-second-steps' AND retired = TRUE"
        )
        .await,
        1,
        "retired, not deleted: the learner has a record on it"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lessons WHERE id = 'opt-b-only-lesson'")
            .await,
        1
    );
    assert_eq!(
        app.scalar("SELECT lessons_done FROM module_progress WHERE module_id = 'basics'")
            .await,
        2
    );
    let module = learner.get("/en/learn/basics").await;
    module.assert_contains("First steps, revised");
    assert!(
        !module.body.contains("Second steps"),
        "retired lessons are hidden"
    );
    assert!(
        !learner.get("/en/learn").await.body.contains("Option B"),
        "retired modules leave the map"
    );
}

/// The bundled course exists whole in every language: each lesson, quiz, guide, module text and glossary term,
/// with the structure of its source (the checker compares headings, callouts and quiz keys).
#[test]
fn the_toolbox_exists_in_all_four_languages() {
    let toolbox = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/toolbox");
    let files = m4d::content::PackFiles::from_dir(&toolbox).unwrap();
    let (pack, warnings) =
        m4d::content::load_pack(&files).unwrap_or_else(|problems| panic!("{problems:#?}"));
    assert!(warnings.is_empty(), "{warnings:#?}");
    let mut missing = vec![];
    for lang in m4d::content::LANGUAGES {
        for text in [&pack.course.title, &pack.course.summary] {
            if !text.contains_key(lang) {
                missing.push(format!("course text in {lang}"));
            }
        }
        for module in &pack.modules {
            let m = &module.file;
            if !m.title.contains_key(lang)
                || !m.summary.contains_key(lang)
                || m.objectives.iter().any(|o| !o.text.contains_key(lang))
            {
                missing.push(format!("module {} texts in {lang}", m.id));
            }
            for lesson in &module.lessons {
                if !lesson.versions.contains_key(lang) {
                    missing.push(format!("lesson {} in {lang}", lesson.id));
                }
            }
            if let Some(quiz) = &module.quiz
                && !quiz.versions.contains_key(lang)
            {
                missing.push(format!("quiz {} in {lang}", quiz.id));
            }
        }
        for guide in &pack.guides {
            if !guide.guide.versions.contains_key(lang) {
                missing.push(format!("guide {} in {lang}", guide.guide.id));
            }
        }
        let source_terms: Vec<&str> = pack.glossary["en"].iter().map(|t| t.id.as_str()).collect();
        let terms: Vec<&str> = pack
            .glossary
            .get(lang)
            .map(|ts| ts.iter().map(|t| t.id.as_str()).collect())
            .unwrap_or_default();
        if terms != source_terms {
            missing.push(format!(
                "glossary in {lang}: {} of {} terms",
                terms.len(),
                source_terms.len()
            ));
        }
    }
    assert!(
        pack.glossary["en"].len() >= 60,
        "the glossary has at least 60 terms"
    );
    assert!(
        pack.modules
            .iter()
            .all(|m| (4..=6).contains(&m.lessons.len())),
        "each module has 4 to 6 lessons"
    );
    assert!(pack.modules.iter().all(|m| {
        m.quiz
            .as_ref()
            .is_some_and(|q| (10..=12).contains(&q.versions["en"].file.questions.len()))
    }));
    assert!(
        missing.is_empty(),
        "missing translations:\n{}",
        missing.join("\n")
    );
}

#[test]
fn broken_planning_indicators_are_reported_with_their_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    copy_dir(&small_pack_dir(), &pack);
    let indicators = pack.join("indicators");
    edit(
        &indicators.join("context.en.toml"),
        "subcategory = \"context\"\nsectors = [\"data\"]",
        "subcategory = \"nowhere\"\nsectors = [\"data\", \"space\"]",
    );
    edit(
        &indicators.join("context.en.toml"),
        "lessons = [\"basics-first-steps\"]",
        "lessons = [\"no-such-lesson\"]",
    );
    edit(
        &indicators.join("context.en.toml"),
        "id = \"ctx-02\"",
        "id = \"ctx-01\"",
    );
    edit(
        &indicators.join("context.fr.toml"),
        "questions = [\"Existe-t-il des chiffres locaux ?\", \"Sont-ils récents ?\"]",
        "questions = [\"Existe-t-il des chiffres locaux ?\"]",
    );
    edit(
        &indicators.join("partners.en.toml"),
        "questions = [\"Is there a seat for migrant associations?\"]",
        "questions = []",
    );
    std::fs::write(indicators.join("stray.toml"), "").unwrap();

    let (ok, _, stderr) = m4d(&["content", "check", pack.to_str().unwrap()]);
    assert!(!ok, "the check fails");
    for line in [
        "indicators/context.en.toml:4: indicator `ctx-01`: unknown subcategory `nowhere`",
        "indicator `ctx-01`: no sector, or a sector not in set.toml",
        "indicator `ctx-01`: unknown lesson `no-such-lesson`",
        "the indicator id `ctx-01` is not valid or is used twice",
        "indicators/context.fr.toml:",
        "has 1 questions here and 2 in the source",
        "indicators/partners.en.toml:",
        "indicator `prt-01` needs 1 to 4 questions",
        "indicators/stray.toml:1: this file name is not `<name>.<language>.toml`",
    ] {
        assert!(stderr.contains(line), "expected {line:?} in:\n{stderr}");
    }
    std::fs::remove_file(indicators.join("set.toml")).unwrap();
    let (ok, _, stderr) = m4d(&["content", "check", pack.to_str().unwrap()]);
    assert!(
        !ok && stderr.contains("indicator files without indicators/set.toml"),
        "{stderr}"
    );
}
