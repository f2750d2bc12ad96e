//! What a format needs to know of a run and of what a command prints.

use std::io::{self, Write};

use clap::ValueEnum;

use super::sheet::Sheet;
use crate::labels::{ASCII_MARKS, Marks, UNICODE_MARKS};
use crate::view::Document;

/// How tables are drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum TableStyle {
    /// Box-drawing characters
    #[default]
    Unicode,
    /// ASCII only: borders `+`, `-`, `|`; marks `*`, `!=`, `-`, `>`
    Ascii,
    /// No borders: columns separated by spaces, rows by blank lines
    Plain,
}

impl TableStyle {
    /// The marks this style draws with: 7-bit ones for `ascii`.
    pub fn marks(self) -> &'static Marks {
        match self {
            TableStyle::Ascii => &ASCII_MARKS,
            TableStyle::Unicode | TableStyle::Plain => &UNICODE_MARKS,
        }
    }
}

/// What the formats need to know of a run: nothing of the command line or
/// the environment beyond this.
#[derive(Debug, Clone)]
pub struct Config {
    /// Whether tables are coloured: bold headings and titles, highlighted matches.
    pub color: bool,
    /// How tables are drawn.
    pub style: TableStyle,
    /// The width tables are wrapped to; `None` leaves lines unwrapped.
    pub width: Option<u16>,
    /// Whether comparisons and the matrix are slide-sized (`--brief`).
    pub brief: bool,
    /// Whether a comparison's CSV is side by side (`--wide`).
    pub wide: bool,
    /// The byte between CSV fields.
    pub delimiter: u8,
    /// Whether CSV begins with a UTF-8 byte order mark.
    pub bom: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            color: false,
            style: TableStyle::Unicode,
            width: Some(100),
            brief: false,
            wide: false,
            delimiter: b',',
            bom: false,
        }
    }
}

/// What a command prints, in every format: each format asks for the one
/// shape it writes, and only that shape is built.
pub trait Output {
    /// The document a person reads, in a table or Markdown.
    fn document(&self, config: &Config) -> Document;

    /// The JSON document a program reads.
    fn json(&self, out: &mut dyn Write) -> io::Result<()>;

    /// The CSV rows a spreadsheet reads, header first.
    fn csv(&self, config: &Config, sheet: &mut Sheet<'_>) -> io::Result<()>;
}
