//! Bold and highlighted text in a terminal, carried beside the text rather
//! than inside it: each line keeps the byte ranges of its styles, and the
//! terminal's codes are put in only once comfy-table has drawn the borders,
//! at the places the width plan says each cell's text begins.

use std::borrow::Cow;
use std::ops::Range;

use anstyle::{AnsiColor, Style};

use crate::search::{self, Needle};

/// How a part of a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Paint {
    /// Bold: headings, labels, item titles.
    Strong,
    /// A search match: bold red, as ripgrep shows matches (one of the 16
    /// colours every terminal palette makes readable on its own background).
    Found,
}

impl Paint {
    fn style(self) -> Style {
        match self {
            Paint::Strong => Style::new().bold(),
            Paint::Found => Style::new().bold().fg_color(Some(AnsiColor::Red.into())),
        }
    }
}

/// Lines of text with their styled parts: the text as comfy-table takes a
/// cell (lines apart by `\n`), where each line begins, and the styled byte
/// ranges, in order and apart.
#[derive(Debug, Clone)]
pub(super) struct Styled {
    pub(super) text: String,
    starts: Vec<usize>,
    spans: Vec<(Range<usize>, Paint)>,
}

impl Default for Styled {
    fn default() -> Styled {
        Styled {
            text: String::new(),
            starts: vec![0],
            spans: Vec::new(),
        }
    }
}

impl Styled {
    /// Starts a new line.
    pub(super) fn newline(&mut self) {
        self.text.push('\n');
        self.starts.push(self.text.len());
    }

    /// How many lines there are.
    pub(super) fn lines(&self) -> usize {
        self.starts.len()
    }

    /// Line `at`, from its start to the next line's.
    pub(super) fn line(&self, at: usize) -> &str {
        let start = self.starts.get(at).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(at + 1)
            .map_or(self.text.len(), |next| next - 1);
        &self.text[start..end]
    }

    /// The styled ranges of line `at`, counted from its start.
    fn line_spans(&self, at: usize) -> impl Iterator<Item = (Range<usize>, Paint)> + '_ {
        let start = self.starts.get(at).copied().unwrap_or(usize::MAX);
        let end = self.starts.get(at + 1).copied().unwrap_or(usize::MAX);
        self.spans
            .iter()
            .filter(move |(range, _)| range.start >= start && range.end <= end)
            .map(move |(range, paint)| (range.start - start..range.end - start, *paint))
    }

    /// Adds `text` to the last line, bold when `strong`, its words that start
    /// with one of `highlight` found; styled only when `color`.
    pub(super) fn push(&mut self, text: &str, strong: bool, highlight: &[Needle], color: bool) {
        let start = self.text.len();
        self.text.push_str(text);
        if !color || text.is_empty() {
            return;
        }
        let mut at = 0;
        let mut span = |range: Range<usize>, paint: Paint| {
            if !range.is_empty() {
                self.spans
                    .push((start + range.start..start + range.end, paint));
            }
        };
        for found in search::highlights(text, highlight) {
            if strong {
                span(at..found.start, Paint::Strong);
            }
            at = found.end;
            span(found, Paint::Found);
        }
        if strong {
            span(at..text.len(), Paint::Strong);
        }
    }

    /// The text with its styles as terminal codes.
    pub(super) fn styled(&self) -> String {
        paint(&self.text, &self.spans)
    }
}

/// `text` with `spans` written as terminal codes: each span opened with its
/// style and closed with a reset.
fn paint(text: &str, spans: &[(Range<usize>, Paint)]) -> String {
    if spans.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + spans.len() * 12);
    let mut at = 0;
    for (range, paint) in spans {
        let (start, end) = (range.start, range.end);
        // Spans past the text (a line trimmed of its padding) are dropped.
        let (Some(before), Some(inside)) = (text.get(at..start), text.get(start..end)) else {
            break;
        };
        let style = paint.style();
        out.push_str(before);
        out.push_str(&format!("{style}{inside}{}", style.render_reset()));
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// `drawn`, a line of a table, with the styles of the cell lines that stand
/// in it: each a cell's line, given by the display column where the cell's
/// text begins. Borrowed as it is when nothing in it is styled.
pub(super) fn apply<'a>(drawn: &'a str, cells: &[(usize, &Styled, usize)]) -> Cow<'a, str> {
    let mut spans = Vec::new();
    let mut chars = drawn.char_indices().peekable();
    let mut column = 0;
    for (start, cell, line) in cells {
        let mut line_spans = cell.line_spans(*line).peekable();
        if line_spans.peek().is_none() {
            continue;
        }
        // The byte where display column `start` begins.
        while column < *start {
            let Some((_, c)) = chars.next() else { break };
            column += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
        let byte = chars.peek().map_or(drawn.len(), |(at, _)| *at);
        spans
            .extend(line_spans.map(|(range, paint)| (range.start + byte..range.end + byte, paint)));
    }
    if spans.is_empty() {
        Cow::Borrowed(drawn)
    } else {
        Cow::Owned(paint(drawn, &spans))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_open_and_close_around_their_text() {
        let mut line = Styled::default();
        line.push("Vendor selection", true, &search::words("vendor"), true);
        assert_eq!(
            line.styled(),
            "\u{1b}[1m\u{1b}[31mVendor\u{1b}[0m\u{1b}[1m selection\u{1b}[0m"
        );
        let mut plain = Styled::default();
        plain.push("Vendor", true, &[], false);
        assert_eq!(plain.styled(), "Vendor");
    }

    #[test]
    fn a_cells_styles_land_where_its_text_is_drawn() {
        let mut cell = Styled::default();
        cell.push("a", false, &[], true);
        cell.newline();
        cell.push("ő x", true, &[], true);
        assert_eq!(cell.line(1), "ő x");
        let drawn = "│ ő x ┆ y │";
        assert_eq!(
            apply(drawn, &[(2, &cell, 1)]),
            "│ \u{1b}[1mő x\u{1b}[0m ┆ y │"
        );
        assert_eq!(
            apply(drawn, &[(2, &cell, 0)]),
            drawn,
            "line 0 is not styled"
        );
    }
}
