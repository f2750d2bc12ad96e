//! `roles compare ROLE ROLE...`: roles side by side, aligned by theme.

use std::io::Write;

use super::{View, load, print, resolve_distinct};
use crate::Status;
use crate::compare::Comparison;
use crate::format::Format;
use crate::model::Section;
use crate::options::Options;

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
    print(View::Comparison, format, options, &comparison, out)?;
    Ok(Status::Success)
}
