//! Fills a database with generated learners for the scale benchmarks: each is enrolled, has chosen two
//! optional modules, completed some lessons and taken quizzes, with the aggregates the platform maintains.
//! Usage: `seed_learners DATABASE_URL COUNT` (the database must already hold the bundled course).

use m4d::db::Db;
use m4d::on_db;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .expect("usage: seed_learners DATABASE_URL COUNT");
    let count: i64 = args.next().expect("COUNT").parse()?;
    let db = Db::connect(&url).await?;
    m4d::db::migrate(&db).await?;
    let started = std::time::Instant::now();
    // One real Argon2id hash shared by every generated account: 'bench-password-2026'.
    let hash = m4d::accounts::hash_password("bench-password-2026".into())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let course: String = on_db!(&db, pool => sqlx::query_scalar("SELECT id FROM courses LIMIT 1").fetch_one(pool).await)?;
    let lessons: Vec<(String, String)> = on_db!(&db, pool => sqlx::query_as("SELECT id, module_id FROM lessons WHERE module_id = 'core' ORDER BY position").fetch_all(pool).await)?;
    let first_id: i64 = on_db!(&db, pool => sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM users").fetch_one(pool).await)?;
    let batch = 2_000;
    let mut done = 0;
    while done < count {
        let n = batch.min(count - done);
        let mut tx = db.begin().await?;
        let ids: Vec<i64> = (0..n).map(|i| first_id + done + i).collect();
        let now = m4d::db::now();
        let users = values(&ids, |id| {
            format!(
                "({id}, 'learner{id}@bench.example', 'Learner {id}', '{hash}', 'Bench', 'other', 'XX', 'en', 'learner', {now}, {now})"
            )
        });
        exec(&mut tx, &format!("INSERT INTO users (id, email, name, password_hash, organisation, organisation_type, country, preferred_language, role, created_at, updated_at) VALUES {users}")).await?;
        exec(&mut tx, &format!("INSERT INTO enrolments (user_id, course_id, enrolled_at, last_lesson_id) VALUES {}", values(&ids, |id| format!("({id}, '{course}', {now}, '{}')", lessons[(id as usize) % lessons.len()].0)))).await?;
        exec(
            &mut tx,
            &format!(
                "INSERT INTO learning_plan_modules (user_id, module_id, chosen_at) VALUES {}",
                values(&ids, |id| format!(
                    "({id}, 'm2-partnerships', {now}), ({id}, 'm4-jobs-and-economy', {now})"
                ))
            ),
        )
        .await?;
        let done_lessons = |id: i64| (id as usize) % (lessons.len() + 1);
        let completions: Vec<String> = ids
            .iter()
            .flat_map(|id| {
                lessons
                    .iter()
                    .take(done_lessons(*id))
                    .map(move |(lesson, _)| format!("({id}, '{lesson}', {now})"))
            })
            .collect();
        if !completions.is_empty() {
            exec(
                &mut tx,
                &format!(
                    "INSERT INTO lesson_completions (user_id, lesson_id, completed_at) VALUES {}",
                    completions.join(",")
                ),
            )
            .await?;
        }
        exec(&mut tx, &format!("INSERT INTO module_progress (user_id, module_id, lessons_done, best_score, attempts, quiz_passed, completed_at) VALUES {}", values(&ids, |id| format!("({id}, 'core', {}, {}, 1, {}, NULL)", done_lessons(id), id % 100, if id % 100 >= 70 { "TRUE" } else { "FALSE" })))).await?;
        tx.commit().await?;
        done += n;
        if done % 100_000 == 0 || done == count {
            eprintln!("{done} learners ({:.1} s)", started.elapsed().as_secs_f64());
        }
    }
    if let Db::Postgres(pool) = &db {
        // Keep PostgreSQL's identity in step with the explicit ids, then refresh planner statistics.
        sqlx::query(
            "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT MAX(id) FROM users))",
        )
        .execute(pool)
        .await?;
        sqlx::query("ANALYZE").execute(pool).await?;
    } else if let Db::Sqlite(pool) = &db {
        sqlx::query("ANALYZE").execute(pool).await?;
    }
    println!(
        "seeded {count} learners in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn values(ids: &[i64], row: impl Fn(i64) -> String) -> String {
    ids.iter().map(|id| row(*id)).collect::<Vec<_>>().join(",")
}

async fn exec(tx: &mut m4d::db::Tx, sql: &str) -> anyhow::Result<()> {
    m4d::on_tx!(tx, conn => sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(conn).await.map(|_| ()))?;
    Ok(())
}
