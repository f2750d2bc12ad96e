//! GitHub-flavoured Markdown, written from a [`Document`]: pipe tables for a
//! wiki, a README or a slide.

use std::io::{self, Write};

use super::document::{self, Block, Cell, Cited, Document, ItemText, Table};
use super::{Catalog, Renderer};
use crate::compare::Comparison;
use crate::labels::NOT_COVERED_MARK;
use crate::matrix::Matrix;

/// Renders GitHub-flavoured Markdown.
#[derive(Debug, Clone, Copy, Default)]
pub struct Markdown {
    /// Whether comparisons and the matrix are slide-sized (`--brief`).
    pub brief: bool,
}

/// `text` made safe for a table cell or a heading: Markdown's own characters
/// escaped, `|` above all, and line breaks as `<br>` since a cell is one line.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("<br>"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A cited text, escaped; the citation marks stay plain.
fn escape_cited(cited: &Cited) -> String {
    document::with_marks(&escape(&cited.text), &cited.citations)
}

fn table_row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    writeln!(out, "| {} |", cells.join(" | "))
}

fn table(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    let header: Vec<String> = table.header.iter().map(|text| escape(text)).collect();
    table_row(out, &header)?;
    table_row(out, &vec!["---".to_owned(); header.len()])?;
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(cell).collect();
        table_row(out, &cells)?;
    }
    Ok(())
}

fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Label(label) => format!("**{}**", escape(label)),
        Cell::Theme {
            label,
            mark: Some(mark),
        } => format!("{mark} {}", escape(label)),
        Cell::Theme { label, mark: None } => escape(label),
        Cell::NotCovered => NOT_COVERED_MARK.to_owned(),
        Cell::Mark(mark) => (*mark).to_owned(),
        Cell::Text(cited) => escape_cited(cited),
        Cell::Items(items) => {
            // Titles alone are one line each; items with details need a gap.
            let gap = if items.iter().all(|item| item.detail.is_none()) {
                "<br>"
            } else {
                "<br><br>"
            };
            let items: Vec<String> = items.iter().map(item).collect();
            items.join(gap)
        }
    }
}

fn item(item: &ItemText) -> String {
    match &item.detail {
        Some(detail) => format!(
            "{}**{}**: {}",
            escape(&item.concerns),
            escape_cited(&item.title),
            escape_cited(detail)
        ),
        None => format!("{}{}", escape(&item.concerns), escape_cited(&item.title)),
    }
}

/// Writes `document`, its blocks apart by a blank line, as Markdown wants them.
fn write(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    for (index, block) in document.blocks.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        match block {
            Block::Title(text) => writeln!(out, "# {}", escape(text))?,
            Block::Heading(text) => writeln!(out, "## {}", escape(text))?,
            Block::Paragraph(cited) => writeln!(out, "{}", escape_cited(cited))?,
            Block::Table(content) => table(out, content)?,
            Block::Legend(text) | Block::Note(text) => writeln!(out, "{}", escape(text))?,
            Block::Sources {
                entries,
                brief: false,
            } => {
                for source in entries {
                    writeln!(
                        out,
                        "{}. *{}* ({})",
                        source.number,
                        escape(&source.title),
                        escape(&source.details)
                    )?;
                }
            }
            Block::Sources {
                entries,
                brief: true,
            } => {
                let entries: Vec<String> = entries
                    .iter()
                    .map(|source| {
                        format!(
                            "{} *{}* ({})",
                            escape(&document::marks(&[source.number])),
                            escape(&source.title),
                            escape(&source.details)
                        )
                    })
                    .collect();
                writeln!(out, "{}", entries.join("; "))?;
            }
        }
    }
    Ok(())
}

impl Renderer for Markdown {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        if self.brief {
            write(&Document::brief(comparison), out)
        } else {
            write(&Document::comparison(comparison), out)
        }
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        write(&Document::list(comparison), out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        write(&Document::roles(comparison), out)
    }

    fn matrix(&self, matrix: &Matrix<'_>, out: &mut dyn Write) -> io::Result<()> {
        write(&Document::matrix(matrix, self.brief), out)
    }

    fn themes(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()> {
        write(&Document::themes(catalog), out)
    }

    fn sources(&self, catalog: &Catalog<'_>, out: &mut dyn Write) -> io::Result<()> {
        write(&Document::sources(catalog), out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_a_cell_one_cell() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("one\ntwo"), "one<br>two");
        assert_eq!(escape("*bold* _it_"), "\\*bold\\* \\_it\\_");
    }
}
