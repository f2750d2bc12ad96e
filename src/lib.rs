//! `roles` compares executive roles side by side from a cited, bilingual dataset.
//!
//! The data flows one way: `data/roles.yaml` → [`dataset`] (load and check) →
//! [`Dataset`] → [`compare`] (align) → [`Comparison`] → [`render`] → `Write`.

// The built-in dataset is written by build.rs with `alloc::vec!`.
extern crate alloc;

pub mod builtin;
pub mod cli;
pub mod compare;
pub mod exit_codes;
pub mod format;
pub mod labels;
pub mod options;
pub mod read;
pub mod render;
mod replace;
pub mod search;
mod terminal;

pub use roles_dataset as dataset;
pub use roles_dataset::model;

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::compare::Comparison;
use crate::dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input, Problem, Problems};
use crate::format::Format;
use crate::model::{Role, Section};
use crate::options::{Environment, Options};
use crate::render::renderer;

/// How a run ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything asked for was shown.
    Success,
    /// A search found nothing.
    NoMatch,
}

/// Runs one command, writing what it shows to `out`. Meant to be called once
/// per process: the dataset it loads is left for the process's exit to free.
pub fn run(cli: &Cli, env: &Environment, out: &mut dyn Write) -> anyhow::Result<Status> {
    let options = Options::new(cli, env)?;
    match &cli.command {
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            return Ok(Status::Success);
        }
        Command::Validate { files } => return validate(&options, files, out),
        _ => {}
    }
    let dataset = load(&options)?;
    let lang = options.lang;
    let every_role = || dataset.roles().iter().collect::<Vec<_>>();
    match &cli.command {
        Command::List { role: None, format } => {
            let comparison = Comparison::new(&dataset, every_role(), &[], lang);
            print(View::Roles, format.format, &options, &comparison, out)?;
        }
        Command::List {
            role: Some(id),
            format,
        } => {
            let roles = dataset.resolve_roles(std::slice::from_ref(id))?;
            let comparison = Comparison::new(&dataset, roles, &[Section::Responsibilities], lang);
            print(View::List, format.format, &options, &comparison, out)?;
        }
        Command::Show {
            role,
            sections,
            format,
        } => {
            let roles = dataset.resolve_roles(std::slice::from_ref(role))?;
            let comparison = Comparison::new(&dataset, roles, &sections.chosen(), lang);
            print(View::Comparison, format.format, &options, &comparison, out)?;
        }
        Command::Compare {
            roles,
            sections,
            format,
        } => {
            let roles = resolve_distinct(&dataset, roles)?;
            let comparison = Comparison::new(&dataset, roles, &sections.chosen(), lang);
            print(View::Comparison, format.format, &options, &comparison, out)?;
        }
        Command::Search {
            term,
            sections,
            format,
        } => {
            let needle = search::fold(term.trim());
            if needle.is_empty() {
                bail!("the search term is empty");
            }
            let mut comparison = Comparison::new(&dataset, every_role(), &sections.chosen(), lang);
            comparison.retain(|item| {
                search::contains_folded(item.title.get(lang), &needle)
                    || search::contains_folded(item.detail.get(lang), &needle)
            });
            let found = !comparison.is_empty();
            // Like grep, a search that finds nothing prints nothing, except that
            // a script asking for CSV or JSON still gets a well-formed, empty document.
            if found || format.format.is_data() {
                print(View::List, format.format, &options, &comparison, out)?;
            }
            if !found {
                return Ok(Status::NoMatch);
            }
        }
        Command::Export {
            roles,
            output,
            sections,
            format,
        } => {
            let roles = resolve_distinct(&dataset, roles)?;
            let comparison = Comparison::new(&dataset, roles, &sections.chosen(), lang);
            let format = format
                .or_else(|| output.as_deref().and_then(Format::of_path))
                .unwrap_or(Format::Markdown);
            let renderer = renderer(format, &options);
            match output {
                None => renderer.comparison(&comparison, out)?,
                Some(path) => {
                    let mut document = Vec::new();
                    renderer.comparison(&comparison, &mut document)?;
                    replace::replace_file(path, &document)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                }
            }
            note_untranslated(format, &comparison);
        }
        Command::Completions { shell } => {
            let mut command = completion_command(&dataset);
            clap_complete::generate(*shell, &mut command, "roles", out);
            if *shell == clap_complete::Shell::Fish {
                fish_role_completions(&dataset, out)?;
            }
        }
        Command::Man | Command::Validate { .. } => unreachable!("handled before loading"),
    }
    Ok(Status::Success)
}

/// The dataset files of a run, as (name, text): the built-in one unless left
/// out, then each of `paths`. Files that cannot be read are problems.
fn read_inputs(options: &Options, paths: &[PathBuf]) -> (Vec<(String, String)>, Vec<Problem>) {
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    if options.builtin {
        texts.push((BUILTIN_NAME.to_owned(), BUILTIN_YAML.to_owned()));
    }
    for path in paths {
        match read::read_dataset(path, options.max_data_mib) {
            Ok(text) => texts.push((path.display().to_string(), text)),
            Err(problem) => problems.push(problem),
        }
    }
    (texts, problems)
}

/// The dataset a command works on: the built-in one and the user's files, checked.
fn load(options: &Options) -> anyhow::Result<Dataset> {
    if options.builtin && options.data.is_empty() {
        return Ok(builtin::dataset());
    }
    let (texts, problems) = read_inputs(options, &options.data);
    if !problems.is_empty() {
        return Err(Problems(problems).into());
    }
    let inputs: Vec<Input<'_>> = texts
        .iter()
        .map(|(name, text)| Input::new(name, text))
        .collect();
    Ok(Dataset::load(&inputs)?)
}

/// `roles validate`: every problem of every file, one per line, then a summary.
fn validate(options: &Options, files: &[PathBuf], out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut paths = options.data.clone();
    paths.extend(files.iter().cloned());
    let (texts, mut problems) = read_inputs(options, &paths);
    if texts.is_empty() && problems.is_empty() {
        bail!("nothing to validate: --no-builtin and no files");
    }
    let inputs: Vec<Input<'_>> = texts
        .iter()
        .map(|(name, text)| Input::new(name, text))
        .collect();
    let (dataset, found) = Dataset::load_reporting(&inputs);
    problems.extend(found);
    for problem in &problems {
        writeln!(out, "{}", terminal::escape(&problem.to_string()))?;
    }
    let errors = problems.iter().filter(|problem| problem.is_error()).count();
    let warnings = problems.len() - errors;
    // Every file named, once: those read, then those that could not be.
    let mut names: Vec<String> = texts.into_iter().map(|(name, _)| name).collect();
    for path in &paths {
        let name = path.display().to_string();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match dataset {
        Some(dataset) if errors == 0 => {
            writeln!(
                out,
                "valid: {} ({}, {}, {}{})",
                names.join(", "),
                plural(dataset.roles().len(), "role"),
                plural(dataset.themes().len(), "theme"),
                plural(dataset.sources().len(), "source"),
                if warnings > 0 {
                    format!("; {}", plural(warnings, "warning"))
                } else {
                    String::new()
                }
            )?;
            Ok(Status::Success)
        }
        _ => {
            out.flush()?;
            bail!(
                "{} and {} in {}",
                plural(errors, "error"),
                plural(warnings, "warning"),
                names.join(", ")
            )
        }
    }
}

/// Which of a renderer's views a command shows.
enum View {
    /// The roles themselves (`list`).
    Roles,
    /// One row per item (`list ROLE`, `search`).
    List,
    /// Roles side by side (`show`, `compare`, `export`).
    Comparison,
}

/// Renders `comparison` as `view` in `format`, then notes untranslated texts.
fn print(
    view: View,
    format: Format,
    options: &Options,
    comparison: &Comparison<'_>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let renderer = renderer(format, options);
    match view {
        View::Roles => renderer.roles(comparison, out)?,
        View::List => renderer.list(comparison, out)?,
        View::Comparison => renderer.comparison(comparison, out)?,
    }
    note_untranslated(format, comparison);
    Ok(())
}

/// CSV and JSON have no room for prose, so the note on untranslated texts goes
/// to stderr (JSON also counts them in `untranslated`); tables and Markdown
/// carry it in the document.
fn note_untranslated(format: Format, comparison: &Comparison<'_>) {
    let missing = comparison.untranslated();
    if missing > 0 && format.is_data() {
        let note = labels::Labels::of(comparison.lang).untranslated(missing);
        let _ = writeln!(io::stderr().lock(), "roles: {note}");
    }
}

/// The command line with the dataset's role ids as the values of role
/// arguments, so that shells complete them.
fn completion_command(dataset: &Dataset) -> clap::Command {
    let ids: Vec<String> = dataset
        .roles()
        .iter()
        .map(|role| role.id.to_string())
        .collect();
    let with_roles =
        |arg: clap::Arg| arg.value_parser(clap::builder::PossibleValuesParser::new(ids.clone()));
    Cli::command()
        .mut_subcommand("list", |command| command.mut_arg("role", with_roles))
        .mut_subcommand("show", |command| command.mut_arg("role", with_roles))
        .mut_subcommand("compare", |command| command.mut_arg("roles", with_roles))
        .mut_subcommand("export", |command| command.mut_arg("roles", with_roles))
}

/// clap's fish script completes options only; fish can complete positional
/// values too, so role ids are added for the commands that take roles.
fn fish_role_completions(dataset: &Dataset, out: &mut dyn Write) -> io::Result<()> {
    for role in dataset.roles() {
        let title = role.title.en().replace('\'', "\\'");
        for command in ["list", "show", "compare", "export"] {
            writeln!(
                out,
                "complete -c roles -n \"__fish_roles_using_subcommand {command}\" -f -a \"{}\" -d '{title}'",
                role.id
            )?;
        }
    }
    Ok(())
}

/// The roles named, each once.
fn resolve_distinct<'d>(dataset: &'d Dataset, ids: &[String]) -> anyhow::Result<Vec<&'d Role>> {
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
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            std::process::ExitCode::from(exit_codes::SUCCESS)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            std::process::ExitCode::from(exit_codes::ERROR)
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
