//! The documents of lists, for people: items one per row (`list ROLE`,
//! `search`), the roles themselves (`list`), who owns what (`matrix`), and
//! the themes and sources a user's roles refer to.

use super::{
    Block, Cell, Cited, Document, Heading, Hit, Hits, Table, abbreviations, closing,
    disagreement_note, plain, reference_details, titled,
};
use crate::compare::{Column, Comparison, Listed};
use crate::labels::{Labels, Marks};
use crate::matrix::{Coverage, Matrix};
use crate::model::{Lang, Source, Theme};
use crate::terminal::Shown;

/// What a dataset offers a user writing roles of their own: its themes and
/// sources, with their ids.
#[derive(Debug)]
pub struct Catalog<'d> {
    /// The language labels are shown in.
    pub lang: Lang,
    /// Every theme, in display order.
    pub themes: &'d [Theme],
    /// Every source, in number order.
    pub sources: &'d [Source],
}

/// Words of the interface as a table's header.
fn header(words: &[&str]) -> Vec<Heading> {
    words.iter().map(|word| Shown::new(word).into()).collect()
}

/// A document of one table.
fn table(header: Vec<Heading>, rows: Vec<Vec<Cell>>, compact: bool) -> Document {
    Document {
        blocks: vec![Block::Table(Table {
            header,
            rows,
            compact,
            aligned: false,
        })],
        highlight: Vec::new(),
    }
}

impl Document {
    /// Every item, one per row (`list ROLE`).
    pub fn list(comparison: &Comparison<'_>) -> Document {
        with_item_sources(comparison, Block::Table(item_table(comparison)))
    }

    /// What a search found: a line per item, its detail under it when
    /// `long`, for a terminal; the table of [`Document::list`] for Markdown.
    pub fn found(comparison: &Comparison<'_>, long: bool) -> Document {
        let lang = comparison.lang;
        let lines = comparison
            .listed()
            .map(|listed| {
                let title = listed.item.title.get(lang);
                let title = titled(comparison, title, listed.section, listed.column);
                Hit {
                    roles: abbreviations(listed.roles),
                    theme: Shown::new(listed.theme.label.get(lang)),
                    title: Cited {
                        text: Shown::owned(title),
                        citations: listed.citations.to_vec(),
                    },
                    detail: Shown::new(listed.item.detail.get(lang)),
                }
            })
            .collect();
        let mut lines: Vec<Hit> = lines;
        lines.extend(super::skills::hits(comparison));
        let mut table = item_table(comparison);
        table
            .rows
            .extend(super::skills::hit_rows(comparison, table.header.len()));
        let hits = Hits { table, lines, long };
        with_item_sources(comparison, Block::Hits(hits))
    }

    /// The compared roles themselves: id, abbreviation, title and summary (`list`).
    pub fn roles(comparison: &Comparison<'_>) -> Document {
        let lang = comparison.lang;
        let labels = Labels::of(lang);
        let header = vec![
            Heading::with_short(labels.id, labels.id_short),
            Heading::with_short(labels.abbreviation, labels.abbreviation_short),
            Shown::new(labels.title).into(),
            Shown::new(labels.summary).into(),
        ];
        let rows = comparison
            .roles
            .iter()
            .map(|role| {
                vec![
                    plain(Shown::new(&role.id)),
                    plain(Shown::new(&role.abbreviation)),
                    plain(Shown::new(role.title.get(lang))),
                    Cell::Text(Cited::new(
                        role.summary.get(lang),
                        comparison.citations(&role.summary.sources),
                    )),
                ]
            })
            .collect();
        let mut document = table(header, rows, false);
        // Only what the table cites: the summaries'.
        let cited = comparison
            .roles
            .iter()
            .flat_map(|role| comparison.citations(&role.summary.sources))
            .collect();
        closing(
            comparison,
            &mut document.blocks,
            false,
            comparison.cited_sources(cited),
        );
        document
    }

    /// Themes against roles, one mark a cell, and the legend under it
    /// (`matrix`); brief, without the heading and with the legend on one line.
    /// Roles too many for `width` go on in tables of their own, each with
    /// the themes, so that no column is squeezed below its abbreviation.
    pub fn matrix(
        matrix: &Matrix<'_>,
        brief: bool,
        marks: &'static Marks,
        width: Option<u16>,
    ) -> Document {
        let labels = Labels::of(matrix.lang);
        let mut document = Document::default();
        for group in role_groups(matrix, labels, width) {
            let mut head = vec![Shown::new(labels.theme).into()];
            head.extend(
                group
                    .clone()
                    .map(|at| Shown::new(&matrix.roles[at].abbreviation).into()),
            );
            let rows = matrix
                .rows
                .iter()
                .map(|row| {
                    std::iter::once(plain(Shown::new(row.theme.label.get(matrix.lang))))
                        .chain(group.clone().map(|at| {
                            Cell::Mark(match row.cells[at] {
                                Coverage::Covered => marks.common,
                                Coverage::Contested => marks.contested,
                                Coverage::NotCovered => marks.not_covered,
                            })
                        }))
                        .collect()
                })
                .collect();
            document.blocks.extend(table(head, rows, true).blocks);
        }
        let legend = [
            format!("{} {}", marks.common, labels.matrix_covered),
            format!("{} {}", marks.contested, labels.matrix_contested),
            format!("{} {}", marks.not_covered, labels.not_covered_legend),
        ];
        // The skills in one line, as under a brief comparison.
        // Cited where the sources are listed, which a brief matrix leaves out.
        let skills = matrix.comparison.skills.as_ref().map(|grid| {
            let counts = super::skills::counts(&matrix.comparison, grid, false);
            match brief {
                true => counts.text,
                false => Shown::owned(format!("{} {}", counts.text, counts.marks())),
            }
        });
        if brief {
            let mut line = Shown::owned(legend.join(marks.separator));
            if let Some(skills) = &skills {
                line = line.then(&Shown::new(marks.separator)).then(skills);
            }
            document.blocks.push(Block::Legend(vec![line]));
            return document;
        }
        let title = Block::Title(Shown::new(labels.matrix_title));
        document.blocks.insert(0, title);
        let mut lines: Vec<Shown> = legend.into_iter().map(Shown::owned).collect();
        // What each source says, under the table as under a comparison's,
        // so that a `≠` is never left for the reader to look up elsewhere.
        for row in &matrix.rows {
            for disagreement in &row.contested {
                let label = Shown::new(row.theme.label.get(matrix.lang));
                lines.push(
                    Shown::owned(format!("{} {label}: ", marks.contested))
                        .then(&disagreement_note(&matrix.comparison, disagreement)),
                );
            }
        }
        lines.extend(skills);
        document.blocks.push(Block::Legend(lines));
        closing(
            &matrix.comparison,
            &mut document.blocks,
            false,
            matrix.sources(),
        );
        document
    }

    /// Every theme, with the id a dataset refers to it by (`themes`).
    pub fn themes(catalog: &Catalog<'_>) -> Document {
        let labels = Labels::of(catalog.lang);
        let rows = catalog
            .themes
            .iter()
            .map(|theme| {
                vec![
                    plain(Shown::new(&theme.id)),
                    plain(Shown::new(theme.label.get(catalog.lang))),
                ]
            })
            .collect();
        table(header(&[labels.id, labels.theme]), rows, true)
    }

    /// Every source, with its id and full reference (`sources`).
    pub fn sources(catalog: &Catalog<'_>) -> Document {
        let labels = Labels::of(catalog.lang);
        let rows = catalog
            .sources
            .iter()
            .map(|source| {
                vec![
                    plain(Shown::new(&source.id)),
                    plain(Shown::new(&source.title)),
                    plain(reference_details(source, labels, catalog.lang)),
                ]
            })
            .collect();
        let words = [labels.id, labels.document_title, labels.reference];
        table(header(&words), rows, false)
    }
}

/// Every item of `comparison`, one per row. There is a role column when
/// several roles are listed (search) and a section column when several
/// sections are: what was asked, not what was found, so that the table's
/// shape is stable.
fn item_table(comparison: &Comparison<'_>) -> Table {
    let lang = comparison.lang;
    let labels = Labels::of(lang);
    let roles = comparison.roles.len() > 1;
    let sections = comparison.blocks.len() > 1;
    let mut words = Vec::new();
    if roles {
        words.push(labels.role);
    }
    if sections {
        words.push(labels.section);
    }
    words.extend([labels.theme, labels.item, labels.detail]);
    let rows = comparison
        .listed()
        .map(|listed| {
            let mut cells = Vec::with_capacity(words.len());
            if roles {
                cells.push(plain(abbreviations(listed.roles)));
            }
            if sections {
                cells.push(plain(section_name(&listed, labels)));
            }
            cells.push(plain(Shown::new(listed.theme.label.get(lang))));
            cells.push(plain(Shown::new(listed.item.title.get(lang))));
            cells.push(Cell::Text(Cited::new(
                listed.item.detail.get(lang),
                listed.citations.to_vec(),
            )));
            cells
        })
        .collect();
    Table {
        header: header(&words),
        rows,
        compact: false,
        aligned: false,
    }
}

/// The roles of `matrix` in runs that fit `width` beside the theme column:
/// each role's column as wide as its abbreviation, the theme column as its
/// longest word. All in one run when there is no width, or room for all.
fn role_groups(
    matrix: &Matrix<'_>,
    labels: &Labels,
    width: Option<u16>,
) -> Vec<std::ops::Range<usize>> {
    let all = 0..matrix.roles.len();
    let Some(width) = width.map(usize::from) else {
        return vec![all];
    };
    let longest_word = |text: &str| {
        text.split_whitespace()
            .map(crate::render::text_width)
            .max()
            .unwrap_or(0)
    };
    let themes = matrix
        .rows
        .iter()
        .map(|row| longest_word(row.theme.label.get(matrix.lang)))
        .chain(std::iter::once(longest_word(labels.theme)))
        .max()
        .unwrap_or(0);
    // `│ theme ┆ ABC ┆ … │`: a border and a space either side of each column.
    let mut used = themes + 4;
    let mut groups = Vec::new();
    let mut start = 0;
    for (at, role) in matrix.roles.iter().enumerate() {
        let column = crate::render::text_width(&role.abbreviation) + 3;
        if at > start && used + column > width {
            groups.push(start..at);
            start = at;
            used = themes + 4;
        }
        used += column;
    }
    groups.push(start..all.end);
    groups
}

/// `block`, then the sources its items cite.
fn with_item_sources(comparison: &Comparison<'_>, block: Block) -> Document {
    let mut document = Document {
        blocks: vec![block],
        highlight: Vec::new(),
    };
    closing(
        comparison,
        &mut document.blocks,
        false,
        comparison.item_sources(),
    );
    document
}

/// An item's section as people read it; shared items also say which side of the shared ground.
fn section_name(listed: &Listed<'_, '_>, labels: &Labels) -> Shown {
    let section = labels.section_name(listed.section);
    match listed.column {
        Column::Role(_) => Shown::new(section),
        column => Shown::owned(format!("{section}: {}", labels.column(column))),
    }
}
