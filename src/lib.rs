//! M4D Toolbox: one binary that serves learners, facilitators, editors and administrators.
//! `docs/ARCHITECTURE.md` maps the code.

pub mod app;
pub mod cli;
pub mod config;
pub mod content;
pub mod db;
pub mod i18n;
pub mod mail;
pub mod search;
pub mod web;

pub mod accounts;
pub mod admin;
pub mod home;
pub mod learning;
pub mod library;
pub mod ops;
pub mod planning;
