//! An item as programs see it: in JSON, within a comparison's cells or in a
//! list; in CSV, a row. A field of an item that programs should see is
//! added here, once for every shape.

use std::io;

use serde::Serialize;

use super::pieces::{ThemeDoc, disagreement_ids, ids, theme};
use crate::compare::{Comparison, Entry, Listed};
use crate::model::{Item, Lang, Str};
use crate::render::{Sheet, SheetText};

/// An item's texts, in every JSON shape that holds the item.
#[derive(Serialize)]
struct Texts<'a> {
    title: &'a str,
    detail: &'a str,
}

impl<'a> Texts<'a> {
    fn of(item: &'a Item, lang: Lang) -> Texts<'a> {
        Texts {
            title: item.title.get(lang),
            detail: item.detail.get(lang),
        }
    }
}

/// An item in a comparison's cell.
#[derive(Serialize)]
pub(super) struct ItemDoc<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    roles: Vec<&'a str>,
    #[serde(flatten)]
    texts: Texts<'a>,
    sources: &'a [Str],
    /// The ids of the disagreements that name the item, to filter on.
    disputed: Vec<&'a str>,
}

/// An item in a list, with where it stands.
#[derive(Serialize)]
pub(super) struct ListedDoc<'a> {
    roles: Vec<&'a str>,
    section: &'static str,
    theme: ThemeDoc<'a>,
    #[serde(flatten)]
    texts: Texts<'a>,
    sources: &'a [Str],
    disputed: Vec<&'a str>,
}

pub(super) fn entry<'a>(entry: &Entry<'a>, lang: Lang) -> ItemDoc<'a> {
    ItemDoc {
        id: entry.item.id.as_deref(),
        roles: ids(&entry.concerns),
        texts: Texts::of(entry.item, lang),
        sources: &entry.item.sources,
        disputed: disagreement_ids(&entry.disputed),
    }
}

pub(super) fn listed<'a>(listed: &Listed<'_, 'a>, lang: Lang) -> ListedDoc<'a> {
    ListedDoc {
        roles: listed.roles.iter().map(|role| role.id.as_ref()).collect(),
        section: listed.section_key(),
        theme: theme(listed.theme, lang),
        texts: Texts::of(listed.item, lang),
        sources: &listed.item.sources,
        disputed: disagreement_ids(listed.disputed),
    }
}

/// The columns of an item's row, in order; `detail` is left out of a brief one.
const ITEM_HEADER: [&str; 7] = [
    "role", "section", "theme", "title", "detail", "sources", "disputed",
];

/// One item as a CSV row, in the chosen language: role ids (`cto+cio` for
/// shared items), section key, theme label, title, detail (unless brief),
/// source ids and the ids of the disagreements that name it.
#[derive(Serialize)]
struct ItemRow<'a> {
    role: SheetText<'a>,
    section: SheetText<'a>,
    theme: SheetText<'a>,
    title: SheetText<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<SheetText<'a>>,
    sources: SheetText<'a>,
    disputed: SheetText<'a>,
}

/// One row per item.
pub(super) fn items(
    comparison: &Comparison<'_>,
    brief: bool,
    sheet: &mut Sheet<'_>,
) -> io::Result<()> {
    let lang = comparison.lang;
    let header: Vec<&str> = ITEM_HEADER
        .into_iter()
        .filter(|name| !(brief && *name == "detail"))
        .collect();
    sheet.header(&header)?;
    for listed in comparison.listed() {
        let roles: Vec<&str> = listed.roles.iter().map(|role| role.id.as_ref()).collect();
        let disputed: Vec<&str> = listed.disputed.iter().map(|it| it.id.as_ref()).collect();
        sheet.row(&ItemRow {
            role: roles.join("+").into(),
            section: listed.section_key().into(),
            theme: listed.theme.label.get(lang).into(),
            title: listed.item.title.get(lang).into(),
            detail: (!brief).then(|| listed.item.detail.get(lang).into()),
            sources: listed.item.sources.join(";").into(),
            disputed: disputed.join(";").into(),
        })?;
    }
    Ok(())
}
