//! Putting each item in its theme's row and its role's column.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::{Block, Column, Comparison, Concerns, Entry, Row, SkillGrid, Summary, citations};
use crate::dataset::Dataset;
use crate::model::{Disagreement, Item, Lang, Role, Section, Shared};

impl<'d> Comparison<'d> {
    /// Aligns `roles` on the dataset's themes, for the given sections.
    pub fn new(
        dataset: &'d Dataset,
        roles: Vec<&'d Role>,
        sections: &[Section],
        lang: Lang,
    ) -> Comparison<'d> {
        let mut numbers = HashMap::with_capacity(dataset.sources().len());
        for (index, source) in dataset.sources().iter().enumerate() {
            // The first of two sources with one id is the one cited, as in `Dataset::source`.
            numbers.entry(source.id.as_ref()).or_insert(index + 1);
        }
        let relevant: Vec<&Disagreement> = dataset
            .disagreements()
            .iter()
            .filter(|disagreement| {
                disagreement
                    .roles
                    .iter()
                    .any(|id| roles.iter().any(|role| role.id == *id))
            })
            .collect();
        let mut disputes: HashMap<&str, Vec<&Disagreement>> = HashMap::new();
        for disagreement in &relevant {
            let named: HashSet<&str> = disagreement
                .sides
                .iter()
                .flat_map(|side| side.items.iter().map(|id| id.as_ref()))
                .collect();
            for id in named {
                disputes.entry(id).or_default().push(disagreement);
            }
        }
        let aligner = Aligner {
            dataset,
            roles: &roles,
            disputes,
            rows: dataset
                .themes()
                .iter()
                .enumerate()
                .map(|(row, theme)| (theme.id.as_ref(), row))
                .collect(),
            numbers: &numbers,
        };
        let blocks = Section::ALL
            .into_iter()
            .filter(|section| sections.contains(section) && *section != Section::Skills)
            .map(|section| match section {
                Section::Shared => aligner.shared_block(),
                _ => aligner.role_block(section),
            })
            .collect();
        let skills = sections
            .contains(&Section::Skills)
            .then(|| SkillGrid::new(&roles, &numbers))
            .flatten();
        Comparison {
            lang,
            // What the sources say of some roles' names belongs beside
            // those roles together, or beside one of them shown alone.
            about_roles: relevant
                .into_iter()
                .filter(|disagreement| disagreement.theme.is_none())
                .filter(|disagreement| {
                    roles.len() == 1
                        || disagreement
                            .roles
                            .iter()
                            .all(|id| roles.iter().any(|role| role.id == *id))
                })
                .collect(),
            roles,
            blocks,
            skills,
            sources: dataset.sources(),
            themes: dataset.themes(),
            numbers,
        }
    }
}

/// What aligning needs to look up, built once per comparison.
pub(super) struct Aligner<'d, 'r> {
    pub(super) dataset: &'d Dataset,
    pub(super) roles: &'r [&'d Role],
    /// Each theme's row (its place in the dataset's order) by its id.
    pub(super) rows: HashMap<&'d str, usize>,
    pub(super) numbers: &'r HashMap<&'d str, usize>,
    /// The disagreements that concern the compared roles, by the items they name.
    pub(super) disputes: HashMap<&'d str, Vec<&'d Disagreement>>,
}

impl<'d> Aligner<'d, '_> {
    /// One empty cell per column for every theme, to drop items into by theme
    /// instead of searching every role's items for every theme.
    fn empty_grid(&self, columns: usize) -> Vec<Vec<Vec<Entry<'d>>>> {
        (0..self.dataset.themes().len())
            .map(|_| (0..columns).map(|_| Vec::new()).collect())
            .collect()
    }

    /// Puts `items` into their themes' cells of `column`.
    fn place(
        &self,
        grid: &mut [Vec<Vec<Entry<'d>>>],
        column: usize,
        items: &'d [Item],
        concerns: &Concerns<'d>,
    ) {
        for item in items {
            // The checker refuses unknown themes; an item without one has no row to stand in.
            if let Some(&row) = self.rows.get(item.theme.as_ref()) {
                let disputed = item
                    .id
                    .as_ref()
                    .and_then(|id| self.disputes.get(id.as_ref()))
                    .cloned()
                    .unwrap_or_default();
                grid[row][column].push(Entry {
                    item,
                    concerns: concerns.clone(),
                    citations: citations(self.numbers, &item.sources),
                    disputed,
                });
            }
        }
    }

    /// The rows that have anything, in theme order.
    fn rows(&self, grid: Vec<Vec<Vec<Entry<'d>>>>, common: impl Fn(usize) -> bool) -> Vec<Row<'d>> {
        self.dataset
            .themes()
            .iter()
            .zip(grid)
            .filter_map(|(theme, cells)| {
                let filled = cells.iter().filter(|cell| !cell.is_empty()).count();
                if filled == 0 {
                    return None;
                }
                // Only disagreements on this theme, and only when an item they
                // name is in this row: another section may hold the row.
                let mut contested: Vec<&Disagreement> = Vec::new();
                for entry in cells.iter().flatten() {
                    for disagreement in &entry.disputed {
                        let here = disagreement.theme.as_deref() == Some(theme.id.as_ref());
                        if here
                            && !contested
                                .iter()
                                .any(|seen| std::ptr::eq(*seen, *disagreement))
                        {
                            contested.push(disagreement);
                        }
                    }
                }
                Some(Row {
                    theme,
                    common: common(filled) && contested.is_empty(),
                    contested,
                    cells,
                })
            })
            .collect()
    }

    pub(super) fn role_block(&self, section: Section) -> Block<'d> {
        let roles = self.roles;
        let mut grid = self.empty_grid(roles.len());
        for (column, role) in roles.iter().enumerate() {
            let concerns = Concerns {
                roles: Rc::from([*role]),
                named: false,
            };
            self.place(&mut grid, column, role.items(section), &concerns);
        }
        Block {
            section,
            columns: roles.iter().map(|role| Column::Role(role)).collect(),
            summaries: Vec::new(),
            rows: self.rows(grid, |filled| roles.len() > 1 && filled == roles.len()),
        }
    }

    /// The shared groups that concern the compared roles, with whom each
    /// concerns: with one role, every group it belongs to; with several, every
    /// group between two or more of them.
    fn relevant_shared(&self) -> Vec<(&'d Shared, Concerns<'d>)> {
        let roles = self.roles;
        let wanted = roles.len().min(2);
        self.dataset
            .shared()
            .iter()
            .filter_map(|shared| {
                let compared = shared
                    .roles
                    .iter()
                    .filter(|id| roles.iter().any(|role| &role.id == *id))
                    .count();
                if compared < wanted || compared == 0 {
                    return None;
                }
                let exact = shared.roles.len() == roles.len()
                    && roles.iter().all(|role| shared.roles.contains(&role.id));
                let concerns = if exact {
                    Concerns {
                        roles: Rc::from(roles),
                        named: false,
                    }
                } else {
                    Concerns {
                        roles: shared
                            .roles
                            .iter()
                            .filter_map(|id| self.dataset.role(id))
                            .collect(),
                        named: true,
                    }
                };
                Some((shared, concerns))
            })
            .collect()
    }

    pub(super) fn shared_block(&self) -> Block<'d> {
        let groups = self.relevant_shared();
        let mut grid = self.empty_grid(2);
        for (shared, concerns) in &groups {
            self.place(&mut grid, 0, &shared.collaboration, concerns);
            self.place(&mut grid, 1, &shared.challenges, concerns);
        }
        Block {
            section: Section::Shared,
            columns: vec![Column::Collaboration, Column::SharedChallenges],
            summaries: groups
                .iter()
                .filter_map(|(shared, concerns)| {
                    shared.summary.as_ref().map(|statement| Summary {
                        statement,
                        concerns: concerns.clone(),
                        citations: citations(self.numbers, &statement.sources),
                    })
                })
                .collect(),
            rows: self.rows(grid, |_| false),
        }
    }
}
