//! `roles` compares executive roles side by side from a cited, bilingual dataset.
//!
//! The data flows one way: `data/roles.yaml` → [`dataset`] (load and check) →
//! [`Dataset`](dataset::Dataset) → [`compare`] (align) →
//! [`Comparison`](compare::Comparison) → a [`view::Document`] for people or
//! a [`report`] for programs → [`render`] → `Write`. Each command
//! is a module of `commands/` with its own `run`; this file only lists the
//! modules.

// The built-in dataset is written by build.rs with `alloc::vec!`.
extern crate alloc;

pub mod builtin;
pub mod cli;
mod commands;
pub mod compare;
pub mod diagnostic;
pub mod exit_codes;
mod labels;
pub mod matrix;
pub mod options;
pub mod pager;
mod read;
pub mod render;
mod replace;
pub mod report;
pub mod search;
pub mod terminal;
mod usage;
pub mod view;

pub use commands::completions::complete_if_asked;
pub use commands::run;
pub use exit_codes::Status;
pub use roles_dataset as dataset;
pub use roles_dataset::model;
