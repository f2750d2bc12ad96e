//! `roles matrix`, `roles themes` and `roles sources`: the dataset at a glance.

use std::io::Write;

use super::{emit, load, resolve_distinct};
use crate::Status;
use crate::format::Format;
use crate::matrix::Matrix;
use crate::options::Options;
use crate::render::{Catalog, Renderer};

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
    emit(options, format, out, |renderer, out| {
        renderer.matrix(&matrix, out)
    })?;
    Ok(Status::Success)
}

/// Every theme and its id.
pub(crate) fn themes(
    options: &Options,
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    catalog(options, format, out, |renderer, catalog, out| {
        renderer.themes(catalog, out)
    })
}

/// Every source, its id and its full reference.
pub(crate) fn sources(
    options: &Options,
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    catalog(options, format, out, |renderer, catalog, out| {
        renderer.sources(catalog, out)
    })
}

/// Writes one view of the dataset's catalog of themes and sources.
fn catalog(
    options: &Options,
    format: Format,
    out: &mut dyn Write,
    view: fn(&dyn Renderer, &Catalog<'_>, &mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<Status> {
    let dataset = load(options)?;
    let catalog = Catalog {
        lang: options.lang,
        themes: dataset.themes(),
        sources: dataset.sources(),
    };
    emit(options, format, out, |renderer, out| {
        view(renderer, &catalog, out)
    })?;
    Ok(Status::Success)
}
