//! The dataset a command works on, and the roles it names.

use std::path::PathBuf;

use anyhow::bail;

use crate::dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input, Problem, Problems};
use crate::labels::Labels;
use crate::model::Role;
use crate::options::Options;
use crate::read;

/// The dataset files of a run, as (name, text): the built-in one unless left
/// out, then each of `paths`. Files that cannot be read are problems.
pub(super) fn read_inputs(
    options: &Options,
    paths: &[PathBuf],
) -> (Vec<(String, String)>, Vec<Problem>) {
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
pub(super) fn load(options: &Options) -> anyhow::Result<Dataset> {
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
pub(super) fn resolve<'d>(
    options: &Options,
    dataset: &'d Dataset,
    ids: &[String],
) -> anyhow::Result<Vec<&'d Role>> {
    dataset
        .resolve_roles(ids)
        .map_err(|error| anyhow::anyhow!(Labels::of(options.lang).unknown_role(&error)))
}

/// The roles named, each once.
pub(super) fn resolve_distinct<'d>(
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
