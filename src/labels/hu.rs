//! The interface in Hungarian.

use super::catalogue::Labels;
use crate::model::Section;

pub(super) const HU: Labels = Labels {
    title: "Megnevezés",
    summary: "Összefoglaló",
    orientation: "Irányultság",
    classification: "Besorolás",
    also_called: "Más néven",
    theme: "Téma",
    id: "Azonosító",
    abbreviation: "Rövidítés",
    id_short: "Azon.",
    abbreviation_short: "Röv.",
    role: "Szerepkör",
    section: "Szakasz",
    disagreement: "Eltérések a források között",
    in_english: "(angolul)",
    item: "Tétel",
    detail: "Részletek",
    sources: "Források",
    dash: " – ",
    common_legend: "az így jelölt témában minden összevetett szerepkörnek van saját feladata (ezek nem feltétlenül azonosak)",
    contested_legend: "a források eltérnek egymástól.",
    not_covered_legend: "erről a források nem szólnak",
    common_brief: "itt minden szerepkörnek van saját tétele",
    contested_brief: "itt eltérnek a források",
    brief_cells: "a cellában a szerepkör első tétele áll, a +N a további tételek száma; mindet részletesen a --brief nélküli összevetés mutatja",
    item_kind: |section| match section {
        Section::Responsibilities => None,
        Section::Focus => Some("fókuszterület"),
        Section::Challenges => Some("kihívás"),
        Section::Shared => None,
    },
    written_in: |code| match code {
        "en" => Some("angol nyelvű"),
        "hu" => Some("magyar nyelvű"),
        _ => None,
    },
    section_name: |section| match section {
        Section::Responsibilities => "Felelősségi körök",
        Section::Focus => "Fókuszterületek",
        Section::Challenges => "Kihívások",
        Section::Shared => "Közös pontok",
    },
    collaboration: "Hogyan dolgoznak együtt",
    shared_challenges: "Közös kihívások",
    untranslated: |n| {
        format!("Megjegyzés: {n} szövegnek nincs magyar fordítása, ezért angolul szerepel.")
    },
    matrix_title: "Ki miért felel",
    matrix_covered: "a források szerint a szerepkörnek van feladata ebben a témában",
    matrix_contested: "a források szerint a szerepkörnek van feladata ebben a témában, de eltérnek abban, ki mit végez",
    reference: "Hivatkozás",
    document_title: "Cím",
    // "CTO, CIO és CISO összevetése": commas, "és" before the last, and
    // the word that says they are compared (a bare "CTO és CIO" does not).
    join_roles: |names| match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} és {last} összevetése", rest.join(", "))
        }
        _ => names.join(""),
    },
    error: "hiba",
    empty_search: "nincs megadva keresőkifejezés",
    wide_needs_csv: "a --wide csak CSV-kimenetnél használható (a szerepköröket egymás melletti oszlopokba rendezi); adja meg a --format csv kapcsolót is, vagy exportáljon .csv kiterjesztésű fájlba",
    unknown_role: |id, near, known| {
        let near = near
            .map(|near| format!(" (erre gondolt: „{near}”?)"))
            .unwrap_or_default();
        if known.is_empty() {
            format!("ismeretlen szerepkör: „{id}”{near}; az adatkészletben nincs szerepkör")
        } else {
            format!("ismeretlen szerepkör: „{id}”{near}; ismert szerepkörök: {known}")
        }
    },
    named_twice: |id| format!("ez a szerepkör többször szerepel a parancsban: „{id}”"),
    no_match: |term| format!("nincs találat erre: „{term}”"),
    named_role: |id, abbreviation, title, other| {
        let other = other.map(|name| format!(" („{name}”)")).unwrap_or_default();
        format!(
            "A keresőkifejezés egyezik egy szerepkör nevével: {abbreviation}, {title}{other}; lásd: `roles show {id}`."
        )
    },
    cannot_write: |path| format!("nem sikerült a fájlba írni: {path}"),
};
