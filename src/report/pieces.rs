//! The pieces every JSON shape shares: a theme, a source, and ids.

use serde::Serialize;

use crate::compare::Concerns;
use crate::model::{Disagreement, Lang, Source, Str, Theme};

#[derive(Serialize)]
pub(super) struct ThemeDoc<'a> {
    id: &'a str,
    label: &'a str,
}

#[derive(Serialize)]
pub(super) struct SourceDoc<'a> {
    number: usize,
    id: &'a str,
    title: &'a str,
    language: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

pub(super) fn theme<'a>(theme: &'a Theme, lang: Lang) -> ThemeDoc<'a> {
    ThemeDoc {
        id: &theme.id,
        label: theme.label.get(lang),
    }
}

pub(super) fn ids<'a>(concerns: &Concerns<'a>) -> Vec<&'a str> {
    concerns.roles.iter().map(|role| role.id.as_ref()).collect()
}

pub(super) fn disagreement_ids<'a>(disagreements: &[&'a Disagreement]) -> Vec<&'a str> {
    disagreements.iter().map(|it| it.id.as_ref()).collect()
}

pub(super) fn source_doc<'a>(number: usize, source: &'a Source, lang: Lang) -> SourceDoc<'a> {
    SourceDoc {
        number,
        id: &source.id,
        title: &source.title,
        language: &source.language,
        kind: source.kind.as_ref().map(|kind| kind.get(lang)),
        publisher: source
            .publisher
            .as_ref()
            .map(|publisher| publisher.get(lang)),
        date: source.date.as_deref(),
        url: source.url.as_deref(),
    }
}

#[derive(Serialize)]
pub(super) struct SideDoc<'a> {
    source: &'a str,
    items: &'a [Str],
    says: &'a str,
}

#[derive(Serialize)]
pub(super) struct DisagreementDoc<'a> {
    id: &'a str,
    theme: Option<&'a str>,
    roles: &'a [Str],
    sides: Vec<SideDoc<'a>>,
}

/// A disagreement as programs read it, each side in `lang`.
pub(super) fn disagreement<'a>(disagreement: &'a Disagreement, lang: Lang) -> DisagreementDoc<'a> {
    DisagreementDoc {
        id: &disagreement.id,
        theme: disagreement.theme.as_deref(),
        roles: &disagreement.roles,
        sides: disagreement
            .sides
            .iter()
            .map(|side| SideDoc {
                source: &side.source,
                items: &side.items,
                says: side.says.get(lang),
            })
            .collect(),
    }
}
