//! Output formats, and the writer of each: a format is its value here and
//! its writer's module. People get a [`Document`], which tables and Markdown only
//! write in their syntax; programs get JSON and CSV written from serde
//! structs. Both come from the one [`Output`] a command builds, so a format
//! never walks the dataset on its own.

mod cell;
mod fit;
mod format;
mod layout;
mod markdown;
mod sheet;
mod style;
mod terminal;
mod wrap;

use std::io::{self, Write};
use std::path::Path;

use clap::ValueEnum;

pub use self::format::{Config, Output, TableStyle};
pub use self::sheet::{BOM, Sheet, SheetText};
pub(crate) use self::wrap::width as text_width;

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

/// Writes `output` in `format` to `out`, exactly as a file gets it.
pub fn write(
    format: Format,
    config: &Config,
    output: &dyn Output,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => terminal::write(&output.document(config), config, out),
        // Markdown is a file's syntax, not a terminal's: `--style` is not for it.
        Format::Markdown => {
            let config = Config {
                style: TableStyle::Unicode,
                width: None,
                ..config.clone()
            };
            markdown::write(&output.document(&config), out)
        }
        Format::Csv => {
            let mut sheet = Sheet::new(config.delimiter, config.bom, out)?;
            output.csv(config, &mut sheet)?;
            sheet.flush()
        }
        Format::Json => output.json(out),
    }
}

/// Writes `report` as one pretty-printed JSON document, its control
/// characters as JSON escapes, so that it is the same on a terminal, in a
/// pipe and in a file captured from a terminal (`ssh -t`).
pub fn json(report: &impl serde::Serialize, out: &mut dyn Write) -> io::Result<()> {
    let json = serde_json::to_string_pretty(report)?;
    writeln!(out, "{}", crate::terminal::escape_json(&json))
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
