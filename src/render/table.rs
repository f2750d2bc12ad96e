//! Tables for reading in a terminal, written from a [`Document`].
//!
//! The widths are planned here, once per document, and every text is wrapped
//! here ([`wrap`]): a role's column is as wide in every table of a
//! comparison, no word that fits its column is broken, and a citation stays
//! with its last word. Too narrow for roles side by side, a comparison lays
//! them out one under another, theme by theme. comfy-table then only draws
//! the borders around lines that already fit.

use std::fmt::Write as _;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use comfy_table::presets::{
    ASCII_FULL, ASCII_FULL_CONDENSED, NOTHING, UTF8_FULL, UTF8_FULL_CONDENSED,
};
use comfy_table::{
    Cell as TableCell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width,
};

use super::document::{self, Block, Cell, Cited, Document, ItemText};
use super::wrap::{measure, wrap, wrap_each};
use super::{Catalog, Renderer};
use crate::cli::TableStyle;
use crate::compare::Comparison;
use crate::labels::NOT_COVERED_MARK;
use crate::matrix::Matrix;
use crate::search;

/// Renders tables sized for a terminal.
#[derive(Debug, Clone, Default)]
pub struct TableRenderer {
    /// Whether to colour: bold headings and item titles, highlighted matches.
    pub color: bool,
    /// How borders are drawn.
    pub style: TableStyle,
    /// The width to wrap to; `None` leaves lines unwrapped (`--width 0`).
    pub width: Option<u16>,
    /// Whether comparisons and the matrix are slide-sized (`--brief`).
    pub brief: bool,
    /// Search words whose matches to highlight, when colouring.
    pub highlight: Vec<search::Needle>,
}

/// Below this many columns for each role, roles side by side are too
/// narrow to read (at 100 columns two roles get 36 each, at 80 about 25),
/// and a comparison lays them out one under another.
const SIDE_BY_SIDE: usize = 24;

/// The same for a brief comparison, whose cells hold a few words each.
const SIDE_BY_SIDE_BRIEF: usize = 14;

/// What a paragraph of a cell is, which decides how it is wrapped and drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Body text.
    Plain,
    /// A heading word: bold when colouring.
    Strong,
    /// An item's title: after `▸ `, its wrapped lines indented under it, bold
    /// when colouring.
    Title,
    /// An empty line between items.
    Gap,
}

/// One paragraph of a cell, wrapped on its own.
#[derive(Debug)]
struct Para {
    /// A word or two in bold before the text, on its first line (the role a
    /// stacked cell is about).
    lead: String,
    /// The text, escaped.
    text: String,
    /// Citation marks, kept with the last word.
    marks: String,
    kind: Kind,
}

impl Para {
    fn new(kind: Kind, text: String, marks: String) -> Para {
        Para {
            lead: String::new(),
            text,
            marks,
            kind,
        }
    }

    fn gap() -> Para {
        Para::new(Kind::Gap, String::new(), String::new())
    }

    /// The text as it is wrapped: with its lead.
    fn body(&self) -> std::borrow::Cow<'_, str> {
        if self.lead.is_empty() {
            std::borrow::Cow::Borrowed(&self.text)
        } else {
            std::borrow::Cow::Owned(format!("{} {}", self.lead, self.text))
        }
    }

    /// Columns taken by what comes before each line (`▸ ` or its indent).
    fn indent(&self) -> usize {
        if self.kind == Kind::Title { 2 } else { 0 }
    }
}

/// A cell's content, before it is wrapped to its column.
#[derive(Debug, Default)]
struct Content {
    paras: Vec<Para>,
    /// Centred in its column (a matrix mark).
    center: bool,
}

impl Content {
    fn of(para: Para) -> Content {
        Content {
            paras: vec![para],
            center: false,
        }
    }

    /// The widest line and the widest word, as for [`measure`].
    fn measure(&self) -> (usize, usize) {
        self.paras.iter().fold((0, 0), |(line, word), para| {
            let (l, w) = measure(&para.body(), &para.marks);
            (line.max(l + para.indent()), word.max(w + para.indent()))
        })
    }
}

/// The widths of one document's comparison tables, decided once for all of them.
#[derive(Debug, Clone, Copy)]
struct Plan {
    /// The whole width to fill.
    width: usize,
    /// The width of the first column: labels and themes.
    label: usize,
    /// Whether roles stand one under another, theme by theme.
    stacked: bool,
}

impl TableRenderer {
    /// Columns taken by borders and padding in a table of `columns` columns.
    fn overhead(&self, columns: usize) -> usize {
        match self.style {
            TableStyle::Plain => 2 * columns,
            TableStyle::Unicode | TableStyle::Ascii => 3 * columns + 1,
        }
    }

    /// The plan for `document`'s comparison tables: a first column as wide as
    /// its labels need (at most a quarter of the width, unless a word needs
    /// more), and stacked roles if side by side they would be too narrow.
    fn plan(&self, document: &Document) -> Option<Plan> {
        let width = usize::from(self.width?);
        let aligned = || {
            document.blocks.iter().filter_map(|block| match block {
                Block::Table(table) if table.aligned => Some(table),
                _ => None,
            })
        };
        let (mut natural, mut word, mut columns, mut content_word) = (0, 0, 0, 0);
        for table in aligned() {
            columns = columns.max(table.header.len().saturating_sub(1));
            let firsts = std::iter::once(self.header_content(&table.header[0])).chain(
                table
                    .rows
                    .iter()
                    .filter_map(|row| row.first().map(|cell| self.content(cell))),
            );
            for content in firsts {
                let (line, longest) = content.measure();
                natural = natural.max(line);
                word = word.max(longest);
            }
            for text in table.header.iter().skip(1) {
                content_word = content_word.max(measure(text, "").1);
            }
            for cell in table.rows.iter().flat_map(|row| row.iter().skip(1)) {
                content_word = content_word.max(widest_word(cell));
            }
        }
        let side_by_side = if self.brief {
            SIDE_BY_SIDE_BRIEF
        } else {
            SIDE_BY_SIDE
        };
        // The labels' column takes its share of the width (a quarter beside
        // two roles, less beside more), or what its longest word needs; never
        // more than half the width, where a word longer than that breaks.
        let label_within = |share: usize| natural.min(word.max(share)).min(width / 2);
        let label = label_within(width / (columns + 2));
        // Side by side while each role's column is readable and holds the
        // longest word of its cells (an address counts by its parts between
        // `/` and `-`, where it may break).
        let least = side_by_side.max(content_word);
        let fits = |label: usize| {
            width.saturating_sub(label + self.overhead(columns + 1)) / columns >= least
        };
        // Where the roles need it, the labels' column narrows to its longest
        // word before the roles are stacked.
        let label = if columns <= 1 || fits(label) {
            Some(label)
        } else {
            Some(label.min(word)).filter(|&narrow| fits(narrow))
        };
        Some(match label {
            Some(label) => Plan {
                width,
                label,
                stacked: false,
            },
            None => Plan {
                width,
                label: label_within(width / 4),
                stacked: true,
            },
        })
    }

    /// Writes `document`. A terminal has no room to spare, so a blank line
    /// only sets apart a new part (a heading) and the closing note.
    fn document(&self, document: &Document, out: &mut dyn Write) -> io::Result<()> {
        let plan = self.plan(document);
        for (index, block) in document.blocks.iter().enumerate() {
            if index > 0 && matches!(block, Block::Heading(_) | Block::Note(_)) {
                writeln!(out)?;
            }
            match block {
                Block::Title(text) | Block::Heading(text) => self.heading(out, text)?,
                Block::Paragraph(cited) => {
                    self.paragraph(out, &cited.text, &document::marks_of(&cited.citations))?
                }
                Block::Table(table) => self.table(out, table, plan)?,
                Block::Legend(text) => {
                    for line in text.lines() {
                        self.paragraph(out, line, "")?;
                    }
                }
                Block::Note(text) => self.paragraph(out, text, "")?,
                Block::Sources { entries, .. } => {
                    for source in entries {
                        let line = format!(
                            "{} {} ({})",
                            document::marks(&[source.number]),
                            source.title,
                            source.details
                        );
                        self.paragraph(out, &line, "")?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The content of a header cell.
    fn header_content(&self, text: &str) -> Content {
        Content::of(Para::new(Kind::Strong, text.to_owned(), String::new()))
    }

    /// The content of `cell`.
    fn content(&self, cell: &Cell) -> Content {
        let none = String::new;
        match cell {
            Cell::Label(label) => Content::of(Para::new(Kind::Strong, (*label).to_owned(), none())),
            Cell::Theme { label, mark } => {
                let text = match mark {
                    Some(mark) => format!("{mark} {label}"),
                    None => label.clone(),
                };
                Content::of(Para::new(Kind::Strong, text, none()))
            }
            Cell::NotCovered => {
                Content::of(Para::new(Kind::Plain, NOT_COVERED_MARK.to_owned(), none()))
            }
            Cell::Mark(mark) => Content {
                paras: vec![Para::new(Kind::Plain, (*mark).to_owned(), none())],
                center: true,
            },
            Cell::Text(cited) => Content::of(cited_para(Kind::Plain, cited)),
            Cell::Items(items) => {
                let mut paras = Vec::new();
                for (index, item) in items.iter().enumerate() {
                    // Titles alone are a line each; items with details need a gap.
                    if index > 0 && item.detail.is_some() {
                        paras.push(Para::gap());
                    }
                    paras.extend(item_paras(item));
                }
                Content {
                    paras,
                    center: false,
                }
            }
        }
    }

    /// A comparison table's row with its roles one under another: the
    /// label, then each column's heading before its content.
    fn stack(&self, header: &[String], row: &[Cell]) -> Vec<Content> {
        let mut stacked = Content::default();
        for (index, (heading, cell)) in header.iter().zip(row).enumerate().skip(1) {
            if index > 1 {
                stacked.paras.push(Para::gap());
            }
            let content = self.content(cell);
            if matches!(cell, Cell::NotCovered) {
                // One line: `CIO —`.
                let mut para = Para::new(Kind::Plain, NOT_COVERED_MARK.to_owned(), String::new());
                para.lead = heading.clone();
                stacked.paras.push(para);
            } else {
                stacked
                    .paras
                    .push(Para::new(Kind::Strong, heading.clone(), String::new()));
                stacked.paras.extend(content.paras);
            }
        }
        let label = row
            .first()
            .map(|cell| self.content(cell))
            .unwrap_or_default();
        vec![label, stacked]
    }

    /// Puts the first two columns of a table into one, a line under a line,
    /// for as long as the columns' longest words are too wide together for
    /// `width` and more than two columns are left: a search at 60 columns
    /// shows role, section and theme one under another rather than cutting
    /// "Responsibilities" in two.
    fn merge_until_words_fit(&self, contents: &mut [Vec<Content>], width: usize) {
        let columns = contents.first().map_or(0, Vec::len);
        let mut word = vec![0; columns];
        for row in contents.iter() {
            for (column, content) in row.iter().enumerate() {
                word[column] = word[column].max(content.measure().1);
            }
        }
        // How many of the first columns go into one: decided on the words'
        // widths alone, then done in one pass over the rows.
        let mut merged = 1;
        let mut first = word.first().copied().unwrap_or(0);
        while columns - merged + 1 > 2 {
            let total = first + word[merged..].iter().sum::<usize>();
            if total <= width.saturating_sub(self.overhead(columns - merged + 1)) {
                break;
            }
            first = first.max(word[merged]);
            merged += 1;
        }
        if merged == 1 {
            return;
        }
        for row in contents.iter_mut() {
            let rest = row.split_off(merged.min(row.len()));
            let mut together = Content::default();
            for content in row.drain(..) {
                together.paras.extend(content.paras);
            }
            row.push(together);
            row.extend(rest);
        }
    }

    /// The content widths of a table's columns: as the plan says for a
    /// comparison table; otherwise each column as wide as it needs, and when
    /// they do not all fit, the room left after each column's longest word
    /// shared out by what each still wants.
    fn widths(&self, contents: &[Vec<Content>], aligned: bool, plan: Plan) -> Vec<usize> {
        let columns = contents.first().map_or(0, Vec::len);
        let room = plan.width.saturating_sub(self.overhead(columns));
        if aligned && columns > 1 {
            let rest = room.saturating_sub(plan.label);
            let each = (rest / (columns - 1)).max(1);
            let mut widths = vec![plan.label.max(1)];
            widths.extend(std::iter::repeat_n(each, columns - 1));
            return widths;
        }
        let mut natural = vec![0; columns];
        let mut word = vec![0; columns];
        for row in contents {
            for (column, content) in row.iter().enumerate() {
                let (line, longest) = content.measure();
                natural[column] = natural[column].max(line);
                word[column] = word[column].max(longest);
            }
        }
        fit(&natural, &word, room)
    }

    fn table(
        &self,
        out: &mut dyn Write,
        table: &document::Table,
        plan: Option<Plan>,
    ) -> io::Result<()> {
        let stacked = table.aligned && plan.is_some_and(|plan| plan.stacked);
        // The header first, then the rows, as contents to wrap.
        let mut contents: Vec<Vec<Content>> = Vec::with_capacity(table.rows.len() + 1);
        if stacked {
            // Each cell names its role; the columns need no heading.
            contents.extend(table.rows.iter().map(|row| self.stack(&table.header, row)));
        } else {
            contents.push(
                table
                    .header
                    .iter()
                    .map(|text| self.header_content(text))
                    .collect(),
            );
            contents.extend(
                table
                    .rows
                    .iter()
                    .map(|row| row.iter().map(|cell| self.content(cell)).collect()),
            );
        }
        // Lists only: the matrix and the catalogs are one line a row, and a
        // matrix of many roles is better cut than stacked.
        if !table.aligned
            && !table.compact
            && let Some(plan) = plan
        {
            self.merge_until_words_fit(&mut contents, plan.width);
        }
        let widths = plan.map(|plan| self.widths(&contents, table.aligned, plan));

        let mut drawn = Table::new();
        drawn.load_style(match (self.style, table.compact) {
            (TableStyle::Plain, _) => NOTHING,
            (TableStyle::Ascii, true) => ASCII_FULL_CONDENSED,
            (TableStyle::Ascii, false) => ASCII_FULL,
            (TableStyle::Unicode, true) => UTF8_FULL_CONDENSED,
            (TableStyle::Unicode, false) => UTF8_FULL,
        });
        // The lines already fit; comfy-table is only to draw them.
        drawn.set_content_arrangement(ContentArrangement::Disabled);
        let plain = self.style == TableStyle::Plain;
        let last = contents.len().saturating_sub(1);
        let mut rows = contents.into_iter().enumerate().map(|(index, row)| {
            row.into_iter()
                .enumerate()
                .map(|(column, content)| {
                    let width = widths
                        .as_ref()
                        .and_then(|widths| widths.get(column).copied());
                    let mut lines = self.lines(&content, width);
                    // Without rules, a blank line keeps rows apart.
                    if plain && index < last {
                        lines.push('\n');
                    }
                    let cell = TableCell::new_owned(lines);
                    if content.center {
                        cell.set_alignment(CellAlignment::Center)
                    } else {
                        cell
                    }
                })
                .collect::<Vec<_>>()
        });
        if !stacked && let Some(header) = rows.next() {
            drawn.set_header(header);
        }
        for row in rows {
            drawn.add_row(row);
        }
        if let Some(widths) = &widths {
            let constraints = widths.iter().map(|&width| {
                let padded = u16::try_from(width + 2).unwrap_or(u16::MAX);
                ColumnConstraint::Absolute(Width::Fixed(padded))
            });
            drawn.set_constraints(constraints);
        }
        for line in drawn.lines() {
            let line = if plain { line.trim_end() } else { &line };
            if self.color {
                out.write_all(styled(line).as_bytes())?;
            } else {
                out.write_all(line.as_bytes())?;
            }
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// `content` wrapped to `width` (unwrapped when `None`) and painted, as
    /// the lines of one cell.
    fn lines(&self, content: &Content, width: Option<usize>) -> String {
        let mut cell = String::new();
        let start = |cell: &mut String| {
            if !cell.is_empty() {
                cell.push('\n');
            }
        };
        for para in &content.paras {
            if para.kind == Kind::Gap {
                // An empty line, even at the start of the cell.
                cell.push('\n');
                continue;
            }
            let body = para.body();
            let strong = matches!(para.kind, Kind::Strong | Kind::Title);
            let mut index = 0;
            let mut push = |line: &str| {
                start(&mut cell);
                if para.kind == Kind::Title {
                    cell.push_str(if index == 0 { "▸ " } else { "  " });
                }
                if !self.color {
                    cell.push_str(line);
                } else if index == 0 && !para.lead.is_empty() {
                    let rest = line.strip_prefix(para.lead.as_str()).unwrap_or(line);
                    cell.push_str(&self.paint(&line[..line.len() - rest.len()], true));
                    cell.push_str(&self.paint(rest, strong));
                } else {
                    cell.push_str(&self.paint(line, strong));
                }
                index += 1;
            };
            match width {
                Some(width) => wrap_each(
                    &body,
                    &para.marks,
                    width.saturating_sub(para.indent()),
                    &mut push,
                ),
                None => document::with_marks_text(&body, &para.marks)
                    .split('\n')
                    .for_each(&mut push),
            }
        }
        cell
    }

    /// `text` bold when `strong`, its search matches highlighted, when
    /// colouring: marked with [`STRONG`], [`FOUND`] and [`PLAIN`], which
    /// [`styled`] turns into the terminal's codes once the table is drawn.
    fn paint(&self, text: &str, strong: bool) -> String {
        if !self.color || text.is_empty() {
            return text.to_owned();
        }
        let base = if strong { Some(STRONG) } else { None };
        let mut painted = String::with_capacity(text.len() + 8);
        let mut push = |mark: Option<char>, part: &str| {
            if part.is_empty() {
                return;
            }
            match mark {
                Some(mark) => {
                    painted.push(mark);
                    painted.push_str(part);
                    painted.push(PLAIN);
                }
                None => painted.push_str(part),
            }
        };
        let mut at = 0;
        for range in search::highlights(text, &self.highlight) {
            push(base, &text[at..range.start]);
            push(Some(FOUND), &text[range.clone()]);
            at = range.end;
        }
        push(base, &text[at..]);
        painted
    }

    /// Prose outside a table, wrapped to the width.
    fn paragraph(&self, out: &mut dyn Write, text: &str, marks: &str) -> io::Result<()> {
        match self.width {
            None => writeln!(out, "{}", document::with_marks_text(text, marks)),
            Some(width) => {
                for line in wrap(text, marks, usize::from(width)) {
                    writeln!(out, "{line}")?;
                }
                Ok(())
            }
        }
    }

    fn heading(&self, out: &mut dyn Write, text: &str) -> io::Result<()> {
        match self.width {
            None => writeln!(out, "{}", styled(&self.paint(text, true))),
            Some(width) => {
                for line in wrap(text, "", usize::from(width)) {
                    writeln!(out, "{}", styled(&self.paint(&line, true)))?;
                }
                Ok(())
            }
        }
    }
}

/// Marks where bold text begins, while a table is laid out. comfy-table
/// measures and pads what it is given as it stands, so terminal codes in a
/// cell would count as columns (its `custom_styling` feature parses them out
/// again, at four times the cost of drawing the table). These invisible
/// characters count as none; the dataset cannot hold them, since
/// [`crate::terminal::escape`] shows them escaped, and [`styled`] replaces
/// them once the lines are drawn.
const STRONG: char = '\u{2061}';

/// Marks where a search match begins (bold red, as ripgrep shows matches:
/// one of the 16 colours every terminal palette makes readable on its own
/// background).
const FOUND: char = '\u{2062}';

/// Marks where plain text resumes.
const PLAIN: char = '\u{2063}';

/// `line` with the marks of [`TableRenderer::paint`] made terminal codes.
fn styled(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains([STRONG, FOUND, PLAIN]) {
        return std::borrow::Cow::Borrowed(line);
    }
    let strong = Style::new().bold();
    let found = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
    let mut out = String::with_capacity(line.len() + 16);
    for c in line.chars() {
        // Writing to a String cannot fail.
        let _ = match c {
            STRONG => write!(out, "{strong}"),
            FOUND => write!(out, "{found}"),
            PLAIN => write!(out, "{}", strong.render_reset()),
            c => {
                out.push(c);
                Ok(())
            }
        };
    }
    std::borrow::Cow::Owned(out)
}

/// The widest word of `cell` as [`Content::measure`] gives it, without
/// making the content: the plan measures every cell of a comparison.
fn widest_word(cell: &Cell) -> usize {
    let cited = |cited: &Cited, indent: usize| {
        measure(&cited.text, &document::marks_of(&cited.citations)).1 + indent
    };
    match cell {
        Cell::Items(items) => items
            .iter()
            .map(|item| {
                let title = measure(&item.concerns, "").1.max(cited(&item.title, 2));
                item.detail
                    .as_ref()
                    .map_or(title, |detail| title.max(cited(detail, 0)))
            })
            .max()
            .unwrap_or(0),
        Cell::Text(text) => cited(text, 0),
        Cell::Label(text) => measure(text, "").1,
        Cell::Theme { label, .. } => measure(label, "").1,
        Cell::NotCovered => measure(NOT_COVERED_MARK, "").1,
        Cell::Mark(mark) => measure(mark, "").1,
    }
}

/// A cited text as a paragraph of `kind`.
fn cited_para(kind: Kind, cited: &Cited) -> Para {
    Para::new(
        kind,
        cited.text.clone(),
        document::marks_of(&cited.citations),
    )
}

/// An item's paragraphs: its title, then its detail if it has one.
fn item_paras(item: &ItemText) -> Vec<Para> {
    let mut title = cited_para(Kind::Title, &item.title);
    title.text = format!("{}{}", item.concerns, title.text);
    let mut paras = vec![title];
    if let Some(detail) = &item.detail {
        paras.push(cited_para(Kind::Plain, detail));
    }
    paras
}

/// Widths for columns that want `natural` columns and need `word` to break
/// no word, within `room`: every column its natural width if all fit; else
/// the columns that want no more than an even share get what they want, and
/// the others share what is left evenly, none below its longest word. If even
/// the longest words do not fit, the room is shared in proportion to them.
fn fit(natural: &[usize], word: &[usize], room: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= room {
        return natural.iter().map(|&width| width.max(1)).collect();
    }
    let least: Vec<usize> = natural.iter().zip(word).map(|(&n, &w)| n.min(w)).collect();
    let mut widths: Vec<Option<usize>> = vec![None; natural.len()];
    // Settle, each time against an even share of what is left, the columns
    // that want less than it (they get what they want) and those whose
    // longest word needs more (they get that); the rest share what remains.
    loop {
        let open: Vec<usize> = (0..natural.len())
            .filter(|&c| widths[c].is_none())
            .collect();
        if open.is_empty() {
            break;
        }
        let left = room.saturating_sub(widths.iter().flatten().sum());
        let share = left / open.len();
        let settled: Vec<(usize, usize)> = open
            .iter()
            .filter_map(|&c| {
                if natural[c] <= share {
                    Some((c, natural[c]))
                } else if least[c] > share {
                    Some((c, least[c]))
                } else {
                    None
                }
            })
            .collect();
        if settled.is_empty() {
            for (index, &column) in open.iter().enumerate() {
                // What dividing left over goes to the last column.
                let extra = if index + 1 == open.len() {
                    left - share * open.len()
                } else {
                    0
                };
                widths[column] = Some(share + extra);
            }
            break;
        }
        for (column, width) in settled {
            widths[column] = Some(width);
        }
    }
    let total: usize = widths.iter().flatten().sum();
    if total > room {
        // The longest words alone are too wide: each gets its part of the room.
        let least_sum: usize = least.iter().sum();
        return least
            .iter()
            .map(|&width| (width * room / least_sum.max(1)).max(1))
            .collect();
    }
    widths
        .into_iter()
        .map(|width| width.unwrap_or(1).max(1))
        .collect()
}

impl Renderer for TableRenderer {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        if self.brief {
            self.document(&Document::brief(comparison), out)
        } else {
            self.document(&Document::comparison(comparison), out)
        }
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::list(comparison), out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::roles(comparison), out)
    }

    fn matrix(&self, matrix: &Matrix<'_>, out: &mut dyn Write) -> io::Result<()> {
        self.document(&Document::matrix(matrix, self.brief), out)
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
    use super::fit;

    #[test]
    fn columns_that_fit_keep_their_natural_width() {
        assert_eq!(fit(&[5, 10], &[3, 4], 20), [5, 10]);
    }

    #[test]
    fn too_wide_columns_keep_their_longest_word_and_share_the_rest() {
        // 70 wanted, 30 of room: the first wants less than a third and gets
        // it; the others share the 22 left evenly.
        assert_eq!(fit(&[8, 20, 30], &[4, 4, 6], 30), [8, 11, 11]);
        // A column whose longest word needs more than its share gets it.
        assert_eq!(fit(&[8, 20, 30], &[4, 14, 6], 30), [8, 14, 8]);
    }

    #[test]
    fn columns_whose_words_do_not_fit_share_the_room() {
        assert_eq!(fit(&[30, 30], &[20, 20], 20), [10, 10]);
    }
}
