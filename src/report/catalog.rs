//! The dataset at a glance, for programs and in every format: who owns what
//! (`matrix`), and the themes and sources a user's roles refer to.

use std::io::{self, Write};

use serde::Serialize;

use super::pieces::{
    DisagreementDoc, SourceDoc, ThemeDoc, disagreement, disagreement_ids, source_doc, theme,
};
use crate::matrix::Matrix;
use crate::model::{Disagreement, Lang};
use crate::render::{self, Config, Output, Sheet, SheetText};
use crate::view::{Catalog, Document};

#[derive(Serialize)]
struct CellDoc<'a> {
    role: &'a str,
    coverage: &'static str,
}

#[derive(Serialize)]
struct MatrixRowDoc<'a> {
    theme: ThemeDoc<'a>,
    cells: Vec<CellDoc<'a>>,
    /// The ids of the disagreements that name an item of the row.
    contested: Vec<&'a str>,
}

#[derive(Serialize)]
struct MatrixDoc<'a> {
    lang: Lang,
    roles: Vec<&'a str>,
    rows: Vec<MatrixRowDoc<'a>>,
    /// The sources the disagreements cite, by number.
    sources: Vec<SourceDoc<'a>>,
    /// The disagreements the rows name, each side in the chosen language.
    disagreements: Vec<DisagreementDoc<'a>>,
}

#[derive(Serialize)]
struct ThemesDoc<'a> {
    lang: Lang,
    themes: Vec<ThemeDoc<'a>>,
}

#[derive(Serialize)]
struct SourcesDoc<'a> {
    lang: Lang,
    sources: Vec<SourceDoc<'a>>,
}

/// A theme as a CSV row.
#[derive(Serialize)]
struct ThemeRow<'a> {
    id: SheetText<'a>,
    label: SheetText<'a>,
}

/// A source as a CSV row.
#[derive(Serialize)]
struct SourceRow<'a> {
    id: SheetText<'a>,
    title: SheetText<'a>,
    kind: SheetText<'a>,
    language: SheetText<'a>,
    publisher: SheetText<'a>,
    date: SheetText<'a>,
    url: SheetText<'a>,
}

const SOURCE_HEADER: [&str; 7] = [
    "id",
    "title",
    "kind",
    "language",
    "publisher",
    "date",
    "url",
];

impl Output for Matrix<'_> {
    fn document(&self, config: &Config) -> Document {
        Document::matrix(self, config.brief, config.style.marks(), config.width)
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let rows = self
            .rows
            .iter()
            .map(|row| MatrixRowDoc {
                theme: theme(row.theme, lang),
                cells: self
                    .roles
                    .iter()
                    .zip(&row.cells)
                    .map(|(role, cell)| CellDoc {
                        role: &role.id,
                        coverage: cell.key(),
                    })
                    .collect(),
                contested: disagreement_ids(&row.contested),
            })
            .collect();
        let mut disagreements: Vec<&Disagreement> = Vec::new();
        for row in &self.rows {
            for it in &row.contested {
                if !disagreements.iter().any(|seen| std::ptr::eq(*seen, *it)) {
                    disagreements.push(*it);
                }
            }
        }
        let report = MatrixDoc {
            lang,
            roles: self.roles.iter().map(|role| role.id.as_ref()).collect(),
            rows,
            sources: self
                .sources()
                .into_iter()
                .map(|(number, source)| source_doc(number, source, lang))
                .collect(),
            disagreements: disagreements
                .into_iter()
                .map(|it| disagreement(it, lang))
                .collect(),
        };
        render::json(&report, out)
    }

    fn csv(&self, _: &Config, sheet: &mut Sheet<'_>) -> io::Result<()> {
        let mut header = vec!["theme", "label"];
        header.extend(self.roles.iter().map(|role| role.id.as_ref()));
        header.push("disagreement");
        sheet.header(&header)?;
        for row in &self.rows {
            let mut record: Vec<SheetText<'_>> = vec![
                row.theme.id.as_ref().into(),
                row.theme.label.get(self.lang).into(),
            ];
            record.extend(row.cells.iter().map(|cell| cell.key().into()));
            let notes: Vec<String> = row
                .contested
                .iter()
                .map(|it| self.comparison.disagreement_note(it))
                .collect();
            record.push(notes.join("\n").into());
            sheet.row(&record)?;
        }
        Ok(())
    }
}

/// Every theme and its id (`themes`).
pub struct Themes<'c, 'd>(pub &'c Catalog<'d>);

impl Output for Themes<'_, '_> {
    fn document(&self, _: &Config) -> Document {
        Document::themes(self.0)
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        let catalog = self.0;
        let themes = catalog
            .themes
            .iter()
            .map(|it| theme(it, catalog.lang))
            .collect();
        render::json(
            &ThemesDoc {
                lang: catalog.lang,
                themes,
            },
            out,
        )
    }

    fn csv(&self, _: &Config, sheet: &mut Sheet<'_>) -> io::Result<()> {
        sheet.header(&["id", "label"])?;
        for theme in self.0.themes {
            sheet.row(&ThemeRow {
                id: theme.id.as_ref().into(),
                label: theme.label.get(self.0.lang).into(),
            })?;
        }
        Ok(())
    }
}

/// Every source, its id and its full reference (`sources`).
pub struct Sources<'c, 'd>(pub &'c Catalog<'d>);

impl Output for Sources<'_, '_> {
    fn document(&self, _: &Config) -> Document {
        Document::sources(self.0)
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        let catalog = self.0;
        let sources = catalog
            .sources
            .iter()
            .enumerate()
            .map(|(index, source)| source_doc(index + 1, source, catalog.lang))
            .collect();
        render::json(
            &SourcesDoc {
                lang: catalog.lang,
                sources,
            },
            out,
        )
    }

    fn csv(&self, _: &Config, sheet: &mut Sheet<'_>) -> io::Result<()> {
        sheet.header(&SOURCE_HEADER)?;
        for source in self.0.sources {
            sheet.row(&SourceRow {
                id: source.id.as_ref().into(),
                title: source.title.as_ref().into(),
                kind: source
                    .kind
                    .as_ref()
                    .map_or("", |kind| kind.get(self.0.lang))
                    .into(),
                language: source.language.as_ref().into(),
                publisher: source
                    .publisher
                    .as_ref()
                    .map_or("", |publisher| publisher.get(self.0.lang))
                    .into(),
                date: text(&source.date),
                url: text(&source.url),
            })?;
        }
        Ok(())
    }
}

/// An optional field of a source as a CSV cell, empty when it is not known.
fn text(value: &Option<crate::model::Str>) -> SheetText<'_> {
    value.as_deref().unwrap_or_default().into()
}
