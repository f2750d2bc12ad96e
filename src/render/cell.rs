//! A cell's content before it is wrapped: paragraphs of text, each with
//! how it is drawn and how many lines it may take. The width plan measures
//! it ([`Content::measure`], [`Content::height`]) and the terminal writer
//! wraps it.

use super::wrap::{count, keep, measure};

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

/// How many lines a paragraph may take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Fit {
    /// As many as it needs.
    #[default]
    Wrap,
    /// As many as the first cell of its row takes, at least one: a brief
    /// cell beside its theme, its title shortened with an ellipsis beyond them.
    Row,
    /// One: a brief cell among roles stacked one under another.
    Line,
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
    /// How many lines it may take.
    pub(super) fit: Fit,
    /// Whether its lines after the first are indented, so that in a table
    /// without rules between rows a wrapped label reads as one.
    pub(super) hang: bool,
}

impl Para {
    pub(super) fn new(kind: Kind, text: String, marks: String) -> Para {
        Para {
            lead: String::new(),
            text,
            marks,
            kind,
            fit: Fit::Wrap,
            hang: false,
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

    /// The width its text is wrapped to in a column of `width`: less the
    /// indent, and less the hanging indent if it takes more than a line.
    pub(super) fn wrap_width(&self, width: usize) -> usize {
        let width = width.saturating_sub(self.indent());
        if self.hang && count(&self.body(), &self.marks, width) > 1 {
            width.saturating_sub(HANG)
        } else {
            width
        }
    }
}

/// How far a hanging paragraph's lines after the first are indented.
pub(super) const HANG: usize = 2;

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

    /// How many lines it takes wrapped to `width`, all of them: a cell that
    /// is shortened to fit its row takes fewer.
    pub(super) fn height(&self, width: usize) -> usize {
        self.paras
            .iter()
            .map(|para| match para.kind {
                Kind::Gap => 1,
                _ => count(&para.body(), &para.marks, para.wrap_width(width)),
            })
            .sum()
    }

    /// The widest line and the widest word, as for [`measure`]; a hanging
    /// paragraph's word counted with the indent it may stand after.
    pub(super) fn measure(&self) -> (usize, usize) {
        self.paras.iter().fold((0, 0), |(line, word), para| {
            let (l, w) = measure(&para.body(), &para.marks);
            let hang = if para.hang { HANG } else { 0 };
            (
                line.max(l + para.indent()),
                word.max(w + para.indent() + hang),
            )
        })
    }

    /// The same, its lines after the first indented (see [`Para::hang`]).
    pub(super) fn hanging(mut self) -> Content {
        for para in &mut self.paras {
            para.hang = true;
        }
        self
    }

    /// Whether a paragraph of it is cut to its row's height.
    pub(super) fn fits_row(&self) -> bool {
        self.paras.iter().any(|para| para.fit == Fit::Row)
    }

    /// How many words its paragraphs cut to their row leave out at `width`
    /// in a row of `lines`.
    pub(super) fn hidden(&self, width: usize, lines: usize, ellipsis: &str) -> usize {
        self.paras
            .iter()
            .filter(|para| para.fit == Fit::Row)
            .map(|para| {
                let width = para.wrap_width(width);
                keep(&para.body(), &para.marks, width, lines, ellipsis).hidden()
            })
            .sum()
    }
}
