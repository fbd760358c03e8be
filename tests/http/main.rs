//! HTTP-level tests: a real server on a random port, a fresh database per test, on SQLite — and on PostgreSQL
//! when `M4D_TEST_DATABASE_URL` is set (`scripts/test` runs the suite both ways).

mod support;

mod accounts;
mod admin;
mod cli;
mod content;
mod languages;
mod learning;
mod library;
mod planning;
mod platform;
