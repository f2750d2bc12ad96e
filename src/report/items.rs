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

/// The columns of an item's row, in order; `detail` is left out of a brief
/// one, and a comparison with skills adds what a skill link has.
const ITEM_HEADER: [&str; 9] = [
    "role", "section", "theme", "title", "detail", "sources", "disputed", "kind", "flags",
];

/// One item as a CSV row, in the chosen language: role ids (`cto+cio` for
/// shared items), section key, theme label, title, detail (unless brief),
/// source ids and the ids of the disagreements that name it. A skill link is
/// a row too: section `skills/essential` or `skills/optional`, its label as
/// the title, and its kind and flags, which only links have.
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
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<SheetText<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    flags: Option<SheetText<'a>>,
}

/// One row per item, then one per skill link.
pub(super) fn items(
    comparison: &Comparison<'_>,
    brief: bool,
    sheet: &mut Sheet<'_>,
) -> io::Result<()> {
    let lang = comparison.lang;
    let skills = comparison.skills.is_some();
    let header: Vec<&str> = ITEM_HEADER
        .into_iter()
        .filter(|name| !(brief && *name == "detail"))
        .filter(|name| skills || !matches!(*name, "kind" | "flags"))
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
            kind: skills.then(|| "".into()),
            flags: skills.then(|| "".into()),
        })?;
    }
    let Some(grid) = &comparison.skills else {
        return Ok(());
    };
    for (column, (role, skills)) in comparison.roles.iter().zip(&grid.of_roles).enumerate() {
        let Some(skills) = skills else { continue };
        for link in grid.links(column) {
            let flags: Vec<&str> = link.flags.iter().map(|flag| flag.key()).collect();
            sheet.row(&ItemRow {
                role: role.id.as_ref().into(),
                section: format!("skills/{}", link.relation.key()).into(),
                theme: "".into(),
                title: link.label.as_ref().into(),
                detail: (!brief).then(|| "".into()),
                sources: skills.source.as_ref().into(),
                disputed: "".into(),
                kind: Some(link.kind.map_or("", |kind| kind.key()).into()),
                flags: Some(flags.join(";").into()),
            })?;
        }
    }
    Ok(())
}
