//! Where text goes in a terminal table and how wide each column is: the
//! cells as paragraphs to wrap, one width plan per document, so that a
//! role's column is as wide in every table of a comparison, and roles
//! stacked one under another when side by side they would be too narrow.

use super::format::TableStyle;
use super::wrap::measure;
use crate::labels::Marks;
use crate::terminal::Shown;
use crate::view::{Block, Cell, Cited, Document, ItemText};

/// Below this many columns for each role, roles side by side are too
/// narrow to read (at 100 columns two roles get 36 each, at 80 about 25),
/// and a comparison lays them out one under another.
const SIDE_BY_SIDE: usize = 24;

/// The same for a brief comparison, whose cells hold a few words each.
const SIDE_BY_SIDE_BRIEF: usize = 14;

/// What a paragraph of a cell is, which decides how it is wrapped and drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) struct Para {
    /// A word or two in bold before the text, on its first line (the role a
    /// stacked cell is about).
    pub(super) lead: String,
    /// The text, escaped.
    pub(super) text: String,
    /// Citation marks, kept with the last word.
    pub(super) marks: String,
    pub(super) kind: Kind,
}

impl Para {
    pub(super) fn new(kind: Kind, text: String, marks: String) -> Para {
        Para {
            lead: String::new(),
            text,
            marks,
            kind,
        }
    }

    pub(super) fn gap() -> Para {
        Para::new(Kind::Gap, String::new(), String::new())
    }

    /// The text as it is wrapped: with its lead.
    pub(super) fn body(&self) -> std::borrow::Cow<'_, str> {
        if self.lead.is_empty() {
            std::borrow::Cow::Borrowed(&self.text)
        } else {
            std::borrow::Cow::Owned(format!("{} {}", self.lead, self.text))
        }
    }

    /// Columns taken by what comes before each line (`▸ ` or its indent).
    pub(super) fn indent(&self) -> usize {
        if self.kind == Kind::Title { 2 } else { 0 }
    }
}

/// A cell's content, before it is wrapped to its column.
#[derive(Debug, Default)]
pub(super) struct Content {
    pub(super) paras: Vec<Para>,
    /// Centred in its column (a matrix mark).
    pub(super) center: bool,
}

impl Content {
    pub(super) fn of(para: Para) -> Content {
        Content {
            paras: vec![para],
            center: false,
        }
    }

    /// The widest line and the widest word, as for [`measure`].
    pub(super) fn measure(&self) -> (usize, usize) {
        self.paras.iter().fold((0, 0), |(line, word), para| {
            let (l, w) = measure(&para.body(), &para.marks);
            (line.max(l + para.indent()), word.max(w + para.indent()))
        })
    }
}

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
        let aligned = || {
            document.blocks.iter().filter_map(|block| match block {
                Block::Table(table) if table.aligned => Some(table),
                _ => None,
            })
        };
        let (mut natural, mut word, mut columns, mut content_word) = (0, 0, 0, 0);
        for table in aligned() {
            columns = columns.max(table.header.len().saturating_sub(1));
            let firsts = std::iter::once(self.header_content(table.header[0].as_str())).chain(
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
                content_word = content_word.max(measure(text.as_str(), "").1);
            }
            for cell in table.rows.iter().flat_map(|row| row.iter().skip(1)) {
                content_word = content_word.max(widest_word(cell, self.style.marks()));
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
    pub(super) fn stack(&self, header: &[Shown], row: &[Cell]) -> Vec<Content> {
        let mut stacked = Content::default();
        for (index, (heading, cell)) in header.iter().zip(row).enumerate().skip(1) {
            if index > 1 {
                stacked.paras.push(Para::gap());
            }
            let content = self.content(cell);
            if matches!(cell, Cell::NotCovered) {
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
    /// `width` and more than two columns are left: a search at 60 columns
    /// shows role, section and theme one under another rather than cutting
    /// "Responsibilities" in two.
    pub(super) fn merge_until_words_fit(&self, contents: &mut [Vec<Content>], width: usize) {
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
    pub(super) fn widths(
        &self,
        contents: &[Vec<Content>],
        aligned: bool,
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
}

/// The widest word of `cell` as [`Content::measure`] gives it, without
/// making the content: the plan measures every cell of a comparison.
fn widest_word(cell: &Cell, marks: &Marks) -> usize {
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
        Cell::Text(text) => cited(text, 0),
        Cell::Label(text) => measure(text.as_str(), "").1,
        Cell::Theme { label, .. } => measure(label.as_str(), "").1,
        Cell::NotCovered => measure(marks.not_covered, "").1,
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

/// Widths for columns that want `natural` columns and need `word` to break
/// no word, within `room`: every column its natural width if all fit; else
/// the columns that want no more than an even share get what they want, and
/// the others share what is left evenly, none below its longest word. If even
/// the longest words do not fit, the room is shared in proportion to them.
pub(super) fn fit(natural: &[usize], word: &[usize], room: usize) -> Vec<usize> {
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
