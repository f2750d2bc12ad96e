//! CSV for spreadsheets (RFC 4180, by the csv crate): the writer every CSV
//! report goes through, and the text type that keeps a cell from being
//! taken for a formula.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::{Serialize, Serializer};

/// The byte order mark of UTF-8.
/// The UTF-8 byte order mark, by which spreadsheet programs know CSV for UTF-8.
pub const BOM: &[u8] = "\u{feff}".as_bytes();

/// A text in a CSV cell, prefixed with `'` if it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return: Excel, LibreOffice and Google Sheets
/// would read it as a formula, which can fetch URLs or run commands. This is
/// OWASP's advice for CSV injection; JSON keeps the raw value.
#[derive(Debug, Clone)]
pub struct SheetText<'a>(pub Cow<'a, str>);

impl<'a> From<&'a str> for SheetText<'a> {
    fn from(text: &'a str) -> SheetText<'a> {
        SheetText(Cow::Borrowed(text))
    }
}

impl From<String> for SheetText<'_> {
    fn from(text: String) -> Self {
        SheetText(Cow::Owned(text))
    }
}

impl Serialize for SheetText<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            serializer.serialize_str(&format!("'{}", self.0))
        } else {
            serializer.serialize_str(&self.0)
        }
    }
}

/// A CSV document being written: a header, then rows.
pub struct Sheet<'w> {
    writer: csv::Writer<&'w mut dyn Write>,
}

fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        kind => io::Error::other(format!("{kind:?}")),
    }
}

impl<'w> Sheet<'w> {
    /// A sheet with fields apart by `delimiter`, after the byte order mark if `bom`.
    pub fn new(delimiter: u8, bom: bool, out: &'w mut dyn Write) -> io::Result<Sheet<'w>> {
        if bom {
            out.write_all(BOM)?;
        }
        // Every field quoted: a spreadsheet set to split on `;` or tabs
        // would otherwise cut "x;=1+1" in two and run the second half as a
        // formula, whatever delimiter was written.
        let writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .quote_style(csv::QuoteStyle::Always)
            .has_headers(false)
            .from_writer(out);
        Ok(Sheet { writer })
    }

    /// Writes the names of the columns.
    pub fn header<S: AsRef<str>>(&mut self, names: &[S]) -> io::Result<()> {
        let names: Vec<SheetText<'_>> = names.iter().map(|name| name.as_ref().into()).collect();
        self.row(&names)
    }

    /// Writes one row: a struct of [`SheetText`] fields, or a list of them.
    pub fn row(&mut self, row: &impl Serialize) -> io::Result<()> {
        self.writer.serialize(row).map_err(io_error)
    }

    /// Writes what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}
