//! `roles compare ROLE ROLE...`: roles side by side, aligned by theme.

use std::io::Write;

use super::dataset::{load, resolve_distinct};
use super::output::show;
use crate::compare::Comparison;
use crate::exit_codes::Status;
use crate::model::Section;
use crate::options::Options;
use crate::render::Format;
use crate::report::Compared;

/// Compares `roles`, each named once, in the chosen sections.
pub(crate) fn run(
    options: &Options,
    roles: &[String],
    sections: &[Section],
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let roles = resolve_distinct(options, &dataset, roles)?;
    let comparison = Comparison::new(&dataset, roles, sections, options.lang);
    show(
        options,
        format,
        &Compared(&comparison),
        comparison.untranslated(),
        out,
    )?;
    Ok(Status::Success)
}
