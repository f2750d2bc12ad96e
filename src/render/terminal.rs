//! Tables for reading in a terminal, written from a [`Document`].
//!
//! The widths are planned once per document ([`Layout`]) and every text is
//! wrapped here ([`wrap`]): no word that fits its column is broken, and a
//! citation stays with its last word. comfy-table then only draws the
//! borders around lines that already fit, and the styles each line carries
//! are put in after it drew them ([`style`]).

use std::io::{self, Write};

use comfy_table::presets::{
    ASCII_FULL, ASCII_FULL_CONDENSED, NOTHING, UTF8_FULL, UTF8_FULL_CONDENSED,
};
use comfy_table::{
    Cell as TableCell, CellAlignment, ColumnConstraint, ContentArrangement, Table,
    TableStyle as Look, Width,
};

use super::format::{Config, TableStyle};
use super::layout::{Content, Kind, Layout, Plan};
use super::style::{self, Styled};
use super::wrap::{self, wrap, wrap_each};
use crate::search::Needle;
use crate::view::{Block, Document, marks_of, with_marks};

/// Writes `document` for a terminal. A terminal has no room to spare, so a
/// blank line only sets apart a new part (a heading) and the closing note.
pub(super) fn write(document: &Document, config: &Config, out: &mut dyn Write) -> io::Result<()> {
    let writer = Writer {
        config,
        layout: Layout {
            style: config.style,
            width: config.width,
            brief: config.brief,
        },
        highlight: &document.highlight,
    };
    let plan = writer.layout.plan(document);
    for (index, block) in document.blocks.iter().enumerate() {
        if index > 0 && matches!(block, Block::Heading(_) | Block::Note(_)) {
            writeln!(out)?;
        }
        match block {
            Block::Title(text) | Block::Heading(text) => writer.heading(out, text.as_str())?,
            Block::Paragraph(cited) => {
                writer.paragraph(out, cited.text.as_str(), &cited.marks())?
            }
            Block::Table(table) => writer.table(out, table, plan)?,
            Block::Legend(lines) => {
                for line in lines {
                    writer.paragraph(out, line.as_str(), "")?;
                }
            }
            Block::Note(text) => writer.paragraph(out, text.as_str(), "")?,
            Block::Sources { entries, .. } => {
                for source in entries {
                    let line = format!(
                        "{} {} ({})",
                        marks_of(&[source.number]),
                        source.title,
                        source.details
                    );
                    writer.paragraph(out, &line, "")?;
                }
            }
        }
    }
    Ok(())
}

/// A cell as it is drawn: its lines, and whether they are centred.
type Drawn = (Styled, bool);

struct Writer<'a> {
    config: &'a Config,
    layout: Layout,
    highlight: &'a [Needle],
}

impl Writer<'_> {
    fn table(
        &self,
        out: &mut dyn Write,
        table: &crate::view::Table,
        plan: Option<Plan>,
    ) -> io::Result<()> {
        let stacked = table.aligned && plan.is_some_and(|plan| plan.stacked);
        // The header first, then the rows, as contents to wrap.
        let mut contents: Vec<Vec<Content>> = Vec::with_capacity(table.rows.len() + 1);
        if stacked {
            // Each cell names its role; the columns need no heading.
            let rows = table.rows.iter();
            contents.extend(rows.map(|row| self.layout.stack(&table.header, row)));
        } else {
            let header = table.header.iter();
            contents.push(
                header
                    .map(|text| self.layout.header_content(text.as_str()))
                    .collect(),
            );
            contents.extend(
                table
                    .rows
                    .iter()
                    .map(|row| row.iter().map(|cell| self.layout.content(cell)).collect()),
            );
        }
        // Lists only: the matrix and the catalogs are one line a row, and a
        // matrix of many roles is better cut than stacked.
        if !table.aligned
            && !table.compact
            && let Some(plan) = plan
        {
            self.layout.merge_until_words_fit(&mut contents, plan.width);
        }
        let widths = plan.map(|plan| self.layout.widths(&contents, table.aligned, plan));
        let mut cells = self.cells(contents, widths.as_deref());
        let widths = widths.unwrap_or_else(|| natural_widths(&cells));
        let look = match (self.config.style, table.compact) {
            (TableStyle::Plain, _) => NOTHING,
            (TableStyle::Ascii, true) => ASCII_FULL_CONDENSED,
            (TableStyle::Ascii, false) => ASCII_FULL,
            (TableStyle::Unicode, true) => UTF8_FULL_CONDENSED,
            (TableStyle::Unicode, false) => UTF8_FULL,
        };
        let drawn = draw(&mut cells, &widths, look, !stacked);
        self.styled(out, drawn, &cells, &starts(&widths, look), look, !stacked)
    }

    /// Each row's cells as lines, wrapped to `widths` and styled; without
    /// rules (plain style), a blank line keeps rows apart.
    fn cells(&self, contents: Vec<Vec<Content>>, widths: Option<&[usize]>) -> Vec<Vec<Drawn>> {
        let plain = self.config.style == TableStyle::Plain;
        let last = contents.len().saturating_sub(1);
        contents
            .into_iter()
            .enumerate()
            .map(|(index, row)| {
                row.into_iter()
                    .enumerate()
                    .map(|(column, content)| {
                        let width = widths.and_then(|widths| widths.get(column).copied());
                        let mut lines = self.lines(&content, width);
                        if plain && index < last {
                            lines.newline();
                        }
                        (lines, content.center)
                    })
                    .collect()
            })
            .collect()
    }

    /// Writes the lines comfy-table drew, each with the styles of the cell
    /// lines in it, placed at `starts`; border lines as they are.
    fn styled(
        &self,
        out: &mut dyn Write,
        drawn: Vec<String>,
        cells: &[Vec<Drawn>],
        starts: &[usize],
        look: Look,
        header: bool,
    ) -> io::Result<()> {
        let plain = self.config.style == TableStyle::Plain;
        let mut drawn = drawn.into_iter();
        let mut line_out = |cells: &[(usize, &Styled, usize)]| -> io::Result<()> {
            let line = drawn.next().unwrap_or_default();
            let line = if plain { line.trim_end() } else { &line };
            out.write_all(style::apply(line, cells).as_bytes())?;
            out.write_all(b"\n")
        };
        if visible(&look.top_border) {
            line_out(&[])?;
        }
        for (index, row) in cells.iter().enumerate() {
            let height = row
                .iter()
                .map(|(lines, _)| lines.lines())
                .max()
                .unwrap_or(0);
            for at in 0..height {
                // Without colour there is nothing to place.
                let placed: Vec<(usize, &Styled, usize)> = if self.config.color {
                    row.iter()
                        .zip(starts)
                        .filter(|((lines, center), _)| !center && at < lines.lines())
                        .map(|((lines, _), start)| (*start, lines, at))
                        .collect()
                } else {
                    Vec::new()
                };
                line_out(&placed)?;
            }
            let separator = if index == 0 && header {
                &look.header_separator
            } else if index + 1 < cells.len() {
                &look.row_separator
            } else {
                continue;
            };
            if visible(separator) {
                line_out(&[])?;
            }
        }
        if visible(&look.bottom_border) {
            line_out(&[])?;
        }
        Ok(())
    }

    /// `content` wrapped to `width` (unwrapped when `None`) and styled, as
    /// the lines of one cell.
    fn lines(&self, content: &Content, width: Option<usize>) -> Styled {
        let color = self.config.color;
        let mut lines = Styled::default();
        // Whether the cell is still empty, as text: an empty line placed
        // first is not a line break yet.
        let mut empty = true;
        for para in &content.paras {
            if para.kind == Kind::Gap {
                // An empty line, even at the start of the cell.
                lines.newline();
                empty = false;
                continue;
            }
            let body = para.body();
            let strong = matches!(para.kind, Kind::Strong | Kind::Title);
            let mut index = 0;
            let mut push = |text: &str| {
                if !empty {
                    lines.newline();
                }
                let line = &mut lines;
                if para.kind == Kind::Title {
                    // The mark and a space, or two spaces under them.
                    let lead = if index == 0 {
                        format!("{} ", self.config.style.marks().item)
                    } else {
                        "  ".to_owned()
                    };
                    line.push(&lead, false, &[], false);
                }
                if index == 0 && !para.lead.is_empty() {
                    let rest = text.strip_prefix(para.lead.as_str()).unwrap_or(text);
                    let lead = &text[..text.len() - rest.len()];
                    line.push(lead, true, self.highlight, color);
                    line.push(rest, strong, self.highlight, color);
                } else {
                    line.push(text, strong, self.highlight, color);
                }
                empty &= line.text.is_empty();
                index += 1;
            };
            match width {
                Some(width) => wrap_each(
                    &body,
                    &para.marks,
                    width.saturating_sub(para.indent()),
                    &mut push,
                ),
                None => with_marks(&body, &para.marks)
                    .split('\n')
                    .for_each(&mut push),
            }
        }
        lines
    }

    /// Prose outside a table, wrapped to the width.
    fn paragraph(&self, out: &mut dyn Write, text: &str, marks: &str) -> io::Result<()> {
        match self.config.width {
            None => writeln!(out, "{}", with_marks(text, marks)),
            Some(width) => {
                for line in wrap(text, marks, usize::from(width)) {
                    writeln!(out, "{line}")?;
                }
                Ok(())
            }
        }
    }

    /// A title or heading, bold when colouring.
    fn heading(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        let lines = match self.config.width {
            None => vec![text.to_owned()],
            Some(width) => wrap(text, "", usize::from(width)),
        };
        for text in lines {
            let mut line = Styled::default();
            line.push(&text, true, self.highlight, self.config.color);
            writeln!(out, "{}", line.styled())?;
        }
        Ok(())
    }
}

/// Each column as wide as its widest line, for a table left unwrapped.
fn natural_widths(cells: &[Vec<Drawn>]) -> Vec<usize> {
    let columns = cells.first().map_or(0, Vec::len);
    let mut widths = vec![0; columns];
    for row in cells {
        for (column, (lines, _)) in row.iter().enumerate() {
            for at in 0..lines.lines() {
                widths[column] = widths[column].max(wrap::width(lines.line(at)));
            }
        }
    }
    widths
}

/// The table drawn by comfy-table, with `header` as its first row or not.
/// The cells' text is handed over; their lines and styles stay.
fn draw(cells: &mut [Vec<Drawn>], widths: &[usize], look: Look, header: bool) -> Vec<String> {
    let mut drawn = Table::new();
    drawn.load_style(look);
    // The lines already fit; comfy-table is only to draw them.
    drawn.set_content_arrangement(ContentArrangement::Disabled);
    let mut rows = cells.iter_mut().map(|row| {
        row.iter_mut()
            .map(|(lines, center)| {
                let cell = TableCell::new_owned(std::mem::take(&mut lines.text));
                if *center {
                    cell.set_alignment(CellAlignment::Center)
                } else {
                    cell
                }
            })
            .collect::<Vec<_>>()
    });
    if header && let Some(first) = rows.next() {
        drawn.set_header(first);
    }
    for row in rows {
        drawn.add_row(row);
    }
    drawn.set_constraints(widths.iter().map(|&width| {
        let padded = u16::try_from(width + 2).unwrap_or(u16::MAX);
        ColumnConstraint::Absolute(Width::Fixed(padded))
    }));
    drawn.lines().collect()
}

/// Whether comfy-table draws a line of this style (as its own `is_visible`).
fn visible(line: &comfy_table::LineStyle) -> bool {
    line.left.is_some() || line.fill.is_some() || line.junction.is_some() || line.right.is_some()
}

/// The display column where each column's text begins in a drawn line:
/// after the left border, if any, then each column's padding, width and
/// the line between columns, if any.
fn starts(widths: &[usize], look: Look) -> Vec<usize> {
    let lines = [&look.header_lines, &look.content_lines];
    let separators = [
        &look.top_border,
        &look.header_separator,
        &look.row_separator,
        &look.bottom_border,
    ];
    let left = lines.iter().any(|line| line.left.is_some())
        || separators.iter().any(|line| line.left.is_some());
    let between = lines.iter().any(|line| line.junction.is_some())
        || separators.iter().any(|line| line.junction.is_some());
    let mut at = usize::from(left);
    widths
        .iter()
        .map(|width| {
            let start = at + 1;
            at += width + 2 + usize::from(between);
            start
        })
        .collect()
}
