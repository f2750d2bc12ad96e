//! `roles show ROLE`: one role's whole card.

use std::io::Write;

use super::{View, load, print, resolve};
use crate::Status;
use crate::compare::Comparison;
use crate::format::Format;
use crate::model::Section;
use crate::options::Options;

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
    print(View::Comparison, format, options, &comparison, out)?;
    Ok(Status::Success)
}
