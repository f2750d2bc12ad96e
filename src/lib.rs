//! `roles` compares executive roles side by side from a cited, bilingual dataset.
//!
//! The data flows one way: `data/roles.yaml` → [`dataset`] (load and check) →
//! [`Dataset`](dataset::Dataset) → [`compare`] (align) →
//! [`Comparison`](compare::Comparison) → a [`view::Document`] for people or
//! a [`report`] for programs → [`render`] → `Write`. Each command
//! is a module of `commands/` with its own `run`; this file only lists the
//! modules and sends a command line to its command.

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
pub mod view;

pub use commands::completions::complete_if_asked;
pub use exit_codes::Status;
pub use roles_dataset as dataset;
pub use roles_dataset::model;

use std::io::Write;

use crate::cli::{Cli, Command};
use crate::options::{Environment, Options};

/// Runs the command `cli` names, writing what it shows to `out`.
pub fn run(cli: &Cli, env: &Environment, out: &mut dyn Write) -> anyhow::Result<Status> {
    let options = Options::new(cli, env)?;
    match &cli.command {
        Command::List { role, format } => {
            commands::list::run(&options, role.as_ref(), format.format, out)
        }
        Command::Show {
            role,
            sections,
            format,
            ..
        } => commands::show::run(&options, role, &sections.chosen(), format.format, out),
        Command::Compare {
            roles,
            sections,
            format,
            ..
        } => commands::compare::run(&options, roles, &sections.chosen(), format.format, out),
        Command::Search {
            term,
            sections,
            format,
        } => commands::search::run(&options, term, &sections.chosen(), format.format, out),
        Command::Export {
            roles,
            output,
            sections,
            format,
            ..
        } => commands::export::run(
            &options,
            roles,
            output.as_deref(),
            &sections.chosen(),
            *format,
            out,
        ),
        Command::Validate { files } => commands::validate::run(&options, files, out),
        Command::Completions { shell } => commands::completions::run(&options, *shell, out),
        Command::Man => commands::man::run(out),
        Command::Matrix { roles, format, .. } => {
            commands::catalog::matrix(&options, roles, format.format, out)
        }
        Command::Themes { format } => commands::catalog::themes(&options, format.format, out),
        Command::Sources { format } => commands::catalog::sources(&options, format.format, out),
    }
}
