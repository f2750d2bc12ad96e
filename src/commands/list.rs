//! `roles list [ROLE]`: the roles, or one role's responsibilities.

use std::io::Write;

use super::{View, load, print, resolve};
use crate::Status;
use crate::compare::Comparison;
use crate::format::Format;
use crate::model::Section;
use crate::options::Options;

/// Lists every role, or the responsibilities of `role`.
pub(crate) fn run(
    options: &Options,
    role: Option<&String>,
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    match role {
        None => {
            let roles = dataset.roles().iter().collect();
            let comparison = Comparison::new(&dataset, roles, &[], options.lang);
            print(View::Roles, format, options, &comparison, out)?;
        }
        Some(id) => {
            let roles = resolve(options, &dataset, std::slice::from_ref(id))?;
            let sections = [Section::Responsibilities];
            let comparison = Comparison::new(&dataset, roles, &sections, options.lang);
            print(View::List, format, options, &comparison, out)?;
        }
    }
    Ok(Status::Success)
}
