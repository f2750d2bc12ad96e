//! Tables for reading in a terminal (comfy-table), written from a [`Document`].

use std::io::{self, Write};

use anstyle::Style;
use comfy_table::presets::{
    ASCII_FULL, ASCII_FULL_CONDENSED, NOTHING, UTF8_FULL, UTF8_FULL_CONDENSED,
};
use comfy_table::{Attribute, Cell as TableCell, ContentArrangement, Table};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::document::{self, Block, Cell, Document, ItemText};
use super::{Catalog, Renderer};
use crate::compare::Comparison;
use crate::labels::NOT_COVERED_MARK;
use crate::matrix::Matrix;

/// Renders tables sized for a terminal.
#[derive(Debug, Clone, Copy)]
pub struct TableRenderer {
    /// Whether to colour headings.
    pub color: bool,
    /// Whether to draw with ASCII only (`TERM=dumb`).
    pub ascii: bool,
    /// The width to wrap tables to; `None` leaves lines unwrapped (output is not a terminal).
    pub width: Option<u16>,
}

impl TableRenderer {
    /// Writes `document`. A terminal has no room to spare, so a blank line
    /// only sets apart a new part (a heading) and the closing note.
    fn document(&self, document: &Document, out: &mut dyn Write) -> io::Result<()> {
        for (index, block) in document.blocks.iter().enumerate() {
            if index > 0 && matches!(block, Block::Heading(_) | Block::Note(_)) {
                writeln!(out)?;
            }
            match block {
                Block::Title(text) | Block::Heading(text) => self.heading(out, text)?,
                Block::Paragraph(cited) => {
                    self.paragraph(out, &document::with_marks(&cited.text, &cited.citations))?
                }
                Block::Table(table) => self.table(out, table)?,
                Block::Legend(text) => {
                    for line in text.lines() {
                        self.paragraph(out, line)?;
                    }
                }
                Block::Note(text) => self.paragraph(out, text)?,
                Block::Sources(sources) => {
                    for source in sources {
                        let line = format!(
                            "{} {} ({})",
                            document::marks(&[source.number]),
                            source.title,
                            source.details
                        );
                        self.paragraph(out, &line)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn table(&self, out: &mut dyn Write, content: &document::Table) -> io::Result<()> {
        let mut table = Table::new();
        table.load_style(match (self.ascii, content.compact) {
            (true, true) => ASCII_FULL_CONDENSED,
            (true, false) => ASCII_FULL,
            (false, true) => UTF8_FULL_CONDENSED,
            (false, false) => UTF8_FULL,
        });
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
        table.set_header(content.header.iter().map(|text| self.strong(text.clone())));
        for row in &content.rows {
            table.add_row(row.iter().map(|cell| self.cell(cell)));
        }
        // Line by line, without going through `fmt`.
        for line in table.lines() {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn cell(&self, cell: &Cell) -> TableCell {
        match cell {
            Cell::Label(label) => self.strong((*label).to_owned()),
            Cell::Theme {
                label,
                mark: Some(mark),
            } => self.strong(format!("{mark} {label}")),
            Cell::Theme { label, mark: None } => self.strong(label.clone()),
            Cell::NotCovered => TableCell::new(NOT_COVERED_MARK),
            Cell::Mark(mark) => {
                TableCell::new(mark).set_alignment(comfy_table::CellAlignment::Center)
            }
            Cell::Text(cited) => {
                TableCell::new_owned(self.fit(document::with_marks(&cited.text, &cited.citations)))
            }
            Cell::Items(items) => {
                let items: Vec<String> = items.iter().map(item).collect();
                TableCell::new_owned(self.fit(items.join("\n\n")))
            }
        }
    }

    /// `text`, with any word wider than the whole table already broken into
    /// lines that fit it. comfy-table re-measures what is left of a word each
    /// time it splits one, which is quadratic in the word's length (a long
    /// run of CJK text, which has no spaces, took seconds); pieces no wider
    /// than the table keep its work linear. Only such words are touched, and
    /// they could not have been shown unbroken anyway.
    fn fit(&self, text: String) -> String {
        match self.width {
            Some(width) => break_long_words(text, usize::from(width)),
            None => text,
        }
    }

    fn strong(&self, text: String) -> TableCell {
        let cell = TableCell::new_owned(self.fit(text));
        if self.color {
            // Bold alone: readable on light and dark backgrounds alike, where a
            // bright colour fades on white, and unaffected by NO_COLOR, which
            // governs colour only.
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }

    /// Prose outside a table, wrapped as the tables are.
    fn paragraph(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        let Some(width) = self.width else {
            return writeln!(out, "{text}");
        };
        // A borderless one-cell table wraps with the same width rules as the others.
        let mut table = Table::new();
        table
            .load_style(NOTHING)
            .force_no_tty()
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width)
            .add_row([TableCell::new_owned(self.fit(text.to_owned()))]);
        if let Some(column) = table.column_mut(0) {
            column.set_padding((0, 0));
        }
        for line in table.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    fn heading(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        let style = if self.color {
            Style::new().bold()
        } else {
            Style::new()
        };
        writeln!(out, "{style}{text}{style:#}")
    }
}

/// `text` with a line break inserted into every word wider than `width`
/// columns, every `width` columns. Linear in the length of `text`.
fn break_long_words(text: String, width: usize) -> String {
    let width = width.max(1);
    let too_wide = |word: &str| word.len() > width && word.width() > width;
    if !text.split_whitespace().any(too_wide) {
        return text;
    }
    let mut fitted = String::with_capacity(text.len() + text.len() / width + 1);
    // Whitespace is kept as it is, so line breaks and spacing stay.
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end_matches(char::is_whitespace);
        if too_wide(word) {
            let mut line_width = 0;
            for c in word.chars() {
                let char_width = c.width().unwrap_or(0);
                if line_width + char_width > width && line_width > 0 {
                    fitted.push('\n');
                    line_width = 0;
                }
                fitted.push(c);
                line_width += char_width;
            }
            fitted.push_str(&piece[word.len()..]);
        } else {
            fitted.push_str(piece);
        }
    }
    fitted
}

/// An item in a cell: its title on a line of its own, after a mark that keeps
/// a wrapped title apart from the detail below it.
fn item(item: &ItemText) -> String {
    format!(
        "▸ {}{}\n{}",
        item.concerns,
        item.title,
        document::with_marks(&item.detail.text, &item.detail.citations)
    )
}

impl Renderer for TableRenderer {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::comparison(comparison), out)
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::list(comparison), out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::roles(comparison), out)
    }

    fn matrix(&self, matrix: &Matrix<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::matrix(matrix), out)
    }

    fn themes(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::themes(catalog), out)
    }

    fn sources(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::sources(catalog), out)
    }
}

#[cfg(test)]
mod tests {
    use super::break_long_words;

    #[test]
    fn only_words_wider_than_the_table_are_broken() {
        let text = "a short text\nstays".to_owned();
        assert_eq!(break_long_words(text.clone(), 5), text);
        assert_eq!(
            break_long_words("ab abcdefg h".to_owned(), 3),
            "ab abc\ndef\ng h"
        );
        // Wide characters count two columns each.
        assert_eq!(
            break_long_words("字字字字字".to_owned(), 4),
            "字字\n字字\n字"
        );
    }
}
