//! `roles show ROLE`: one role's whole card.

use std::io::Write;

use super::dataset::{load, resolve};
use super::output::show;
use crate::compare::Comparison;
use crate::exit_codes::Status;
use crate::model::Section;
use crate::options::Options;
use crate::render::Format;
use crate::report::Compared;

/// Shows `role`'s card: title, summary, orientation and the chosen sections.
pub(crate) fn run(
    options: &Options,
    role: &String,
    sections: &[Section],
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let roles = resolve(options, &dataset, std::slice::from_ref(role))?;
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
