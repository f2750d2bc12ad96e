//! `roles export ROLE... [-o FILE]`: the comparison as a document to keep.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::dataset::{load_files, resolve_distinct};
use super::output::{note_untranslated, show, wide_is_csv};
use crate::compare::Comparison;
use crate::exit_codes::Status;
use crate::labels::Labels;
use crate::model::Section;
use crate::options::Options;
use crate::render::{self, Format};
use crate::replace::replace_file;
use crate::report::Compared;

/// Writes the comparison of `roles` to `output`, or to standard output, in
/// `format`, else the format `output`'s extension names, else Markdown.
pub(crate) fn run(
    options: &Options,
    roles: &[String],
    output: Option<&Path>,
    sections: &[Section],
    format: Option<Format>,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let (dataset, inputs) = load_files(options)?;
    let roles = resolve_distinct(options, &dataset, roles)?;
    let comparison = Comparison::new(&dataset, roles, sections, options.lang);
    let format = format
        .or_else(|| output.and_then(Format::of_path))
        .unwrap_or(Format::Markdown);
    // `-o -` is standard output, as for most tools, not a file named `-`.
    let output = output.filter(|path| path.as_os_str() != "-");
    let untranslated = comparison.untranslated();
    match output {
        None => show(options, format, &Compared(&comparison), untranslated, out)?,
        Some(path) => {
            wide_is_csv(options, format)?;
            // Rendered whole before the file is touched, so that a failure
            // leaves the old file as it was.
            let mut document = Vec::new();
            let config = options.config();
            render::write(format, &config, &Compared(&comparison), &mut document)?;
            replace_file(path, &document, &inputs).with_context(|| {
                Labels::of(options.lang).cannot_write(&path.display().to_string())
            })?;
            note_untranslated(format, untranslated, options.lang);
        }
    }
    Ok(Status::Success)
}
