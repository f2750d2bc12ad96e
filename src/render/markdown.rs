//! GitHub-flavoured Markdown: pipe tables for a wiki, a README or a slide.

use std::io::{self, Write};

use super::{Renderer, between_label, cited, heading, list_rows, sanitize, untranslated_note};
use crate::compare::{Comparison, Entry};
use crate::labels::{COMMON_MARK, Labels};

/// Renders GitHub-flavoured Markdown.
#[derive(Debug, Clone, Copy, Default)]
pub struct Markdown;

/// `text` made safe for a table cell or a heading: Markdown's own characters
/// escaped, `|` above all, and line breaks as `<br>` since a cell is one line.
fn escape(text: &str) -> String {
    let text = sanitize(text);
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
fn escape_cited(text: &str, numbers: &[usize]) -> String {
    cited(&escape(text), numbers)
}

fn table_row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    writeln!(out, "| {} |", cells.join(" | "))
}

fn table_header(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    table_row(out, cells)?;
    table_row(out, &vec!["---".to_owned(); cells.len()])
}

fn entry_text(comparison: &Comparison<'_>, entry: &Entry<'_>) -> String {
    let lang = comparison.lang;
    let mut text = escape(&between_label(&entry.between));
    text.push_str(&format!(
        "**{}**: {}",
        escape(entry.item.title.get(lang)),
        escape_cited(
            entry.item.detail.get(lang),
            &comparison.citations(&entry.item.sources)
        )
    ));
    text
}

/// The closing lines: a note on untranslated texts, then the numbered sources.
fn sources(comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
    if let Some(note) = untranslated_note(comparison) {
        writeln!(out)?;
        writeln!(out, "{}", escape(&note))?;
    }
    let sources = comparison.sources();
    if sources.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "## {}", Labels::of(comparison.lang).sources)?;
    writeln!(out)?;
    for (number, source) in sources {
        let mut line = format!(
            "{number}. *{}* ({}",
            escape(&source.title),
            escape(&source.language)
        );
        if let Some(file) = &source.file {
            line.push_str(&format!(", {}", escape(file)));
        }
        line.push(')');
        writeln!(out, "{line}")?;
    }
    Ok(())
}

impl Renderer for Markdown {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        writeln!(out, "# {}", escape(&heading(comparison)))?;
        writeln!(out)?;

        let mut header = vec![String::new()];
        header.extend(
            comparison
                .roles
                .iter()
                .map(|role| escape(&role.abbreviation)),
        );
        table_header(out, &header)?;
        let mut title = vec![format!("**{}**", labels.title)];
        title.extend(
            comparison
                .roles
                .iter()
                .map(|role| escape(role.title.get(lang))),
        );
        table_row(out, &title)?;
        let mut summary = vec![format!("**{}**", labels.summary)];
        summary.extend(comparison.roles.iter().map(|role| {
            escape_cited(
                role.summary.get(lang),
                &comparison.citations(&role.summary.sources),
            )
        }));
        table_row(out, &summary)?;
        if comparison
            .roles
            .iter()
            .any(|role| role.orientation.is_some())
        {
            let mut orientation = vec![format!("**{}**", labels.orientation)];
            orientation.extend(comparison.roles.iter().map(|role| {
                role.orientation
                    .as_ref()
                    .map(|it| escape_cited(it.get(lang), &comparison.citations(&it.sources)))
                    .unwrap_or_default()
            }));
            table_row(out, &orientation)?;
        }

        let mut any_common = false;
        for block in &comparison.blocks {
            if block.rows.is_empty() && block.summaries.is_empty() {
                continue;
            }
            writeln!(out)?;
            writeln!(out, "## {}", labels.section_name(block.section))?;
            for summary in &block.summaries {
                let statement = summary.statement;
                writeln!(out)?;
                writeln!(
                    out,
                    "{}{}",
                    escape(&between_label(&summary.between)),
                    escape_cited(
                        statement.get(lang),
                        &comparison.citations(&statement.sources)
                    )
                )?;
            }
            if block.rows.is_empty() {
                continue;
            }
            writeln!(out)?;
            let mut header = vec![labels.theme.to_owned()];
            header.extend(
                block
                    .columns
                    .iter()
                    .map(|column| escape(&labels.column(*column))),
            );
            table_header(out, &header)?;
            for row in &block.rows {
                any_common |= row.common;
                let theme = escape(row.theme.label.get(lang));
                let mut cells = vec![if row.common {
                    format!("{COMMON_MARK} {theme}")
                } else {
                    theme
                }];
                cells.extend(row.cells.iter().map(|cell| {
                    cell.iter()
                        .map(|entry| entry_text(comparison, entry))
                        .collect::<Vec<_>>()
                        .join("<br><br>")
                }));
                table_row(out, &cells)?;
            }
        }
        if any_common {
            writeln!(out)?;
            writeln!(out, "{COMMON_MARK} {}", labels.common_legend)?;
        }
        sources(comparison, out)
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let (header, rows) = list_rows(comparison);
        table_header(out, &header)?;
        for row in rows {
            let last = row.cells.len().saturating_sub(1);
            let cells: Vec<String> = row
                .cells
                .iter()
                .enumerate()
                .map(|(index, cell)| match index == last {
                    true => escape_cited(cell, &row.citations),
                    false => escape(cell),
                })
                .collect();
            table_row(out, &cells)?;
        }
        sources(comparison, out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        table_header(
            out,
            &[labels.id, labels.abbreviation, labels.title, labels.summary].map(str::to_owned),
        )?;
        for role in &comparison.roles {
            table_row(
                out,
                &[
                    escape(&role.id),
                    escape(&role.abbreviation),
                    escape(role.title.get(lang)),
                    escape_cited(
                        role.summary.get(lang),
                        &comparison.citations(&role.summary.sources),
                    ),
                ],
            )?;
        }
        sources(comparison, out)
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
