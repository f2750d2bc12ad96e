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

use super::cell::{Content, Fit, HANG, Kind};
use super::format::{Config, TableStyle};
use super::layout::{Layout, Plan};
use super::style::{self, Styled};
use super::wrap::{self, shorten, wrap, wrap_all, wrap_each, wrap_prose};
use crate::search::Needle;
use crate::view::{Block, Cited, Definition, Document, Hits, marks_of, with_marks};

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
            Block::Hits(hits) => writer.hits(out, hits)?,
            Block::Legend(lines) => {
                for line in lines {
                    writer.paragraph(out, line.as_str(), "")?;
                }
            }
            Block::Note(text) => writer.paragraph(out, text.as_str(), "")?,
            Block::Definitions(definitions) => writer.definitions(out, definitions)?,
            Block::Sources { entries, brief } => {
                let lines = entries.iter().map(|source| {
                    format!(
                        "{} {} ({})",
                        marks_of(&[source.number]),
                        source.title,
                        source.details
                    )
                });
                if *brief {
                    writer.paragraph(out, &lines.collect::<Vec<_>>().join("; "), "")?;
                } else {
                    for line in lines {
                        writer.paragraph(out, &line, "")?;
                    }
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
        let mut contents = self.contents(table, stacked);
        let widths = plan.map(|plan| self.columns(table, &mut contents, plan, stacked));
        let mut cells = self.cells(contents, widths.as_deref());
        let widths = widths.unwrap_or_else(|| natural_widths(&cells));
        // Roles stacked one under another take lines each: rules keep rows apart.
        let look = match (self.config.style, table.compact && !stacked) {
            (TableStyle::Plain, _) => NOTHING,
            (TableStyle::Ascii, true) => ASCII_FULL_CONDENSED,
            (TableStyle::Ascii, false) => ASCII_FULL,
            (TableStyle::Unicode, true) => UTF8_FULL_CONDENSED,
            (TableStyle::Unicode, false) => UTF8_FULL,
        };
        let drawn = draw(&mut cells, &widths, look, !stacked);
        self.styled(out, drawn, &cells, &starts(&widths, look), look, !stacked)
    }

    /// The header (unless the roles are stacked, each cell naming its
    /// role), then the rows, as contents to wrap.
    fn contents(&self, table: &crate::view::Table, stacked: bool) -> Vec<Vec<Content>> {
        let mut contents: Vec<Vec<Content>> = Vec::with_capacity(table.rows.len() + 1);
        if stacked {
            let rows = table.rows.iter();
            contents.extend(rows.map(|row| self.layout.stack(&table.header, row)));
            return contents;
        }
        let header = table.header.iter();
        contents.push(
            header
                .map(|text| self.layout.header_content(text.as_str()))
                .collect(),
        );
        contents.extend(table.rows.iter().map(|row| {
            let mut cells = row.iter();
            let first = cells
                .next()
                .map(|cell| self.layout.label_content(table, cell));
            first
                .into_iter()
                .chain(cells.map(|cell| self.layout.content(cell)))
                .collect()
        }));
        contents
    }

    /// The widths of `table`'s columns, its contents as they are drawn:
    /// a list's first columns merged where their words do not fit side by
    /// side, and each heading in its short form where the column is
    /// narrower than its longest word.
    fn columns(
        &self,
        table: &crate::view::Table,
        contents: &mut [Vec<Content>],
        plan: Plan,
        stacked: bool,
    ) -> Vec<usize> {
        let mut short: Vec<Option<Content>> = table
            .header
            .iter()
            .map(|heading| {
                let text = heading.short.as_ref()?;
                Some(self.layout.header_content(text.as_str()))
            })
            .collect();
        // Lists only: the matrix and the catalogs are one line a row, and a
        // matrix of many roles is better cut than stacked.
        if !table.aligned && !table.compact {
            let merged = self.layout.merge_until_words_fit(contents, plan.width);
            if merged > 1 {
                short.splice(..merged.min(short.len()), [None]);
            }
        }
        let short_widths: Vec<Option<usize>> = short
            .iter()
            .map(|content| content.as_ref().map(|content| content.measure().0))
            .collect();
        let widths = self.layout.widths(
            contents,
            &short_widths,
            (table.aligned, table.compact),
            plan,
        );
        if let (Some(header), false) = (contents.first_mut(), stacked) {
            for ((content, short), &width) in header.iter_mut().zip(short).zip(&widths) {
                if let Some(short) = short
                    && content.measure().1 > width
                {
                    *content = short;
                }
            }
        }
        widths
    }

    /// Each row's cells as lines, wrapped to `widths` and styled, a cell
    /// cut to its row as tall as the row's first; without rules (plain
    /// style), a blank line keeps rows apart.
    fn cells(&self, contents: Vec<Vec<Content>>, widths: Option<&[usize]>) -> Vec<Vec<Drawn>> {
        let plain = self.config.style == TableStyle::Plain;
        let last = contents.len().saturating_sub(1);
        let width = |column: usize| widths.and_then(|widths| widths.get(column).copied());
        contents
            .into_iter()
            .enumerate()
            .map(|(index, row)| {
                let mut drawn: Vec<Drawn> = Vec::with_capacity(row.len());
                let mut height = 1;
                for (column, content) in row.into_iter().enumerate() {
                    let mut lines = self.lines(&content, width(column), height);
                    if column == 0 {
                        height = lines.lines();
                    }
                    if plain && index < last {
                        lines.newline();
                    }
                    drawn.push((lines, content.center));
                }
                drawn
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
    /// the lines of one cell; a paragraph cut to its row in at most `row` lines.
    fn lines(&self, content: &Content, width: Option<usize>, row: usize) -> Styled {
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
            let hang = width
                .is_some_and(|width| para.wrap_width(width) < width.saturating_sub(para.indent()));
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
                if hang && index > 0 {
                    line.push(&" ".repeat(HANG), false, &[], false);
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
            let limit = match para.fit {
                Fit::Wrap => None,
                Fit::Row => Some(row),
                Fit::Line => Some(1),
            };
            match (width, limit) {
                (Some(width), None) => {
                    wrap_each(&body, &para.marks, para.wrap_width(width), &mut push);
                }
                (Some(width), Some(limit)) => {
                    let ellipsis = self.config.style.marks().ellipsis;
                    shorten(&body, &para.marks, para.wrap_width(width), limit, ellipsis)
                        .iter()
                        .for_each(|line| push(line));
                }
                (None, _) => with_marks(&body, &para.marks)
                    .split('\n')
                    .for_each(&mut push),
            }
        }
        lines
    }

    /// Terms and their texts: each term in bold, its texts beside it in one
    /// paragraph, its lines after the first under the first's start.
    fn definitions(&self, out: &mut dyn Write, definitions: &[Definition]) -> io::Result<()> {
        let indent = self.indent(definitions.iter().map(|it| it.term.as_str()));
        for definition in definitions {
            let lines = self.definition_lines(definition, indent);
            self.beside(out, definition.term.as_str(), indent, &lines)?;
        }
        Ok(())
    }

    /// What a search found, a line each, as ripgrep shows matches: whose,
    /// theme, title and citations, the matches highlighted; the detail
    /// under it when asked for. Lines too long for the width go on under
    /// their start.
    fn hits(&self, out: &mut dyn Write, hits: &Hits) -> io::Result<()> {
        let indent = self.indent(hits.lines.iter().map(|hit| hit.roles.as_str()));
        let width = self.config.width.map(|width| usize::from(width) - indent);
        for hit in &hits.lines {
            let line = format!("{}: {}", hit.theme, hit.title.text);
            let marks = hit.title.marks();
            let mut lines = match width {
                Some(width) => wrap(&line, &marks, width),
                None => vec![with_marks(&line, &marks).replace('\n', " ")],
            };
            if hits.long {
                match width {
                    Some(width) => lines.extend(wrap(hit.detail.as_str(), "", width)),
                    None => lines.extend(hit.detail.as_str().split('\n').map(str::to_owned)),
                }
            }
            self.beside(out, hit.roles.as_str(), indent, &lines)?;
        }
        Ok(())
    }

    /// How far texts beside `terms` begin: after the widest term and two
    /// spaces, but not past a third of the width.
    fn indent<'t>(&self, terms: impl Iterator<Item = &'t str>) -> usize {
        let widest = terms.map(wrap::width).max().unwrap_or(0);
        match self.config.width {
            Some(width) => (widest + 2).min(usize::from(width) / 3).max(2),
            None => widest + 2,
        }
    }

    /// `lines` after `indent` columns, `term` in bold before the first; a
    /// term too wide for the indent stands on lines of its own above them.
    fn beside(
        &self,
        out: &mut dyn Write,
        term: &str,
        indent: usize,
        lines: &[String],
    ) -> io::Result<()> {
        let color = self.config.color;
        let mut pending = Some(term);
        if wrap::width(term) + 1 > indent {
            let width = self.config.width.map_or(usize::MAX, usize::from);
            for line in wrap(term, "", width) {
                let mut styled = Styled::default();
                styled.push(&line, true, &[], color);
                writeln!(out, "{}", styled.styled())?;
            }
            pending = None;
        }
        for line in lines {
            let mut styled = Styled::default();
            let lead = pending.take().unwrap_or("");
            styled.push(lead, true, &[], color);
            let pad = indent - wrap::width(lead);
            styled.push(&" ".repeat(pad), false, &[], color);
            styled.push(line, false, self.highlight, color);
            writeln!(out, "{}", styled.styled())?;
        }
        Ok(())
    }

    /// A definition's texts as one paragraph (a role's summary, then its
    /// orientation), in lines that leave `indent` columns for its term.
    fn definition_lines(&self, definition: &Definition, indent: usize) -> Vec<String> {
        let marks: Vec<String> = definition.texts.iter().map(Cited::marks).collect();
        let texts: Vec<(&str, &str)> = definition
            .texts
            .iter()
            .zip(&marks)
            .map(|(text, marks)| (text.text.as_str(), marks.as_str()))
            .collect();
        match self.config.width {
            Some(width) => wrap_all(&texts, usize::from(width) - indent),
            None => {
                let texts = texts.iter().map(|&(text, marks)| with_marks(text, marks));
                vec![texts.collect::<Vec<_>>().join(" ").replace('\n', " ")]
            }
        }
    }

    /// Prose outside a table, wrapped to the width.
    fn paragraph(&self, out: &mut dyn Write, text: &str, marks: &str) -> io::Result<()> {
        match self.config.width {
            None => writeln!(out, "{}", with_marks(text, marks)),
            Some(width) => {
                for line in wrap_prose(text, marks, usize::from(width)) {
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
