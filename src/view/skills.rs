//! The skills section for people: what each compared role must know, as a
//! classification (ESCO) links it to skills. Two roles read as three groups
//! (shared, only the first, only the second); one role or three and more as
//! a list or a grid of skills against roles.

use super::{Block, Cell, Cited, Heading, Hit, Table, plain};
use crate::compare::{Comparison, SkillGrid, SkillRow};
use crate::labels::{Labels, Marks, OptionalList};
use crate::model::{Relation, SkillKind};
use crate::terminal::Shown;

/// The skills section: its heading, the counts, the skills side by side,
/// what the marks mean, and the optional skills listed.
pub(super) fn section(
    comparison: &Comparison<'_>,
    grid: &SkillGrid<'_>,
    marks: &'static Marks,
    blocks: &mut Vec<Block>,
) {
    let labels = Labels::of(comparison.lang);
    blocks.push(Block::Heading(Shown::new(
        labels.section_name(crate::model::Section::Skills),
    )));
    blocks.push(Block::Paragraph(counts(comparison, grid, true)));
    if let Some(line) = occupations(comparison, grid) {
        blocks.push(Block::Paragraph(Cited::plain(Shown::owned(line))));
    }
    let knowledge = match comparison.roles.len() {
        1 => one_role(grid, labels, blocks),
        2 => two_roles(comparison, grid, marks, blocks),
        _ => many_roles(comparison, grid, marks, blocks),
    };
    let mut legend = Vec::new();
    if comparison.roles.len() > 2 {
        legend.push(format!(
            "{} {}{}{} {}",
            marks.essential,
            labels.skills.essential_legend,
            marks.separator,
            marks.optional,
            labels.skills.optional_legend
        ));
    }
    if knowledge {
        legend.push(format!(
            "{} {}",
            marks.knowledge, labels.skills.knowledge_legend
        ));
    }
    if grid.foreign(comparison) {
        legend.extend(labels.skills.english_labels.map(str::to_owned));
    }
    if !legend.is_empty() {
        blocks.push(Block::Legend(
            legend.into_iter().map(Shown::owned).collect(),
        ));
    }
    // The section alone is the one-screen answer for several roles: their
    // optional skills, dozens each, are listed by the whole comparison.
    if comparison.skills_only() && comparison.roles.len() > 1 {
        blocks.push(Block::Paragraph(Cited::plain(Shown::new(
            labels.skills.optional_elsewhere,
        ))));
        return;
    }
    for (heading, labels) in optional_lists(comparison, grid) {
        if !labels.is_empty() {
            let text = format!("{heading}: {}", labels.join(", "));
            blocks.push(Block::Paragraph(Cited::plain(Shown::owned(text))));
        }
    }
}

/// How many skills each role has, in a sentence or two with their sources:
/// the essential ones (for two roles, how many they share), then, unless
/// `brief`, the optional ones.
pub(crate) fn counts(comparison: &Comparison<'_>, grid: &SkillGrid<'_>, optional: bool) -> Cited {
    let labels = Labels::of(comparison.lang);
    let words = &labels.skills;
    let roles = &comparison.roles;
    let per_role = |relation: Relation| -> String {
        let counts: Vec<String> = roles
            .iter()
            .enumerate()
            .map(|(column, role)| match grid.of_roles[column] {
                Some(_) => format!("{} {}", role.abbreviation, grid.count(column, relation)),
                None => format!("{} —", role.abbreviation),
            })
            .collect();
        counts.join(", ")
    };
    let essential = match roles.as_slice() {
        [_] => {
            let knowledge = grid
                .essential
                .iter()
                .filter(|row| row.is_knowledge())
                .count();
            format!(
                "{}{}",
                grid.count(0, Relation::Essential),
                words.of_them_knowledge(knowledge)
            )
        }
        [first, second] => {
            let [shared, only_first, only_second] = grid.essential_pairs().map(|group| group.len());
            format!(
                "{shared} {}, {only_first} {}, {only_second} {}",
                words.shared.to_lowercase(),
                words.only_in_sentence(&first.abbreviation),
                words.only_in_sentence(&second.abbreviation),
            )
        }
        _ => per_role(Relation::Essential),
    };
    let mut text = format!("{}: {essential}", words.essential);
    if optional {
        text.push('.');
        let counted = match roles.as_slice() {
            [_] => grid.count(0, Relation::Optional).to_string(),
            _ => per_role(Relation::Optional),
        };
        text.push_str(&format!(" {}: {counted}.", words.optional));
    }
    Cited {
        text: Shown::owned(text),
        citations: grid.citations.clone(),
    }
}

/// The URIs of the occupations whose links are shown, where the card above
/// does not give them already.
fn occupations(comparison: &Comparison<'_>, grid: &SkillGrid<'_>) -> Option<String> {
    let card = !comparison.skills_only();
    let uris: Vec<(&str, &str)> = comparison
        .roles
        .iter()
        .zip(&grid.of_roles)
        .filter_map(|(role, skills)| {
            let uri = (*skills)?.occupation.as_deref()?;
            let in_card = role
                .classification
                .as_ref()
                .is_some_and(|it| &*it.uri == uri);
            (!(card && in_card)).then_some((role.abbreviation.as_ref(), uri))
        })
        .collect();
    let words = &Labels::of(comparison.lang).skills;
    match uris.as_slice() {
        [] => None,
        [(_, uri)] if comparison.roles.len() == 1 => {
            Some(format!("{}: {uri}", words.occupations(1)))
        }
        uris => {
            let listed: Vec<String> = uris
                .iter()
                .map(|(abbreviation, uri)| format!("{abbreviation} {uri}"))
                .collect();
            Some(format!(
                "{}: {}",
                words.occupations(uris.len()),
                listed.join(", ")
            ))
        }
    }
}

/// One role's essential skills: skills and competences beside knowledge,
/// when it has both. Knowledge needs no mark then: it has its column.
fn one_role(grid: &SkillGrid<'_>, labels: &Labels, blocks: &mut Vec<Block>) -> bool {
    let (knowledge, skills): (Vec<&SkillRow<'_>>, Vec<&SkillRow<'_>>) =
        grid.essential.iter().partition(|row| row.is_knowledge());
    let words = &labels.skills;
    let columns = if knowledge.is_empty() {
        vec![(words.essential, skills)]
    } else {
        vec![
            (words.skill_kind, skills),
            (words.knowledge_kind, knowledge),
        ]
    };
    push_columns(columns, None, blocks);
    false
}

/// Two roles' essential skills in three columns: shared, only the first's,
/// only the second's, knowledge marked. Returns whether a mark was used.
fn two_roles(
    comparison: &Comparison<'_>,
    grid: &SkillGrid<'_>,
    marks: &'static Marks,
    blocks: &mut Vec<Block>,
) -> bool {
    let words = &Labels::of(comparison.lang).skills;
    let [shared, first, second] = grid.essential_pairs();
    let knowledge = grid.has_knowledge();
    let columns = vec![
        (words.shared.to_owned(), shared),
        (words.only(&comparison.roles[0].abbreviation), first),
        (words.only(&comparison.roles[1].abbreviation), second),
    ];
    push_columns(columns, Some(marks), blocks);
    knowledge
}

/// Columns of skills, each headed with how many it holds, as a table of
/// one line per row; knowledge marked with `marks`, if given.
fn push_columns<H: AsRef<str>>(
    columns: Vec<(H, Vec<&SkillRow<'_>>)>,
    marks: Option<&'static Marks>,
    blocks: &mut Vec<Block>,
) {
    let header: Vec<Heading> = columns
        .iter()
        .map(|(heading, rows)| {
            Shown::owned(format!("{} ({})", heading.as_ref(), rows.len())).into()
        })
        .collect();
    let height = columns
        .iter()
        .map(|(_, rows)| rows.len())
        .max()
        .unwrap_or(0);
    let rows = (0..height)
        .map(|at| {
            columns
                .iter()
                .map(|(_, rows)| match rows.get(at) {
                    Some(row) => plain(label(row, marks)),
                    None => plain(Shown::default()),
                })
                .collect()
        })
        .collect();
    blocks.push(one_line_rows(header, rows));
}

/// Three or more roles: a row per essential skill, a column per role, each
/// cell marking the role's link to it.
fn many_roles(
    comparison: &Comparison<'_>,
    grid: &SkillGrid<'_>,
    marks: &'static Marks,
    blocks: &mut Vec<Block>,
) -> bool {
    let words = &Labels::of(comparison.lang).skills;
    let mut header: Vec<Heading> = vec![Shown::new(words.essential_heading).into()];
    header.extend(
        comparison
            .roles
            .iter()
            .map(|role| Shown::new(&role.abbreviation).into()),
    );
    let rows = grid
        .essential
        .iter()
        .map(|row| {
            std::iter::once(plain(label(row, Some(marks))))
                .chain(row.relations.iter().map(|relation| match relation {
                    Some(Relation::Essential) => Cell::Mark(marks.essential),
                    Some(Relation::Optional) => Cell::Mark(marks.optional),
                    None => plain(Shown::default()),
                }))
                .collect()
        })
        .collect();
    blocks.push(one_line_rows(header, rows));
    grid.has_knowledge()
}

/// A table of skills: a line a row, columns as wide as their skills need.
fn one_line_rows(header: Vec<Heading>, rows: Vec<Vec<Cell>>) -> Block {
    Block::Table(Table {
        header,
        rows,
        compact: true,
        aligned: false,
    })
}

/// A skill's label, followed by the mark of knowledge where it is knowledge
/// and `marks` are given.
fn label(row: &SkillRow<'_>, marks: Option<&'static Marks>) -> Shown {
    match marks {
        Some(marks) if row.is_knowledge() => {
            // Kept on the label's line; a space where only ASCII may be shown.
            let space = if marks.knowledge.is_ascii() {
                ' '
            } else {
                '\u{a0}'
            };
            Shown::owned(format!("{}{space}{}", row.label, marks.knowledge))
        }
        _ => Shown::new(row.label),
    }
}

/// The optional skills, each list with its heading: for two roles those
/// they share, then each one's own; for one role all of them; for more,
/// each role's that the grid does not show.
fn optional_lists<'d>(
    comparison: &Comparison<'d>,
    grid: &SkillGrid<'d>,
) -> Vec<(String, Vec<&'d str>)> {
    let words = &Labels::of(comparison.lang).skills;
    let every = || grid.essential.iter().chain(&grid.optional);
    let optional = |pattern: &[bool]| -> Vec<&'d str> {
        let mut labels: Vec<&'d str> = every()
            .filter(|row| row.holders(Relation::Optional) == pattern)
            .map(|row| row.label)
            .collect();
        labels.sort_by_cached_key(|label| label.to_lowercase());
        labels
    };
    let roles = &comparison.roles;
    match roles.len() {
        1 => {
            let all = optional(&[true]);
            vec![(words.optional_list(OptionalList::All, all.len()), all)]
        }
        2 => [
            (OptionalList::Shared, [true, true]),
            (OptionalList::Only(&roles[0].abbreviation), [true, false]),
            (OptionalList::Only(&roles[1].abbreviation), [false, true]),
        ]
        .into_iter()
        .map(|(list, pattern)| {
            let labels = optional(&pattern);
            (words.optional_list(list, labels.len()), labels)
        })
        .collect(),
        _ => roles
            .iter()
            .enumerate()
            .map(|(column, role)| {
                let labels: Vec<&'d str> = grid
                    .optional
                    .iter()
                    .filter(|row| row.relations[column] == Some(Relation::Optional))
                    .map(|row| row.label)
                    .collect();
                let list = OptionalList::Besides(&role.abbreviation);
                (words.optional_list(list, labels.len()), labels)
            })
            .collect(),
    }
}

/// Each link a search kept, as a found item's line: `CTO  Skills: manage
/// budgets (essential skill) [4]`, the label said to be English where the
/// interface is not.
pub(super) fn hits(comparison: &Comparison<'_>) -> Vec<Hit> {
    let Some(grid) = &comparison.skills else {
        return Vec::new();
    };
    let labels = Labels::of(comparison.lang);
    let section = labels.section_name(crate::model::Section::Skills);
    let mut hits = Vec::new();
    for (column, role) in comparison.roles.iter().enumerate() {
        for link in grid.links(column) {
            let what = what(comparison, grid, link.relation, link.kind);
            hits.push(Hit {
                roles: Shown::new(&role.abbreviation),
                theme: Shown::new(section),
                title: Cited {
                    text: Shown::owned(format!("{} ({what})", link.label)),
                    citations: grid.citations.clone(),
                },
                detail: Shown::owned(format!("{}: {}", role.title.get(comparison.lang), what)),
            });
        }
    }
    hits
}

/// The same links as rows of a search's table (Markdown), `columns` wide:
/// role, section when shown, the label and what kind of link it is.
pub(super) fn hit_rows(comparison: &Comparison<'_>, columns: usize) -> Vec<Vec<Cell>> {
    hits(comparison)
        .into_iter()
        .map(|hit| {
            let mut cells = vec![plain(hit.roles), plain(hit.theme)];
            cells.truncate(columns.saturating_sub(3));
            while cells.len() < columns.saturating_sub(2) {
                cells.push(plain(Shown::default()));
            }
            cells.push(plain(hit.title.text));
            cells.push(Cell::Text(Cited {
                text: hit.detail,
                citations: hit.title.citations,
            }));
            cells
        })
        .collect()
}

/// What a link is, in words: `essential skill`, `optional skill`, with
/// `knowledge` where it is knowledge, and `in English` where the interface
/// is in another language.
fn what(
    comparison: &Comparison<'_>,
    grid: &SkillGrid<'_>,
    relation: Relation,
    kind: Option<SkillKind>,
) -> String {
    let labels = Labels::of(comparison.lang);
    let words = &labels.skills;
    let relation = match relation {
        Relation::Essential => words.essential_legend,
        Relation::Optional => words.optional_legend,
    };
    let noun = match kind {
        Some(SkillKind::Knowledge) => words.knowledge_noun,
        _ => words.skill_noun,
    };
    let mut what = format!("{relation} {noun}");
    if grid.foreign(comparison) {
        what.push_str(", ");
        what.push_str(labels.in_english.trim_matches(['(', ')']));
    }
    what
}
