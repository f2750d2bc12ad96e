//! The compared roles' skills side by side: one row per skill any of them
//! is linked to, with each role's relation to it.

use std::collections::{HashMap, HashSet};

use super::{Comparison, citations};
use crate::model::{Relation, Role, SkillFlag, SkillKind, SkillLink, Skills, Source};

/// The skills of the compared roles, aligned by label.
#[derive(Debug)]
pub struct SkillGrid<'d> {
    /// Each compared role's skills, in the comparison's order, if it has any.
    pub of_roles: Vec<Option<&'d Skills>>,
    /// Every skill some compared role needs: those needed by the most roles
    /// first, then by which roles need them, then by label.
    pub essential: Vec<SkillRow<'d>>,
    /// Every skill the compared roles only may have, in the same order.
    pub optional: Vec<SkillRow<'d>>,
    /// The numbers of the sources that give the links.
    pub citations: Vec<usize>,
    /// The labels kept by a search, if one narrowed the grid.
    kept: Option<HashSet<&'d str>>,
}

/// One skill, and how each compared role is linked to it.
#[derive(Debug)]
pub struct SkillRow<'d> {
    /// The skill's label, as its source gives it.
    pub label: &'d str,
    /// Knowledge or skill, where the source says.
    pub kind: Option<SkillKind>,
    /// The collections the source puts it in.
    pub flags: &'d [SkillFlag],
    /// Each compared role's relation to it, if it is linked to it.
    pub relations: Vec<Option<Relation>>,
}

impl SkillRow<'_> {
    /// Whether the source calls it knowledge rather than a skill or competence.
    pub fn is_knowledge(&self) -> bool {
        self.kind == Some(SkillKind::Knowledge)
    }

    /// Which compared roles are linked to it as `relation`, one bit each in
    /// the comparison's order.
    pub fn holders(&self, relation: Relation) -> Vec<bool> {
        self.relations
            .iter()
            .map(|it| *it == Some(relation))
            .collect()
    }

    /// How many compared roles are linked to it as `relation`.
    pub fn count(&self, relation: Relation) -> usize {
        self.relations
            .iter()
            .filter(|it| **it == Some(relation))
            .count()
    }
}

impl<'d> SkillGrid<'d> {
    /// Aligns the skills of `roles`; none when no role has any.
    pub(super) fn new(
        roles: &[&'d Role],
        numbers: &HashMap<&'d str, usize>,
    ) -> Option<SkillGrid<'d>> {
        let of_roles: Vec<Option<&'d Skills>> =
            roles.iter().map(|role| role.skills.as_ref()).collect();
        if of_roles
            .iter()
            .flatten()
            .all(|skills| skills.links.is_empty())
        {
            return None;
        }
        let mut rows: Vec<SkillRow<'d>> = Vec::new();
        let mut by_label: HashMap<&'d str, usize> = HashMap::new();
        let mut sources = Vec::new();
        for (column, skills) in of_roles.iter().enumerate() {
            let Some(skills) = skills else { continue };
            sources.push(skills.source.clone());
            for link in skills.links.iter() {
                let at = *by_label.entry(&link.label).or_insert_with(|| {
                    rows.push(row(link, roles.len()));
                    rows.len() - 1
                });
                // The checker refuses a label linked twice to one role.
                rows[at].relations[column] = Some(link.relation);
            }
        }
        let (mut essential, mut optional): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .partition(|row| row.count(Relation::Essential) > 0);
        order(&mut essential, Relation::Essential);
        order(&mut optional, Relation::Optional);
        let mut citations = citations(numbers, &sources);
        citations.sort_unstable();
        citations.dedup();
        Some(SkillGrid {
            of_roles,
            essential,
            optional,
            citations,
            kept: None,
        })
    }

    /// Keeps only the skills whose label `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.essential.retain(|row| keep(row.label));
        self.optional.retain(|row| keep(row.label));
        let kept = self.essential.iter().chain(&self.optional);
        self.kept = Some(kept.map(|row| row.label).collect());
    }

    /// Whether any essential skill shown is knowledge, so its mark needs explaining.
    pub fn has_knowledge(&self) -> bool {
        self.essential.iter().any(SkillRow::is_knowledge)
    }

    /// Whether no skill is left to show.
    pub fn is_empty(&self) -> bool {
        self.essential.is_empty() && self.optional.is_empty()
    }

    /// The links of the role in `column` that are shown, in its file's order.
    pub fn links(&self, column: usize) -> impl Iterator<Item = &'d SkillLink> {
        let kept = self.kept.clone();
        self.of_roles
            .get(column)
            .copied()
            .flatten()
            .into_iter()
            .flat_map(|skills| skills.links.iter())
            .filter(move |link| kept.as_ref().is_none_or(|kept| kept.contains(&*link.label)))
    }

    /// How many links of `relation` the role in `column` has.
    pub fn count(&self, column: usize, relation: Relation) -> usize {
        self.of_roles
            .get(column)
            .copied()
            .flatten()
            .map_or(0, |skills| skills.of(relation).count())
    }

    /// The essential skills in the groups two roles are read by: both, only
    /// the first, only the second.
    pub fn essential_pairs(&self) -> [Vec<&SkillRow<'d>>; 3] {
        let mut groups: [Vec<&SkillRow<'d>>; 3] = Default::default();
        for row in &self.essential {
            match row.holders(Relation::Essential).as_slice() {
                [true, true] => groups[0].push(row),
                [true, false] => groups[1].push(row),
                [false, true] => groups[2].push(row),
                _ => {}
            }
        }
        groups
    }

    /// Whether the labels are in a language other than `lang`, so that a
    /// reader must be told they are not translations.
    pub fn foreign(&self, comparison: &Comparison<'d>) -> bool {
        self.sources(comparison)
            .iter()
            .any(|(_, source)| source.language.as_ref() != comparison.lang.code())
    }

    /// The sources that give the links, with their numbers.
    pub fn sources(&self, comparison: &Comparison<'d>) -> Vec<(usize, &'d Source)> {
        comparison.cited_sources(self.citations.clone())
    }
}

fn row<'d>(link: &'d SkillLink, roles: usize) -> SkillRow<'d> {
    SkillRow {
        label: &link.label,
        kind: link.kind,
        flags: &link.flags,
        relations: vec![None; roles],
    }
}

/// Those linked to the most roles first, then those of the first role, of
/// the second and so on, then by label as people sort words.
fn order(rows: &mut [SkillRow<'_>], relation: Relation) {
    rows.sort_by_cached_key(|row| {
        let holders: Vec<bool> = row.holders(relation).into_iter().map(|it| !it).collect();
        (
            std::cmp::Reverse(row.count(relation)),
            holders,
            row.label.to_lowercase(),
        )
    });
}
