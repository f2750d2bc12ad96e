//! The JSON documents of comparisons and lists: serde structs of what the
//! comparison holds, in the chosen language.

use serde::Serialize;

use super::items::{ItemDoc, ListedDoc, entry};
use super::pieces::{
    DisagreementDoc, SourceDoc, ThemeDoc, disagreement, disagreement_ids, ids, source_doc, theme,
};
use crate::compare::{Column, Comparison};
use crate::model::{Lang, Relation, Role, SkillLink, Statement, Str};

#[derive(Serialize)]
struct RoleDoc<'a> {
    id: &'a str,
    abbreviation: &'a str,
    title: &'a str,
    summary: CitedDoc<'a>,
    orientation: Option<CitedDoc<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    classification: Option<ClassificationDoc<'a>>,
}

#[derive(Serialize)]
struct ClassificationDoc<'a> {
    source: &'a str,
    esco_code: &'a str,
    isco_group: &'a str,
    uri: &'a str,
    /// The other names in the document's language.
    alt_labels: Vec<&'a str>,
}

#[derive(Serialize)]
struct CitedDoc<'a> {
    text: &'a str,
    sources: &'a [Str],
}

#[derive(Serialize)]
struct SummaryDoc<'a> {
    /// Empty when the summary concerns exactly the roles compared.
    roles: Vec<&'a str>,
    text: &'a str,
    sources: &'a [Str],
}

#[derive(Serialize)]
struct RowDoc<'a> {
    theme: ThemeDoc<'a>,
    common: bool,
    /// The ids of the disagreements about this row's items.
    contested: Vec<&'a str>,
    cells: Vec<Vec<ItemDoc<'a>>>,
}

#[derive(Serialize)]
struct SectionDoc<'a> {
    section: &'static str,
    columns: Vec<&'a str>,
    summaries: Vec<SummaryDoc<'a>>,
    rows: Vec<RowDoc<'a>>,
}

#[derive(Serialize)]
pub(super) struct Report<'a> {
    lang: Lang,
    roles: Vec<RoleDoc<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sections: Option<Vec<SectionDoc<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) items: Option<Vec<ListedDoc<'a>>>,
    sources: Vec<SourceDoc<'a>>,
    /// The disagreements that concern what is shown.
    disagreements: Vec<DisagreementDoc<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skills: Option<Vec<SkillsDoc<'a>>>,
    untranslated: usize,
}

/// One role's skills: where they come from, how many, and every link.
#[derive(Serialize)]
struct SkillsDoc<'a> {
    role: &'a str,
    source: &'a str,
    occupation: Option<&'a str>,
    /// The language of the labels, the source's, which may not be the document's.
    labels_lang: &'a str,
    essential: usize,
    optional: usize,
    links: Vec<LinkDoc<'a>>,
}

#[derive(Serialize)]
struct LinkDoc<'a> {
    label: &'a str,
    relation: &'static str,
    kind: Option<&'static str>,
    flags: Vec<&'static str>,
}

/// Every compared role's skill links, for the roles that have any.
fn skills<'a>(comparison: &Comparison<'a>) -> Option<Vec<SkillsDoc<'a>>> {
    let grid = comparison.skills.as_ref()?;
    let docs = comparison
        .roles
        .iter()
        .zip(&grid.of_roles)
        .enumerate()
        .filter_map(|(column, (role, skills))| {
            let skills = (*skills)?;
            let links: Vec<&SkillLink> = grid.links(column).collect();
            if links.is_empty() {
                return None;
            }
            let count = |relation| {
                links
                    .iter()
                    .filter(|link| link.relation == relation)
                    .count()
            };
            let labels_lang = comparison
                .source_by_id(&skills.source)
                .map_or("", |source| source.language.as_ref());
            Some(SkillsDoc {
                role: &role.id,
                source: &skills.source,
                occupation: skills.occupation.as_deref(),
                labels_lang,
                essential: count(Relation::Essential),
                optional: count(Relation::Optional),
                links: links
                    .iter()
                    .map(|link| LinkDoc {
                        label: &link.label,
                        relation: link.relation.key(),
                        kind: link.kind.map(|kind| kind.key()),
                        flags: link.flags.iter().map(|flag| flag.key()).collect(),
                    })
                    .collect(),
            })
        })
        .collect();
    Some(docs)
}

fn cited<'a>(statement: &'a Statement, lang: Lang) -> CitedDoc<'a> {
    CitedDoc {
        text: statement.get(lang),
        sources: &statement.sources,
    }
}

fn role<'a>(role: &'a Role, lang: Lang) -> RoleDoc<'a> {
    RoleDoc {
        id: &role.id,
        abbreviation: &role.abbreviation,
        title: role.title.get(lang),
        summary: cited(&role.summary, lang),
        orientation: role.orientation.as_ref().map(|it| cited(it, lang)),
        classification: role.classification.as_ref().map(|it| ClassificationDoc {
            source: &it.source,
            esco_code: &it.esco_code,
            isco_group: &it.isco_group,
            uri: &it.uri,
            alt_labels: it.names_in(lang).collect(),
        }),
    }
}

fn column_id<'a>(column: &Column<'a>) -> &'a str {
    match column {
        Column::Role(role) => &role.id,
        Column::Collaboration => "collaboration",
        Column::SharedChallenges => "shared-challenges",
    }
}

pub(super) fn report<'a>(comparison: &Comparison<'a>) -> Report<'a> {
    let lang = comparison.lang;
    Report {
        lang,
        roles: comparison.roles.iter().map(|it| role(it, lang)).collect(),
        sections: None,
        items: None,
        sources: comparison
            .sources()
            .into_iter()
            .map(|(number, source)| source_doc(number, source, lang))
            .collect(),
        disagreements: comparison
            .shown_disagreements()
            .into_iter()
            .map(|it| disagreement(it, lang))
            .collect(),
        skills: skills(comparison),
        untranslated: comparison.untranslated(),
    }
}

/// The JSON of a comparison: roles, sections of rows, sources and disagreements.
pub(super) fn comparison_json<'a>(comparison: &Comparison<'a>) -> Report<'a> {
    let lang = comparison.lang;
    let sections = comparison
        .blocks
        .iter()
        .map(|block| SectionDoc {
            section: block.section.key(),
            columns: block.columns.iter().map(column_id).collect(),
            summaries: block
                .summaries
                .iter()
                .map(|summary| SummaryDoc {
                    roles: if summary.concerns.named {
                        ids(&summary.concerns)
                    } else {
                        Vec::new()
                    },
                    text: summary.statement.get(lang),
                    sources: &summary.statement.sources,
                })
                .collect(),
            rows: block
                .rows
                .iter()
                .map(|row| RowDoc {
                    theme: theme(row.theme, lang),
                    common: row.common,
                    contested: disagreement_ids(&row.contested),
                    cells: row
                        .cells
                        .iter()
                        .map(|cell| cell.iter().map(|it| entry(it, lang)).collect())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let mut report = report(comparison);
    report.sections = Some(sections);
    report
}
