//! What the shape cannot say: ids, references between files, empty texts and
//! missing translations. Problems are found on the typed records and placed by
//! their path; a file's positions are looked up only when it has a problem.

use std::collections::{HashMap, HashSet};

use crate::input::{MAX_ID, PLACEHOLDER};
use crate::message::{Blank, Kind, Message};
use crate::model::{Disagreement, Item, Lang, Record, Role, Section, Shared, Statement, Str, Text};
use crate::path::{Path, Step};
use crate::problem::{Counts, Severity};
use crate::suggest::closest;

/// How many different unknown ids of one kind get a "did you mean": each costs
/// a look at every known id, so a file of typos is still checked in linear time.
const SUGGESTIONS: usize = 100;

/// A problem the checker found, placed by file and path.
pub(crate) struct Found {
    pub(crate) file: usize,
    pub(crate) path: Path,
    pub(crate) severity: Severity,
    pub(crate) message: Message,
    /// For a duplicate id, where it was first defined.
    pub(crate) first: Option<Definition>,
}

/// Where an id was defined: its file and the path of its record.
#[derive(Clone)]
pub(crate) struct Definition {
    pub(crate) file: usize,
    pub(crate) path: Path,
}

/// Checks records file by file; ids are defined first, then references are
/// checked against every file's ids.
pub(crate) struct Checker {
    /// Every id defined so far, by what it names.
    defined: HashMap<Kind, HashMap<String, Definition>>,
    /// The titles of the items that have ids, in every language, so that a
    /// disagreement can tell whether its sides' items would be confused.
    item_titles: HashMap<String, Vec<String>>,
    /// Suggestions made so far for unknown ids, by kind and id.
    suggested: HashMap<(Kind, String), Option<String>>,
    pub(crate) found: Vec<Found>,
    /// How many errors and how many warnings were kept, each up to [`MAX_PROBLEMS`].
    kept: Counts,
    /// How many were found past that, of each.
    pub(crate) dropped: Counts,
    /// Whether every file could be read, so that an id not defined is really unknown.
    references_complete: bool,
    /// Whether to report missing translations (only `validate` shows them).
    warnings: bool,
    /// The file being checked and the path of the node being checked.
    file: usize,
    path: Path,
}

impl Checker {
    pub(crate) fn new(references_complete: bool, warnings: bool) -> Checker {
        Checker {
            defined: Default::default(),
            item_titles: HashMap::new(),
            suggested: HashMap::new(),
            found: Vec::new(),
            kept: Counts::default(),
            dropped: Counts::default(),
            references_complete,
            warnings,
            file: 0,
            path: Vec::new(),
        }
    }

    /// Starts on the record at `list[index]` of file `file`.
    pub(crate) fn at_record(&mut self, file: usize, list: &'static str, index: usize) {
        self.file = file;
        self.path.clear();
        self.path.push(Step::Key(list.into()));
        self.path.push(Step::Index(index));
    }

    /// Runs `check` one step further down, at `step`.
    fn within(&mut self, step: Step, check: impl FnOnce(&mut Checker)) {
        self.path.push(step);
        check(self);
        self.path.pop();
    }

    fn key(&mut self, key: &'static str, check: impl FnOnce(&mut Checker)) {
        self.within(Step::Key(key.into()), check);
    }

    fn report(&mut self, severity: Severity, message: Message, first: Option<Definition>) {
        if !self.kept.room(severity) {
            self.dropped.count(severity);
            return;
        }
        self.kept.count(severity);
        self.found.push(Found {
            file: self.file,
            path: self.path.clone(),
            severity,
            message,
            first,
        });
    }

    fn error(&mut self, message: Message) {
        self.report(Severity::Error, message, None);
    }

    /// The ids defined of `kind`.
    fn ids(&mut self, kind: Kind) -> &mut HashMap<String, Definition> {
        self.defined.entry(kind).or_default()
    }

    /// Defines the current record's id, which is at its `id` key.
    pub(crate) fn define(&mut self, kind: Kind, id: &str) {
        self.key("id", |checker| {
            if !is_valid_id(id) {
                checker.error(Message::InvalidId {
                    kind,
                    id: id.to_owned(),
                });
            }
            let here = Definition {
                file: checker.file,
                path: checker.path.clone(),
            };
            match checker.ids(kind).get(id) {
                Some(first) => {
                    let first = Some(first.clone());
                    let message = Message::DuplicateId {
                        kind,
                        id: id.to_owned(),
                        first: None,
                    };
                    checker.report(Severity::Error, message, first);
                }
                None => {
                    checker.ids(kind).insert(id.to_owned(), here);
                }
            }
        });
    }

    fn refers(&mut self, kind: Kind, id: &str) {
        if !self.references_complete || self.ids(kind).contains_key(id) {
            return;
        }
        let key = (kind, id.to_owned());
        let suggestion = match self.suggested.get(&key) {
            Some(known) => known.clone(),
            None if self.suggested.len() < SUGGESTIONS * 4 => {
                let near =
                    closest(id, self.ids(kind).keys().map(String::as_str)).map(str::to_owned);
                self.suggested.insert(key, near.clone());
                near
            }
            None => None,
        };
        self.error(Message::UnknownId {
            kind,
            id: id.to_owned(),
            suggestion,
        });
    }

    fn nonempty(&mut self, text: &str, what: Blank) {
        if text.trim().is_empty() {
            self.error(Message::Empty(what));
        } else if self.warnings && text.trim_start().starts_with(PLACEHOLDER) {
            let text = text.to_owned();
            self.report(Severity::Warning, Message::Placeholder { text }, None);
        }
    }

    fn text(&mut self, text: &Text) {
        for lang in Lang::ALL {
            match text.translation(lang) {
                Some(translation) => self.within(Step::Key(lang.code().into()), |checker| {
                    checker.nonempty(translation, Blank::Text(lang));
                }),
                None if self.warnings => {
                    self.report(Severity::Warning, Message::NoTranslation(lang), None);
                }
                None => {}
            }
        }
    }

    fn statement(&mut self, statement: &Statement) {
        self.text(&statement.text);
        self.key("sources", |checker| checker.sources(&statement.sources));
    }

    /// The sources at the current node, which must cite at least one.
    fn sources(&mut self, sources: &[Str]) {
        if sources.is_empty() {
            self.error(Message::Uncited);
        }
        for (index, source) in sources.iter().enumerate() {
            self.within(Step::Index(index), |checker| {
                checker.refers(Kind::Source, source);
            });
        }
    }

    fn item(&mut self, item: &Item) {
        self.key("theme", |checker| checker.refers(Kind::Theme, &item.theme));
        for (key, text) in item.texts() {
            self.key(key, |checker| checker.text(text));
        }
        self.key("sources", |checker| checker.sources(&item.sources));
    }

    fn items(&mut self, key: &'static str, items: &[Item]) {
        self.key(key, |checker| {
            for (index, item) in items.iter().enumerate() {
                checker.within(Step::Index(index), |checker| checker.item(item));
            }
        });
    }

    /// Defines the ids of those `items`, under `key` of the current record, that have one.
    pub(crate) fn define_items(&mut self, key: &'static str, items: &[Item]) {
        self.key(key, |checker| {
            for (index, item) in items.iter().enumerate() {
                if let Some(id) = &item.id {
                    checker.within(Step::Index(index), |checker| {
                        checker.define(Kind::Item, id);
                    });
                    let titles = Lang::ALL
                        .into_iter()
                        .filter_map(|lang| item.title.translation(lang))
                        .map(|title| title.trim().to_lowercase())
                        .collect();
                    checker.item_titles.entry(id.to_string()).or_insert(titles);
                }
            }
        });
    }

    pub(crate) fn disagreement(&mut self, disagreement: &Disagreement) {
        if let Some(theme) = &disagreement.theme {
            self.key("theme", |checker| checker.refers(Kind::Theme, theme));
        }
        self.key("roles", |checker| {
            if disagreement.roles.is_empty() {
                checker.error(Message::NoRoles);
            }
            for (index, role) in disagreement.roles.iter().enumerate() {
                checker.within(Step::Index(index), |checker| {
                    checker.refers(Kind::Role, role);
                });
            }
        });
        // Which side first used each title, to refuse the same title on two sides.
        let mut titled: HashMap<String, usize> = HashMap::new();
        self.key("sides", |checker| {
            if disagreement.sides.is_empty() {
                checker.error(Message::NoSides);
            }
            for (at, side) in disagreement.sides.iter().enumerate() {
                checker.within(Step::Index(at), |checker| {
                    checker.key("source", |checker| {
                        checker.refers(Kind::Source, &side.source)
                    });
                    checker.key("says", |checker| checker.text(&side.says));
                    checker.key("items", |checker| {
                        for (index, item) in side.items.iter().enumerate() {
                            checker.within(Step::Index(index), |checker| {
                                checker.refers(Kind::Item, item);
                                let titles = checker.item_titles.get(item.as_str()).cloned();
                                for title in titles.into_iter().flatten() {
                                    match titled.get(&title) {
                                        Some(&other) if other != at => {
                                            checker.error(Message::SameTitle {
                                                item: item.to_string(),
                                                title: title.clone(),
                                            });
                                        }
                                        Some(_) => {}
                                        None => {
                                            titled.insert(title, at);
                                        }
                                    }
                                }
                            });
                        }
                    });
                });
            }
        });
    }

    /// A source's texts: none empty, and its kind and publisher in every
    /// language, as any other text of the dataset.
    pub(crate) fn source_texts(&mut self, source: &crate::model::Source) {
        for (key, value) in [
            ("title", Some(&source.title)),
            ("language", Some(&source.language)),
            ("date", source.date.as_ref()),
            ("url", source.url.as_ref()),
        ] {
            if let Some(value) = value {
                self.key(key, |checker| checker.nonempty(value, Blank::Key(key)));
            }
        }
        for (key, value) in [("kind", &source.kind), ("publisher", &source.publisher)] {
            if let Some(value) = value {
                self.key(key, |checker| checker.text(value));
            }
        }
    }

    pub(crate) fn theme_texts(&mut self, label: &Text) {
        self.key("label", |checker| checker.text(label));
    }

    pub(crate) fn role(&mut self, role: &Role) {
        self.role_head(role);
        for section in Section::OF_A_ROLE {
            self.items(section.key(), role.items(section));
        }
        if role.every_item().next().is_none() {
            self.error(Message::NoItems {
                role: role.id.to_string(),
            });
        }
    }

    /// A role's own fields, whatever its items are.
    pub(crate) fn role_head<I: Record>(&mut self, role: &Role<I>) {
        self.key("abbreviation", |checker| {
            checker.nonempty(&role.abbreviation, Blank::Key("abbreviation"));
        });
        self.key("title", |checker| checker.text(&role.title));
        self.key("summary", |checker| checker.statement(&role.summary));
        if let Some(orientation) = &role.orientation {
            self.key("orientation", |checker| checker.statement(orientation));
        }
        if let Some(classification) = &role.classification {
            self.key("classification", |checker| {
                checker.key("source", |checker| {
                    checker.refers(Kind::Source, &classification.source);
                });
                for (key, value) in [
                    ("esco_code", &classification.esco_code),
                    ("isco_group", &classification.isco_group),
                    ("uri", &classification.uri),
                ] {
                    checker.key(key, |checker| checker.nonempty(value, Blank::Key(key)));
                }
                checker.key("alt_labels", |checker| {
                    for (index, alt) in classification.alt_labels.iter().enumerate() {
                        checker.within(Step::Index(index), |checker| {
                            checker.key("label", |checker| {
                                checker.nonempty(&alt.label, Blank::Key("label"));
                            });
                        });
                    }
                });
            });
        }
        if let Some(skills) = &role.skills {
            self.skills(skills);
        }
    }

    /// A role's skills: their source must exist and each label have text.
    fn skills(&mut self, skills: &crate::model::Skills) {
        self.key("skills", |checker| {
            checker.key("source", |checker| {
                checker.refers(Kind::Source, &skills.source)
            });
            if let Some(occupation) = &skills.occupation {
                checker.key("occupation", |checker| {
                    checker.nonempty(occupation, Blank::Key("occupation"));
                });
            }
            checker.key("links", |checker| {
                let mut seen = HashSet::new();
                for (index, link) in skills.links.iter().enumerate() {
                    checker.within(Step::Index(index), |checker| {
                        checker.key("label", |checker| {
                            checker.nonempty(&link.label, Blank::Key("label"));
                            if !seen.insert(link.label.as_str()) {
                                checker.error(Message::SkillTwice {
                                    label: link.label.to_string(),
                                });
                            }
                        });
                    });
                }
            });
        });
    }

    /// The item at `key[index]` of the current record.
    pub(crate) fn item_at(&mut self, key: &'static str, index: usize, item: &Item) {
        self.key(key, |checker| {
            checker.within(Step::Index(index), |checker| checker.item(item));
        });
    }

    /// Defines the id of the item at `key[index]` of the current record, if it has one.
    pub(crate) fn define_item_at(&mut self, key: &'static str, index: usize, item: &Item) {
        if let Some(id) = &item.id {
            self.key(key, |checker| {
                checker.within(Step::Index(index), |checker| checker.define(Kind::Item, id));
            });
        }
    }

    pub(crate) fn shared(&mut self, shared: &Shared) {
        self.shared_head(shared);
        for (key, items) in shared.item_lists() {
            self.items(key, items);
        }
    }

    /// A shared group's own fields, whatever its items are.
    pub(crate) fn shared_head<I: Record>(&mut self, shared: &Shared<I>) {
        self.key("roles", |checker| {
            let mut named = HashSet::new();
            for (index, role) in shared.roles.iter().enumerate() {
                checker.within(Step::Index(index), |checker| {
                    checker.refers(Kind::Role, role);
                    if !named.insert(role.as_str()) {
                        checker.error(Message::NamedTwice {
                            role: role.to_string(),
                        });
                    }
                });
            }
            if named.len() < 2 {
                checker.error(Message::TooFewRoles);
            }
        });
        if let Some(summary) = &shared.summary {
            self.key("summary", |checker| checker.statement(summary));
        }
    }
}

/// Whether `id` can name a record: lowercase letters, digits and `-`, at
/// most [`MAX_ID`] bytes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
