//! `roles` compares executive roles side by side from a cited, bilingual dataset.
//!
//! The data flows one way: `data/roles.yaml` → [`dataset`] (load and check) →
//! [`Dataset`] → [`compare`] (align) → [`Comparison`] → [`render`] → `Write`.

pub mod cli;
pub mod compare;
pub mod dataset;
pub mod exit_codes;
pub mod labels;
pub mod model;
pub mod render;
mod replace;

use std::io::{self, IsTerminal, Write};

use anyhow::{Context, bail};

use crate::cli::{Cli, ColorChoice, Command};
use crate::compare::Comparison;
use crate::dataset::Dataset;
use crate::model::Section;
use crate::render::{Markdown, Renderer, TableRenderer};

/// How a run ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything asked for was shown.
    Success,
    /// A search found nothing.
    NoMatch,
}

/// The narrowest table `roles` draws, whatever the terminal reports: a sandbox
/// that says it is 0 columns wide still gets a readable table.
pub const MIN_WIDTH: u16 = 60;

/// What `roles` knows of where its output goes.
#[derive(Debug, Clone, Default)]
pub struct Terminal {
    /// Whether standard output is a terminal.
    pub is_tty: bool,
    /// The terminal's width in columns, if it is one and reports it.
    pub width: Option<u16>,
    /// The `COLUMNS` environment variable, if it holds a number.
    pub columns: Option<u16>,
    /// Whether `NO_COLOR` is set to something non-empty.
    pub no_color: bool,
    /// Whether `TERM` is `dumb`.
    pub dumb: bool,
}

impl Terminal {
    /// Looks at the real standard output and environment.
    pub fn detect() -> Terminal {
        let is_tty = io::stdout().is_terminal();
        Terminal {
            is_tty,
            width: if is_tty {
                comfy_table::Table::new().width()
            } else {
                None
            },
            columns: std::env::var("COLUMNS")
                .ok()
                .and_then(|value| value.trim().parse().ok()),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty()),
            dumb: std::env::var_os("TERM").is_some_and(|value| value == "dumb"),
        }
    }

    fn color(&self, choice: ColorChoice) -> bool {
        match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => self.is_tty && !self.no_color && !self.dumb,
        }
    }

    /// The width to wrap tables to: `--width`, else the terminal's, else
    /// `COLUMNS`, never below [`MIN_WIDTH`]. Output that is not a terminal is
    /// left unwrapped unless a width was asked for.
    fn table_width(&self, asked: Option<u16>) -> Option<u16> {
        let terminal = if self.is_tty { self.width } else { None };
        let width = asked.or(terminal).or(self.columns);
        let width = if self.is_tty {
            width.or(Some(80))
        } else {
            width
        };
        width.map(|width| width.max(MIN_WIDTH))
    }
}

/// Runs one command, writing what it shows to `out`.
pub fn run(cli: &Cli, terminal: &Terminal, out: &mut dyn Write) -> anyhow::Result<Status> {
    let dataset = Dataset::builtin()?;
    let lang = cli.lang;
    let table = TableRenderer {
        color: terminal.color(cli.color),
        width: terminal.table_width(cli.width),
    };
    match &cli.command {
        Command::List { role: None } => {
            let comparison = Comparison::new(&dataset, dataset.roles.iter().collect(), &[], lang);
            table.roles(&comparison, out)?;
        }
        Command::List { role: Some(id) } => {
            let roles = dataset.resolve_roles(std::slice::from_ref(id))?;
            let comparison = Comparison::new(&dataset, roles, &[Section::Responsibilities], lang);
            table.list(&comparison, out)?;
        }
        Command::Show { role, sections } => {
            let roles = dataset.resolve_roles(std::slice::from_ref(role))?;
            let comparison = Comparison::new(&dataset, roles, &sections.chosen(), lang);
            table.comparison(&comparison, out)?;
        }
        Command::Compare { roles, sections } => {
            let roles = resolve_distinct(&dataset, roles)?;
            let comparison = Comparison::new(&dataset, roles, &sections.chosen(), lang);
            table.comparison(&comparison, out)?;
        }
        Command::Export {
            roles,
            output,
            sections,
        } => {
            let roles = resolve_distinct(&dataset, roles)?;
            let comparison = Comparison::new(&dataset, roles, &sections.chosen(), lang);
            match output {
                None => Markdown.comparison(&comparison, out)?,
                Some(path) => {
                    let mut document = Vec::new();
                    Markdown.comparison(&comparison, &mut document)?;
                    replace::replace_file(path, &document)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                }
            }
        }
    }
    Ok(Status::Success)
}

/// The roles named, each once.
fn resolve_distinct<'d>(
    dataset: &'d Dataset,
    ids: &[String],
) -> anyhow::Result<Vec<&'d model::Role>> {
    let roles = dataset.resolve_roles(ids)?;
    for (index, role) in roles.iter().enumerate() {
        if roles[..index].iter().any(|earlier| earlier.id == role.id) {
            bail!("role '{}' is named more than once", role.id);
        }
    }
    Ok(roles)
}

/// Whether an error is the reader of our output going away (`roles ... | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// An error and its causes on one line, for stderr.
pub fn one_line(error: &anyhow::Error) -> String {
    let text = format!("{error:#}");
    text.split('\n')
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prints a command-line error as clap words it, but on one line, and gives its exit code.
/// Help and version requests are printed in full and succeed.
pub fn report_usage_error(error: &clap::Error) -> std::process::ExitCode {
    use clap::error::ErrorKind;
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            let code = if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                exit_codes::ERROR
            } else {
                exit_codes::SUCCESS
            };
            std::process::ExitCode::from(code)
        }
        _ => {
            let rendered = error.render().to_string();
            let message: Vec<&str> = rendered
                .lines()
                .map(str::trim)
                .filter(|line| {
                    !line.is_empty()
                        && !line.starts_with("Usage:")
                        && !line.starts_with("For more information")
                })
                .map(|line| line.strip_prefix("error: ").unwrap_or(line))
                .collect();
            let _ = writeln!(
                io::stderr().lock(),
                "roles: error: {} (see 'roles --help')",
                message.join("; ")
            );
            std::process::ExitCode::from(exit_codes::ERROR)
        }
    }
}
