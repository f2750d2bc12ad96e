//! Every section of a comparison side by side: a column per compared role and
//! one for what they share. The brief table and wide CSV both take their
//! rows from here, so they never lay the grid out differently.

use std::collections::HashMap;

use super::{Column, Comparison, Entry, Row};
use crate::model::{Disagreement, Section, Theme};

/// One row of roles side by side.
#[derive(Debug)]
pub struct SideRow<'c, 'd> {
    /// The section the row holds, or `None` when it holds every section's
    /// items on its theme.
    pub section: Option<Section>,
    /// The theme the row is aligned on.
    pub theme: &'d Theme,
    /// One cell per column of [`Comparison::side_by_side`], in order.
    pub cells: Vec<Vec<Placed<'c, 'd>>>,
    /// The disagreements on this theme that name an item of the row.
    pub contested: Vec<&'d Disagreement>,
}

/// An item in a side-by-side cell, with where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'c, 'd> {
    /// The item as the comparison placed it.
    pub entry: &'c Entry<'d>,
    /// The section it belongs to.
    pub section: Section,
    /// The column it stood in within its section.
    pub column: Column<'d>,
}

impl<'d> Comparison<'d> {
    /// Whether any item is shared, so that the grid has a column for them.
    pub fn has_shared(&self) -> bool {
        self.blocks
            .iter()
            .any(|block| block.section == Section::Shared && !block.rows.is_empty())
    }

    /// The comparison side by side: with `merged`, one row per theme holding
    /// every section's items (the brief view); otherwise one row per section
    /// and theme, in the comparison's order (wide CSV).
    pub fn side_by_side_rows(&self, merged: bool) -> Vec<SideRow<'_, 'd>> {
        let columns = self.roles.len() + usize::from(self.has_shared());
        let mut rows = Vec::new();
        if merged {
            // Each block's row for a theme, to merge the sections theme by theme.
            let by_theme: Vec<HashMap<&str, &Row<'d>>> = self
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
            for theme in self.themes() {
                let mut side = SideRow::new(None, theme, columns);
                for (block, rows) in self.blocks.iter().zip(&by_theme) {
                    if let Some(row) = rows.get(theme.id.as_ref()) {
                        self.place(&mut side, block.section, &block.columns, row);
                    }
                }
                if side.cells.iter().any(|cell| !cell.is_empty()) {
                    rows.push(side);
                }
            }
        } else {
            for block in &self.blocks {
                for row in &block.rows {
                    let mut side = SideRow::new(Some(block.section), row.theme, columns);
                    self.place(&mut side, block.section, &block.columns, row);
                    rows.push(side);
                }
            }
        }
        rows
    }

    /// Puts `row`'s items into `side`'s cells, and its disagreements beside them.
    fn place<'c>(
        &self,
        side: &mut SideRow<'c, 'd>,
        section: Section,
        columns: &[Column<'d>],
        row: &'c Row<'d>,
    ) {
        for disagreement in &row.contested {
            if !side
                .contested
                .iter()
                .any(|seen| std::ptr::eq(*seen, *disagreement))
            {
                side.contested.push(disagreement);
            }
        }
        for (column, cell) in columns.iter().zip(&row.cells) {
            if let Some(index) = self.side_by_side(*column) {
                side.cells[index].extend(cell.iter().map(|entry| Placed {
                    entry,
                    section,
                    column: *column,
                }));
            }
        }
    }
}

impl<'d> SideRow<'_, 'd> {
    fn new(section: Option<Section>, theme: &'d Theme, columns: usize) -> Self {
        SideRow {
            section,
            theme,
            cells: (0..columns).map(|_| Vec::new()).collect(),
            contested: Vec::new(),
        }
    }
}
