//! One module per command, each with its own `run` (as xsv's `src/cmd/`),
//! and the command line sent to the command it names. What several commands
//! share is in `dataset` (loading, naming roles) and `output` (printing).

pub(crate) mod catalog;
pub(crate) mod compare;
pub(crate) mod completions;
mod dataset;
pub(crate) mod export;
pub(crate) mod list;
pub(crate) mod man;
pub(crate) mod new;
mod output;
pub(crate) mod schema;
pub(crate) mod search;
pub(crate) mod show;
pub(crate) mod validate;

use std::io::Write;

use crate::cli::{Cli, Command};
use crate::exit_codes::Status;
use crate::labels::Labels;
use crate::options::{Environment, Options, message_language};

/// Runs the command `cli` names, writing what it shows to `out`.
pub fn run(cli: &Cli, env: &Environment, out: &mut dyn Write) -> anyhow::Result<Status> {
    // Settled only by the commands that show a word in some language: a
    // language `roles` cannot have (`ROLES_LANG=fr`) is no reason to refuse
    // `man` or `completions`.
    let labels = Labels::of(message_language(cli, env));
    let options = || {
        Options::new(cli, env)
            .map_err(|error| anyhow::anyhow!(labels.unknown_language(&error.code, error.from)))
    };
    match &cli.command {
        Command::Completions { shell } => completions::run(env.is_tty, *shell, labels, out),
        Command::Man => man::run(out),
        Command::Schema { output } => schema::run(&options()?, output.as_deref(), out),
        Command::New { id, output } => new::run(&options()?, id, output.as_deref(), out),
        Command::List { role, format } => list::run(&options()?, role.as_ref(), format.format, out),
        Command::Show {
            role,
            sections,
            format,
            ..
        } => show::run(&options()?, role, &sections.chosen(), format.format, out),
        Command::Compare {
            roles,
            sections,
            format,
            ..
        } => compare::run(&options()?, roles, &sections.chosen(), format.format, out),
        Command::Search {
            term,
            sections,
            format,
            long,
        } => search::run(
            &options()?,
            term,
            &sections.chosen(),
            format.format,
            *long,
            out,
        ),
        Command::Export {
            roles,
            output,
            sections,
            format,
            ..
        } => export::run(
            &options()?,
            roles,
            output.as_deref(),
            &sections.chosen(),
            *format,
            out,
        ),
        Command::Validate { files } => validate::run(&options()?, files, out),
        Command::Matrix { roles, format, .. } => {
            catalog::matrix(&options()?, roles, format.format, out)
        }
        Command::Themes { format } => catalog::themes(&options()?, format.format, out),
        Command::Sources { format } => catalog::sources(&options()?, format.format, out),
    }
}
