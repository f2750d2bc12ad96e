//! `roles matrix`, `roles themes` and `roles sources`: the dataset at a glance.

use std::io::Write;

use super::dataset::{load, resolve_distinct};
use super::output::show;
use crate::exit_codes::Status;
use crate::matrix::Matrix;
use crate::options::Options;
use crate::render::Format;
use crate::report::{Sources, Themes};
use crate::view::Catalog;

/// Themes against `roles` (every role when none is named).
pub(crate) fn matrix(
    options: &Options,
    roles: &[String],
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let roles = if roles.is_empty() {
        dataset.roles().iter().collect()
    } else {
        resolve_distinct(options, &dataset, roles)?
    };
    let matrix = Matrix::new(&dataset, roles, options.lang);
    show(options, format, &matrix, 0, out)?;
    Ok(Status::Success)
}

/// Every theme and its id.
pub(crate) fn themes(
    options: &Options,
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let catalog = catalog(options, &dataset);
    show(options, format, &Themes(&catalog), 0, out)?;
    Ok(Status::Success)
}

/// Every source, its id and its full reference.
pub(crate) fn sources(
    options: &Options,
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let catalog = catalog(options, &dataset);
    show(options, format, &Sources(&catalog), 0, out)?;
    Ok(Status::Success)
}

/// The dataset's themes and sources, in the chosen language.
fn catalog<'d>(options: &Options, dataset: &'d crate::dataset::Dataset) -> Catalog<'d> {
    Catalog {
        lang: options.lang,
        themes: dataset.themes(),
        sources: dataset.sources(),
    }
}
