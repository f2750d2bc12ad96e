//! `roles schema [-o FILE]`: the JSON Schema of dataset files, for editors.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::dataset::data_files;
use crate::exit_codes::Status;
use crate::labels::Labels;
use crate::options::Options;
use crate::replace::replace_file;

/// The schema, made by the build script from the dataset's types and the
/// built-in ids (see `roles_dataset::json_schema`).
pub(crate) const SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/schema.json"));

/// Writes the schema to `output`, or to standard output; never over a
/// dataset file the command line names, though it reads none.
pub(crate) fn run(
    options: &Options,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    match output.filter(|path| path.as_os_str() != "-") {
        None => out.write_all(SCHEMA.as_bytes())?,
        Some(path) => replace_file(path, SCHEMA.as_bytes(), &data_files(options))
            .with_context(|| Labels::of(options.lang).cannot_write(&path.display().to_string()))?,
    }
    Ok(Status::Success)
}
