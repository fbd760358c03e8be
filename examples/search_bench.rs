//! Search benchmark: indexes 10,000 generated documents in four languages and times queries.
//!
//! `cargo run --release --example search_bench [postgres://…]` — SQLite in a temporary folder by default.
//! Prints the index build time and p50/p99 query times beside the budget of DESIGN.md §7 (p99 ≤ 10 ms).

use std::time::{Duration, Instant};

use m4d::db::{Db, migrate};
use m4d::search::index::{Document, DocumentKind, put};
use m4d::search::query::{Facet, SearchRequest, search};

const DOCUMENTS: usize = 10_000;

const WORDS: [&[&str]; 4] = [
    &[
        "migration",
        "remittances",
        "local",
        "authority",
        "diaspora",
        "integration",
        "return",
        "development",
        "planning",
        "partnership",
        "municipality",
        "services",
        "skills",
        "jobs",
        "housing",
        "health",
        "education",
        "data",
        "cooperation",
        "association",
    ],
    &[
        "migration",
        "transferts",
        "fonds",
        "commune",
        "autorité",
        "diaspora",
        "intégration",
        "retour",
        "développement",
        "planification",
        "partenariat",
        "services",
        "compétences",
        "emploi",
        "logement",
        "santé",
        "éducation",
        "données",
        "coopération",
        "association",
    ],
    &[
        "migración",
        "remesas",
        "municipio",
        "autoridad",
        "diáspora",
        "integración",
        "retorno",
        "desarrollo",
        "planificación",
        "alianza",
        "servicios",
        "competencias",
        "empleo",
        "vivienda",
        "salud",
        "educación",
        "datos",
        "cooperación",
        "asociación",
        "local",
    ],
    &[
        "الهجرة",
        "التحويلات",
        "البلدية",
        "السلطة",
        "المغتربين",
        "الإدماج",
        "العودة",
        "التنمية",
        "التخطيط",
        "الشراكة",
        "الخدمات",
        "المهارات",
        "العمل",
        "السكن",
        "الصحة",
        "التعليم",
        "البيانات",
        "التعاون",
        "الجمعية",
        "المحلية",
    ],
];
const LANGS: [&str; 4] = ["en", "fr", "es", "ar"];
const THEMES: [&str; 5] = [
    "social-inclusion",
    "economic-inclusion",
    "diaspora-engagement",
    "mainstreaming",
    "partnerships",
];

/// A deterministic pseudo-random sequence, so every run indexes the same text.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let db = Db::connect(&url).await?;
    migrate(&db).await?;
    let engine = format!("{:?}", db.engine());

    let mut rng = Lcg(7);
    let started = Instant::now();
    let mut tx = db.begin().await?;
    for n in 0..DOCUMENTS {
        let l = n % 4;
        let words = WORDS[l];
        let body: Vec<&str> = (0..150).map(|_| words[rng.next(words.len())]).collect();
        let title: Vec<&str> = (0..5).map(|_| words[rng.next(words.len())]).collect();
        let doc = Document {
            kind: if n % 3 == 0 {
                DocumentKind::Practice
            } else {
                DocumentKind::Publication
            },
            key: format!("doc-{}", n / 4),
            lang: LANGS[l].to_string(),
            title: title.join(" "),
            body: body.join(" "),
            path: format!("/library/doc-{}", n / 4),
            visible: n % 50 != 0,
            year: Some(2000 + (n % 26) as i64),
            facets: vec![
                ("theme", THEMES[n % 5].to_string()),
                ("country", "SN".to_string()),
            ],
        };
        put(&mut tx, &doc).await?;
    }
    tx.commit().await?;
    let build = started.elapsed();

    type Query = (&'static str, &'static str, Vec<(Facet, String)>);
    let queries: [Query; 8] = [
        ("remittances", "en", vec![]),
        ("transferts de fonds", "fr", vec![]),
        ("desarrollo local", "es", vec![]),
        ("التحويلات", "ar", vec![]),
        (
            "الادماج",
            "ar",
            vec![(Facet::Theme, "social-inclusion".into())],
        ),
        ("migration", "en", vec![]),
        ("", "fr", vec![(Facet::Theme, "partnerships".into())]),
        ("housing health", "en", vec![(Facet::Year, "2010".into())]),
    ];
    let mut times: Vec<Duration> = Vec::new();
    for round in 0..30 {
        for (text, lang, filters) in &queries {
            let request = SearchRequest {
                text: text.to_string(),
                filters: filters.clone(),
                page: 1 + (round % 3),
                reader_lang: lang.to_string(),
                include_drafts: false,
            };
            let t = Instant::now();
            let results = search(&db, &request).await?;
            times.push(t.elapsed());
            assert!(
                round > 0 || results.total > 0,
                "query {text:?} found nothing"
            );
        }
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    println!("| engine | documents | index build | query p50 | query p99 | budget p99 |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    println!(
        "| {engine} | {DOCUMENTS} | {:.2} s | {:.2} ms | {:.2} ms | 10 ms |",
        build.as_secs_f64(),
        at(0.5).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0
    );
    db.close().await;
    Ok(())
}
