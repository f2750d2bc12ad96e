//! Output formats. People get a [`Document`], which tables and Markdown only
//! write in their syntax; programs get JSON and CSV written from serde
//! structs. Both come from the one [`Output`] a command builds, so a format
//! never walks the dataset on its own.

mod format;
mod layout;
mod markdown;
mod sheet;
mod style;
mod terminal;
mod wrap;

use std::io::{self, Write};

pub use self::format::{Config, Format, Output, TableStyle};
pub use self::sheet::{Sheet, SheetText};

/// Writes `output` in `format` to `out`, exactly as a file gets it.
pub fn write(
    format: Format,
    config: &Config,
    output: &dyn Output,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => terminal::write(&output.document(config), config, out),
        Format::Markdown => markdown::write(&output.document(config), out),
        Format::Csv => {
            let mut sheet = Sheet::new(config.delimiter, config.bom, out)?;
            output.csv(config, &mut sheet)?;
            sheet.flush()
        }
        Format::Json => output.json(out),
    }
}

/// Writes `report` as one pretty-printed JSON document.
pub fn json(report: &impl serde::Serialize, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
