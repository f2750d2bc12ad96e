//! The dataset a command works on, and the roles it names.

use std::path::PathBuf;

use anyhow::bail;

use crate::dataset::{BUILTIN_NAME, BUILTIN_YAML, Dataset, Input, Problem, Problems};
use crate::labels::Labels;
use crate::model::Role;
use crate::options::Options;
use crate::read::{self, FileId};

/// The dataset files of a run as read: each one's name and text, the
/// problems of those that could not be read, and which files they were.
pub(super) struct Inputs {
    pub(super) texts: Vec<(String, String)>,
    pub(super) problems: Vec<Problem>,
    /// The files read, so that no command writes over one of them.
    pub(super) files: Vec<FileId>,
}

/// Reads the built-in dataset unless left out, then each of `paths`. A file
/// named twice, by any path (`f` and `./f`, a link, `ROLES_DATA=f:f`), is
/// read once, as `validate` and loading must agree on what it holds.
pub(super) fn read_inputs(options: &Options, paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs {
        texts: Vec::new(),
        problems: Vec::new(),
        files: Vec::new(),
    };
    if options.builtin {
        inputs
            .texts
            .push((BUILTIN_NAME.to_owned(), BUILTIN_YAML.to_owned()));
    }
    let mut stdin_read = false;
    for path in paths {
        // `-` is standard input, as for most tools; it can be read only once.
        let read = if path.as_os_str() == "-" {
            if std::mem::replace(&mut stdin_read, true) {
                continue;
            }
            read::read_stdin(options.max_data_mib)
                .map(|(text, id)| (read::STDIN_NAME.to_owned(), text, id))
        } else {
            read::read_dataset(path, options.max_data_mib)
                .map(|(text, id)| (path.display().to_string(), text, id))
        };
        match read {
            Ok((_, _, Some(id))) if inputs.files.contains(&id) => {}
            Ok((name, text, id)) => {
                inputs.texts.push((name, text));
                inputs.files.extend(id);
            }
            Err(problem) => inputs.problems.push(problem),
        }
    }
    inputs
}

/// The files `--data` (or `ROLES_DATA`) names that exist, so that a command
/// that does not read them still never writes over one.
pub(super) fn data_files(options: &Options) -> Vec<FileId> {
    options
        .data
        .iter()
        .filter_map(|path| std::fs::metadata(path).ok())
        .filter_map(|metadata| FileId::of(&metadata))
        .collect()
}

/// The dataset a command works on: the built-in one and the user's files, checked.
pub(super) fn load(options: &Options) -> anyhow::Result<Dataset> {
    Ok(load_files(options)?.0)
}

/// [`load`], and which files it read.
pub(super) fn load_files(options: &Options) -> anyhow::Result<(Dataset, Vec<FileId>)> {
    if options.builtin && options.data.is_empty() {
        return Ok((crate::builtin::dataset(), Vec::new()));
    }
    let read = read_inputs(options, &options.data);
    if !read.problems.is_empty() {
        return Err(Problems(read.problems).into());
    }
    let inputs: Vec<Input<'_>> = read
        .texts
        .iter()
        .map(|(name, text)| Input::new(name, text))
        .collect();
    Ok((Dataset::load(&inputs)?, read.files))
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
