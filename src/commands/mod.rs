//! One module per command, each with its own `run` (as xsv's `src/cmd/`),
//! and what several of them share: loading the dataset and showing what a
//! command prints, the one way every command reaches standard output.

pub(crate) mod catalog;
pub(crate) mod compare;
pub(crate) mod completions;
pub(crate) mod export;
pub(crate) mod list;
pub(crate) mod man;
pub(crate) mod search;
pub(crate) mod show;
pub(crate) mod validate;

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;

use crate::dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input, Problem, Problems};
use crate::diagnostic;
use crate::labels::Labels;
use crate::model::Role;
use crate::options::Options;
use crate::read;
use crate::render::{self, Format, Output};
use crate::terminal::Escaping;

/// The dataset files of a run, as (name, text): the built-in one unless left
/// out, then each of `paths`. Files that cannot be read are problems.
fn read_inputs(options: &Options, paths: &[PathBuf]) -> (Vec<(String, String)>, Vec<Problem>) {
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    if options.builtin {
        texts.push((BUILTIN_NAME.to_owned(), BUILTIN_YAML.to_owned()));
    }
    let mut stdin_read = false;
    for path in paths {
        // `-` is standard input, as for most tools; it can be read only once.
        let read = if path.as_os_str() == "-" {
            if std::mem::replace(&mut stdin_read, true) {
                continue;
            }
            read::read_stdin(options.max_data_mib).map(|text| (read::STDIN_NAME.to_owned(), text))
        } else {
            read::read_dataset(path, options.max_data_mib)
                .map(|text| (path.display().to_string(), text))
        };
        match read {
            Ok(input) => texts.push(input),
            Err(problem) => problems.push(problem),
        }
    }
    (texts, problems)
}

/// The dataset a command works on: the built-in one and the user's files, checked.
fn load(options: &Options) -> anyhow::Result<Dataset> {
    if options.builtin && options.data.is_empty() {
        return Ok(crate::builtin::dataset());
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

/// The roles named, in the interface's language when one is unknown.
fn resolve<'d>(
    options: &Options,
    dataset: &'d Dataset,
    ids: &[String],
) -> anyhow::Result<Vec<&'d Role>> {
    dataset
        .resolve_roles(ids)
        .map_err(|error| anyhow::anyhow!(Labels::of(options.lang).unknown_role(&error)))
}

/// The roles named, each once.
fn resolve_distinct<'d>(
    options: &Options,
    dataset: &'d Dataset,
    ids: &[String],
) -> anyhow::Result<Vec<&'d Role>> {
    let roles = resolve(options, dataset, ids)?;
    for (index, role) in roles.iter().enumerate() {
        if roles[..index].iter().any(|earlier| earlier.id == role.id) {
            bail!(Labels::of(options.lang).named_twice(&role.id));
        }
    }
    Ok(roles)
}

/// Writes `output` in `format` to standard output: tables and Markdown as
/// documents, CSV and JSON exact for a pipe or a file but escaped on a
/// terminal, where a person reads them and a control character in the
/// dataset would be obeyed. Then notes untranslated texts, where the format
/// has no room for the note.
fn show(
    options: &Options,
    format: Format,
    output: &dyn Output,
    untranslated: usize,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    wide_is_csv(options, format)?;
    let config = options.config();
    if format.is_data() && options.terminal {
        let mut escaping = Escaping::new(out);
        render::write(format, &config, output, &mut escaping)?;
        escaping.flush()?;
    } else {
        render::write(format, &config, output, out)?;
    }
    note_untranslated(format, untranslated, options.lang);
    Ok(())
}

/// `--wide` shapes CSV only: with any other format it would do nothing,
/// which a user asking for it should hear.
fn wide_is_csv(options: &Options, format: Format) -> anyhow::Result<()> {
    if options.wide && format != Format::Csv {
        bail!(Labels::of(options.lang).wide_needs_csv);
    }
    Ok(())
}

/// CSV and JSON have no room for prose, so the note on untranslated texts goes
/// to stderr (JSON also counts them in `untranslated`); tables and Markdown
/// carry it in the document.
fn note_untranslated(format: Format, missing: usize, lang: crate::model::Lang) {
    if missing > 0 && format.is_data() {
        diagnostic::note(&Labels::of(lang).untranslated(missing));
    }
}
