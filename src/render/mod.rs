//! Output formats. Each renders the same [`Comparison`]; none reads the dataset on its own.
//!
//! Tables and Markdown are for people: both write one [`document::Document`],
//! laid out once. CSV and JSON are for programs and write the comparison's
//! own shape.

mod csv;
mod document;
mod json;
mod markdown;
mod table;
mod wrap;

use std::io::{self, Write};

use crate::compare::Comparison;
use crate::format::Format;
use crate::matrix::Matrix;
use crate::model::{Lang, Source, Theme};
use crate::options::Options;

pub use self::csv::Csv;
pub use self::json::Json;
pub use self::markdown::Markdown;
pub use self::table::TableRenderer;

/// One output format.
pub trait Renderer {
    /// Roles side by side, section by section (`compare`, `show`, `export`).
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// Every item of a comparison, one per row (`list ROLE`, `search`).
    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// The compared roles themselves: id, abbreviation, title, summary (`list`).
    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// Themes against roles (`matrix`).
    fn matrix(&self, matrix: &Matrix<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// Every theme and its id (`themes`).
    fn themes(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()>;

    /// Every source, its id and its full reference (`sources`).
    fn sources(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()>;
}

/// What a dataset offers a user writing roles of their own: its themes and
/// sources, with their ids.
#[derive(Debug)]
pub struct Catalog<'d> {
    /// The language labels are shown in.
    pub lang: Lang,
    /// Every theme, in display order.
    pub themes: &'d [Theme],
    /// Every source, in number order.
    pub sources: &'d [Source],
}

/// A role's title as it stands alone in a cell: with a capital, as a
/// Hungarian title ("technológiai igazgató") is not written inside a sentence.
pub(crate) fn capitalised(title: &str) -> String {
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` in lines of at most `width` columns, as tables wrap their prose;
/// one line when `width` is `None`.
pub(crate) fn wrap_prose(text: &str, width: Option<u16>) -> Vec<String> {
    match width {
        Some(width) => wrap::wrap(text, "", usize::from(width)),
        None => vec![text.to_owned()],
    }
}

/// The renderer for a format.
pub(crate) fn renderer(format: Format, options: &Options) -> Box<dyn Renderer> {
    match format {
        Format::Table => Box::new(TableRenderer {
            color: options.color,
            style: options.style,
            width: options.width,
            brief: options.brief,
            highlight: options.highlight.clone(),
        }),
        Format::Markdown => Box::new(Markdown {
            brief: options.brief,
        }),
        Format::Csv => Box::new(Csv {
            delimiter: options.delimiter,
            bom: options.bom,
            wide: options.wide,
            brief: options.brief,
        }),
        Format::Json => Box::new(Json),
    }
}
