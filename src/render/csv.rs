//! Comma-separated values (RFC 4180, by the csv crate): one row per item, for spreadsheets.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{Catalog, Renderer};
use crate::compare::Comparison;
use crate::matrix::Matrix;

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

/// Writes `records` under `header`, every cell made safe for a spreadsheet.
fn table(out: &mut dyn Write, header: &[&str], records: Vec<Vec<String>>) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(header).map_err(io_error)?;
    for record in &records {
        let cells: Vec<Cow<'_, str>> = record.iter().map(|cell| as_text(cell)).collect();
        writer
            .write_record(cells.iter().map(|cell| cell.as_bytes()))
            .map_err(io_error)?;
    }
    writer.flush()
}

impl Renderer for Csv {
    fn matrix(&self, matrix: &Matrix<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut header = vec!["theme", "label"];
        header.extend(matrix.roles.iter().map(|role| role.id.as_ref()));
        let records = matrix
            .rows
            .iter()
            .map(|row| {
                let mut record = vec![
                    row.theme.id.to_string(),
                    row.theme.label.get(matrix.lang).to_owned(),
                ];
                record.extend(row.cells.iter().map(|cell| cell.key().to_owned()));
                record
            })
            .collect();
        table(out, &header, records)
    }

    fn themes(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()> {
        let records = catalog
            .themes
            .iter()
            .map(|theme| {
                vec![
                    theme.id.to_string(),
                    theme.label.get(catalog.lang).to_owned(),
                ]
            })
            .collect();
        table(out, &["id", "label"], records)
    }

    fn sources(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()> {
        let optional =
            |value: &Option<crate::model::Str>| value.as_deref().unwrap_or_default().to_owned();
        let records = catalog
            .sources
            .iter()
            .map(|source| {
                vec![
                    source.id.to_string(),
                    source.title.to_string(),
                    source
                        .kind
                        .as_ref()
                        .map(|kind| kind.get(catalog.lang).to_owned())
                        .unwrap_or_default(),
                    source.language.to_string(),
                    optional(&source.publisher),
                    optional(&source.date),
                    optional(&source.url),
                    optional(&source.file),
                ]
            })
            .collect();
        table(
            out,
            &[
                "id",
                "title",
                "kind",
                "language",
                "publisher",
                "date",
                "url",
                "file",
            ],
            records,
        )
    }

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
