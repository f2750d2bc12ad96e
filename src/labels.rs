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
    /// Column heading for an item's title.
    pub item: &'static str,
    /// Column heading for an item's detail.
    pub detail: &'static str,
    /// Column heading and list heading for sources.
    pub sources: &'static str,
    /// Joins role abbreviations in a comparison's heading.
    pub versus: &'static str,
    /// Explains the mark on themes every compared role has.
    pub common_legend: &'static str,
    section_names: [&'static str; 4],
    untranslated: fn(usize) -> String,
    collaboration: &'static str,
    shared_challenges: &'static str,
}

/// The mark put before themes that every compared role has.
pub const COMMON_MARK: &str = "●";

const EN: Labels = Labels {
    title: "Title",
    summary: "Summary",
    orientation: "Orientation",
    theme: "Theme",
    id: "ID",
    abbreviation: "Abbreviation",
    role: "Role",
    section: "Section",
    item: "Item",
    detail: "Detail",
    sources: "Sources",
    versus: " vs ",
    common_legend: "every compared role has this theme",
    section_names: [
        "Responsibilities",
        "Focus areas",
        "Challenges",
        "Shared ground",
    ],
    collaboration: "How they work together",
    shared_challenges: "Challenges they share",
    // English is every text's required language, so this only words the rule.
    untranslated: |n| format!("Note: {n} texts are shown in English for want of a translation."),
};

const HU: Labels = Labels {
    title: "Megnevezés",
    summary: "Összefoglaló",
    orientation: "Irányultság",
    theme: "Téma",
    id: "Azonosító",
    abbreviation: "Rövidítés",
    role: "Szerepkör",
    section: "Rész",
    item: "Tétel",
    detail: "Részletek",
    sources: "Források",
    versus: " és ",
    common_legend: "minden összevetett szerepkörnél szerepel",
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
};

impl Labels {
    /// The interface words in `lang`.
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &EN,
            Lang::Hu => &HU,
        }
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
