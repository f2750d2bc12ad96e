//! What a person reads, laid out once: which text goes in which block and
//! cell, what is cited, which marks and notes go under which table. Tables in
//! a terminal and Markdown only write a [`Document`] in their own syntax (as
//! hyperfine's `markup.rs` does for its Markdown, AsciiDoc and Org tables).
//!
//! Every text in a document is [`Shown`]: escaped when the document was
//! built, before any syntax measures or wraps it, since a control character
//! shown as `\u{1b}` is six columns wide and an obeyed one is none.

mod catalog;
mod comparison;
mod skills;

pub use self::catalog::Catalog;

use crate::compare::{Column, Comparison, Concerns};
use crate::labels::{Labels, Marks};
use crate::model::{Disagreement, Role, Section, Source};
use crate::search::Needle;
use crate::terminal::Shown;

/// A document: blocks, one after the other.
#[derive(Debug, Default)]
pub struct Document {
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
    /// Search words whose matches a syntax that can may highlight.
    pub highlight: Vec<Needle>,
}

/// One part of a document.
#[derive(Debug)]
pub enum Block {
    /// What the whole document is about, at its top.
    Title(Shown),
    /// What the blocks after it, up to the next heading, are about.
    Heading(Shown),
    /// Prose that belongs to the heading before it.
    Paragraph(Cited),
    /// Terms, each followed by its texts: a brief comparison's roles, each
    /// with its summary and orientation.
    Definitions(Vec<Definition>),
    /// A table.
    Table(Table),
    /// Items found by a search: a line each in a terminal, a table in Markdown.
    Hits(Hits),
    /// Explains a mark used in the tables before it, so it stays close to
    /// them; a line each.
    Legend(Vec<Shown>),
    /// A remark on the document as a whole, set apart from what comes before.
    Note(Shown),
    /// The sources cited, by number; on one line in a brief document.
    Sources {
        /// The sources.
        entries: Vec<SourceEntry>,
        /// Whether they share one line, to keep a slide short.
        brief: bool,
    },
}

/// A table: a header, then rows of as many cells.
#[derive(Debug)]
pub struct Table {
    /// The column headings.
    pub header: Vec<Heading>,
    /// The rows, each as wide as the header.
    pub rows: Vec<Vec<Cell>>,
    /// Whether its rows are one line each and need no rules between them.
    pub compact: bool,
    /// Whether it is a table of a comparison: labels or themes in its first
    /// column, and one column per role (or side of the shared ground) after
    /// it, which every such table of a document gives the same width.
    pub aligned: bool,
}

/// A column's heading, and a shorter form of it for a column that its
/// values make narrower than the heading (`Abbr.` over `CTO`).
#[derive(Debug, Clone, Default)]
pub struct Heading {
    /// The heading in full.
    pub text: Shown,
    /// The shorter form, if the heading has one.
    pub short: Option<Shown>,
}

impl Heading {
    /// A heading with a shorter form.
    pub(crate) fn with_short(text: &str, short: &str) -> Heading {
        Heading {
            text: Shown::new(text),
            short: (short != text).then(|| Shown::new(short)),
        }
    }

    /// The heading in full, escaped.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

impl From<Shown> for Heading {
    fn from(text: Shown) -> Heading {
        Heading { text, short: None }
    }
}

/// What a cell holds.
#[derive(Debug)]
pub enum Cell {
    /// An interface word naming what its row holds (`Title`, `Summary`).
    Label(Shown),
    /// The theme its row is aligned on, and the mark that says how the
    /// compared roles stand on it, if any (common or contested, [`Marks`]).
    Theme {
        /// The theme's label.
        label: Shown,
        /// The row's mark.
        mark: Option<&'static str>,
    },
    /// A mark standing alone in its cell (the matrix's).
    Mark(&'static str),
    /// A cell no source says anything about: shown as [`Marks::not_covered`],
    /// never blank, which would read as "no part in this".
    NotCovered,
    /// A text and the sources it cites.
    Text(Cited),
    /// The items of a role (or of the shared ground) on one theme.
    Items(Vec<ItemText>),
    /// The first of a role's items on one theme, and how many more it has
    /// there: a brief comparison's cell, one line in a terminal.
    First {
        /// The first item: its title, kind and citations.
        item: ItemText,
        /// How many more items the role has on the theme.
        more: usize,
    },
}

/// Items found by a search, each with where it stands: a line each in a
/// terminal, as ripgrep shows matches, and the same items as a table for a
/// syntax that has no lines of its own (Markdown).
#[derive(Debug)]
pub struct Hits {
    /// The items as a table: role and section when they vary, theme, title, detail.
    pub table: Table,
    /// The items as lines, in the same order.
    pub lines: Vec<Hit>,
    /// Whether each item's detail follows its line (`--long`).
    pub long: bool,
}

/// One item found, as its line shows it.
#[derive(Debug)]
pub struct Hit {
    /// Whom it concerns: `CTO`, or `CTO + CIO` for what roles share.
    pub roles: Shown,
    /// Its theme.
    pub theme: Shown,
    /// Its title, with its kind when it is not a duty (`(challenge)`), and
    /// the sources it cites.
    pub title: Cited,
    /// What the title sums up.
    pub detail: Shown,
}

/// A term and what is said of it, each text with its citations.
#[derive(Debug)]
pub struct Definition {
    /// What is defined: a role's abbreviation.
    pub term: Shown,
    /// What is said of it, a paragraph each.
    pub texts: Vec<Cited>,
}

/// A text and the numbers of the sources it cites, which syntaxes put after it.
#[derive(Debug, Default)]
pub struct Cited {
    /// The text itself.
    pub text: Shown,
    /// The numbers of the sources, possibly none.
    pub citations: Vec<usize>,
}

impl Cited {
    /// A text of the dataset with its citations, escaped.
    pub(crate) fn new(text: &str, citations: Vec<usize>) -> Cited {
        Cited {
            text: Shown::new(text),
            citations,
        }
    }

    /// A text that cites nothing.
    pub(crate) fn plain(text: Shown) -> Cited {
        Cited {
            text,
            citations: Vec::new(),
        }
    }

    /// Its citation marks, `[1, 2]`, or nothing.
    pub fn marks(&self) -> String {
        marks_of(&self.citations)
    }
}

/// One item as a cell shows it: its title, then its other parts (the
/// detail, and whatever an item gains later), each with its citations.
#[derive(Debug)]
pub struct ItemText {
    /// Whom a shared item concerns, when they must be named (`[CTO + CIO] `);
    /// empty otherwise.
    pub concerns: Shown,
    /// A few words; in a brief document, with the section when it is not the
    /// responsibilities, and the sources the item comes from.
    pub title: Cited,
    /// What follows the title, a paragraph each; none in a brief document.
    pub parts: Vec<Cited>,
}

/// One source in the list at the end, as a reader can look it up.
#[derive(Debug)]
pub struct SourceEntry {
    /// The number it is cited by.
    pub number: usize,
    /// The document's title.
    pub title: Shown,
    /// The rest of the reference: kind, language, and where known the
    /// publisher, date and address (`web article, in English`).
    pub details: Shown,
}

/// What follows a brief cell's title: its citations, then `+N` when the
/// role has N more items on the theme.
pub fn first_marks(item: &ItemText, more: usize) -> String {
    let marks = item.title.marks();
    match more {
        0 => marks,
        more => with_marks(&marks, &format!("+{more}"))
            .trim_start()
            .to_owned(),
    }
}

/// Citation marks for `numbers`, `[1]` or `[1, 2]`, or nothing when there are none.
pub fn marks_of(numbers: &[usize]) -> String {
    if numbers.is_empty() {
        return String::new();
    }
    let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
    format!("[{}]", numbers.join(", "))
}

/// `text` followed by `marks`, if there are any.
pub fn with_marks(text: &str, marks: &str) -> String {
    if marks.is_empty() {
        text.to_owned()
    } else {
        format!("{text} {marks}")
    }
}

/// The label put before what is shared by only some of the compared roles: `[CTO + CIO] `.
fn concerns_label(concerns: &Concerns<'_>) -> Shown {
    Shown::owned(concerns.label())
}

/// Roles as people read them: `CTO`, or `CTO + CIO`.
fn abbreviations(roles: &[&Role]) -> Shown {
    let names: Vec<&str> = roles
        .iter()
        .map(|role| role.abbreviation.as_ref())
        .collect();
    Shown::owned(names.join(" + "))
}

/// An item's title as a line or a brief cell shows it: with its kind when
/// it is not a duty (`(challenge)`), since its section is not shown.
pub(crate) fn titled(
    comparison: &Comparison<'_>,
    title: &str,
    section: Section,
    column: Column<'_>,
) -> String {
    let labels = Labels::of(comparison.lang);
    let kind = match column {
        Column::Role(_) => labels.item_kind(section),
        Column::Collaboration => None,
        Column::SharedChallenges => labels.item_kind(Section::Challenges),
    };
    match kind {
        Some(kind) => format!("{title} ({kind})"),
        None => title.to_owned(),
    }
}

/// A cell of text that cites nothing.
fn plain(text: Shown) -> Cell {
    Cell::Text(Cited::plain(text))
}

/// The marks a table uses and the notes on its disagreements, written
/// directly under it, so that a reader never has to look for them.
struct Legend {
    marks: &'static Marks,
    common: bool,
    /// Whether a row is marked contested with no note of its own (brief).
    contested: bool,
    not_covered: bool,
    /// One line per disagreement: what it is about, then what each source
    /// says; a contested row's line also explains its mark.
    notes: Vec<Shown>,
}

impl Legend {
    fn new(marks: &'static Marks) -> Legend {
        Legend {
            marks,
            common: false,
            contested: false,
            not_covered: false,
            notes: Vec::new(),
        }
    }

    fn push_to(self, blocks: &mut Vec<Block>, labels: &Labels) {
        let mut lines = Vec::new();
        if self.common {
            lines.push(Shown::owned(format!(
                "{} {}",
                self.marks.common, labels.common_legend
            )));
        }
        lines.extend(self.notes);
        if self.not_covered {
            lines.push(Shown::owned(format!(
                "{} {}",
                self.marks.not_covered, labels.not_covered_legend
            )));
        }
        if !lines.is_empty() {
            blocks.push(Block::Legend(lines));
        }
    }

    /// The legend of a brief document, in one paragraph: the marks it uses,
    /// then what a cell holds, which is not the whole list.
    fn push_brief(self, blocks: &mut Vec<Block>, labels: &Labels, skills: Option<Cited>) {
        let mut parts = Vec::new();
        if self.common {
            parts.push(format!("{} {}", self.marks.common, labels.common_brief));
        }
        if self.contested {
            parts.push(format!(
                "{} {}",
                self.marks.contested, labels.contested_brief
            ));
        }
        if self.not_covered {
            parts.push(format!(
                "{} {}",
                self.marks.not_covered, labels.not_covered_legend
            ));
        }
        parts.push(labels.brief_cells.to_owned());
        let mut line = Shown::owned(parts.join(self.marks.separator));
        if let Some(skills) = skills {
            line = line
                .then(&Shown::new(self.marks.separator))
                .then(&skills.text)
                .then(&Shown::owned(format!(" {}", skills.marks())));
        }
        blocks.push(Block::Legend(vec![line]));
    }
}

/// What each source says on a disagreement, by its number, escaped.
fn disagreement_note(comparison: &Comparison<'_>, disagreement: &Disagreement) -> Shown {
    Shown::owned(comparison.disagreement_note(disagreement))
}

/// A source's reference after its title, escaped.
fn reference_details(source: &Source, labels: &Labels, lang: crate::model::Lang) -> Shown {
    Shown::owned(labels.reference(source, lang))
}

/// The closing blocks: a note on untranslated texts, then the numbered
/// sources, on one line in a brief document.
fn closing(
    comparison: &Comparison<'_>,
    blocks: &mut Vec<Block>,
    brief: bool,
    sources: Vec<(usize, &Source)>,
) {
    let labels = Labels::of(comparison.lang);
    match comparison.untranslated() {
        0 => {}
        missing => blocks.push(Block::Note(Shown::owned(labels.untranslated(missing)))),
    }
    if sources.is_empty() {
        return;
    }
    if !brief {
        blocks.push(Block::Heading(Shown::new(labels.sources)));
    }
    blocks.push(Block::Sources {
        entries: sources
            .into_iter()
            .map(|(number, source)| SourceEntry {
                number,
                title: Shown::new(&source.title),
                details: if brief {
                    Shown::owned(labels.brief_reference(source, comparison.lang))
                } else {
                    reference_details(source, labels, comparison.lang)
                },
            })
            .collect(),
        brief,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_list_numbers() {
        assert_eq!(with_marks("text", &marks_of(&[])), "text");
        assert_eq!(with_marks("text", &marks_of(&[1, 2])), "text [1, 2]");
        assert_eq!(marks_of(&[3]), "[3]");
    }
}
