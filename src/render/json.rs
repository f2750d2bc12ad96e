//! One JSON document per run (serde_json), in the shapes README.md documents.

use std::io::{self, Write};

use serde::Serialize;

use super::Renderer;
use crate::compare::{Column, Comparison, Concerns, Entry, Listed};
use crate::model::{Lang, Role, Statement, Str, Theme};

/// Renders JSON.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

#[derive(Serialize)]
struct RoleDoc<'a> {
    id: &'a str,
    abbreviation: &'a str,
    title: &'a str,
    summary: CitedDoc<'a>,
    orientation: Option<CitedDoc<'a>>,
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
struct ThemeDoc<'a> {
    id: &'a str,
    label: &'a str,
}

#[derive(Serialize)]
struct ItemDoc<'a> {
    roles: Vec<&'a str>,
    title: &'a str,
    detail: &'a str,
    sources: &'a [Str],
}

#[derive(Serialize)]
struct RowDoc<'a> {
    theme: ThemeDoc<'a>,
    common: bool,
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
struct ListedDoc<'a> {
    roles: Vec<&'a str>,
    section: &'static str,
    theme: ThemeDoc<'a>,
    title: &'a str,
    detail: &'a str,
    sources: &'a [Str],
}

#[derive(Serialize)]
struct SourceDoc<'a> {
    number: usize,
    id: &'a str,
    title: &'a str,
    language: &'a str,
    file: Option<&'a str>,
}

#[derive(Serialize)]
struct Document<'a> {
    lang: Lang,
    roles: Vec<RoleDoc<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sections: Option<Vec<SectionDoc<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<Vec<ListedDoc<'a>>>,
    sources: Vec<SourceDoc<'a>>,
    untranslated: usize,
}

fn cited<'a>(statement: &'a Statement, lang: Lang) -> CitedDoc<'a> {
    CitedDoc {
        text: statement.get(lang),
        sources: &statement.sources,
    }
}

fn theme<'a>(theme: &'a Theme, lang: Lang) -> ThemeDoc<'a> {
    ThemeDoc {
        id: &theme.id,
        label: theme.label.get(lang),
    }
}

fn role<'a>(role: &'a Role, lang: Lang) -> RoleDoc<'a> {
    RoleDoc {
        id: &role.id,
        abbreviation: &role.abbreviation,
        title: role.title.get(lang),
        summary: cited(&role.summary, lang),
        orientation: role.orientation.as_ref().map(|it| cited(it, lang)),
    }
}

fn column_id<'a>(column: &Column<'a>) -> &'a str {
    match column {
        Column::Role(role) => &role.id,
        Column::Collaboration => "collaboration",
        Column::SharedChallenges => "shared-challenges",
    }
}

fn ids<'a>(concerns: &Concerns<'a>) -> Vec<&'a str> {
    concerns.roles.iter().map(|role| role.id.as_ref()).collect()
}

fn entry<'a>(entry: &Entry<'a>, lang: Lang) -> ItemDoc<'a> {
    ItemDoc {
        roles: ids(&entry.concerns),
        title: entry.item.title.get(lang),
        detail: entry.item.detail.get(lang),
        sources: &entry.item.sources,
    }
}

fn listed<'a>(listed: &Listed<'_, 'a>, lang: Lang) -> ListedDoc<'a> {
    ListedDoc {
        roles: listed.roles.iter().map(|role| role.id.as_ref()).collect(),
        section: listed.section_key(),
        theme: theme(listed.theme, lang),
        title: listed.item.title.get(lang),
        detail: listed.item.detail.get(lang),
        sources: &listed.item.sources,
    }
}

fn document<'a>(comparison: &Comparison<'a>) -> Document<'a> {
    let lang = comparison.lang;
    Document {
        lang,
        roles: comparison.roles.iter().map(|it| role(it, lang)).collect(),
        sections: None,
        items: None,
        sources: comparison
            .sources()
            .into_iter()
            .map(|(number, source)| SourceDoc {
                number,
                id: &source.id,
                title: &source.title,
                language: &source.language,
                file: source.file.as_deref(),
            })
            .collect(),
        untranslated: comparison.untranslated(),
    }
}

fn write(document: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, document)?;
    writeln!(out)
}

impl Renderer for Json {
    fn comparison(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
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
                        cells: row
                            .cells
                            .iter()
                            .map(|cell| cell.iter().map(|it| entry(it, lang)).collect())
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let mut document = document(comparison);
        document.sections = Some(sections);
        write(&document, out)
    }

    fn list(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut document = document(comparison);
        document.items = Some(
            comparison
                .listed()
                .map(|it| listed(&it, comparison.lang))
                .collect(),
        );
        write(&document, out)
    }

    fn roles(&self, comparison: &Comparison<'_>, out: &mut dyn Write) -> io::Result<()> {
        write(&document(comparison), out)
    }
}
