//! Comma-separated values (RFC 4180, by the csv crate): one row per item, for spreadsheets.

use std::borrow::Cow;
use std::io::{self, Write};

use super::Renderer;
use crate::compare::Comparison;

/// Renders CSV with a header row.
#[derive(Debug, Clone, Copy, Default)]
pub struct Csv;

const ITEM_HEADER: [&str; 7] = [
    "role", "section", "theme", "title", "detail", "sources", "disputed",
];

fn io_error(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(error) => error,
        kind => io::Error::other(format!("{kind:?}")),
    }
}

/// `cell`, prefixed with `'` if it starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return: Excel, LibreOffice and Google Sheets would read it as a
/// formula, which can fetch URLs or run commands. This is OWASP's advice for
/// CSV injection. JSON keeps the raw value.
fn as_text(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes `record` with every cell made safe for a spreadsheet.
fn write_row<const N: usize>(
    writer: &mut ::csv::Writer<&mut dyn Write>,
    record: [&str; N],
) -> io::Result<()> {
    writer
        .write_record(record.map(as_text).iter().map(|cell| cell.as_ref()))
        .map_err(io_error)
}

/// One row per item: role ids (`cto+cio` for shared items), section key,
/// theme label, title, detail and source ids, all in the chosen language.
fn items(comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
    let lang = comparison.lang;
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(ITEM_HEADER).map_err(io_error)?;
    for listed in comparison.listed() {
        let roles: Vec<&str> = listed.roles.iter().map(|role| role.id.as_ref()).collect();
        let disputed: Vec<&str> = listed.disputed.iter().map(|it| it.id.as_ref()).collect();
        write_row(
            &mut writer,
            [
                roles.join("+").as_str(),
                listed.section_key(),
                listed.theme.label.get(lang),
                listed.item.title.get(lang),
                listed.item.detail.get(lang),
                listed.item.sources.join(";").as_str(),
                disputed.join(";").as_str(),
            ],
        )?;
    }
    writer.flush()
}

impl Renderer for Csv {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        items(comparison, out)
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        items(comparison, out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let mut writer = ::csv::Writer::from_writer(out);
        writer
            .write_record(["id", "abbreviation", "title", "summary", "sources"])
            .map_err(io_error)?;
        for role in &comparison.roles {
            write_row(
                &mut writer,
                [
                    role.id.as_ref(),
                    role.abbreviation.as_ref(),
                    role.title.get(lang),
                    role.summary.get(lang),
                    role.summary.sources.join(";").as_str(),
                ],
            )?;
        }
        writer.flush()
    }
}
