//! The document a person reads, laid out once: what comes in which order,
//! which text goes in which cell, what is cited. Tables in a terminal and
//! Markdown only write this structure in their own syntax (as hyperfine's
//! `markup.rs` does for its Markdown, AsciiDoc and Org tables).
//!
//! Every text taken from the dataset is escaped here ([`escape`]), before any
//! syntax measures or wraps it: a control character shown as `\u{1b}` is six
//! columns wide, an obeyed one is none.

use super::{Catalog, capitalised};
use crate::compare::{Column, Comparison, Concerns, Entry, Listed};
use crate::labels::{COMMON_MARK, CONTESTED_MARK, Labels, NOT_COVERED_MARK};
use crate::matrix::{Coverage, Matrix};
use crate::model::{Disagreement, Lang, Role, Section, Source, Statement};
use crate::terminal::{escape, escape_owned};

/// A document: blocks, one after the other.
#[derive(Debug)]
pub(crate) struct Document {
    /// The blocks, in reading order.
    pub(crate) blocks: Vec<Block>,
}

/// One part of a document.
#[derive(Debug)]
pub(crate) enum Block {
    /// What the whole document is about, at its top.
    Title(String),
    /// What the blocks after it, up to the next heading, are about.
    Heading(String),
    /// Prose that belongs to the heading before it.
    Paragraph(Cited),
    /// A table.
    Table(Table),
    /// Explains a mark used in the tables before it, so it stays close to them.
    Legend(String),
    /// A remark on the document as a whole, set apart from what comes before.
    Note(String),
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
pub(crate) struct Table {
    /// The column headings.
    pub(crate) header: Vec<String>,
    /// The rows, each as wide as the header.
    pub(crate) rows: Vec<Vec<Cell>>,
    /// Whether its rows are one line each and need no rules between them.
    pub(crate) compact: bool,
    /// Whether it is a table of a comparison: labels or themes in its first
    /// column, and one column per role (or side of the shared ground) after
    /// it, which every such table of a document gives the same width.
    pub(crate) aligned: bool,
}

/// What a cell holds.
#[derive(Debug)]
pub(crate) enum Cell {
    /// An interface word naming what its row holds (`Title`, `Summary`).
    Label(&'static str),
    /// The theme its row is aligned on, and the mark that says how the
    /// compared roles stand on it, if any ([`COMMON_MARK`], [`CONTESTED_MARK`]).
    Theme {
        /// The theme's label.
        label: String,
        /// The row's mark.
        mark: Option<&'static str>,
    },
    /// A mark standing alone in its cell (the matrix's).
    Mark(&'static str),
    /// A cell no source says anything about: shown as [`NOT_COVERED_MARK`],
    /// never blank, which would read as "no part in this".
    NotCovered,
    /// A text and the sources it cites.
    Text(Cited),
    /// The items of a role (or of the shared ground) on one theme.
    Items(Vec<ItemText>),
}

/// A text and the numbers of the sources it cites, which syntaxes put after it.
#[derive(Debug, Default)]
pub(crate) struct Cited {
    /// The text itself.
    pub(crate) text: String,
    /// The numbers of the sources, possibly none.
    pub(crate) citations: Vec<usize>,
}

/// One item as a cell shows it.
#[derive(Debug)]
pub(crate) struct ItemText {
    /// Whom a shared item concerns, when they must be named (`[CTO + CIO] `);
    /// empty otherwise.
    pub(crate) concerns: String,
    /// A few words; in a brief document, with the section when it is not the
    /// responsibilities, and the sources the item comes from.
    pub(crate) title: Cited,
    /// A sentence or two, and the sources it comes from; none in a brief document.
    pub(crate) detail: Option<Cited>,
}

/// One source in the list at the end, as a reader can look it up: never by
/// the file name it is kept under, which only the dataset and JSON carry.
#[derive(Debug)]
pub(crate) struct SourceEntry {
    /// The number it is cited by.
    pub(crate) number: usize,
    /// The document's title.
    pub(crate) title: String,
    /// The rest of the reference: kind, language, and where known the
    /// publisher, date and address (`web article, in English`).
    pub(crate) details: String,
}

/// `text` followed by its citation marks: `text [1, 2]`.
pub(crate) fn with_marks(text: &str, numbers: &[usize]) -> String {
    if numbers.is_empty() {
        return text.to_owned();
    }
    format!("{text} {}", marks(numbers))
}

/// Citation marks for `numbers`, or nothing when there are none.
pub(crate) fn marks_of(numbers: &[usize]) -> String {
    if numbers.is_empty() {
        String::new()
    } else {
        marks(numbers)
    }
}

/// `text` followed by `marks`, if there are any.
pub(crate) fn with_marks_text(text: &str, marks: &str) -> String {
    if marks.is_empty() {
        text.to_owned()
    } else {
        format!("{text} {marks}")
    }
}

/// Citation marks, such as `[1]` or `[1, 2]`.
pub(crate) fn marks(numbers: &[usize]) -> String {
    let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
    format!("[{}]", numbers.join(", "))
}

impl Cited {
    fn new(text: &str, citations: Vec<usize>) -> Cited {
        Cited {
            text: escaped(text),
            citations,
        }
    }
}

/// A text of the dataset as it may be shown.
fn escaped(text: &str) -> String {
    escape(text).into_owned()
}

/// The label put before what is shared by only some of the compared roles: `[CTO + CIO] `.
fn concerns_label(concerns: &Concerns<'_>) -> String {
    escape_owned(concerns.label())
}

/// Roles as people read them: `CTO`, or `CTO + CIO`.
fn abbreviations(roles: &[&Role]) -> String {
    let names: Vec<&str> = roles
        .iter()
        .map(|role| role.abbreviation.as_ref())
        .collect();
    escape_owned(names.join(" + "))
}

impl Document {
    /// Roles side by side: a card of each role's title, summary and
    /// orientation, then a table per section with a row per theme.
    pub(crate) fn comparison(comparison: &Comparison<'_>) -> Document {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let mut blocks = vec![Block::Title(escape_owned(title(comparison)))];

        let mut header = vec![String::new()];
        header.extend(
            comparison
                .roles
                .iter()
                .map(|role| escaped(&role.abbreviation)),
        );
        let statement = |statement: &Statement| {
            Cell::Text(Cited::new(
                statement.get(lang),
                comparison.citations(&statement.sources),
            ))
        };
        // A row of the card: its label, then one cell per role.
        let row = |label: &'static str, cell: &dyn Fn(&Role) -> Cell| -> Vec<Cell> {
            std::iter::once(Cell::Label(label))
                .chain(comparison.roles.iter().map(|role| cell(role)))
                .collect()
        };
        let mut card: Vec<Vec<Cell>> = Vec::new();
        // One role's title is already the document's heading.
        if comparison.roles.len() > 1 {
            card.push(row(labels.title, &|role| {
                Cell::Text(Cited::new(&capitalised(role.title.get(lang)), Vec::new()))
            }));
        }
        card.push(row(labels.summary, &|role| statement(&role.summary)));
        if comparison
            .roles
            .iter()
            .any(|role| role.orientation.is_some())
        {
            card.push(row(labels.orientation, &|role| match &role.orientation {
                Some(orientation) => statement(orientation),
                None => Cell::NotCovered,
            }));
        }
        if comparison
            .roles
            .iter()
            .any(|role| role.classification.is_some())
        {
            card.push(row(
                labels.classification,
                &|role| match &role.classification {
                    Some(it) => Cell::Text(Cited::new(
                        &format!(
                            "ESCO {} (ISCO-08 {})\n{}",
                            it.esco_code, it.isco_group, it.uri
                        ),
                        comparison.citations(std::slice::from_ref(&it.source)),
                    )),
                    None => Cell::NotCovered,
                },
            ));
            card.push(row(labels.also_called, &|role| {
                let Some(classification) = &role.classification else {
                    return Cell::NotCovered;
                };
                // A name is a name: with none in the chosen language, the
                // English ones are shown rather than nothing.
                let names: Vec<&str> = classification.names_in(lang).collect();
                if !names.is_empty() {
                    return Cell::Text(Cited::new(&names.join(", "), Vec::new()));
                }
                // And says so, as an English name in Hungarian output would
                // otherwise pass for a Hungarian one.
                let english: Vec<&str> = classification.names_in(Lang::En).collect();
                if english.is_empty() {
                    Cell::NotCovered
                } else {
                    Cell::Text(Cited::new(
                        &format!("{} {}", english.join(", "), labels.in_english),
                        Vec::new(),
                    ))
                }
            }));
        }
        let not_covered = card
            .iter()
            .flatten()
            .any(|cell: &Cell| matches!(cell, Cell::NotCovered));
        blocks.push(Block::Table(Table {
            header,
            rows: card,
            compact: false,
            aligned: true,
        }));
        let mut legend = Legend {
            not_covered,
            ..Legend::default()
        };
        for disagreement in &comparison.about_roles {
            legend.notes.push(format!(
                "{}: {}",
                labels.title,
                disagreement_note(comparison, disagreement)
            ));
        }
        legend.push_to(&mut blocks, labels);

        for block in &comparison.blocks {
            if block.rows.is_empty() && block.summaries.is_empty() {
                continue;
            }
            blocks.push(Block::Heading(
                labels.section_name(block.section).to_owned(),
            ));
            for summary in &block.summaries {
                let text = format!(
                    "{}{}",
                    concerns_label(&summary.concerns),
                    escape(summary.statement.get(lang))
                );
                blocks.push(Block::Paragraph(Cited {
                    text,
                    citations: summary.citations.clone(),
                }));
            }
            if block.rows.is_empty() {
                continue;
            }
            let mut header = vec![labels.theme.to_owned()];
            header.extend(
                block
                    .columns
                    .iter()
                    .map(|column| escape_owned(labels.column(*column))),
            );
            let mut legend = Legend::default();
            let rows = block
                .rows
                .iter()
                .map(|row| {
                    let label = escaped(row.theme.label.get(lang));
                    let mark = if !row.contested.is_empty() {
                        for disagreement in &row.contested {
                            legend.notes.push(format!(
                                "{CONTESTED_MARK} {label}: {} {}",
                                labels.contested_legend,
                                disagreement_note(comparison, disagreement)
                            ));
                        }
                        Some(CONTESTED_MARK)
                    } else if row.common {
                        legend.common = true;
                        Some(COMMON_MARK)
                    } else {
                        None
                    };
                    let theme = Cell::Theme { label, mark };
                    std::iter::once(theme)
                        .chain(row.cells.iter().map(|cell| {
                            if cell.is_empty() {
                                legend.not_covered = true;
                                Cell::NotCovered
                            } else {
                                Cell::Items(
                                    cell.iter().map(|entry| item(comparison, entry)).collect(),
                                )
                            }
                        }))
                        .collect()
                })
                .collect();
            blocks.push(Block::Table(Table {
                header,
                rows,
                compact: false,
                aligned: true,
            }));
            legend.push_to(&mut blocks, labels);
        }
        closing(comparison, &mut blocks, false);
        Document { blocks }
    }

    /// Roles side by side on one slide (`--brief`): one table of themes
    /// against roles, every section's items in it by their titles, what the
    /// roles share in a column of its own, then a one-line legend and the
    /// sources on one line.
    pub(crate) fn brief(comparison: &Comparison<'_>) -> Document {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let mut blocks = vec![Block::Title(escape_owned(title(comparison)))];
        let roles = comparison.roles.len();
        // Each block's row for a theme, to merge the sections theme by theme.
        let by_theme: Vec<std::collections::HashMap<&str, &crate::compare::Row<'_>>> = comparison
            .blocks
            .iter()
            .map(|block| {
                block
                    .rows
                    .iter()
                    .map(|row| (row.theme.id.as_ref(), row))
                    .collect()
            })
            .collect();
        let shared = comparison
            .blocks
            .iter()
            .any(|block| block.section == Section::Shared && !block.rows.is_empty());
        let mut header = vec![labels.theme.to_owned()];
        header.extend(
            comparison
                .roles
                .iter()
                .map(|role| escaped(&role.abbreviation)),
        );
        if shared {
            header.push(labels.section_name(Section::Shared).to_owned());
        }
        let mut legend = Legend::default();
        let mut rows = Vec::new();
        for theme in comparison.themes() {
            let mut cells: Vec<Vec<ItemText>> = (0..roles + usize::from(shared))
                .map(|_| Vec::new())
                .collect();
            let mut contested = false;
            for (block, rows) in comparison.blocks.iter().zip(&by_theme) {
                let Some(row) = rows.get(theme.id.as_ref()) else {
                    continue;
                };
                contested |= !row.contested.is_empty();
                for (column, cell) in block.columns.iter().zip(&row.cells) {
                    let kind = match column {
                        Column::Role(_) => labels.item_kind(block.section),
                        Column::Collaboration => None,
                        Column::SharedChallenges => labels.item_kind(Section::Challenges),
                    };
                    if let Some(index) = comparison.side_by_side(*column) {
                        cells[index]
                            .extend(cell.iter().map(|entry| brief_item(comparison, entry, kind)));
                    }
                }
            }
            if cells.iter().all(Vec::is_empty) {
                continue;
            }
            let mark = if contested {
                legend.contested = true;
                Some(CONTESTED_MARK)
            } else if roles > 1 && cells[..roles].iter().all(|cell| !cell.is_empty()) {
                legend.common = true;
                Some(COMMON_MARK)
            } else {
                None
            };
            let mut row = vec![Cell::Theme {
                label: escaped(theme.label.get(lang)),
                mark,
            }];
            row.extend(cells.into_iter().map(|cell| {
                if cell.is_empty() {
                    legend.not_covered = true;
                    Cell::NotCovered
                } else {
                    Cell::Items(cell)
                }
            }));
            rows.push(row);
        }
        if !rows.is_empty() {
            blocks.push(Block::Table(Table {
                header,
                rows,
                compact: false,
                aligned: true,
            }));
        }
        legend.push_brief(&mut blocks, labels);
        closing(comparison, &mut blocks, true);
        Document { blocks }
    }

    /// Every item, one per row (`list ROLE`, `search`). There is a role column
    /// when several roles are listed (search) and a section column when
    /// several sections are: what was asked, not what was found, so that the
    /// table's shape is stable.
    pub(crate) fn list(comparison: &Comparison<'_>) -> Document {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let roles = comparison.roles.len() > 1;
        let sections = comparison.blocks.len() > 1;
        let mut header = Vec::new();
        if roles {
            header.push(labels.role.to_owned());
        }
        if sections {
            header.push(labels.section.to_owned());
        }
        header.extend([labels.theme, labels.item, labels.detail].map(str::to_owned));
        let rows = comparison
            .listed()
            .map(|listed| {
                let mut cells = Vec::with_capacity(header.len());
                if roles {
                    cells.push(plain(abbreviations(listed.roles)));
                }
                if sections {
                    cells.push(plain(section_name(&listed, labels)));
                }
                cells.push(plain(escaped(listed.theme.label.get(lang))));
                cells.push(plain(escaped(listed.item.title.get(lang))));
                cells.push(Cell::Text(Cited::new(
                    listed.item.detail.get(lang),
                    listed.citations.to_vec(),
                )));
                cells
            })
            .collect();
        let mut blocks = vec![Block::Table(Table {
            header,
            rows,
            compact: false,
            aligned: false,
        })];
        closing_with(comparison, &mut blocks, false, comparison.item_sources());
        Document { blocks }
    }

    /// The compared roles themselves: id, abbreviation, title and summary (`list`).
    pub(crate) fn roles(comparison: &Comparison<'_>) -> Document {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let header = [labels.id, labels.abbreviation, labels.title, labels.summary]
            .map(str::to_owned)
            .to_vec();
        let rows = comparison
            .roles
            .iter()
            .map(|role| {
                vec![
                    plain(escaped(&role.id)),
                    plain(escaped(&role.abbreviation)),
                    plain(escaped(&capitalised(role.title.get(lang)))),
                    Cell::Text(Cited::new(
                        role.summary.get(lang),
                        comparison.citations(&role.summary.sources),
                    )),
                ]
            })
            .collect();
        let mut blocks = vec![Block::Table(Table {
            header,
            rows,
            compact: false,
            aligned: false,
        })];
        closing(comparison, &mut blocks, false);
        Document { blocks }
    }
}

/// The marks a table uses and the notes on its disagreements, written
/// directly under it, so that a reader never has to look for them.
#[derive(Default)]
struct Legend {
    common: bool,
    /// Whether a row is marked contested with no note of its own (brief).
    contested: bool,
    not_covered: bool,
    /// One line per disagreement: what it is about, then what each source
    /// says; a contested row's line also explains its mark.
    notes: Vec<String>,
}

impl Legend {
    fn push_to(self, blocks: &mut Vec<Block>, labels: &Labels) {
        let mut lines = Vec::new();
        if self.common {
            lines.push(format!("{COMMON_MARK} {}", labels.common_legend));
        }
        lines.extend(self.notes);
        if self.not_covered {
            lines.push(format!("{NOT_COVERED_MARK} {}", labels.not_covered_legend));
        }
        if !lines.is_empty() {
            blocks.push(Block::Legend(lines.join("\n")));
        }
    }

    /// The legend of a brief document: each mark on one line, which says
    /// where to read what the sources hold.
    fn push_brief(self, blocks: &mut Vec<Block>, labels: &Labels) {
        let mut parts = Vec::new();
        if self.common {
            parts.push(format!("{COMMON_MARK} {}", labels.common_legend));
        }
        if self.contested {
            parts.push(format!("{CONTESTED_MARK} {}", labels.contested_brief));
        }
        if self.not_covered {
            parts.push(format!("{NOT_COVERED_MARK} {}", labels.not_covered_legend));
        }
        if !parts.is_empty() {
            blocks.push(Block::Legend(parts.join(" · ")));
        }
    }
}

/// What each source says on a disagreement, by its number, escaped.
fn disagreement_note(comparison: &Comparison<'_>, disagreement: &Disagreement) -> String {
    escape_owned(comparison.disagreement_note(disagreement))
}

impl Document {
    /// Themes against roles, one mark a cell, and the legend under it
    /// (`matrix`); brief, without the heading and with the legend on one line.
    pub(crate) fn matrix(matrix: &Matrix<'_>, brief: bool) -> Document {
        let labels = Labels::of(matrix.lang);
        let mut header = vec![labels.theme.to_owned()];
        header.extend(matrix.roles.iter().map(|role| escaped(&role.abbreviation)));
        let rows = matrix
            .rows
            .iter()
            .map(|row| {
                std::iter::once(plain(escaped(row.theme.label.get(matrix.lang))))
                    .chain(row.cells.iter().map(|cell| {
                        Cell::Mark(match cell {
                            Coverage::Covered => COMMON_MARK,
                            Coverage::Contested => CONTESTED_MARK,
                            Coverage::NotCovered => NOT_COVERED_MARK,
                        })
                    }))
                    .collect()
            })
            .collect();
        let legend = [
            format!("{COMMON_MARK} {}", labels.matrix_covered),
            format!("{CONTESTED_MARK} {}", labels.matrix_contested),
            format!("{NOT_COVERED_MARK} {}", labels.not_covered_legend),
        ];
        let table = Block::Table(Table {
            header,
            rows,
            compact: true,
            aligned: false,
        });
        let blocks = if brief {
            vec![table, Block::Legend(legend.join(" · "))]
        } else {
            vec![
                Block::Title(labels.matrix_title.to_owned()),
                table,
                Block::Legend(legend.join("\n")),
            ]
        };
        Document { blocks }
    }

    /// Every theme, with the id a dataset refers to it by (`themes`).
    pub(crate) fn themes(catalog: &Catalog<'_>) -> Document {
        let labels = Labels::of(catalog.lang);
        let rows = catalog
            .themes
            .iter()
            .map(|theme| {
                vec![
                    plain(escaped(&theme.id)),
                    plain(escaped(theme.label.get(catalog.lang))),
                ]
            })
            .collect();
        Document {
            blocks: vec![Block::Table(Table {
                header: vec![labels.id.to_owned(), labels.theme.to_owned()],
                rows,
                compact: true,
                aligned: false,
            })],
        }
    }

    /// Every source, with its id and full reference (`sources`).
    pub(crate) fn sources(catalog: &Catalog<'_>) -> Document {
        let labels = Labels::of(catalog.lang);
        let rows = catalog
            .sources
            .iter()
            .map(|source| {
                vec![
                    plain(escaped(&source.id)),
                    plain(escaped(&source.title)),
                    plain(reference_details(source, labels, catalog.lang)),
                ]
            })
            .collect();
        Document {
            blocks: vec![Block::Table(Table {
                header: vec![
                    labels.id.to_owned(),
                    labels.document_title.to_owned(),
                    labels.reference.to_owned(),
                ],
                rows,
                compact: false,
                aligned: false,
            })],
        }
    }
}

/// A source's reference after its title, escaped.
fn reference_details(source: &Source, labels: &Labels, lang: Lang) -> String {
    escape_owned(labels.reference(source, lang))
}

/// A cell of text that cites nothing; `text` is escaped already.
fn plain(text: String) -> Cell {
    Cell::Text(Cited {
        text,
        citations: Vec::new(),
    })
}

/// What a comparison is headed with: `CTO vs CIO`, or one role's abbreviation and title.
fn title(comparison: &Comparison<'_>) -> String {
    match comparison.roles.as_slice() {
        [role] => format!(
            "{}{}{}",
            role.abbreviation,
            Labels::of(comparison.lang).dash,
            role.title.get(comparison.lang)
        ),
        roles => {
            let names: Vec<&str> = roles
                .iter()
                .map(|role| role.abbreviation.as_ref())
                .collect();
            Labels::of(comparison.lang).join_roles(&names)
        }
    }
}

fn item(comparison: &Comparison<'_>, entry: &Entry<'_>) -> ItemText {
    let lang = comparison.lang;
    ItemText {
        concerns: concerns_label(&entry.concerns),
        title: Cited::new(entry.item.title.get(lang), Vec::new()),
        detail: Some(Cited::new(
            entry.item.detail.get(lang),
            entry.citations.clone(),
        )),
    }
}

/// An item of a brief document: its title, what kind of item it is when
/// that is not a duty (`(challenge)`), and its citations.
fn brief_item(comparison: &Comparison<'_>, entry: &Entry<'_>, kind: Option<&str>) -> ItemText {
    let title = escape(entry.item.title.get(comparison.lang));
    let title = match kind {
        Some(kind) => format!("{title} ({kind})"),
        None => title.into_owned(),
    };
    ItemText {
        concerns: concerns_label(&entry.concerns),
        title: Cited {
            text: title,
            citations: entry.citations.clone(),
        },
        detail: None,
    }
}

/// An item's section as people read it; shared items also say which side of the shared ground.
fn section_name(listed: &Listed<'_, '_>, labels: &Labels) -> String {
    let section = labels.section_name(listed.section);
    match listed.column {
        Column::Role(_) => section.to_owned(),
        column => escape_owned(format!("{section}: {}", labels.column(column))),
    }
}

/// The closing blocks: a note on untranslated texts, then the numbered
/// sources, on one line in a brief document.
fn closing(comparison: &Comparison<'_>, blocks: &mut Vec<Block>, brief: bool) {
    closing_with(comparison, blocks, brief, comparison.sources());
}

/// [`closing`], listing `sources`.
fn closing_with(
    comparison: &Comparison<'_>,
    blocks: &mut Vec<Block>,
    brief: bool,
    sources: Vec<(usize, &Source)>,
) {
    let labels = Labels::of(comparison.lang);
    match comparison.untranslated() {
        0 => {}
        missing => blocks.push(Block::Note(labels.untranslated(missing))),
    }
    if sources.is_empty() {
        return;
    }
    if !brief {
        blocks.push(Block::Heading(labels.sources.to_owned()));
    }
    blocks.push(Block::Sources {
        entries: sources
            .into_iter()
            .map(|(number, source)| SourceEntry {
                number,
                title: escaped(&source.title),
                details: reference_details(source, labels, comparison.lang),
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
        assert_eq!(with_marks("text", &[]), "text");
        assert_eq!(with_marks("text", &[1, 2]), "text [1, 2]");
        assert_eq!(marks(&[3]), "[3]");
    }
}
