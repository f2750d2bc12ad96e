//! Who owns what, at a glance: themes against roles, each cell saying whether
//! the role has items on the theme, whether a source disputes them, or whether
//! no source covers it. Built once; every format writes it.

use std::collections::{HashMap, HashSet};

use crate::compare::Comparison;
use crate::dataset::Dataset;
use crate::model::{Disagreement, Item, Lang, Role, Section, Theme};

/// How a role stands on a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// The role has items on the theme, and no source disputes them.
    Covered,
    /// The role has items on the theme, and a disagreement names one of them.
    Contested,
    /// No source says anything about the role on this theme.
    NotCovered,
}

impl Coverage {
    /// The word scripts see (CSV, JSON).
    pub fn key(self) -> &'static str {
        match self {
            Coverage::Covered => "covered",
            Coverage::Contested => "contested",
            Coverage::NotCovered => "not-covered",
        }
    }
}

/// Themes as rows, roles as columns.
#[derive(Debug)]
pub struct Matrix<'d> {
    /// The language labels are shown in.
    pub lang: Lang,
    /// The roles, in the order asked for.
    pub roles: Vec<&'d Role>,
    /// One row per theme that any of the roles covers, in theme order.
    pub rows: Vec<MatrixRow<'d>>,
    /// The roles' own items aligned, which numbers the sources and words
    /// the notes on disagreements as a comparison of the same roles does.
    pub comparison: Comparison<'d>,
}

/// One theme across the roles.
#[derive(Debug)]
pub struct MatrixRow<'d> {
    /// The theme.
    pub theme: &'d Theme,
    /// One cell per role.
    pub cells: Vec<Coverage>,
    /// The disagreements that name an item of the row, to note under the table.
    pub contested: Vec<&'d Disagreement>,
}

impl<'d> Matrix<'d> {
    /// Where each of `roles` stands on each theme, by their own items. What a
    /// group of roles does together ("they look for ways to innovate") is not
    /// counted: it would make each of them look like an owner.
    pub fn new(dataset: &'d Dataset, roles: Vec<&'d Role>, lang: Lang) -> Matrix<'d> {
        let disputed: HashSet<&str> = dataset
            .disagreements()
            .iter()
            .flat_map(|disagreement| disagreement.sides.iter())
            .flat_map(|side| side.items.iter().map(|id| id.as_ref()))
            .collect();
        let rows_of: HashMap<&str, usize> = dataset
            .themes()
            .iter()
            .enumerate()
            .map(|(row, theme)| (theme.id.as_ref(), row))
            .collect();
        let mut grid = vec![vec![Coverage::NotCovered; roles.len()]; dataset.themes().len()];
        let mut mark = |column: usize, item: &Item| {
            let Some(&row) = rows_of.get(item.theme.as_ref()) else {
                return;
            };
            let contested = item
                .id
                .as_ref()
                .is_some_and(|id| disputed.contains(id.as_ref()));
            let cell = &mut grid[row][column];
            *cell = match (*cell, contested) {
                (_, true) | (Coverage::Contested, _) => Coverage::Contested,
                _ => Coverage::Covered,
            };
        };
        for (column, role) in roles.iter().enumerate() {
            for item in role.every_item() {
                mark(column, item);
            }
        }
        let sections = [
            Section::Responsibilities,
            Section::Focus,
            Section::Challenges,
            Section::Skills,
        ];
        let comparison = Comparison::new(dataset, roles.clone(), &sections, lang);
        let mut contested: HashMap<&str, Vec<&Disagreement>> = HashMap::new();
        for row in comparison.blocks.iter().flat_map(|block| &block.rows) {
            let noted = contested.entry(row.theme.id.as_ref()).or_default();
            for disagreement in &row.contested {
                if !noted.iter().any(|seen| std::ptr::eq(*seen, *disagreement)) {
                    noted.push(disagreement);
                }
            }
        }
        let rows = dataset
            .themes()
            .iter()
            .zip(grid)
            .filter(|(_, cells)| cells.iter().any(|cell| *cell != Coverage::NotCovered))
            .map(|(theme, cells)| MatrixRow {
                theme,
                cells,
                contested: contested.remove(theme.id.as_ref()).unwrap_or_default(),
            })
            .collect();
        Matrix {
            lang,
            roles,
            rows,
            comparison,
        }
    }

    /// The sources the notes on disagreements cite, by number.
    pub fn sources(&self) -> Vec<(usize, &'d crate::model::Source)> {
        let skills = self.comparison.skills.iter();
        let cited: HashSet<usize> = self
            .rows
            .iter()
            .flat_map(|row| &row.contested)
            .flat_map(|disagreement| self.comparison.side_citations(disagreement))
            .chain(skills.flat_map(|grid| grid.citations.iter().copied()))
            .collect();
        self.comparison
            .sources()
            .into_iter()
            .filter(|(number, _)| cited.contains(number))
            .collect()
    }
}
