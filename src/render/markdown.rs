//! GitHub-flavoured Markdown, written from a [`Document`]: pipe tables for a
//! wiki, a README or a slide.

use std::io::{self, Write};

use crate::labels::UNICODE_MARKS;
use crate::view::{
    Block, Cell, Cited, Document, ItemText, Table, first_marks, marks_of, with_marks,
};

/// `text` made safe for a table cell or a heading: Markdown's own characters
/// escaped, `|` above all, and line breaks as `<br>` since a cell is one line.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    for piece in text.split_inclusive([' ', '\n']) {
        // A web address is written as an autolink, whose inside Markdown
        // does not read: escaped, `_` and `#` would become part of the link.
        let lead = if piece.starts_with('(') { 1 } else { 0 };
        let (url, after) = address(&piece[lead..]);
        if url.is_empty() {
            escape_plain(piece, &mut escaped);
        } else {
            escape_plain(&piece[..lead], &mut escaped);
            escaped.push('<');
            escaped.push_str(url);
            escaped.push('>');
            escape_plain(after, &mut escaped);
        }
    }
    escaped
}

/// The web address `text` begins with, as Markdown can link it whole, and
/// what follows it; none when `text` does not begin with one. Closing
/// punctuation and an unmatched `)` stay outside, as GFM leaves them.
fn address(text: &str) -> (&str, &str) {
    if !(text.starts_with("https://") || text.starts_with("http://")) {
        return ("", text);
    }
    let end = text.find([' ', '\n']).unwrap_or(text.len());
    let mut url = &text[..end];
    loop {
        let unmatched = url.ends_with(')') && url.matches('(').count() < url.matches(')').count();
        if url.ends_with(['.', ',', ';', ':', '!', '?']) || unmatched {
            url = &url[..url.len() - 1];
        } else {
            break;
        }
    }
    let linkable = url.len() > "https://".len() && !url.contains(['<', '>', '|', '\\', '`']);
    if linkable {
        (url, &text[url.len()..])
    } else {
        ("", text)
    }
}

/// Escapes what Markdown would read in a line of text.
fn escape_plain(text: &str, escaped: &mut String) {
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
}

/// `escaped` (text already [`escape`]d) made safe to open a paragraph,
/// where Markdown reads more than inside a line: leading blanks (four make a
/// code block, fewer are dropped anyway), and `-`, `+` or `1.` and `7)`
/// before a blank, which make a list.
fn paragraph(escaped: &str) -> String {
    let text = escaped.trim_start_matches([' ', '\t']);
    let blank_at = |at: usize| {
        text.as_bytes()
            .get(at)
            .is_none_or(|byte| matches!(byte, b' ' | b'\t'))
    };
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if text.starts_with(['-', '+']) {
        format!("\\{text}")
    } else if (1..=9).contains(&digits)
        && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
        && blank_at(digits + 1)
    {
        format!("{}\\{}", &text[..digits], &text[digits..])
    } else {
        text.to_owned()
    }
}

/// A cited text, escaped; the citation marks stay plain.
fn escape_cited(cited: &Cited) -> String {
    with_marks(&escape(cited.text.as_str()), &cited.marks())
}

fn table_row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    writeln!(out, "| {} |", cells.join(" | "))
}

fn table(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    let header: Vec<String> = table
        .header
        .iter()
        .map(|text| escape(text.as_str()))
        .collect();
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
        Cell::Label(label) => format!("**{}**", escape(label.as_str())),
        Cell::Theme {
            label,
            mark: Some(mark),
        } => format!("{mark} {}", escape(label.as_str())),
        Cell::Theme { label, mark: None } => escape(label.as_str()),
        Cell::NotCovered => UNICODE_MARKS.not_covered.to_owned(),
        Cell::Mark(mark) => (*mark).to_owned(),
        Cell::Text(cited) => escape_cited(cited),
        Cell::First { item: first, more } => {
            let title = escape(&format!("{}{}", first.concerns, first.title.text));
            with_marks(&title, &first_marks(first, *more))
        }
        Cell::Items(items) => {
            // Titles alone are one line each; items with details need a gap.
            let gap = if items.iter().all(|item| item.parts.is_empty()) {
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
    let concerns = escape(item.concerns.as_str());
    if item.parts.is_empty() {
        return format!("{concerns}{}", escape_cited(&item.title));
    }
    let parts: Vec<String> = item.parts.iter().map(escape_cited).collect();
    format!(
        "{concerns}**{}**: {}",
        escape_cited(&item.title),
        parts.join("<br>")
    )
}

/// Writes `document`, its blocks apart by a blank line, as Markdown wants them.
pub(super) fn write(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    for (index, block) in document.blocks.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        match block {
            Block::Title(text) => writeln!(out, "# {}", escape(text.as_str()))?,
            Block::Heading(text) => writeln!(out, "## {}", escape(text.as_str()))?,
            Block::Paragraph(cited) => writeln!(out, "{}", paragraph(&escape_cited(cited)))?,
            Block::Definitions(definitions) => {
                for definition in definitions {
                    // A list item each, its texts one paragraph, as a terminal shows them.
                    let texts: Vec<String> = definition.texts.iter().map(escape_cited).collect();
                    let term = escape(definition.term.as_str());
                    writeln!(out, "- **{term}**: {}", texts.join(" "))?;
                }
            }
            Block::Table(content) => table(out, content)?,
            Block::Hits(hits) => table(out, &hits.table)?,
            Block::Legend(lines) => {
                let lines: Vec<String> = lines.iter().map(|line| escape(line.as_str())).collect();
                writeln!(out, "{}", paragraph(&lines.join("<br>")))?;
            }
            Block::Note(text) => writeln!(out, "{}", paragraph(&escape(text.as_str())))?,
            Block::Sources {
                entries,
                brief: false,
            } => {
                for source in entries {
                    writeln!(
                        out,
                        "{}. *{}* ({})",
                        source.number,
                        escape(source.title.as_str()),
                        escape(source.details.as_str())
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
                            escape(&marks_of(&[source.number])),
                            escape(source.title.as_str()),
                            escape(source.details.as_str())
                        )
                    })
                    .collect();
                writeln!(out, "{}", entries.join("; "))?;
            }
        }
    }
    Ok(())
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

    #[test]
    fn a_paragraph_never_opens_a_list_or_a_code_block() {
        assert_eq!(paragraph("- item"), "\\- item");
        assert_eq!(paragraph("+ item"), "\\+ item");
        assert_eq!(paragraph("---"), "\\---");
        assert_eq!(paragraph("1. first"), "1\\. first");
        assert_eq!(paragraph("7) seventh"), "7\\) seventh");
        assert_eq!(paragraph("2024."), "2024\\.");
        assert_eq!(paragraph("    code"), "code");
        // Not a list: no blank after the marker, or too many digits.
        assert_eq!(paragraph("1.5 times"), "1.5 times");
        assert_eq!(paragraph("1234567890. x"), "1234567890. x");
        assert_eq!(paragraph("-fast"), "\\-fast");
    }
}
