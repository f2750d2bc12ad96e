//! Roles side by side, for people: the whole comparison (`compare`, `show`,
//! `export`) and its slide-sized form (`--brief`).

use super::{
    Block, Cell, Cited, Definition, Document, Heading, ItemText, Legend, Table, closing,
    concerns_label, disagreement_note, titled,
};
use crate::compare::{Comparison, Entry, Placed};
use crate::labels::{Labels, Marks};
use crate::model::{Lang, Role, Statement};
use crate::terminal::Shown;

impl Document {
    /// Roles side by side: a card of each role's title, summary and
    /// orientation, then a table per section with a row per theme.
    pub fn comparison(comparison: &Comparison<'_>, marks: &'static Marks) -> Document {
        let labels = Labels::of(comparison.lang);
        let mut blocks = vec![Block::Title(title(comparison, marks))];
        if !comparison.skills_only() {
            card(comparison, &mut blocks, marks);
        }
        for block in &comparison.blocks {
            if block.rows.is_empty() && block.summaries.is_empty() {
                continue;
            }
            blocks.push(Block::Heading(Shown::new(
                labels.section_name(block.section),
            )));
            for summary in &block.summaries {
                let text = concerns_label(&summary.concerns)
                    .then(&Shown::new(summary.statement.get(comparison.lang)));
                blocks.push(Block::Paragraph(Cited {
                    text,
                    citations: summary.citations.clone(),
                }));
            }
            if block.rows.is_empty() {
                continue;
            }
            let mut header: Vec<Heading> = vec![Shown::new(labels.theme).into()];
            header.extend(
                block
                    .columns
                    .iter()
                    .map(|column| Shown::owned(labels.column(*column)).into()),
            );
            let mut legend = Legend::new(marks);
            let rows = block
                .rows
                .iter()
                .map(|row| section_row(comparison, row, &mut legend))
                .collect();
            blocks.push(Block::Table(Table {
                header,
                rows,
                compact: false,
                aligned: true,
            }));
            legend.push_to(&mut blocks, labels);
        }
        if let Some(grid) = &comparison.skills {
            super::skills::section(comparison, grid, marks, &mut blocks);
        }
        // Without the card, only the skills' sources are cited.
        let sources = match &comparison.skills {
            Some(grid) if comparison.skills_only() => grid.sources(comparison),
            _ => comparison.sources(),
        };
        closing(comparison, &mut blocks, false, sources);
        Document {
            blocks,
            highlight: Vec::new(),
        }
    }

    /// Roles side by side on one screen or slide (`--brief`): each role's
    /// summary and orientation, then one table of themes against roles in
    /// which a cell holds the role's first item on the theme and how many
    /// more it has there, then a legend that says so and the sources on one
    /// line. What the roles share is left to the whole comparison.
    pub fn brief(comparison: &Comparison<'_>, marks: &'static Marks) -> Document {
        let labels = Labels::of(comparison.lang);
        let mut blocks = vec![
            Block::Title(title(comparison, marks)),
            Block::Definitions(
                comparison
                    .roles
                    .iter()
                    .map(|role| definition(comparison, role))
                    .collect(),
            ),
        ];
        let mut header: Vec<Heading> = vec![Shown::new(labels.theme).into()];
        header.extend(
            comparison
                .roles
                .iter()
                .map(|role| Shown::new(&role.abbreviation).into()),
        );
        let mut legend = Legend::new(marks);
        let mut cited: Vec<usize> = comparison
            .roles
            .iter()
            .flat_map(|role| std::iter::once(&role.summary).chain(&role.orientation))
            .flat_map(|statement| comparison.citations(&statement.sources))
            .collect();
        let rows = brief_rows(comparison, &mut legend, &mut cited);
        if !rows.is_empty() {
            blocks.push(Block::Table(Table {
                header,
                rows,
                compact: true,
                aligned: true,
            }));
        }
        // The skills in one line: how many essential ones the roles share
        // and how many each has alone.
        let skills = comparison.skills.as_ref().map(|grid| {
            cited.extend(&grid.citations);
            super::skills::counts(comparison, grid, false)
        });
        legend.push_brief(&mut blocks, labels, skills);
        closing(
            comparison,
            &mut blocks,
            true,
            comparison.cited_sources(cited),
        );
        Document {
            blocks,
            highlight: Vec::new(),
        }
    }
}

/// The rows of a brief comparison's table: a theme each on which a
/// compared role has items, its mark, and each role's first item there and
/// how many more it has; the marks used noted in `legend`, the citations
/// shown added to `cited`.
fn brief_rows(
    comparison: &Comparison<'_>,
    legend: &mut Legend,
    cited: &mut Vec<usize>,
) -> Vec<Vec<Cell>> {
    let roles = comparison.roles.len();
    let mut rows = Vec::new();
    for side in comparison.side_by_side_rows(true) {
        let cells = &side.cells[..roles];
        if cells.iter().all(Vec::is_empty) {
            continue;
        }
        let mark = if !side.contested.is_empty() {
            legend.contested = true;
            Some(legend.marks.contested)
        } else if roles > 1 && cells.iter().all(|cell| !cell.is_empty()) {
            legend.common = true;
            Some(legend.marks.common)
        } else {
            None
        };
        let mut row = vec![Cell::Theme {
            label: Shown::new(side.theme.label.get(comparison.lang)),
            mark,
        }];
        row.extend(cells.iter().map(|cell| match cell.split_first() {
            None => {
                legend.not_covered = true;
                Cell::NotCovered
            }
            Some((first, rest)) => {
                cited.extend(&first.entry.citations);
                Cell::First {
                    item: brief_item(comparison, first),
                    more: rest.len(),
                }
            }
        }));
        rows.push(row);
    }
    rows
}

/// A role as a brief comparison opens with: its abbreviation, then its
/// summary and its orientation, each cited.
fn definition(comparison: &Comparison<'_>, role: &Role) -> Definition {
    let lang = comparison.lang;
    let cited = |statement: &Statement| {
        Cited::new(
            statement.get(lang),
            comparison.citations(&statement.sources),
        )
    };
    Definition {
        term: Shown::new(&role.abbreviation),
        texts: std::iter::once(cited(&role.summary))
            .chain(role.orientation.as_ref().map(cited))
            .collect(),
    }
}

/// The card of the compared roles: title, summary, orientation and
/// classification, a row each, and its legend.
fn card(comparison: &Comparison<'_>, blocks: &mut Vec<Block>, marks: &'static Marks) {
    let lang = comparison.lang;
    let labels = Labels::of(lang);
    let mut header = vec![Heading::default()];
    header.extend(
        comparison
            .roles
            .iter()
            .map(|role| Shown::new(&role.abbreviation).into()),
    );
    let statement = |statement: &Statement| {
        Cell::Text(Cited::new(
            statement.get(lang),
            comparison.citations(&statement.sources),
        ))
    };
    // A row of the card: its label, then one cell per role.
    let row = |label: &'static str, cell: &dyn Fn(&Role) -> Cell| -> Vec<Cell> {
        std::iter::once(Cell::Label(Shown::new(label)))
            .chain(comparison.roles.iter().map(|role| cell(role)))
            .collect()
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    // One role's title is already the document's heading.
    if comparison.roles.len() > 1 {
        rows.push(row(labels.title, &|role| {
            Cell::Text(Cited::new(role.title.get(lang), Vec::new()))
        }));
    }
    rows.push(row(labels.summary, &|role| statement(&role.summary)));
    if comparison
        .roles
        .iter()
        .any(|role| role.orientation.is_some())
    {
        rows.push(row(labels.orientation, &|role| match &role.orientation {
            Some(orientation) => statement(orientation),
            None => Cell::NotCovered,
        }));
    }
    if comparison
        .roles
        .iter()
        .any(|role| role.classification.is_some())
    {
        rows.push(row(labels.classification, &|role| {
            classification(comparison, role)
        }));
        rows.push(row(labels.also_called, &|role| also_called(role, lang)));
    }
    let not_covered = rows
        .iter()
        .flatten()
        .any(|cell: &Cell| matches!(cell, Cell::NotCovered));
    blocks.push(Block::Table(Table {
        header,
        rows,
        compact: false,
        aligned: true,
    }));
    let mut legend = Legend::new(marks);
    legend.not_covered = not_covered;
    for disagreement in &comparison.about_roles {
        legend.notes.push(
            Shown::new(&format!("{}: ", labels.title))
                .then(&disagreement_note(comparison, disagreement)),
        );
    }
    legend.push_to(blocks, labels);
}

/// Where ESCO places a role: its code, its ISCO-08 group and its URI.
fn classification(comparison: &Comparison<'_>, role: &Role) -> Cell {
    match &role.classification {
        Some(it) => Cell::Text(Cited::new(
            &format!(
                "ESCO {} (ISCO-08 {})\n{}",
                it.esco_code, it.isco_group, it.uri
            ),
            comparison.citations(std::slice::from_ref(&it.source)),
        )),
        None => Cell::NotCovered,
    }
}

/// A role's other names in `lang`, then its English ones, said to be English.
fn also_called(role: &Role, lang: Lang) -> Cell {
    let Some(classification) = &role.classification else {
        return Cell::NotCovered;
    };
    let mut parts = Vec::new();
    let names: Vec<&str> = classification.names_in(lang).collect();
    if !names.is_empty() {
        parts.push(names.join(", "));
    }
    // A name is a name, and the English ones are shown beside the others:
    // ESCO gives "IT director" to the CTO and the CIO alike, which a reader
    // sees only when both roles show it. Marked, as an English name in
    // Hungarian output would otherwise pass for a Hungarian one.
    if lang != Lang::En {
        let english: Vec<&str> = classification.names_in(Lang::En).collect();
        if !english.is_empty() {
            let marker = Labels::of(lang).in_english;
            parts.push(format!("{} {marker}", english.join(", ")));
        }
    }
    if parts.is_empty() {
        Cell::NotCovered
    } else {
        Cell::Text(Cited::new(&parts.join("; "), Vec::new()))
    }
}

/// One theme's row of a section's table, its mark and notes in `legend`.
fn section_row(
    comparison: &Comparison<'_>,
    row: &crate::compare::Row<'_>,
    legend: &mut Legend,
) -> Vec<Cell> {
    let labels = Labels::of(comparison.lang);
    let label = Shown::new(row.theme.label.get(comparison.lang));
    let mark = if !row.contested.is_empty() {
        for disagreement in &row.contested {
            legend.notes.push(
                Shown::owned(format!(
                    "{} {label}: {} ",
                    legend.marks.contested, labels.contested_legend
                ))
                .then(&disagreement_note(comparison, disagreement)),
            );
        }
        Some(legend.marks.contested)
    } else if row.common {
        legend.common = true;
        Some(legend.marks.common)
    } else {
        None
    };
    std::iter::once(Cell::Theme { label, mark })
        .chain(row.cells.iter().map(|cell| {
            if cell.is_empty() {
                legend.not_covered = true;
                Cell::NotCovered
            } else {
                Cell::Items(cell.iter().map(|entry| item(comparison, entry)).collect())
            }
        }))
        .collect()
}

/// What a comparison is headed with: `CTO vs CIO`, or one role's abbreviation and title.
fn title(comparison: &Comparison<'_>, marks: &Marks) -> Shown {
    let labels = Labels::of(comparison.lang);
    Shown::owned(match comparison.roles.as_slice() {
        [role] => format!(
            "{}{}{}",
            role.abbreviation,
            marks.dash.unwrap_or(labels.dash),
            role.title.get(comparison.lang)
        ),
        roles => {
            let names: Vec<&str> = roles
                .iter()
                .map(|role| role.abbreviation.as_ref())
                .collect();
            labels.join_roles(&names)
        }
    })
}

/// An item of a section's table: its title, then its detail with its citations.
fn item(comparison: &Comparison<'_>, entry: &Entry<'_>) -> ItemText {
    let lang = comparison.lang;
    ItemText {
        concerns: concerns_label(&entry.concerns),
        title: Cited::new(entry.item.title.get(lang), Vec::new()),
        parts: vec![Cited::new(
            entry.item.detail.get(lang),
            entry.citations.clone(),
        )],
    }
}

/// An item of a brief document: its title, what kind of item it is when
/// that is not a duty (`(challenge)`), and its citations.
fn brief_item(comparison: &Comparison<'_>, placed: &Placed<'_, '_>) -> ItemText {
    let entry = placed.entry;
    let title = entry.item.title.get(comparison.lang);
    ItemText {
        concerns: concerns_label(&entry.concerns),
        title: Cited {
            text: Shown::owned(titled(comparison, title, placed.section, placed.column)),
            citations: entry.citations.clone(),
        },
        parts: Vec::new(),
    }
}
