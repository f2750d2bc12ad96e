//! What a catalogue of interface words holds, and the sentences it makes of them.

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
    /// [`Labels::id`] shortened, over a column of ids narrower than it.
    pub id_short: &'static str,
    /// [`Labels::abbreviation`] shortened, over a column of abbreviations.
    pub abbreviation_short: &'static str,
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
    /// Explains the common mark in a brief document, where room is short.
    pub common_brief: &'static str,
    /// Explains the contested mark in a brief document, which has no room
    /// for what each source says.
    pub contested_brief: &'static str,
    /// Says what a brief document's cell holds: the first item and a count
    /// of the others, so that no one takes it for the whole list.
    pub brief_cells: &'static str,
    /// What an item of each section is, after its title in a brief
    /// document; none for responsibilities, the usual kind.
    pub(super) item_kind: fn(Section) -> Option<&'static str>,
    /// Says in which language a source is written, from its code.
    pub(super) written_in: fn(&str) -> Option<&'static str>,
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
    pub(super) join_roles: fn(&[&str]) -> String,
    /// Begins an error message, after `roles: `.
    pub error: &'static str,
    /// Says that a search term is empty.
    pub empty_search: &'static str,
    /// Says that `--wide` shapes CSV only.
    pub wide_needs_csv: &'static str,
    pub(super) section_name: fn(Section) -> &'static str,
    pub(super) untranslated: fn(usize) -> String,
    pub(super) unknown_role: fn(&str, Option<&str>, &str) -> String,
    pub(super) named_twice: fn(&str) -> String,
    pub(super) no_match: fn(&str) -> String,
    pub(super) named_role: fn(&str, &str, &str, Option<&str>) -> String,
    pub(super) cannot_write: fn(&str) -> String,
    pub(super) collaboration: &'static str,
    pub(super) shared_challenges: &'static str,
}

impl Labels {
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
        (self.item_kind)(section)
    }

    /// A section's heading.
    pub fn section_name(&self, section: Section) -> &'static str {
        (self.section_name)(section)
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
