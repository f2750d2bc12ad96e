//! The words of the interface itself (headings, column names) in each language.

use crate::compare::Column;
use crate::model::{Lang, Section};

/// Interface words in one language.
#[derive(Debug)]
pub struct Labels {
    /// Row heading for a role's full title.
    pub title: &'static str,
    /// Row heading for a role's summary.
    pub summary: &'static str,
    /// Row heading for where a role looks.
    pub orientation: &'static str,
    /// Row heading for a role's place in an official classification.
    pub classification: &'static str,
    /// Row heading for a role's other names.
    pub also_called: &'static str,
    /// Column heading for themes.
    pub theme: &'static str,
    /// Column heading for role ids.
    pub id: &'static str,
    /// Column heading for abbreviations.
    pub abbreviation: &'static str,
    /// Column heading for roles.
    pub role: &'static str,
    /// Column heading for sections.
    pub section: &'static str,
    /// Column heading for what the sources disagree on (wide CSV).
    pub disagreement: &'static str,
    /// Follows names shown in English for want of names in the language.
    pub in_english: &'static str,
    /// Column heading for an item's title.
    pub item: &'static str,
    /// Column heading for an item's detail.
    pub detail: &'static str,
    /// Column heading and list heading for sources.
    pub sources: &'static str,
    /// Joins a role's abbreviation and title in a heading: a spaced em dash
    /// in English, a spaced en dash in Hungarian.
    pub dash: &'static str,
    /// Explains the mark on themes every compared role has.
    pub common_legend: &'static str,
    /// Follows a contested theme's name under its table, before what each source says.
    pub contested_legend: &'static str,
    /// Explains the mark in a cell that no source covers.
    pub not_covered_legend: &'static str,
    /// Explains the contested mark in a brief document, which has no room
    /// for what each source says.
    pub contested_brief: &'static str,
    /// What an item of each section is, after its title in a brief
    /// document; none for responsibilities, the usual kind.
    item_kinds: [Option<&'static str>; 4],
    /// Says in which language a source is written, from its code.
    written_in: fn(&str) -> Option<&'static str>,
    /// Heads the matrix.
    pub matrix_title: &'static str,
    /// Explains the matrix's mark for a role with items on a theme.
    pub matrix_covered: &'static str,
    /// Explains the matrix's mark for a role whose items a source disputes.
    pub matrix_contested: &'static str,
    /// Column heading for a source's reference.
    pub reference: &'static str,
    /// Column heading for a document's title.
    pub document_title: &'static str,
    /// Joins the abbreviations of the compared roles in a heading.
    join_roles: fn(&[&str]) -> String,
    /// Begins an error message, after `roles: `.
    pub error: &'static str,
    /// Says that a search term is empty.
    pub empty_search: &'static str,
    /// Says that `--wide` shapes CSV only.
    pub wide_needs_csv: &'static str,
    section_names: [&'static str; 4],
    untranslated: fn(usize) -> String,
    unknown_role: fn(&str, Option<&str>, &str) -> String,
    named_twice: fn(&str) -> String,
    no_match: fn(&str) -> String,
    named_role: fn(&str, &str, &str, Option<&str>) -> String,
    cannot_write: fn(&str) -> String,
    collaboration: &'static str,
    shared_challenges: &'static str,
}

/// The mark put before themes that every compared role has.
pub const COMMON_MARK: &str = "●";

/// The mark put before themes on which the sources disagree.
pub const CONTESTED_MARK: &str = "≠";

/// What a cell shows when no source says anything there: not "nothing", which
/// a reader would take for "this role has no part in it".
pub const NOT_COVERED_MARK: &str = "—";

const EN: Labels = Labels {
    title: "Title",
    summary: "Summary",
    orientation: "Orientation",
    classification: "Classification",
    also_called: "Also called",
    theme: "Theme",
    id: "ID",
    abbreviation: "Abbreviation",
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
    contested_brief: "the sources disagree on this theme (without --brief, the comparison says how)",
    item_kinds: [None, Some("focus area"), Some("challenge"), None],
    written_in: |code| match code {
        "en" => Some("in English"),
        "hu" => Some("in Hungarian"),
        _ => None,
    },
    section_names: [
        "Responsibilities",
        "Focus areas",
        "Challenges",
        "Common ground",
    ],
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

const HU: Labels = Labels {
    title: "Megnevezés",
    summary: "Összefoglaló",
    orientation: "Irányultság",
    classification: "Besorolás",
    also_called: "Más néven",
    theme: "Téma",
    id: "Azonosító",
    abbreviation: "Rövidítés",
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
    contested_brief: "ebben a témában a források eltérnek egymástól (az eltéréseket a --brief kapcsoló nélküli összevetés részletezi)",
    item_kinds: [None, Some("fókuszterület"), Some("kihívás"), None],
    written_in: |code| match code {
        "en" => Some("angol nyelvű"),
        "hu" => Some("magyar nyelvű"),
        _ => None,
    },
    section_names: [
        "Felelősségi körök",
        "Fókuszterületek",
        "Kihívások",
        "Közös pontok",
    ],
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

impl Labels {
    /// The interface words in `lang`.
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &EN,
            Lang::Hu => &HU,
        }
    }

    /// How a source's language is named in a reference: `in English`, or the
    /// code itself for a language the interface has no name for.
    pub fn written_in(&self, code: &str) -> String {
        (self.written_in)(code).map_or_else(|| code.to_owned(), str::to_owned)
    }

    /// A source's reference after its title: kind, language, and where known
    /// the publisher, date and address (`web article, in English`).
    pub fn reference(&self, source: &crate::model::Source, lang: Lang) -> String {
        let mut details: Vec<String> = Vec::new();
        if let Some(kind) = &source.kind {
            details.push(kind.get(lang).to_owned());
        }
        details.push(self.written_in(&source.language));
        for known in [&source.publisher, &source.date, &source.url]
            .into_iter()
            .flatten()
        {
            details.push(known.to_string());
        }
        details.join(", ")
    }

    /// Says that `error`'s role id is not in the dataset.
    pub fn unknown_role(&self, error: &crate::dataset::UnknownRole) -> String {
        let id = crate::dataset::shorten(error.id());
        (self.unknown_role)(&id, error.suggestion(), &error.known().join(", "))
    }

    /// Says that role `id` was named twice on the command line.
    pub fn named_twice(&self, id: &str) -> String {
        (self.named_twice)(id)
    }

    /// Says that no item mentions `term`.
    pub fn no_match(&self, term: &str) -> String {
        (self.no_match)(term)
    }

    /// Says that a role's name matched, and how to see the role; `name` is
    /// the name that matched, mentioned when it is not the title or abbreviation.
    pub fn named_role(&self, id: &str, abbreviation: &str, title: &str, name: &str) -> String {
        let other = (name != abbreviation && name != title).then_some(name);
        (self.named_role)(id, abbreviation, title, other)
    }

    /// Says that `path` could not be written; the cause follows.
    pub fn cannot_write(&self, path: &str) -> String {
        (self.cannot_write)(path)
    }

    /// The compared roles' abbreviations, joined for a heading.
    pub fn join_roles(&self, names: &[&str]) -> String {
        (self.join_roles)(names)
    }

    /// What an item of `section` is, where a brief document puts items of
    /// several sections in one cell; none for responsibilities.
    pub fn item_kind(&self, section: Section) -> Option<&'static str> {
        self.item_kinds[section as usize]
    }

    /// A section's heading.
    pub fn section_name(&self, section: Section) -> &'static str {
        self.section_names[section as usize]
    }

    /// Says that `n` texts are shown in English for want of a translation.
    pub fn untranslated(&self, n: usize) -> String {
        (self.untranslated)(n)
    }

    /// A column's heading.
    pub fn column(&self, column: Column<'_>) -> String {
        match column {
            Column::Role(role) => role.abbreviation.to_string(),
            Column::Collaboration => self.collaboration.to_owned(),
            Column::SharedChallenges => self.shared_challenges.to_owned(),
        }
    }
}
