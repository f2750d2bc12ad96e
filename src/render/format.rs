//! The formats there are, and what a format needs to know of a run and of
//! what a command prints.

use std::io::{self, Write};
use std::path::Path;

use clap::ValueEnum;

use super::sheet::Sheet;
use crate::view::Document;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables for reading in a terminal
    Table,
    /// GitHub-flavoured Markdown tables
    Markdown,
    /// Comma-separated values, one row per item
    Csv,
    /// One JSON document
    Json,
}

impl Format {
    /// The file name extensions of documents in this format, the usual one
    /// first; none for tables, which are drawn for a terminal, not kept.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Table => &[],
            Format::Markdown => &["md", "markdown"],
            Format::Csv => &["csv"],
            Format::Json => &["json"],
        }
    }

    /// Whether this format is for programs to read: its bytes are kept exact
    /// (escaped only on a terminal), and it has no room for prose, such as a
    /// note on untranslated texts, which goes to stderr instead.
    pub fn is_data(self) -> bool {
        match self {
            Format::Table | Format::Markdown => false,
            Format::Csv | Format::Json => true,
        }
    }

    /// The format a file's name asks for by its extension, in any case.
    pub fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::value_variants()
            .iter()
            .copied()
            .find(|format| format.extensions().contains(&extension.as_str()))
    }
}

/// How tables are drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum TableStyle {
    /// Box-drawing characters
    #[default]
    Unicode,
    /// ASCII borders: `+`, `-`, `|`
    Ascii,
    /// No borders: columns separated by spaces, rows by blank lines
    Plain,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_names_its_format() {
        let of = |name: &str| Format::of_path(Path::new(name));
        assert_eq!(of("out.md"), Some(Format::Markdown));
        assert_eq!(of("OUT.Markdown"), Some(Format::Markdown));
        assert_eq!(of("out.csv"), Some(Format::Csv));
        assert_eq!(of("dir.json/out.JSON"), Some(Format::Json));
        assert_eq!(of("out.txt"), None);
        assert_eq!(of("out"), None);
    }
}
