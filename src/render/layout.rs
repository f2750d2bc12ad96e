//! Where text goes in a terminal table and how wide each column is: the
//! cells as paragraphs to wrap, one width plan per document, so that a
//! role's column is as wide in every table of a comparison, and roles
//! stacked one under another when side by side they would be too narrow.

use super::cell::{Content, Fit, Kind, Para};
use super::fit::{Need, SAMPLE, balance, fit};
use super::format::TableStyle;
use super::wrap::measure;
use crate::labels::Marks;
use crate::view::{Block, Cell, Cited, Document, Heading, ItemText, Table, first_marks};

/// Below this many columns for each role, roles side by side are too
/// narrow to read (at 100 columns two roles get 36 each, at 80 about 25),
/// and a comparison lays them out one under another.
const SIDE_BY_SIDE: usize = 24;

/// The same for a brief comparison, whose cells hold a title each, cut to
/// a few words where the column is narrow.
const SIDE_BY_SIDE_BRIEF: usize = 18;

/// The widths of one document's comparison tables, decided once for all of them.
#[derive(Debug, Clone, Copy)]
pub(super) struct Plan {
    /// The whole width to fill.
    pub(super) width: usize,
    /// The width of the first column: labels and themes.
    pub(super) label: usize,
    /// Whether roles stand one under another, theme by theme.
    pub(super) stacked: bool,
}

/// A document's comparison tables as the plan measures them.
#[derive(Debug, Default)]
struct Measured<'d> {
    /// The labels' widest line and widest word.
    natural: usize,
    word: usize,
    /// The most columns beside the labels.
    columns: usize,
    /// The widest word of the other columns' cells.
    content_word: usize,
    /// A table whose cells are cut to their row's height (a brief
    /// comparison's), whose labels' column is chosen by what it cuts.
    cut_to_row: Option<&'d Table>,
}

/// How a terminal table is laid out: its style, width and whether brief.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    pub(super) style: TableStyle,
    pub(super) width: Option<u16>,
    pub(super) brief: bool,
}

impl Layout {
    /// Columns taken by borders and padding in a table of `columns` columns.
    pub(super) fn overhead(&self, columns: usize) -> usize {
        match self.style {
            TableStyle::Plain => 2 * columns,
            TableStyle::Unicode | TableStyle::Ascii => 3 * columns + 1,
        }
    }

    /// The plan for `document`'s comparison tables: a first column as wide as
    /// its labels need (at most a quarter of the width, unless a word needs
    /// more), and stacked roles if side by side they would be too narrow.
    pub(super) fn plan(&self, document: &Document) -> Option<Plan> {
        let width = usize::from(self.width?);
        let Measured {
            natural,
            word,
            columns,
            content_word,
            cut_to_row,
        } = self.measure_aligned(document);
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
        let label = match cut_to_row {
            Some(table) if columns > 1 => {
                let narrowest = word.min(natural);
                let widest = natural.min(width / 2).max(narrowest);
                self.row_fit_label(table, width, columns, narrowest..=widest, least)
            }
            _ if columns <= 1 || fits(label) => Some(label),
            _ => Some(label.min(word)).filter(|&narrow| fits(narrow)),
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

    /// What the plan needs to know of `document`'s comparison tables.
    fn measure_aligned<'d>(&self, document: &'d Document) -> Measured<'d> {
        let mut measured = Measured::default();
        let aligned = document.blocks.iter().filter_map(|block| match block {
            Block::Table(table) if table.aligned => Some(table),
            _ => None,
        });
        for table in aligned {
            measured.columns = measured.columns.max(table.header.len().saturating_sub(1));
            let mut cells = table.rows.iter().flatten();
            if cells.any(|cell| matches!(cell, Cell::First { .. })) {
                measured.cut_to_row = Some(table);
            }
            let firsts = std::iter::once(self.header_content(table.header[0].as_str())).chain(
                table
                    .rows
                    .iter()
                    .filter_map(|row| row.first().map(|cell| self.label_content(table, cell))),
            );
            for content in firsts {
                let (line, longest) = content.measure();
                measured.natural = measured.natural.max(line);
                measured.word = measured.word.max(longest);
            }
            for text in table.header.iter().skip(1) {
                measured.content_word = measured.content_word.max(measure(text.as_str(), "").1);
            }
            for cell in table.rows.iter().flat_map(|row| row.iter().skip(1)) {
                let word = widest_word(cell, self.style.marks());
                measured.content_word = measured.content_word.max(word);
            }
        }
        measured
    }

    /// For a table whose cells are cut to their row's height: the labels'
    /// column width among `labels` that leaves the fewest words out of the
    /// cells for the fewest lines, so that a label wraps onto a second line
    /// where that saves titles from being cut; `None` if none leaves each
    /// role `least` columns.
    fn row_fit_label(
        &self,
        table: &Table,
        width: usize,
        columns: usize,
        labels: std::ops::RangeInclusive<usize>,
        least: usize,
    ) -> Option<usize> {
        let step = table.rows.len().div_ceil(SAMPLE).max(1);
        let rows: Vec<(Content, Vec<Content>)> = table
            .rows
            .iter()
            .step_by(step)
            .filter_map(|row| {
                let (first, rest) = row.split_first()?;
                let cells = rest.iter().map(|cell| self.content(cell));
                let label = self.label_content(table, first);
                Some((label, cells.filter(Content::fits_row).collect()))
            })
            .collect();
        let mut best: Option<((usize, usize), usize)> = None;
        for label in labels {
            let each = width.saturating_sub(label + self.overhead(columns + 1)) / columns;
            if each < least {
                break;
            }
            let ellipsis = self.style.marks().ellipsis;
            let (mut lines, mut hidden) = (0, 0);
            for (first, cells) in &rows {
                let height = first.height(label).max(1);
                lines += height;
                hidden += cells
                    .iter()
                    .map(|cell| cell.hidden(each, height, ellipsis))
                    .sum::<usize>();
            }
            // A line costs two words left out of titles: the brief is for
            // one screen, and a title cut after a word or two still says
            // what the role does there.
            let cost = (2 * lines + hidden, lines);
            if best.is_none_or(|(best, _)| cost < best) {
                best = Some((cost, label));
            }
        }
        best.map(|(_, label)| label)
    }

    /// The content of a row's first cell, hanging in a table without rules
    /// between its rows.
    pub(super) fn label_content(&self, table: &Table, cell: &Cell) -> Content {
        let content = self.content(cell);
        if table.compact {
            content.hanging()
        } else {
            content
        }
    }

    /// The content of a header cell.
    pub(super) fn header_content(&self, text: &str) -> Content {
        Content::of(Para::new(Kind::Strong, text.to_owned(), String::new()))
    }

    /// The content of `cell`.
    pub(super) fn content(&self, cell: &Cell) -> Content {
        let none = String::new;
        match cell {
            Cell::Label(label) => {
                Content::of(Para::new(Kind::Strong, label.as_str().to_owned(), none()))
            }
            Cell::Theme { label, mark } => {
                let text = match mark {
                    Some(mark) => format!("{mark} {label}"),
                    None => label.as_str().to_owned(),
                };
                Content::of(Para::new(Kind::Strong, text, none()))
            }
            Cell::NotCovered => Content::of(Para::new(
                Kind::Plain,
                self.style.marks().not_covered.to_owned(),
                none(),
            )),
            Cell::Mark(mark) => Content {
                paras: vec![Para::new(Kind::Plain, (*mark).to_owned(), none())],
                center: true,
            },
            Cell::Text(cited) => Content::of(cited_para(Kind::Plain, cited)),
            Cell::First { item, more } => {
                let text = format!("{}{}", item.concerns, item.title.text);
                let mut para = Para::new(Kind::Plain, text, first_marks(item, *more));
                para.fit = Fit::Row;
                Content::of(para)
            }
            Cell::Items(items) => {
                let mut paras = Vec::new();
                for (index, item) in items.iter().enumerate() {
                    // Titles alone are a line each; items with details need a gap.
                    if index > 0 && !item.parts.is_empty() {
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
    pub(super) fn stack(&self, header: &[Heading], row: &[Cell]) -> Vec<Content> {
        let mut stacked = Content::default();
        // A brief row is a line a role, and needs no gaps to keep them apart.
        let brief = row.iter().any(|cell| matches!(cell, Cell::First { .. }));
        for (index, (heading, cell)) in header.iter().zip(row).enumerate().skip(1) {
            if index > 1 && !brief {
                stacked.paras.push(Para::gap());
            }
            let content = self.content(cell);
            if matches!(cell, Cell::First { .. }) {
                // One line: `CTO Long-term technology strategy [1] +4`.
                for mut para in content.paras {
                    para.lead = heading.as_str().to_owned();
                    para.fit = Fit::Line;
                    stacked.paras.push(para);
                }
            } else if matches!(cell, Cell::NotCovered) {
                // One line: `CIO —`.
                let mark = self.style.marks().not_covered.to_owned();
                let mut para = Para::new(Kind::Plain, mark, String::new());
                para.lead = heading.as_str().to_owned();
                stacked.paras.push(para);
            } else {
                stacked.paras.push(Para::new(
                    Kind::Strong,
                    heading.as_str().to_owned(),
                    String::new(),
                ));
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
    /// `width` and more than two columns are left: a list at 60 columns
    /// shows theme and item one under another rather than cutting a word in
    /// two. Says how many columns went into the first.
    pub(super) fn merge_until_words_fit(
        &self,
        contents: &mut [Vec<Content>],
        width: usize,
    ) -> usize {
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
            return merged;
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
        merged
    }

    /// The content widths of a table's columns: as the plan says for a
    /// comparison table; otherwise by need ([`fit`], then [`balance`]), the
    /// header (the first of `contents`) whole only where there is room, each
    /// heading's short form as wide as `short` says.
    pub(super) fn widths(
        &self,
        contents: &[Vec<Content>],
        short: &[Option<usize>],
        (aligned, compact): (bool, bool),
        plan: Plan,
    ) -> Vec<usize> {
        let columns = contents.first().map_or(0, Vec::len);
        let room = plan.width.saturating_sub(self.overhead(columns));
        if aligned && columns > 1 {
            let rest = room.saturating_sub(plan.label);
            let each = (rest / (columns - 1)).max(1);
            let mut widths = vec![plan.label.max(1)];
            widths.extend(std::iter::repeat_n(each, columns - 1));
            return widths;
        }
        let Some((header, body)) = contents.split_first() else {
            return Vec::new();
        };
        let mut needs = vec![Need::default(); columns];
        for row in body {
            for (need, content) in needs.iter_mut().zip(row) {
                let (line, word) = content.measure();
                need.natural = need.natural.max(line);
                need.least = need.least.max(word);
            }
        }
        for (column, (need, content)) in needs.iter_mut().zip(header).enumerate() {
            let (line, word) = content.measure();
            need.heading = line;
            let short = short.get(column).copied().flatten();
            need.heading_least = short.map_or(word, |short| short.min(word));
        }
        let mut widths = fit(&needs, room);
        // A table of one-line rows has no column of long text to give room
        // to: its columns are peers, each as fit shares the room.
        if !compact {
            balance(&mut widths, &needs, body);
        }
        widths
    }
}

/// The widest word of `cell` as [`Content::measure`] gives it, without
/// making the content: the plan measures every cell of a comparison.
fn widest_word(cell: &Cell, marks_style: &Marks) -> usize {
    let cited =
        |cited: &Cited, indent: usize| measure(cited.text.as_str(), &cited.marks()).1 + indent;
    match cell {
        Cell::Items(items) => items
            .iter()
            .map(|item| {
                let title = measure(item.concerns.as_str(), "")
                    .1
                    .max(cited(&item.title, 2));
                item.parts
                    .iter()
                    .fold(title, |widest, part| widest.max(cited(part, 0)))
            })
            .max()
            .unwrap_or(0),
        Cell::First { item, more } => {
            // Whole, or its first word, an ellipsis and its marks.
            let marks = first_marks(item, *more);
            let text = format!("{}{}", item.concerns, item.title.text);
            let (whole, _) = measure(&text, &marks);
            let first = text.split(' ').find(|word| !word.is_empty()).unwrap_or("");
            let cut = measure(&format!("{first}{}", marks_style.ellipsis), &marks).0;
            whole.min(cut)
        }
        Cell::Text(text) => cited(text, 0),
        Cell::Label(text) => measure(text.as_str(), "").1,
        Cell::Theme { label, .. } => measure(label.as_str(), "").1,
        Cell::NotCovered => measure(marks_style.not_covered, "").1,
        Cell::Mark(mark) => measure(mark, "").1,
    }
}

/// A cited text as a paragraph of `kind`.
fn cited_para(kind: Kind, cited: &Cited) -> Para {
    Para::new(kind, cited.text.as_str().to_owned(), cited.marks())
}

/// An item's paragraphs: its title, then each of its other parts.
fn item_paras(item: &ItemText) -> Vec<Para> {
    let mut title = cited_para(Kind::Title, &item.title);
    title.text = format!("{}{}", item.concerns, title.text);
    let mut paras = vec![title];
    paras.extend(item.parts.iter().map(|part| cited_para(Kind::Plain, part)));
    paras
}
