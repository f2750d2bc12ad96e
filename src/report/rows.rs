//! A comparison as CSV rows side by side (`--wide`), as the brief table
//! shows it, or the roles themselves.

use std::io;

use serde::Serialize;

use crate::compare::{Column, Comparison, Placed, SkillGrid};
use crate::labels::{Labels, UNICODE_MARKS};
use crate::model::{Relation, Section, SkillKind};
use crate::render::{Sheet, SheetText};
use crate::view::{marks_of, with_marks};

/// A role as a CSV row.
#[derive(Serialize)]
struct RoleRow<'a> {
    id: SheetText<'a>,
    abbreviation: SheetText<'a>,
    title: SheetText<'a>,
    summary: SheetText<'a>,
    sources: SheetText<'a>,
}

/// One row per role.
pub(super) fn roles(comparison: &Comparison<'_>, sheet: &mut Sheet<'_>) -> io::Result<()> {
    let lang = comparison.lang;
    sheet.header(&["id", "abbreviation", "title", "summary", "sources"])?;
    for role in &comparison.roles {
        sheet.row(&RoleRow {
            id: role.id.as_ref().into(),
            abbreviation: role.abbreviation.as_ref().into(),
            title: role.title.get(lang).into(),
            summary: role.summary.get(lang).into(),
            sources: role.summary.sources.join(";").into(),
        })?;
    }
    Ok(())
}

/// Side by side, as a person reads the table: a row per section and theme,
/// a column per role and one for what they share, each item (`Title: detail
/// [1]`) on lines of its own in its cell, and a column for what the sources
/// disagree on; then the sources by number. The headings are in the chosen
/// language, for the people who read it.
pub(super) fn wide(
    comparison: &Comparison<'_>,
    brief: bool,
    sheet: &mut Sheet<'_>,
) -> io::Result<()> {
    let lang = comparison.lang;
    let labels = Labels::of(lang);
    let roles = comparison.roles.len();
    let mut header = vec![labels.section.to_owned(), labels.theme.to_owned()];
    header.extend(
        comparison
            .roles
            .iter()
            .map(|role| role.abbreviation.to_string()),
    );
    if comparison.has_shared() {
        header.push(labels.section_name(Section::Shared).to_owned());
    }
    header.push(labels.disagreement.to_owned());
    let columns = header.len();
    sheet.header(&header)?;
    card(comparison, columns, sheet)?;
    for side in comparison.side_by_side_rows(false) {
        let section = side.section.unwrap_or(Section::Responsibilities);
        let mut record = vec![
            labels.section_name(section).to_owned(),
            side.theme.label.get(lang).to_owned(),
        ];
        for cell in &side.cells {
            record.push(cell_text(comparison, cell, brief));
        }
        record.resize(columns - 1, String::new());
        // A cell no source covers says so, as in the table.
        for cell in &mut record[2..2 + roles] {
            if cell.is_empty() && section != Section::Shared {
                cell.push_str(UNICODE_MARKS.not_covered);
            }
        }
        let notes: Vec<String> = side
            .contested
            .iter()
            .map(|disagreement| comparison.disagreement_note(disagreement))
            .collect();
        record.push(notes.join("\n"));
        sheet.row(&texts(record))?;
    }
    if let Some(grid) = &comparison.skills {
        skill_rows(comparison, grid, columns, sheet)?;
    }
    for (number, source) in comparison.sources() {
        let mut record = vec![
            labels.sources.to_owned(),
            format!("[{number}]"),
            format!("{} ({})", source.title, labels.reference(source, lang)),
        ];
        record.resize(columns, String::new());
        sheet.row(&texts(record))?;
    }
    Ok(())
}

/// The rows of the roles' card: their titles, with what the sources say of
/// the titles themselves, and their summaries.
fn card(comparison: &Comparison<'_>, columns: usize, sheet: &mut Sheet<'_>) -> io::Result<()> {
    let lang = comparison.lang;
    let labels = Labels::of(lang);
    let mut row = |label: &str, cell: &dyn Fn(&crate::model::Role) -> String, note: String| {
        let mut record = vec![String::new(), label.to_owned()];
        record.extend(comparison.roles.iter().map(|role| cell(role)));
        record.resize(columns - 1, String::new());
        record.push(note);
        sheet.row(&texts(record))
    };
    let about_roles: Vec<String> = comparison
        .about_roles
        .iter()
        .map(|disagreement| comparison.disagreement_note(disagreement))
        .collect();
    row(
        labels.title,
        &|role| role.title.get(lang).to_owned(),
        about_roles.join("\n"),
    )?;
    row(
        labels.summary,
        &|role| {
            let marks = marks_of(&comparison.citations(&role.summary.sources));
            with_marks(role.summary.get(lang), &marks)
        },
        String::new(),
    )
}

/// A side-by-side cell's items, `Title: detail [1]` (titles alone when
/// brief), a line each; the items of another column of the same section (the
/// shared challenges beside the collaboration) after a blank line.
fn cell_text(comparison: &Comparison<'_>, cell: &[Placed<'_, '_>], brief: bool) -> String {
    let lang = comparison.lang;
    let labels = Labels::of(lang);
    let mut text = String::new();
    let mut previous: Option<Column<'_>> = None;
    for placed in cell {
        // Each section has rows of its own: only what the roles share says
        // which side of it an item is on.
        let kind = match placed.column {
            Column::SharedChallenges => labels.item_kind(Section::Challenges),
            Column::Role(_) | Column::Collaboration => None,
        };
        let entry = placed.entry;
        let mut title = entry.item.title.get(lang).to_owned();
        if let Some(kind) = kind {
            title = format!("{title} ({kind})");
        }
        title.insert_str(0, &entry.concerns.label());
        let marks = marks_of(&entry.citations);
        let item = if brief {
            with_marks(&title, &marks)
        } else {
            let detail = entry.item.detail.get(lang);
            with_marks(&format!("{title}: {detail}"), &marks)
        };
        if !text.is_empty() {
            let same = previous.is_some_and(|column| column == placed.column);
            text.push_str(if same && brief { "\n" } else { "\n\n" });
        }
        text.push_str(&item);
        previous = Some(placed.column);
    }
    text
}

/// The skills side by side: a row of essential and one of optional skills,
/// each role's labels a line each in its cell, knowledge marked.
fn skill_rows(
    comparison: &Comparison<'_>,
    grid: &SkillGrid<'_>,
    columns: usize,
    sheet: &mut Sheet<'_>,
) -> io::Result<()> {
    let labels = Labels::of(comparison.lang);
    let citations = marks_of(&grid.citations);
    for (relation, heading) in [
        (Relation::Essential, labels.skills.essential),
        (Relation::Optional, labels.skills.optional),
    ] {
        let mut record = vec![
            labels.section_name(Section::Skills).to_owned(),
            with_marks(heading, &citations),
        ];
        record.extend(grid.of_roles.iter().map(|skills| {
            let Some(skills) = skills else {
                return UNICODE_MARKS.not_covered.to_owned();
            };
            let lines: Vec<String> = skills
                .of(relation)
                .map(|link| match link.kind {
                    Some(SkillKind::Knowledge) => {
                        format!("{} {}", link.label, UNICODE_MARKS.knowledge)
                    }
                    _ => link.label.to_string(),
                })
                .collect();
            lines.join("\n")
        }));
        record.resize(columns, String::new());
        sheet.row(&texts(record))?;
    }
    Ok(())
}

/// Texts as the cells of a row.
fn texts(record: Vec<String>) -> Vec<SheetText<'static>> {
    record.into_iter().map(SheetText::from).collect()
}
