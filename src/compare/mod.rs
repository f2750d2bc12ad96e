//! Aligning roles on themes: the [`Comparison`] every output format renders.
//!
//! Everything a format needs to decide is decided here, once: which roles a
//! shared item concerns and whether to name them, and the numbers its sources
//! are cited by. The formats only write it down.

mod align;
mod grid;
mod skills;

use std::collections::HashMap;
use std::rc::Rc;

pub use self::grid::{Placed, SideRow};
pub use self::skills::{SkillGrid, SkillRow};

use crate::model::{Disagreement, Item, Lang, Role, Section, Source, Statement, Str, Theme};

/// Roles as columns, themes as rows, grouped by section.
#[derive(Debug)]
pub struct Comparison<'d> {
    /// The language texts are shown in.
    pub lang: Lang,
    /// The compared roles, in the order the user named them.
    pub roles: Vec<&'d Role>,
    /// One block per section shown, in display order.
    pub blocks: Vec<Block<'d>>,
    /// The disagreements about the compared roles themselves (their titles,
    /// say) rather than a theme: shown with the roles' card.
    pub about_roles: Vec<&'d Disagreement>,
    /// The compared roles' skills side by side, when the skills section is
    /// shown and any of them has skills.
    pub skills: Option<SkillGrid<'d>>,
    sources: &'d [Source],
    themes: &'d [Theme],
    /// Each source's number (from 1) by its id, so that citing is a look-up.
    numbers: HashMap<&'d str, usize>,
}

/// One section of a comparison: a table of themes against columns.
#[derive(Debug)]
pub struct Block<'d> {
    /// Which section this is.
    pub section: Section,
    /// What each column holds.
    pub columns: Vec<Column<'d>>,
    /// Summaries of the shared groups shown (only in the shared section).
    pub summaries: Vec<Summary<'d>>,
    /// One row per theme that has anything, in theme order.
    pub rows: Vec<Row<'d>>,
}

/// How a group of roles relates, for the shared section.
#[derive(Debug)]
pub struct Summary<'d> {
    /// The summary itself.
    pub statement: &'d Statement,
    /// The roles it concerns.
    pub concerns: Concerns<'d>,
    /// The numbers of the sources it cites.
    pub citations: Vec<usize>,
}

/// The roles something concerns, and whether they must be named where it is
/// shown: they need not be when they are exactly the roles compared.
#[derive(Debug, Clone)]
pub struct Concerns<'d> {
    /// Its own role, or every role of a shared group; the compared roles, in
    /// the user's order, when the group is exactly those.
    pub roles: Rc<[&'d Role]>,
    /// Whether the roles are not exactly the roles compared.
    pub named: bool,
}

impl Concerns<'_> {
    /// What goes before a shared item concerning only some of the compared
    /// roles, `[CTO + CIO] `; nothing when they are exactly the roles compared.
    pub fn label(&self) -> String {
        if !self.named {
            return String::new();
        }
        let names: Vec<&str> = self
            .roles
            .iter()
            .map(|role| role.abbreviation.as_ref())
            .collect();
        format!("[{}] ", names.join(" + "))
    }
}

/// What a column of a block holds.
#[derive(Debug, Clone, Copy)]
pub enum Column<'d> {
    /// One role's items.
    Role(&'d Role),
    /// How the roles work together.
    Collaboration,
    /// The challenges the roles share.
    SharedChallenges,
}

/// The items of one theme, one cell per column.
#[derive(Debug)]
pub struct Row<'d> {
    /// The theme the row is aligned on.
    pub theme: &'d Theme,
    /// Whether every compared role has something on this theme, and no
    /// source disputes any of it.
    pub common: bool,
    /// The disagreements that dispute items of this row.
    pub contested: Vec<&'d Disagreement>,
    /// One cell per column; an empty cell means nothing on this theme.
    pub cells: Vec<Vec<Entry<'d>>>,
}

/// One item as it appears in a cell.
#[derive(Debug)]
pub struct Entry<'d> {
    /// The item itself.
    pub item: &'d Item,
    /// The roles it concerns.
    pub concerns: Concerns<'d>,
    /// The numbers of the sources it cites.
    pub citations: Vec<usize>,
    /// The disagreements that name it, on one side or another.
    pub disputed: Vec<&'d Disagreement>,
}

/// One item with everything needed to show it outside a table: for lists,
/// search, and the formats that have one row per item.
#[derive(Debug)]
pub struct Listed<'c, 'd> {
    /// The section it belongs to.
    pub section: Section,
    /// The column it stands in.
    pub column: Column<'d>,
    /// Its theme.
    pub theme: &'d Theme,
    /// The item itself.
    pub item: &'d Item,
    /// The roles it concerns: its own role, or the roles a shared item is between.
    pub roles: &'c [&'d Role],
    /// The numbers of the sources it cites.
    pub citations: &'c [usize],
    /// The disagreements that name it.
    pub disputed: &'c [&'d Disagreement],
}

impl Listed<'_, '_> {
    /// The section as scripts see it: `responsibilities`, `focus`, `challenges`,
    /// or for shared items `shared/collaboration` and `shared/challenges`.
    pub fn section_key(&self) -> &'static str {
        match self.column {
            Column::Role(_) => self.section.key(),
            Column::Collaboration => "shared/collaboration",
            Column::SharedChallenges => "shared/challenges",
        }
    }
}

impl PartialEq for Column<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Column::Role(a), Column::Role(b)) => a.id == b.id,
            (Column::Collaboration, Column::Collaboration) => true,
            (Column::SharedChallenges, Column::SharedChallenges) => true,
            _ => false,
        }
    }
}

impl<'d> Comparison<'d> {
    /// Where `column` stands when every section is laid out side by side in
    /// one table (the brief view, wide CSV): each compared role's column, in
    /// order, then one for what the roles share.
    pub fn side_by_side(&self, column: Column<'_>) -> Option<usize> {
        match column {
            Column::Role(role) => self.roles.iter().position(|it| it.id == role.id),
            Column::Collaboration | Column::SharedChallenges => Some(self.roles.len()),
        }
    }

    /// Every theme of the dataset, in display order.
    pub fn themes(&self) -> &'d [Theme] {
        self.themes
    }

    /// The source cited by `id`, if the dataset has it.
    pub fn source_by_id(&self, id: &str) -> Option<&'d Source> {
        let number = *self.numbers.get(id)?;
        self.sources.get(number - 1)
    }

    /// The numbers (from 1) the given source ids are cited by.
    pub fn citations(&self, ids: &[Str]) -> Vec<usize> {
        citations(&self.numbers, ids)
    }

    /// The sources the items cite, with their numbers, in number order: what
    /// a list of items (`list ROLE`, `search`) cites.
    pub fn item_sources(&self) -> Vec<(usize, &'d Source)> {
        let skills = self.skills.iter().filter(|grid| !grid.is_empty());
        let cited = self
            .listed()
            .flat_map(|listed| listed.citations.iter().copied())
            .chain(skills.flat_map(|grid| grid.citations.iter().copied()));
        self.numbered(cited.collect())
    }

    /// `cited` numbers, sorted, each once, with their sources: what a view
    /// that shows only part of the comparison (`--brief`) cites.
    pub fn cited_sources(&self, cited: Vec<usize>) -> Vec<(usize, &'d Source)> {
        self.numbered(cited)
    }

    /// `cited` numbers, sorted, each once, with their sources.
    fn numbered(&self, mut cited: Vec<usize>) -> Vec<(usize, &'d Source)> {
        cited.sort_unstable();
        cited.dedup();
        cited
            .into_iter()
            .filter_map(|number| Some((number, self.sources.get(number - 1)?)))
            .collect()
    }

    /// The sources cited anywhere in the comparison, with their numbers, in number order.
    pub fn sources(&self) -> Vec<(usize, &'d Source)> {
        let mut cited: Vec<usize> = Vec::new();
        for role in &self.roles {
            cited.extend(self.citations(&role.summary.sources));
            if let Some(orientation) = &role.orientation {
                cited.extend(self.citations(&orientation.sources));
            }
            if let Some(classification) = &role.classification {
                cited.extend(self.citations(std::slice::from_ref(&classification.source)));
            }
        }
        for block in &self.blocks {
            for summary in &block.summaries {
                cited.extend(&summary.citations);
            }
            for row in &block.rows {
                for entry in row.cells.iter().flatten() {
                    cited.extend(&entry.citations);
                }
                for disagreement in &row.contested {
                    cited.extend(self.side_citations(disagreement));
                }
            }
        }
        for disagreement in &self.about_roles {
            cited.extend(self.side_citations(disagreement));
        }
        if let Some(skills) = &self.skills {
            cited.extend(&skills.citations);
        }
        self.numbered(cited)
    }

    /// Every disagreement that concerns what is shown: about the roles
    /// themselves, or about an item shown; each once, where it first appears.
    pub fn shown_disagreements(&self) -> Vec<&'d Disagreement> {
        let mut shown: Vec<&'d Disagreement> = self.about_roles.clone();
        let entries = self
            .blocks
            .iter()
            .flat_map(|block| block.rows.iter().flat_map(|row| row.cells.iter().flatten()));
        for entry in entries {
            for disagreement in &entry.disputed {
                if !shown.iter().any(|seen| std::ptr::eq(*seen, *disagreement)) {
                    shown.push(disagreement);
                }
            }
        }
        shown
    }

    /// What each source says on `disagreement`, by its number, as one
    /// sentence: `[1] gives …; [2] makes ….`
    pub fn disagreement_note(&self, disagreement: &Disagreement) -> String {
        let sides: Vec<String> = disagreement
            .sides
            .iter()
            .map(|side| {
                let says = side.says.get(self.lang);
                match self.numbers.get(side.source.as_ref()) {
                    Some(number) => format!("[{number}] {says}"),
                    None => says.to_owned(),
                }
            })
            .collect();
        format!("{}.", sides.join("; "))
    }

    /// The number each side of `disagreement` cites its source by.
    pub fn side_citations(&self, disagreement: &Disagreement) -> Vec<usize> {
        disagreement
            .sides
            .iter()
            .filter_map(|side| self.numbers.get(side.source.as_ref()).copied())
            .collect()
    }

    /// Every item, block by block, row by row, column by column.
    pub fn listed(&self) -> impl Iterator<Item = Listed<'_, 'd>> {
        self.blocks.iter().flat_map(move |block| {
            block.rows.iter().flat_map(move |row| {
                block
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .flat_map(move |(column, cell)| {
                        cell.iter().map(move |entry| Listed {
                            section: block.section,
                            column: *column,
                            theme: row.theme,
                            item: entry.item,
                            roles: &entry.concerns.roles,
                            citations: &entry.citations,
                            disputed: &entry.disputed,
                        })
                    })
            })
        })
    }

    /// Keeps only the items `keep` accepts, and the rows that still have any.
    pub fn retain(&mut self, mut keep: impl FnMut(&Item) -> bool) {
        for block in &mut self.blocks {
            for row in &mut block.rows {
                for cell in &mut row.cells {
                    cell.retain(|entry| keep(entry.item));
                }
            }
            block
                .rows
                .retain(|row| row.cells.iter().any(|cell| !cell.is_empty()));
        }
    }

    /// How many of the texts shown have no translation in the chosen language
    /// and so are shown in English.
    pub fn untranslated(&self) -> usize {
        let lang = self.lang;
        let mut missing = 0;
        let mut count = |translated: bool| missing += usize::from(!translated);
        for role in &self.roles {
            count(role.title.translation(lang).is_some());
            count(role.summary.translation(lang).is_some());
            if let Some(orientation) = &role.orientation {
                count(orientation.translation(lang).is_some());
            }
        }
        for block in &self.blocks {
            for summary in &block.summaries {
                count(summary.statement.translation(lang).is_some());
            }
            for row in &block.rows {
                count(row.theme.label.translation(lang).is_some());
                for entry in row.cells.iter().flatten() {
                    for (_, text) in entry.item.texts() {
                        count(text.translation(lang).is_some());
                    }
                }
            }
        }
        missing
    }

    /// Whether nothing at all would be shown in the blocks.
    pub fn is_empty(&self) -> bool {
        self.blocks.iter().all(|block| block.rows.is_empty())
            && self.skills.as_ref().is_none_or(SkillGrid::is_empty)
    }

    /// Whether the only section shown is the skills, which then stand
    /// without the roles' card, to fit one screen.
    pub fn skills_only(&self) -> bool {
        self.blocks.is_empty() && self.skills.is_some()
    }
}

pub(crate) fn citations(numbers: &HashMap<&str, usize>, ids: &[Str]) -> Vec<usize> {
    ids.iter()
        .filter_map(|id| numbers.get(id.as_ref()).copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;
    use crate::dataset::{Dataset, Input, Problems};

    const DATA: &str = "\
sources: [{ id: s, title: S, language: en }]
themes:
  - { id: one, label: { en: One } }
  - { id: two, label: { en: Two } }
  - { id: three, label: { en: Three } }
roles:
  - id: a
    abbreviation: A
    title: { en: Role A }
    summary: { en: A., sources: [s] }
    responsibilities:
      - { theme: two, title: { en: a2 }, detail: { en: . }, sources: [s] }
      - { theme: one, title: { en: a1 }, detail: { en: . }, sources: [s] }
  - id: b
    abbreviation: B
    title: { en: Role B }
    summary: { en: B., sources: [s] }
    responsibilities:
      - { theme: two, title: { en: b2 }, detail: { en: . }, sources: [s] }
  - id: c
    abbreviation: C
    title: { en: Role C }
    summary: { en: C., sources: [s] }
    focus:
      - { theme: three, title: { en: c3 }, detail: { en: . }, sources: [s] }
shared:
  - id: a-b
    roles: [a, b]
    collaboration:
      - { theme: one, title: { en: ab }, detail: { en: . }, sources: [s] }
";

    fn dataset() -> Result<Dataset, Problems> {
        Dataset::load(&[Input::new("data.yaml", DATA)])
    }

    fn titles(cell: &[Entry<'_>]) -> Vec<String> {
        cell.iter()
            .map(|entry| entry.item.title.get(Lang::En).to_string())
            .collect()
    }

    #[test]
    fn rows_follow_theme_order_and_cells_follow_role_order() -> TestResult {
        let dataset = dataset()?;
        let roles = dataset.resolve_roles(&["b".into(), "a".into()])?;
        let comparison = Comparison::new(&dataset, roles, &[Section::Responsibilities], Lang::En);
        let block = &comparison.blocks[0];
        let themes: Vec<&str> = block.rows.iter().map(|row| row.theme.id.as_ref()).collect();
        assert_eq!(
            themes,
            ["one", "two"],
            "theme order, not item order; no empty row"
        );
        assert_eq!(titles(&block.rows[0].cells[0]), Vec::<String>::new());
        assert_eq!(titles(&block.rows[0].cells[1]), ["a1"]);
        assert!(!block.rows[0].common);
        assert_eq!(titles(&block.rows[1].cells[0]), ["b2"]);
        assert!(block.rows[1].common, "both roles have theme two");
        Ok(())
    }

    #[test]
    fn shared_items_show_only_between_compared_roles() -> TestResult {
        let dataset = dataset()?;
        let ab = dataset.resolve_roles(&["a".into(), "b".into()])?;
        let comparison = Comparison::new(&dataset, ab, &[Section::Shared], Lang::En);
        let rows = &comparison.blocks[0].rows;
        assert_eq!(titles(&rows[0].cells[0]), ["ab"]);
        assert!(
            !rows[0].cells[0][0].concerns.named,
            "exactly the compared roles"
        );

        let ac = dataset.resolve_roles(&["a".into(), "c".into()])?;
        let comparison = Comparison::new(&dataset, ac, &[Section::Shared], Lang::En);
        assert!(
            comparison.blocks[0].rows.is_empty(),
            "a-b is not between a and c"
        );

        let three = dataset.resolve_roles(&["a".into(), "b".into(), "c".into()])?;
        let comparison = Comparison::new(&dataset, three, &[Section::Shared], Lang::En);
        let entry = &comparison.blocks[0].rows[0].cells[0][0];
        let between: Vec<&str> = entry
            .concerns
            .roles
            .iter()
            .map(|role| role.id.as_ref())
            .collect();
        assert_eq!(between, ["a", "b"]);
        assert!(entry.concerns.named, "named, since c is compared too");
        Ok(())
    }

    #[test]
    fn listed_walks_every_item_once() -> TestResult {
        let dataset = dataset()?;
        let roles = dataset.roles().iter().collect();
        let comparison = Comparison::new(&dataset, roles, &Section::ALL, Lang::En);
        let listed: Vec<String> = comparison
            .listed()
            .map(|listed| listed.item.title.get(Lang::En).to_string())
            .collect();
        assert_eq!(listed, ["a1", "a2", "b2", "c3", "ab"]);
        let cited: Vec<usize> = comparison.sources().iter().map(|(n, _)| *n).collect();
        assert_eq!(cited, [1]);
        Ok(())
    }
}
