//! Tables for reading in a terminal (comfy-table).

use std::io::{self, Write};

use comfy_table::presets::{NOTHING, UTF8_FULL};
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table};

use super::{
    Renderer, between_label, cite, cited, heading, list_rows, sanitize, sanitized,
    untranslated_note,
};
use crate::compare::{Comparison, Entry};
use crate::labels::{COMMON_MARK, Labels};

/// A cell holding `text`, made safe for the terminal, without copying it again.
fn owned(text: String) -> Cell {
    Cell::new_owned(sanitized(text))
}

/// Renders tables sized for a terminal.
#[derive(Debug, Clone, Copy)]
pub struct TableRenderer {
    /// Whether to colour headings.
    pub color: bool,
    /// The width to wrap tables to; `None` leaves lines unwrapped (output is not a terminal).
    pub width: Option<u16>,
}

impl TableRenderer {
    fn table(&self, header: Vec<String>) -> Table {
        let mut table = Table::new();
        table.load_style(UTF8_FULL);
        match self.width {
            Some(width) => {
                table.set_content_arrangement(ContentArrangement::Dynamic);
                table.set_width(width);
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table.set_header(header.into_iter().map(|text| self.strong(text)));
        table
    }

    fn strong(&self, text: impl Into<String>) -> Cell {
        let cell = owned(text.into());
        if self.color {
            cell.add_attribute(Attribute::Bold).fg(Color::Cyan)
        } else {
            cell
        }
    }

    /// Writes a table line by line, without going through `fmt`.
    fn write(&self, out: &mut dyn Write, table: &Table) -> io::Result<()> {
        for line in table.lines() {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Prose outside a table, wrapped as the tables are.
    fn paragraph(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        let Some(width) = self.width else {
            return writeln!(out, "{}", sanitize(text));
        };
        // A borderless one-cell table wraps with the same width rules as the others.
        let mut table = Table::new();
        table
            .load_style(NOTHING)
            .force_no_tty()
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width)
            .add_row([Cell::new(sanitize(text))]);
        if let Some(column) = table.column_mut(0) {
            column.set_padding((0, 0));
        }
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    fn heading(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        if self.color {
            writeln!(out, "\x1b[1m{}\x1b[0m", sanitize(text))
        } else {
            writeln!(out, "{}", sanitize(text))
        }
    }

    /// The closing lines: a note on untranslated texts, then the numbered sources.
    fn sources(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        if let Some(note) = untranslated_note(comparison) {
            writeln!(out)?;
            self.paragraph(out, &note)?;
        }
        let sources = comparison.sources();
        if sources.is_empty() {
            return Ok(());
        }
        writeln!(out)?;
        self.heading(out, Labels::of(comparison.lang).sources)?;
        for (number, source) in sources {
            let mut line = format!("{} {} ({}", cite(&[number]), source.title, source.language);
            if let Some(file) = &source.file {
                line.push_str("; ");
                line.push_str(file);
            }
            line.push(')');
            self.paragraph(out, &line)?;
        }
        Ok(())
    }
}

fn entry_text(comparison: &Comparison<'_>, entry: &Entry<'_>) -> String {
    let lang = comparison.lang;
    // The mark keeps a wrapped title apart from the detail below it.
    let mut text = String::from("▸ ");
    text.push_str(&between_label(&entry.between));
    text.push_str(entry.item.title.get(lang));
    text.push('\n');
    text.push_str(&cited(
        entry.item.detail.get(lang),
        &comparison.citations(&entry.item.sources),
    ));
    text
}

impl Renderer for TableRenderer {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        self.heading(out, &heading(comparison))?;

        let mut card = self.table(
            std::iter::once(String::new())
                .chain(
                    comparison
                        .roles
                        .iter()
                        .map(|role| role.abbreviation.to_string()),
                )
                .collect(),
        );
        card.add_row(
            std::iter::once(self.strong(labels.title)).chain(
                comparison
                    .roles
                    .iter()
                    .map(|role| Cell::new(sanitize(role.title.get(lang)))),
            ),
        );
        card.add_row(std::iter::once(self.strong(labels.summary)).chain(
            comparison.roles.iter().map(|role| {
                let text = cited(
                    role.summary.get(lang),
                    &comparison.citations(&role.summary.sources),
                );
                owned(text)
            }),
        ));
        if comparison
            .roles
            .iter()
            .any(|role| role.orientation.is_some())
        {
            card.add_row(std::iter::once(self.strong(labels.orientation)).chain(
                comparison.roles.iter().map(|role| {
                    let text = role.orientation.as_ref().map(|orientation| {
                        cited(
                            orientation.get(lang),
                            &comparison.citations(&orientation.sources),
                        )
                    });
                    owned(text.unwrap_or_default())
                }),
            ));
        }
        self.write(out, &card)?;

        let mut any_common = false;
        for block in &comparison.blocks {
            if block.rows.is_empty() && block.summaries.is_empty() {
                continue;
            }
            writeln!(out)?;
            self.heading(out, labels.section_name(block.section))?;
            for summary in &block.summaries {
                let statement = summary.statement;
                let text = cited(
                    statement.get(lang),
                    &comparison.citations(&statement.sources),
                );
                self.paragraph(out, &format!("{}{text}", between_label(&summary.between)))?;
            }
            if block.rows.is_empty() {
                continue;
            }
            let mut table = self.table(
                std::iter::once(labels.theme.to_owned())
                    .chain(block.columns.iter().map(|column| labels.column(*column)))
                    .collect(),
            );
            for row in &block.rows {
                any_common |= row.common;
                let theme = row.theme.label.get(lang);
                let theme = if row.common {
                    format!("{COMMON_MARK} {theme}")
                } else {
                    theme.to_owned()
                };
                let cells = row.cells.iter().map(|cell| {
                    let text: Vec<String> = cell
                        .iter()
                        .map(|entry| entry_text(comparison, entry))
                        .collect();
                    owned(text.join("\n\n"))
                });
                table.add_row(std::iter::once(self.strong(theme)).chain(cells));
            }
            self.write(out, &table)?;
        }
        if any_common {
            writeln!(out, "{COMMON_MARK} {}", labels.common_legend)?;
        }
        self.sources(comparison, out)
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let (header, rows) = list_rows(comparison);
        let mut table = self.table(header);
        for mut row in rows {
            if let Some(detail) = row.cells.last_mut() {
                *detail = cited(detail, &row.citations);
            }
            table.add_row(row.cells.into_iter().map(owned));
        }
        self.write(out, &table)?;
        self.sources(comparison, out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let mut table = self.table(
            [labels.id, labels.abbreviation, labels.title, labels.summary]
                .map(str::to_owned)
                .to_vec(),
        );
        for role in &comparison.roles {
            table.add_row([
                Cell::new(sanitize(&role.id)),
                Cell::new(sanitize(&role.abbreviation)),
                Cell::new(sanitize(role.title.get(lang))),
                owned(cited(
                    role.summary.get(lang),
                    &comparison.citations(&role.summary.sources),
                )),
            ]);
        }
        self.write(out, &table)?;
        self.sources(comparison, out)
    }
}
