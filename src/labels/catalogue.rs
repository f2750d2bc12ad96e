//! What a catalogue of interface words holds, and the sentences it makes of them.

use std::io;

use crate::compare::Column;
use crate::dataset::{Problem, Problems};
use crate::model::{Lang, Section};
use crate::replace::Refusal;
use crate::usage::Usage;

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
    /// Stands in a reference for a source with neither publisher nor address.
    pub(super) origin_unknown: &'static str,
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
    /// A dataset problem on one line: place, severity, what is wrong.
    pub(super) problem: fn(&Problem) -> String,
    /// The first error of a dataset that cannot be used, and how many more.
    pub(super) problems: fn(&Problems) -> String,
    /// `validate`'s verdict on a dataset that loads.
    pub(super) valid: fn(&Verdict<'_>) -> String,
    /// `validate`'s verdict on a dataset that does not.
    pub(super) invalid: fn(&Verdict<'_>) -> String,
    /// Says that `validate` was given nothing to check.
    pub nothing_to_validate: &'static str,
    /// A kind of system error in words; none keeps the system's own words.
    pub(super) io_kind: fn(io::ErrorKind) -> Option<&'static str>,
    /// Why an export does not replace its target.
    pub(super) refusal: fn(Refusal) -> String,
    /// A command-line mistake; none keeps clap's own words.
    pub(super) usage: fn(&Usage) -> Option<String>,
    /// A usage error followed by where to read how `roles` is used.
    pub(super) with_help: fn(&str) -> String,
    /// Says that a language named in `from` (`--lang`) does not exist.
    pub(super) unknown_language: fn(&str, &str, &str) -> String,
    /// Says that the pager command cannot be split into words (an unclosed quote).
    pub(super) unreadable_pager: fn(&str) -> String,
    /// Says that the pager command is empty.
    pub empty_pager: &'static str,
    /// Says that the pager could not be started; the cause follows.
    pub(super) cannot_start_pager: fn(&str) -> String,
    /// Follows why the pager could not be started.
    pub without_pager: &'static str,
    /// Says that the shell named in the completion variable is unknown.
    pub(super) unknown_shell: fn(&str, &str, &str) -> String,
    /// Says that the completion script could not be written; the cause follows.
    pub cannot_write_script: &'static str,
    /// Says that the completions could not be written; the cause follows.
    pub cannot_write_completions: &'static str,
    /// Says that completing failed; clap's words follow.
    pub cannot_complete: &'static str,
    /// The words of the skills section.
    pub skills: SkillWords,
    /// The words of the file `roles new` writes.
    pub starter: StarterWords,
}

/// The words of the file `roles new` writes: its comments, in the language of
/// the interface, and the placeholders of the texts in this language, each
/// beginning with [`crate::dataset::PLACEHOLDER`] so that `validate` finds it.
#[derive(Debug)]
pub struct StarterWords {
    /// What the file is and how to go on, in lines: given the file's name
    /// and the command that compares the new role with a built-in one.
    pub(super) intro: fn(&str, &str) -> String,
    /// Above the sources.
    pub sources: &'static str,
    /// Before the built-in sources' ids.
    pub builtin_sources: &'static str,
    /// After a source's language code.
    pub language: &'static str,
    /// Names a source's optional fields.
    pub source_optional: &'static str,
    /// Before the themes' ids, above the first item.
    pub themes: &'static str,
    /// Above the theme a file defines when no theme is known.
    pub own_theme: &'static str,
    /// Says what the optional orientation is and how it is written.
    pub orientation: &'static str,
    /// Says where a role's skills come from.
    pub skills: &'static str,
    /// A source's title still to write.
    pub source_title: &'static str,
    /// A theme's label still to write.
    pub theme_label: &'static str,
    /// A role's full title still to write.
    pub role_title: &'static str,
    /// A role's summary still to write.
    pub summary: &'static str,
    /// The title of an item of a section, still to write.
    pub(super) item_title: fn(Section) -> &'static str,
    /// An item's detail still to write.
    pub item_detail: &'static str,
    /// Says that a new role's id is not one, with an id like it that is.
    pub(super) invalid_id: fn(&str, &str) -> String,
    /// Says that a role of that id is there already.
    pub(super) role_exists: fn(&str) -> String,
    /// Says that the schema the file's first line names is not beside it,
    /// and how to write it: given the file and the schema's path.
    pub(super) no_schema_beside: fn(&str, &str) -> String,
}

impl StarterWords {
    /// [`StarterWords::intro`].
    pub fn intro(&self, file: &str, compare: &str) -> String {
        (self.intro)(file, compare)
    }

    /// [`StarterWords::item_title`].
    pub fn item_title(&self, section: Section) -> &'static str {
        (self.item_title)(section)
    }

    /// [`StarterWords::invalid_id`].
    pub fn invalid_id(&self, id: &str, example: &str) -> String {
        (self.invalid_id)(id, example)
    }

    /// [`StarterWords::role_exists`].
    pub fn role_exists(&self, id: &str) -> String {
        (self.role_exists)(id)
    }

    /// [`StarterWords::no_schema_beside`].
    pub fn no_schema_beside(&self, file: &str, schema: &str) -> String {
        (self.no_schema_beside)(file, schema)
    }
}

/// The words of the skills section: ESCO's skills of each role side by side.
#[derive(Debug)]
pub struct SkillWords {
    /// Begins the count of essential skills: `Essential skills`.
    pub essential: &'static str,
    /// Begins the count of optional skills: `Optional skills`.
    pub optional: &'static str,
    /// Heads the first column of a grid of skills against roles.
    pub essential_heading: &'static str,
    /// Heads the essential skills two compared roles share.
    pub shared: &'static str,
    /// Heads the essential skills only the role with this abbreviation has.
    pub(super) only: fn(&str) -> String,
    /// Heads one role's skills that are skills or competences.
    pub skill_kind: &'static str,
    /// Heads one role's skills that are knowledge.
    pub knowledge_kind: &'static str,
    /// Follows a count of essential skills: how many are knowledge.
    pub(super) of_them_knowledge: fn(usize) -> String,
    /// Heads a list of optional skills: of both roles, of one, or of a
    /// role besides those in the grid.
    pub(super) optional_list: fn(OptionalList<'_>) -> String,
    /// Begins the occupations' URIs: `ESCO occupation`, `ESCO occupations`.
    pub(super) occupations: fn(usize) -> &'static str,
    /// Says where the optional skills are listed when the skills section
    /// of several roles is shown alone.
    pub optional_elsewhere: &'static str,
    /// Explains the mark of knowledge.
    pub knowledge_legend: &'static str,
    /// A skill in a sentence, after `essential` or `optional`.
    pub skill_noun: &'static str,
    /// Knowledge in a sentence, after `essential` or `optional`.
    pub knowledge_noun: &'static str,
    /// Explains the grid's mark of an essential link.
    pub essential_legend: &'static str,
    /// Explains the grid's mark of an optional link.
    pub optional_legend: &'static str,
    /// Says that the labels are the source's English ones, where the
    /// interface is in another language: none in English.
    pub english_labels: Option<&'static str>,
}

/// Whose optional skills a list holds.
#[derive(Debug, Clone, Copy)]
pub enum OptionalList<'a> {
    /// Those two compared roles share.
    Shared,
    /// Those of only the role with this abbreviation.
    Only(&'a str),
    /// Those of this role not already in the grid above.
    Besides(&'a str),
    /// Those of the one role shown.
    All,
}

impl SkillWords {
    /// Heads the essential skills only `abbreviation` has, capitalised as a heading.
    pub fn only(&self, abbreviation: &str) -> String {
        capitalised((self.only)(abbreviation))
    }

    /// `, 5 of them knowledge`, or nothing for none.
    pub fn of_them_knowledge(&self, n: usize) -> String {
        if n == 0 {
            String::new()
        } else {
            (self.of_them_knowledge)(n)
        }
    }

    /// Heads a list of optional skills, with how many it holds.
    pub fn optional_list(&self, list: OptionalList<'_>, n: usize) -> String {
        format!("{} ({n})", (self.optional_list)(list))
    }

    /// Begins the occupations' URIs.
    pub fn occupations(&self, n: usize) -> &'static str {
        (self.occupations)(n)
    }

    /// In a sentence, the essential skills only `abbreviation` has.
    pub fn only_in_sentence(&self, abbreviation: &str) -> String {
        (self.only)(abbreviation)
    }
}

/// `text` with its first letter capital.
fn capitalised(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// What `validate` found, for its verdict.
#[derive(Debug, Clone, Copy)]
pub struct Verdict<'a> {
    /// Every file checked, by name.
    pub files: &'a [String],
    /// How many roles the dataset has (when it loads).
    pub roles: usize,
    /// How many themes the dataset has (when it loads).
    pub themes: usize,
    /// How many sources the dataset has (when it loads).
    pub sources: usize,
    /// How many errors there were.
    pub errors: usize,
    /// How many warnings there were.
    pub warnings: usize,
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
        if let Some(publisher) = &source.publisher {
            details.push(publisher.get(lang).to_owned());
        }
        for known in [&source.date, &source.url].into_iter().flatten() {
            details.push(known.to_string());
        }
        // Said plainly, so that a reader does not look for what nobody knows.
        if source.publisher.is_none() && source.url.is_none() {
            details.push(self.origin_unknown.to_owned());
        }
        details.join(", ")
    }

    /// A source's reference in a brief document, where room is short: where
    /// to find it (its address, else its publisher), or that nobody knows.
    pub fn brief_reference(&self, source: &crate::model::Source, lang: Lang) -> String {
        match (&source.url, &source.publisher) {
            (Some(url), _) => url.to_string(),
            (None, Some(publisher)) => publisher.get(lang).to_owned(),
            (None, None) => self.origin_unknown.to_owned(),
        }
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

    /// A dataset problem on one line: its place, `warning` if it is one, and what is wrong.
    pub fn problem(&self, problem: &Problem) -> String {
        (self.problem)(problem)
    }

    /// `validate`'s verdict: what the dataset holds if it is valid, else how
    /// many errors and warnings its files have.
    pub fn verdict(&self, verdict: &Verdict<'_>, valid: bool) -> String {
        if valid {
            (self.valid)(verdict)
        } else {
            (self.invalid)(verdict)
        }
    }

    /// Says that a language named in `from` does not exist.
    pub fn unknown_language(&self, code: &str, from: &str) -> String {
        let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        (self.unknown_language)(code, from, &known.join(", "))
    }

    /// Says that the pager command cannot be split into words.
    pub fn unreadable_pager(&self, line: &str) -> String {
        (self.unreadable_pager)(line)
    }

    /// Says that the pager `program` could not be started.
    pub fn cannot_start_pager(&self, program: &str) -> String {
        (self.cannot_start_pager)(program)
    }

    /// Says that the shell `name`, from `variable`, is none of `known`.
    pub fn unknown_shell(&self, name: &str, variable: &str, known: &str) -> String {
        (self.unknown_shell)(name, variable, known)
    }

    /// `message`, a usage error, followed by where to read how `roles` is used.
    pub fn with_help(&self, message: &str) -> String {
        (self.with_help)(message)
    }

    /// A command-line mistake in this language, or `None` where clap's words are kept.
    pub fn usage(&self, error: &clap::Error) -> Option<String> {
        Usage::read(error).and_then(|usage| (self.usage)(&usage))
    }

    /// An error and its causes on one line, each worded in this language
    /// where it is a kind `roles` knows: a dataset's problems, a system
    /// error, a refused export.
    pub fn error_chain(&self, error: &anyhow::Error) -> String {
        let causes: Vec<String> = error.chain().map(|cause| self.cause(cause)).collect();
        causes.join(": ")
    }

    fn cause(&self, cause: &(dyn std::error::Error + 'static)) -> String {
        if let Some(problems) = cause.downcast_ref::<Problems>() {
            return (self.problems)(problems);
        }
        if let Some(error) = cause.downcast_ref::<io::Error>() {
            return self.io_error(error);
        }
        cause.to_string()
    }

    /// A system error in this language where it has words for its kind.
    pub fn io_error(&self, error: &io::Error) -> String {
        let refusal = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<Refusal>());
        if let Some(refusal) = refusal {
            return (self.refusal)(*refusal);
        }
        (self.io_kind)(error.kind()).map_or_else(|| error.to_string(), str::to_owned)
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
