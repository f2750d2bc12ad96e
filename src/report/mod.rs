//! What programs read: one JSON document and CSV rows per run, written from
//! serde structs of the same comparison people see, in the shapes
//! docs/formats.md documents. Each command's [`Output`] lives here too,
//! giving every format the one shape it writes.

mod catalog;
mod items;
mod json;
mod pieces;
mod rows;

use std::io::{self, Write};

pub use self::catalog::{Sources, Themes};
use self::items::listed;
use self::json::{comparison_json, report};
use crate::compare::Comparison;
use crate::render::{self, Config, Output, Sheet};
use crate::search::Needle;
use crate::terminal::Shown;
use crate::view::{Block, Cited, Document};

/// Roles side by side (`compare`, `show`, `export`).
pub struct Compared<'c, 'd>(pub &'c Comparison<'d>);

impl Output for Compared<'_, '_> {
    fn document(&self, config: &Config) -> Document {
        if config.brief {
            Document::brief(self.0, config.style.marks())
        } else {
            Document::comparison(self.0, config.style.marks())
        }
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        render::json(&comparison_json(self.0), out)
    }

    fn csv(&self, config: &Config, sheet: &mut Sheet<'_>) -> io::Result<()> {
        if config.wide {
            rows::wide(self.0, config.brief, sheet)
        } else {
            items::items(self.0, config.brief, sheet)
        }
    }
}

/// Every item of a comparison, one per row (`list ROLE`, `search`), after
/// any lines for people that head the list (a search's matching role names).
pub struct Items<'c, 'd> {
    /// The items.
    pub comparison: &'c Comparison<'d>,
    /// Prose before the list, for tables and Markdown only.
    pub preface: Vec<String>,
    /// Search words to highlight.
    pub highlight: Vec<Needle>,
    /// How people see the items after the preface.
    pub listing: Listing,
}

/// How people see a list of items; programs always get every field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Not at all: the preface says all there is (a search that matched
    /// only a role's name).
    Hidden,
    /// A row each, with its detail (`list ROLE`).
    Table,
    /// A line each in a terminal, as ripgrep shows matches, with the detail
    /// under it when `long`; a table in Markdown (`search`).
    Lines {
        /// Whether each item's detail follows its line (`--long`).
        long: bool,
    },
}

impl Output for Items<'_, '_> {
    fn document(&self, _: &Config) -> Document {
        let mut document = match self.listing {
            Listing::Hidden => Document::default(),
            Listing::Table => Document::list(self.comparison),
            Listing::Lines { long } => Document::found(self.comparison, long),
        };
        let preface = self
            .preface
            .iter()
            .map(|line| Block::Paragraph(Cited::plain(Shown::new(line))));
        document.blocks.splice(0..0, preface);
        document.highlight.clone_from(&self.highlight);
        document
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.comparison.lang;
        let mut report = report(self.comparison);
        report.items = Some(
            self.comparison
                .listed()
                .map(|it| listed(&it, lang))
                .collect(),
        );
        render::json(&report, out)
    }

    fn csv(&self, config: &Config, sheet: &mut Sheet<'_>) -> io::Result<()> {
        items::items(self.comparison, config.brief, sheet)
    }
}

/// The compared roles themselves (`list`).
pub struct Roles<'c, 'd>(pub &'c Comparison<'d>);

impl Output for Roles<'_, '_> {
    fn document(&self, _: &Config) -> Document {
        Document::roles(self.0)
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        render::json(&report(self.0), out)
    }

    fn csv(&self, _: &Config, sheet: &mut Sheet<'_>) -> io::Result<()> {
        rows::roles(self.0, sheet)
    }
}
