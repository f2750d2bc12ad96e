//! Comma-separated values (RFC 4180, by the csv crate), for spreadsheets:
//! one row per item, or side by side (`--wide`) as the table shows it.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{Catalog, Renderer};
use crate::compare::{Column, Comparison};
use crate::labels::Labels;
use crate::matrix::Matrix;
use crate::model::Section;

/// Renders CSV with a header row.
#[derive(Debug, Clone, Copy)]
pub struct Csv {
    /// The byte between fields: `,`, or `;` where a spreadsheet's locale
    /// writes decimal commas.
    pub delimiter: u8,
    /// Whether to begin with a UTF-8 byte order mark, which Excel needs to
    /// read accents right in a file opened by double-click.
    pub bom: bool,
    /// Whether a comparison is side by side: a row per theme, a column per role.
    pub wide: bool,
    /// Whether items are their titles alone (`--brief`).
    pub brief: bool,
}

impl Default for Csv {
    fn default() -> Csv {
        Csv {
            delimiter: b',',
            bom: false,
            wide: false,
            brief: false,
        }
    }
}

/// The byte order mark of UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

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
fn write_row<S: AsRef<str>>(
    writer: &mut ::csv::Writer<&mut dyn Write>,
    record: impl IntoIterator<Item = S>,
) -> io::Result<()> {
    let cells: Vec<S> = record.into_iter().collect();
    writer
        .write_record(cells.iter().map(|cell| as_text(cell.as_ref()).into_owned()))
        .map_err(io_error)
}

impl Csv {
    /// A writer with this CSV's delimiter, after the byte order mark if asked for.
    fn writer<'w>(&self, out: &'w mut dyn Write) -> io::Result<::csv::Writer<&'w mut dyn Write>> {
        if self.bom {
            out.write_all(BOM)?;
        }
        // Every field quoted: a spreadsheet set to split on `;` or tabs
        // would otherwise cut "x;=1+1" in two and run the second half as a
        // formula, whatever delimiter was written.
        Ok(::csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .quote_style(::csv::QuoteStyle::Always)
            .from_writer(out))
    }

    /// One row per item: role ids (`cto+cio` for shared items), section key,
    /// theme label, title, detail (unless brief) and source ids, all in the
    /// chosen language.
    fn items(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let mut writer = self.writer(out)?;
        let keep = |index: usize| !(self.brief && index == 4);
        write_row(
            &mut writer,
            ITEM_HEADER
                .iter()
                .enumerate()
                .filter(|(index, _)| keep(*index))
                .map(|(_, name)| *name),
        )?;
        for listed in comparison.listed() {
            let roles: Vec<&str> = listed.roles.iter().map(|role| role.id.as_ref()).collect();
            let disputed: Vec<&str> = listed.disputed.iter().map(|it| it.id.as_ref()).collect();
            let record = [
                roles.join("+"),
                listed.section_key().to_owned(),
                listed.theme.label.get(lang).to_owned(),
                listed.item.title.get(lang).to_owned(),
                listed.item.detail.get(lang).to_owned(),
                listed.item.sources.join(";"),
                disputed.join(";"),
            ];
            write_row(
                &mut writer,
                record
                    .into_iter()
                    .enumerate()
                    .filter(|(index, _)| keep(*index))
                    .map(|(_, cell)| cell),
            )?;
        }
        writer.flush()
    }

    /// Side by side, as a person reads the table: a row per section and
    /// theme, a column per role and one for what they share, each item
    /// (`Title: detail [1]`) on lines of its own in its cell, and a column
    /// for what the sources disagree on; then the sources by number. The
    /// headings are in the chosen language, for the people who read it.
    fn wide(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let roles = comparison.roles.len();
        let shared = comparison
            .blocks
            .iter()
            .any(|block| block.section == Section::Shared && !block.rows.is_empty());
        let mut writer = self.writer(out)?;
        let mut header = vec![labels.section.to_owned(), labels.theme.to_owned()];
        header.extend(
            comparison
                .roles
                .iter()
                .map(|role| role.abbreviation.to_string()),
        );
        if shared {
            header.push(labels.section_name(Section::Shared).to_owned());
        }
        header.push(labels.disagreement.to_owned());
        let columns = header.len();
        write_row(&mut writer, &header)?;
        let mut card = |label: &str, cell: &dyn Fn(&crate::model::Role) -> String, note: String| {
            let mut record = vec![String::new(), label.to_owned()];
            record.extend(comparison.roles.iter().map(|role| cell(role)));
            record.resize(columns - 1, String::new());
            record.push(note);
            write_row(&mut writer, record)
        };
        let cite = |text: &str, sources: &[crate::model::Str]| {
            super::document::with_marks_text(
                text,
                &super::document::marks_of(&comparison.citations(sources)),
            )
        };
        // What the sources say of the roles themselves (their titles).
        let about_roles: Vec<String> = comparison
            .about_roles
            .iter()
            .map(|disagreement| comparison.disagreement_note(disagreement))
            .collect();
        card(
            labels.title,
            &|role| super::capitalised(role.title.get(lang)),
            about_roles.join("\n"),
        )?;
        card(
            labels.summary,
            &|role| cite(role.summary.get(lang), &role.summary.sources),
            String::new(),
        )?;
        for block in &comparison.blocks {
            for row in &block.rows {
                let mut record = vec![
                    labels.section_name(block.section).to_owned(),
                    row.theme.label.get(lang).to_owned(),
                ];
                record.resize(columns - 1, String::new());
                for (column, cell) in block.columns.iter().zip(&row.cells) {
                    // Each section has rows of its own: only what the roles
                    // share says which side of it an item is on.
                    let kind = match column {
                        Column::SharedChallenges => labels.item_kind(Section::Challenges),
                        Column::Role(_) | Column::Collaboration => None,
                    };
                    let Some(index) = comparison.side_by_side(*column).map(|at| at + 2) else {
                        continue;
                    };
                    let items: Vec<String> = cell
                        .iter()
                        .map(|entry| {
                            let mut title = entry.item.title.get(lang).to_owned();
                            if let Some(kind) = kind {
                                title = format!("{title} ({kind})");
                            }
                            title.insert_str(0, &entry.concerns.label());
                            let marks = super::document::marks_of(&entry.citations);
                            if self.brief {
                                super::document::with_marks_text(&title, &marks)
                            } else {
                                let detail = entry.item.detail.get(lang);
                                super::document::with_marks_text(
                                    &format!("{title}: {detail}"),
                                    &marks,
                                )
                            }
                        })
                        .collect();
                    let joined = items.join(if self.brief { "\n" } else { "\n\n" });
                    if !record[index].is_empty() && !joined.is_empty() {
                        record[index].push_str("\n\n");
                    }
                    record[index].push_str(&joined);
                }
                // A cell no source covers says so, as in the table.
                for cell in &mut record[2..2 + roles] {
                    if cell.is_empty() && block.section != Section::Shared {
                        cell.push_str(crate::labels::NOT_COVERED_MARK);
                    }
                }
                let notes: Vec<String> = row
                    .contested
                    .iter()
                    .map(|disagreement| comparison.disagreement_note(disagreement))
                    .collect();
                record.push(notes.join("\n"));
                write_row(&mut writer, record)?;
            }
        }
        for (number, source) in comparison.sources() {
            let mut record = vec![
                labels.sources.to_owned(),
                format!("[{number}]"),
                format!("{} ({})", source.title, labels.reference(source, lang)),
            ];
            record.resize(columns, String::new());
            write_row(&mut writer, record)?;
        }
        writer.flush()
    }

    /// Writes `records` under `header`, every cell made safe for a spreadsheet.
    fn table(
        &self,
        out: &mut dyn Write,
        header: &[&str],
        records: Vec<Vec<String>>,
    ) -> io::Result<()> {
        let mut writer = self.writer(out)?;
        write_row(&mut writer, header)?;
        for record in records {
            write_row(&mut writer, record)?;
        }
        writer.flush()
    }
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
        self.table(out, &header, records)
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
        self.table(out, &["id", "label"], records)
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
        self.table(
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
        if self.wide {
            self.wide(comparison, out)
        } else {
            self.items(comparison, out)
        }
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.items(comparison, out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let mut writer = self.writer(out)?;
        write_row(
            &mut writer,
            ["id", "abbreviation", "title", "summary", "sources"],
        )?;
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
