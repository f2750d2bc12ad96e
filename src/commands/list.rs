//! `roles list [ROLE]`: the roles, or one role's responsibilities.

use std::io::Write;

use super::dataset::{load, resolve};
use super::output::show;
use crate::compare::Comparison;
use crate::exit_codes::Status;
use crate::model::Section;
use crate::options::Options;
use crate::render::Format;
use crate::report::{Items, Listing, Roles};

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
            let untranslated = comparison.untranslated();
            show(options, format, &Roles(&comparison), untranslated, out)?;
        }
        Some(id) => {
            let roles = resolve(options, &dataset, std::slice::from_ref(id))?;
            let sections = [Section::Responsibilities];
            let comparison = Comparison::new(&dataset, roles, &sections, options.lang);
            let items = Items {
                comparison: &comparison,
                preface: Vec::new(),
                highlight: Vec::new(),
                listing: Listing::Table,
            };
            show(options, format, &items, comparison.untranslated(), out)?;
        }
    }
    Ok(Status::Success)
}
