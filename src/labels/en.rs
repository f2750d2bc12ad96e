//! The interface in English.

use super::catalogue::Labels;
use crate::model::Section;

pub(super) const EN: Labels = Labels {
    title: "Title",
    summary: "Summary",
    orientation: "Orientation",
    classification: "Classification",
    also_called: "Also called",
    theme: "Theme",
    id: "ID",
    abbreviation: "Abbreviation",
    id_short: "ID",
    abbreviation_short: "Abbr.",
    role: "Role",
    section: "Section",
    disagreement: "Where the sources disagree",
    in_english: "(in English)",
    item: "Item",
    detail: "Detail",
    sources: "Sources",
    dash: " — ",
    common_legend: "each compared role has items of its own on this theme (not necessarily the same duties)",
    contested_legend: "the sources disagree.",
    not_covered_legend: "not covered by the sources",
    common_brief: "every role has items of its own here",
    contested_brief: "the sources disagree here",
    brief_cells: "each cell: a role's first item on the theme, and +N more; all of them, in full: without --brief",
    item_kind: |section| match section {
        Section::Responsibilities => None,
        Section::Focus => Some("focus area"),
        Section::Challenges => Some("challenge"),
        Section::Shared => None,
    },
    written_in: |code| match code {
        "en" => Some("in English"),
        "hu" => Some("in Hungarian"),
        _ => None,
    },
    section_name: |section| match section {
        Section::Responsibilities => "Responsibilities",
        Section::Focus => "Focus areas",
        Section::Challenges => "Challenges",
        Section::Shared => "Common ground",
    },
    collaboration: "How they work together",
    shared_challenges: "Challenges they share",
    // English is every text's required language, so this only words the rule.
    untranslated: |n| format!("Note: {n} texts are shown in English for want of a translation."),
    matrix_title: "Who owns what",
    matrix_covered: "covered by the sources",
    matrix_contested: "covered by the sources, which disagree on who does what",
    reference: "Reference",
    document_title: "Title",
    join_roles: |names| names.join(" vs "),
    error: "error",
    empty_search: "the search term is empty",
    wide_needs_csv: "--wide works only with CSV: add --format csv, or export to a .csv file",
    unknown_role: |id, near, known| {
        let near = near
            .map(|near| format!(" (did you mean '{near}'?)"))
            .unwrap_or_default();
        if known.is_empty() {
            format!("unknown role '{id}'{near}; the dataset has no roles")
        } else {
            format!("unknown role '{id}'{near}; known roles: {known}")
        }
    },
    named_twice: |id| format!("role '{id}' is named more than once"),
    no_match: |term| format!("no item mentions '{term}'"),
    named_role: |id, abbreviation, title, other| {
        let other = other.map(|name| format!(" (“{name}”)")).unwrap_or_default();
        format!("Matches a role's name: {abbreviation}, {title}{other}; see `roles show {id}`.")
    },
    cannot_write: |path| format!("cannot write {path}"),
};
