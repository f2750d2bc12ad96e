//! What the shape cannot say: ids, references between files, empty texts and
//! missing translations. Problems are found on the typed records and placed by
//! their path; a file's positions are looked up only when it has a problem.

use std::collections::{HashMap, HashSet};

use crate::model::{Disagreement, Item, Lang, Record, Role, Section, Shared, Statement, Str, Text};
use crate::problem::Severity;
use crate::tree::{Path, Step};

/// The longest id allowed: ids are typed on command lines and shown in column headings.
pub const MAX_ID: usize = 64;

/// How many different unknown ids of one kind get a "did you mean": each costs
/// a look at every known id, so a file of typos is still checked in linear time.
const SUGGESTIONS: usize = 100;

/// How many candidates one suggestion measures by edit distance at most,
/// after the cheap filters: with thousands of ids that all pass them (made
/// so), the search for a suggestion stays bounded.
const MEASURED: usize = 256;

/// How many known words one suggestion looks at, at most: a dataset with
/// more ids than this suggests among the first of them only.
const CANDIDATES: usize = 2_000;

/// How many edits a word of `size` characters may be from what was meant:
/// a third of it, for short ids, but never more than a few, which is what a
/// typo is; two long ids that differ more are simply different.
fn typos(size: usize) -> usize {
    (size / 3).clamp(1, 3)
}

/// How often each of 64 classes of characters occurs in `text`. Each edit
/// (an insertion, deletion, substitution or transposition) changes these
/// counts by at most 2 in all, so half the difference between two texts'
/// counts is a lower bound on their edit distance, found in linear time.
fn histogram(text: &str) -> [u16; 64] {
    let mut counts = [0u16; 64];
    for c in text.chars() {
        let class = (u32::from(c) % 64) as usize;
        counts[class] = counts[class].saturating_add(1);
    }
    counts
}

/// The known word nearest to `word`, if it is near enough to be a typo. Words
/// longer than an id can be are not compared, and nor are candidates whose
/// length or characters alone put them too far away; at most [`CANDIDATES`]
/// are looked at and [`MEASURED`] measured exactly.
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = word.chars().count();
    if length > MAX_ID {
        return None;
    }
    let word = word.to_lowercase();
    let counts = histogram(&word);
    known
        .into_iter()
        .take(CANDIDATES)
        .filter(|candidate| {
            let size = candidate.chars().count();
            let allowed = typos(size);
            if size > MAX_ID || size.abs_diff(length) > allowed {
                return false;
            }
            let other = histogram(candidate);
            let apart: usize = counts
                .iter()
                .zip(&other)
                .map(|(a, b)| usize::from(a.abs_diff(*b)))
                .sum();
            apart / 2 <= allowed
        })
        .take(MEASURED)
        .filter_map(|candidate| {
            let allowed = typos(candidate.chars().count());
            let distance = strsim::damerau_levenshtein(&word, candidate);
            (distance <= allowed).then_some((distance, candidate))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Source,
    Theme,
    Role,
    Shared,
    Item,
    Disagreement,
}

impl Kind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Theme => "theme",
            Kind::Role => "role",
            Kind::Shared => "shared",
            Kind::Item => "item",
            Kind::Disagreement => "disagreement",
        }
    }
}

/// A problem the checker found, placed by file and path.
pub(crate) struct Found {
    pub(crate) file: usize,
    pub(crate) path: Path,
    pub(crate) severity: Severity,
    pub(crate) message: String,
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
    defined: [HashMap<String, Definition>; 6],
    /// The titles of the items that have ids, in every language, so that a
    /// disagreement can tell whether its sides' items would be confused.
    item_titles: HashMap<String, Vec<String>>,
    /// Suggestions made so far for unknown ids, by kind and id.
    suggested: HashMap<(Kind, String), Option<String>>,
    pub(crate) found: Vec<Found>,
    /// How many problems were found past [`crate::MAX_PROBLEMS`].
    pub(crate) dropped: usize,
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
            dropped: 0,
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

    fn report(&mut self, severity: Severity, message: String) {
        if self.found.len() >= crate::MAX_PROBLEMS {
            self.dropped += 1;
            return;
        }
        self.found.push(Found {
            file: self.file,
            path: self.path.clone(),
            severity,
            message,
            first: None,
        });
    }

    fn error(&mut self, message: String) {
        self.report(Severity::Error, message);
    }

    /// Defines the current record's id, which is at its `id` key.
    pub(crate) fn define(&mut self, kind: Kind, id: &str) {
        self.key("id", |checker| {
            if !is_valid_id(id) {
                checker.error(format!(
                    "{} id '{}' must be 1 to {MAX_ID} lowercase letters, digits and '-'",
                    kind.name(),
                    shorten(id)
                ));
            }
            let here = Definition {
                file: checker.file,
                path: checker.path.clone(),
            };
            match checker.defined[kind as usize].get(id) {
                Some(_) if checker.found.len() >= crate::MAX_PROBLEMS => checker.dropped += 1,
                Some(first) => {
                    let first = Some(first.clone());
                    checker.found.push(Found {
                        file: here.file,
                        path: here.path,
                        severity: Severity::Error,
                        message: format!("duplicate {} id '{}'", kind.name(), shorten(id)),
                        first,
                    });
                }
                None => {
                    checker.defined[kind as usize].insert(id.to_owned(), here);
                }
            }
        });
    }

    fn refers(&mut self, kind: Kind, id: &str) {
        if !self.references_complete || self.defined[kind as usize].contains_key(id) {
            return;
        }
        let mut message = format!("unknown {} '{}'", kind.name(), shorten(id));
        let key = (kind, id.to_owned());
        let suggestion = match self.suggested.get(&key) {
            Some(known) => known.clone(),
            None if self.suggested.len() < SUGGESTIONS * 4 => {
                let near = closest(id, self.defined[kind as usize].keys().map(String::as_str))
                    .map(str::to_owned);
                self.suggested.insert(key, near.clone());
                near
            }
            None => None,
        };
        if let Some(near) = suggestion {
            message.push_str(&format!(" (did you mean '{near}'?)"));
        }
        self.error(message);
    }

    fn nonempty(&mut self, text: &str, what: &str) {
        if text.trim().is_empty() {
            self.error(format!("{what} is empty"));
        }
    }

    fn text(&mut self, text: &Text) {
        for lang in Lang::ALL {
            match text.translation(lang) {
                Some(translation) => self.within(Step::Key(lang.code().into()), |checker| {
                    checker.nonempty(translation, &format!("{} text", language_name(lang)));
                }),
                None if self.warnings => self.report(
                    Severity::Warning,
                    format!("no '{lang}' translation; English is shown instead"),
                ),
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
            self.error("cites no source; every statement needs one".to_owned());
        }
        for (index, source) in sources.iter().enumerate() {
            self.within(Step::Index(index), |checker| {
                checker.refers(Kind::Source, source);
            });
        }
    }

    fn item(&mut self, item: &Item) {
        self.key("theme", |checker| checker.refers(Kind::Theme, &item.theme));
        self.key("title", |checker| checker.text(&item.title));
        self.key("detail", |checker| checker.text(&item.detail));
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
                checker.error("`roles` must name the roles it concerns".to_owned());
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
                checker.error("a disagreement needs at least one side".to_owned());
            }
            for (at, side) in disagreement.sides.iter().enumerate() {
                checker.within(Step::Index(at), |checker| {
                    checker.key("source", |checker| checker.refers(Kind::Source, &side.source));
                    checker.key("says", |checker| checker.text(&side.says));
                    checker.key("items", |checker| {
                        for (index, item) in side.items.iter().enumerate() {
                            checker.within(Step::Index(index), |checker| {
                                checker.refers(Kind::Item, item);
                                let titles = checker.item_titles.get(item.as_str()).cloned();
                                for title in titles.into_iter().flatten() {
                                    match titled.get(&title) {
                                        Some(&other) if other != at => checker.error(format!(
                                            "item '{}' has the title '{}', as an item on another side does; give each side's items titles of their own",
                                            shorten(item),
                                            shorten(&title)
                                        )),
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

    pub(crate) fn source_texts(&mut self, title: &str) {
        self.key("title", |checker| checker.nonempty(title, "title"));
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
            self.error(format!(
                "role '{}' has no responsibilities, focus areas or challenges",
                shorten(&role.id)
            ));
        }
    }

    /// A role's own fields, whatever its items are.
    pub(crate) fn role_head<I: Record>(&mut self, role: &Role<I>) {
        self.key("abbreviation", |checker| {
            checker.nonempty(&role.abbreviation, "abbreviation");
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
                    checker.key(key, |checker| checker.nonempty(value, key));
                }
                checker.key("alt_labels", |checker| {
                    for (index, alt) in classification.alt_labels.iter().enumerate() {
                        checker.within(Step::Index(index), |checker| {
                            checker.key("label", |checker| checker.nonempty(&alt.label, "label"));
                        });
                    }
                });
            });
        }
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
                        checker.error(format!(
                            "role '{}' is named twice in this group",
                            shorten(role)
                        ));
                    }
                });
            }
            if named.len() < 2 {
                checker.error("`roles` must name at least two different roles".to_owned());
            }
        });
        if let Some(summary) = &shared.summary {
            self.key("summary", |checker| checker.statement(summary));
        }
    }
}

fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Hu => "Hungarian",
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An id cut to a length a message can carry.
pub fn shorten(id: &str) -> String {
    const MAX: usize = 40;
    if id.chars().count() <= MAX {
        id.escape_debug().to_string()
    } else {
        let head: String = id.chars().take(MAX).collect();
        format!("{}…", head.escape_debug())
    }
}
