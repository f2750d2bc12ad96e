//! `roles validate [FILE...]`: every problem of every dataset file, then a summary.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;

use super::dataset::read_inputs;
use crate::dataset::{Dataset, Input};
use crate::exit_codes::Status;
use crate::labels::{Labels, Verdict};
use crate::options::Options;
use crate::terminal::one_line;

/// Checks the built-in dataset (unless left out), the `--data` files and
/// `files` together, and prints each problem on a line of its own.
pub(crate) fn run(
    options: &Options,
    files: &[PathBuf],
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    // A file named twice (`--data team.yaml validate team.yaml`, an easy
    // slip) is read and checked once, not reported as its own duplicate.
    let paths: Vec<PathBuf> = options.data.iter().chain(files).cloned().collect();
    let read = read_inputs(options, &paths);
    let (texts, mut problems) = (read.texts, read.problems);
    let labels = Labels::of(options.lang);
    if texts.is_empty() && problems.is_empty() {
        bail!(labels.nothing_to_validate);
    }
    let inputs: Vec<Input<'_>> = texts
        .iter()
        .map(|(name, text)| Input::new(name, text))
        .collect();
    let (dataset, found) = Dataset::load_reporting(&inputs);
    problems.extend(found);
    // A problem names a file and quotes its keys: escaped and one line each,
    // like every message, even though these go to stdout for scripts to read.
    for problem in &problems {
        writeln!(out, "{}", one_line(&labels.problem(problem)))?;
    }
    let (errors, warnings) = problems
        .iter()
        .map(|problem| problem.tally())
        .fold((0, 0), |(errors, warnings), (e, w)| {
            (errors + e, warnings + w)
        });
    // Every file named, once: those read, then those that could not be.
    let mut names: Vec<String> = texts.into_iter().map(|(name, _)| name).collect();
    let mut named: HashSet<String> = names.iter().cloned().collect();
    for path in &paths {
        let name = if path.as_os_str() == "-" {
            crate::read::STDIN_NAME.to_owned()
        } else {
            path.display().to_string()
        };
        if named.insert(name.clone()) {
            names.push(name);
        }
    }
    let mut verdict = Verdict {
        files: &names,
        roles: 0,
        themes: 0,
        sources: 0,
        errors,
        warnings,
    };
    match dataset {
        // The verdict is the loader's: a dataset that loads is valid,
        // whatever its warnings.
        Some(dataset) if errors == 0 => {
            verdict.roles = dataset.roles().len();
            verdict.themes = dataset.themes().len();
            verdict.sources = dataset.sources().len();
            writeln!(out, "{}", one_line(&labels.verdict(&verdict, true)))?;
            Ok(Status::Success)
        }
        _ => {
            out.flush()?;
            bail!(labels.verdict(&verdict, false))
        }
    }
}
