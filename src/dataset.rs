//! Loading dataset files, checking them, and merging them into one [`Dataset`].
//!
//! Checks name the file, line and column of what they complain about. YAML
//! syntax errors carry their own position; for problems found after parsing
//! (an unknown field, an unknown theme, a duplicate id) the position is found
//! by walking the file again to the offending node (`locate.rs`), which costs
//! nothing unless there is a problem.

use std::collections::HashMap;
use std::fmt;

use crate::chunks;
use crate::locate::locate;
use crate::model::{
    DatasetFile, Item, Lang, Role, Section, Shared, Source, Statement, Str, Text, Theme,
};
use crate::schema::{self, Step, Target};

/// The built-in dataset, as written.
pub const BUILTIN_YAML: &str = include_str!("../data/roles.yaml");

/// The name problems in the built-in dataset are reported under.
pub const BUILTIN_NAME: &str = "<built-in>/data/roles.yaml";

/// All roles, themes and sources that a run works with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    /// The documents statements cite, in the order they are numbered.
    pub sources: Vec<Source>,
    /// The themes, in display order.
    pub themes: Vec<Theme>,
    /// The roles, in the order they were defined.
    pub roles: Vec<Role>,
    /// What groups of roles have in common.
    pub shared: Vec<Shared>,
}

impl Dataset {
    /// Parses, checks and merges `inputs`, in order; any error refuses the whole set.
    pub fn load(inputs: &[Input<'_>]) -> Result<Dataset, Problems> {
        let (dataset, problems) = Dataset::load_reporting(inputs);
        dataset.ok_or(Problems(problems))
    }

    /// Like [`Dataset::load`], but also gives every problem found, warnings
    /// included: the dataset is `None` when any of them is an error.
    pub fn load_reporting(inputs: &[Input<'_>]) -> (Option<Dataset>, Vec<Problem>) {
        let mut files = Vec::with_capacity(inputs.len());
        let mut problems = Vec::new();
        for input in inputs {
            let (parsed, found) = parse(input);
            problems.extend(found);
            files.push((input, parsed));
        }
        // A file that is not YAML at all (or not a mapping) yields no ids;
        // references into it cannot be judged, and calling them unknown would
        // only send the user after the wrong problem.
        let complete = files.iter().all(|(_, parsed)| parsed.readable);
        problems.extend(check(&files, complete));
        if problems.iter().any(Problem::is_error) {
            return (None, problems);
        }
        let mut dataset = Dataset::default();
        for file in files
            .into_iter()
            .filter_map(|(_, parsed)| parsed.into_file())
        {
            dataset.sources.extend(file.sources);
            dataset.themes.extend(file.themes);
            dataset.roles.extend(file.roles);
            dataset.shared.extend(file.shared);
        }
        (Some(dataset), problems)
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|role| role.id == id)
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.id == id)
    }

    /// The source with this id and the number it is cited by (from 1).
    pub fn source(&self, id: &str) -> Option<(usize, &Source)> {
        self.sources
            .iter()
            .enumerate()
            .find(|(_, source)| source.id == id)
            .map(|(index, source)| (index + 1, source))
    }

    /// Looks up roles by the ids a user typed, ignoring case.
    pub fn resolve_roles(&self, ids: &[String]) -> Result<Vec<&Role>, UnknownRole> {
        ids.iter()
            .map(|id| {
                self.roles
                    .iter()
                    .find(|role| role.id.eq_ignore_ascii_case(id))
                    .ok_or_else(|| UnknownRole::new(id, self))
            })
            .collect()
    }
}

/// A role id that is not in the dataset.
#[derive(Debug)]
pub struct UnknownRole {
    id: String,
    suggestion: Option<String>,
    known: Vec<String>,
}

impl UnknownRole {
    fn new(id: &str, dataset: &Dataset) -> UnknownRole {
        let known: Vec<String> = dataset
            .roles
            .iter()
            .map(|role| role.id.to_string())
            .collect();
        let suggestion = closest(id, known.iter().map(String::as_str)).map(str::to_owned);
        UnknownRole {
            id: id.to_owned(),
            suggestion,
            known,
        }
    }
}

impl fmt::Display for UnknownRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown role '{}'", self.id.escape_debug())?;
        if let Some(suggestion) = &self.suggestion {
            write!(f, " (did you mean '{suggestion}'?)")?;
        }
        if self.known.is_empty() {
            write!(f, "; the dataset has no roles")
        } else {
            write!(f, "; known roles: {}", self.known.join(", "))
        }
    }
}

impl std::error::Error for UnknownRole {}

/// The known word nearest to `word`, if it is near enough to be a typo.
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    known
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(&word, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// One dataset file's name and text.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// What problems call the file: its path as the user gave it.
    pub name: &'a str,
    /// The whole file.
    pub text: &'a str,
}

impl<'a> Input<'a> {
    /// Pairs a file's name with its text.
    pub fn new(name: &'a str, text: &'a str) -> Input<'a> {
        Input { name, text }
    }
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The dataset cannot be used.
    Error,
    /// The dataset works, but something is missing (a translation).
    Warning,
}

/// Something wrong in a dataset file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's name.
    pub file: String,
    /// Line and column, from 1, where known.
    pub position: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// Whether it refuses the dataset.
    pub severity: Severity,
}

impl Problem {
    /// Whether this problem refuses the dataset.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if self.severity == Severity::Warning {
            f.write_str(": warning")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a set of dataset files.
#[derive(Debug, Clone)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    // One line: the first error, and how many more `validate` would show.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut errors = self.0.iter().filter(|problem| problem.is_error());
        let Some(first) = errors.next() else {
            return f.write_str("the dataset has no errors");
        };
        write!(f, "{first}")?;
        let more = errors.count();
        if more > 0 {
            let mut files: Vec<&str> = Vec::new();
            for problem in &self.0 {
                if problem.file != BUILTIN_NAME && !files.contains(&problem.file.as_str()) {
                    files.push(&problem.file);
                }
            }
            write!(
                f,
                " (and {more} more; `roles validate {}` lists them all)",
                files.join(" ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// How much of a file may be walked again to find problems' positions, in
/// bytes: a small file gets every problem placed, a huge one only the first few,
/// so that a file full of mistakes is still reported in bounded time.
const LOCATE_BUDGET: usize = 256 * 1024 * 1024;

/// A file's records, each turned into typed data on its own, so that one
/// broken record does not hide the problems of the others.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Whether the file was a YAML mapping, so that its ids are known.
    readable: bool,
    sources: Vec<Salvaged<Source>>,
    themes: Vec<Salvaged<Theme>>,
    roles: Vec<Salvaged<Role>>,
    shared: Vec<Salvaged<Shared>>,
}

/// A record as parsed: whole, or broken but with its id if it had one, so that
/// references to it are not also reported as unknown.
#[derive(Debug)]
enum Salvaged<T> {
    Whole(T),
    Broken(Option<String>),
}

impl<T> Salvaged<T> {
    fn whole(&self) -> Option<&T> {
        match self {
            Salvaged::Whole(record) => Some(record),
            Salvaged::Broken(_) => None,
        }
    }
}

fn salvage<T: serde::de::DeserializeOwned>(
    top: &mut serde_yaml::Mapping,
    key: &str,
) -> Vec<Salvaged<T>> {
    let Some(serde_yaml::Value::Sequence(records)) = top.remove(key) else {
        return Vec::new();
    };
    records
        .into_iter()
        .map(|record| {
            let id = record
                .get("id")
                .and_then(|id| id.as_str())
                .map(str::to_owned);
            serde_yaml::from_value(record).map_or(Salvaged::Broken(id), Salvaged::Whole)
        })
        .collect()
}

impl Parsed {
    /// A file whose every record parsed.
    fn whole(file: DatasetFile) -> Parsed {
        fn all<T>(records: Vec<T>) -> Vec<Salvaged<T>> {
            records.into_iter().map(Salvaged::Whole).collect()
        }
        Parsed {
            readable: true,
            sources: all(file.sources),
            themes: all(file.themes),
            roles: all(file.roles),
            shared: all(file.shared),
        }
    }

    /// The file as the model, if every record of it is whole.
    fn into_file(self) -> Option<DatasetFile> {
        fn whole<T>(records: Vec<Salvaged<T>>) -> Option<Vec<T>> {
            records
                .into_iter()
                .map(|record| match record {
                    Salvaged::Whole(record) => Some(record),
                    Salvaged::Broken(_) => None,
                })
                .collect()
        }
        Some(DatasetFile {
            sources: whole(self.sources)?,
            themes: whole(self.themes)?,
            roles: whole(self.roles)?,
            shared: whole(self.shared)?,
        })
    }
}

/// Parses one file: YAML syntax first, then the shape of every part of it,
/// then each record into the typed model. Every shape problem is reported, and
/// the records that are whole are returned for the checks that follow.
pub fn parse(input: &Input<'_>) -> (Parsed, Vec<Problem>) {
    let fail = |position, message: String| Problem {
        file: input.name.to_owned(),
        position,
        message,
        severity: Severity::Error,
    };
    if input.text.trim().is_empty() {
        let message = "the file is empty; a dataset needs at least one of `sources`, `themes`, \
                       `roles`, `shared`";
        return (Parsed::default(), vec![fail(None, message.to_owned())]);
    }
    // Most files are well formed: they go straight into the model, a large
    // one in pieces on every core. Only when that fails is the YAML walked as
    // a whole, to report every problem.
    if input.text.len() >= chunks::MIN_SIZE
        && let Some(file) = chunks::parse(input.text)
    {
        return (Parsed::whole(file), Vec::new());
    }
    if let Ok(file) = serde_yaml::from_str::<DatasetFile>(input.text) {
        return (Parsed::whole(file), Vec::new());
    }
    let value: serde_yaml::Value = match serde_yaml::from_str(input.text) {
        Ok(value) => value,
        Err(error) => return (Parsed::default(), vec![yaml_problem(input.name, &error)]),
    };
    let mut budget = Budget::new(input.text);
    let problems: Vec<Problem> = schema::check(&value)
        .into_iter()
        .map(|misfit| {
            let position = budget.locate(input.text, &misfit.path, misfit.target);
            fail(
                position,
                format!("{}: {}", schema::display(&misfit.path), misfit.message),
            )
        })
        .collect();
    let serde_yaml::Value::Mapping(mut top) = value else {
        return (Parsed::default(), problems);
    };
    let parsed = Parsed {
        readable: true,
        sources: salvage(&mut top, "sources"),
        themes: salvage(&mut top, "themes"),
        roles: salvage(&mut top, "roles"),
        shared: salvage(&mut top, "shared"),
    };
    (parsed, problems)
}

/// Finds positions until the file has been walked [`LOCATE_BUDGET`] bytes' worth.
struct Budget {
    left: usize,
    cost: usize,
}

impl Budget {
    fn new(text: &str) -> Budget {
        Budget {
            left: LOCATE_BUDGET,
            cost: text.len().max(1),
        }
    }

    fn locate(&mut self, text: &str, path: &[Step], target: Target) -> Option<(usize, usize)> {
        self.left = self.left.checked_sub(self.cost)?;
        locate(text, path, target)
    }
}

fn yaml_problem(file: &str, error: &serde_yaml::Error) -> Problem {
    let position = error.location().map(|at| (at.line(), at.column()));
    let mut message = error.to_string();
    // The YAML library appends the position in words; it is already in front.
    if let Some(cut) = message.find(" at line ") {
        message.truncate(cut);
    }
    if message.contains("more than one document") {
        message = "the file holds more than one YAML document (`---`); a dataset is one document"
            .to_owned();
    } else if message.contains("recursion limit exceeded") {
        message = "the YAML is nested too deeply to be a dataset".to_owned();
    } else if message.contains("repetition limit exceeded") {
        message =
            "the YAML's aliases expand too far (an alias bomb?); a dataset needs none of that"
                .to_owned();
    }
    Problem {
        file: file.to_owned(),
        position,
        message,
        severity: Severity::Error,
    }
}

/// A node in a dataset file, as one step from its parent. The checker builds
/// these on the stack as it descends, so visiting a node costs nothing; the
/// node's path is put together only when there is something to report there.
#[derive(Clone, Copy)]
struct At<'p, 'a> {
    input: &'a Input<'a>,
    parent: Option<&'p At<'p, 'a>>,
    hop: Hop,
}

#[derive(Clone, Copy)]
enum Hop {
    Top,
    Key(&'static str),
    Index(usize),
}

impl<'a> At<'a, 'a> {
    fn top(input: &'a Input<'a>) -> At<'a, 'a> {
        At {
            input,
            parent: None,
            hop: Hop::Top,
        }
    }
}

impl<'a> At<'_, 'a> {
    fn key(&self, key: &'static str) -> At<'_, 'a> {
        At {
            input: self.input,
            parent: Some(self),
            hop: Hop::Key(key),
        }
    }

    fn index(&self, index: usize) -> At<'_, 'a> {
        At {
            input: self.input,
            parent: Some(self),
            hop: Hop::Index(index),
        }
    }

    /// The node's path from the top of its file, kept.
    fn place(&self) -> Place<'a> {
        let mut path = Vec::new();
        let mut node = Some(self);
        while let Some(at) = node {
            match at.hop {
                Hop::Top => {}
                Hop::Key(key) => path.push(Step::Key(key.to_owned())),
                Hop::Index(index) => path.push(Step::Index(index)),
            }
            node = at.parent;
        }
        path.reverse();
        Place {
            input: self.input,
            path,
        }
    }
}

/// A node of a file, by its path: where a problem is, or where an id was defined.
#[derive(Clone)]
struct Place<'a> {
    input: &'a Input<'a>,
    path: Vec<Step>,
}

impl Place<'_> {
    /// `FILE:LINE:COLUMN`, or the file alone when the node cannot be found.
    fn describe(&self) -> String {
        match locate(self.input.text, &self.path, Target::Value) {
            Some((line, column)) => format!("{}:{line}:{column}", self.input.name),
            None => self.input.name.to_owned(),
        }
    }
}

/// Checks what the shape cannot: ids, references between files, texts and translations.
fn check<'a>(files: &[(&'a Input<'a>, Parsed)], references_complete: bool) -> Vec<Problem> {
    let mut checker = Checker {
        defined: Default::default(),
        found: Vec::new(),
        references_complete,
    };
    for (input, file) in files {
        let top = At::top(input);
        let list = top.key("sources");
        for (index, source) in file.sources.iter().enumerate() {
            let at = list.index(index);
            match source {
                Salvaged::Whole(source) => {
                    checker.define(Kind::Source, &source.id, &at);
                    checker.nonempty(&source.title, &at.key("title"), "title");
                }
                Salvaged::Broken(id) => checker.define_broken(Kind::Source, id, &at),
            }
        }
        let list = top.key("themes");
        for (index, theme) in file.themes.iter().enumerate() {
            let at = list.index(index);
            match theme {
                Salvaged::Whole(theme) => {
                    checker.define(Kind::Theme, &theme.id, &at);
                    checker.text(&theme.label, &at.key("label"));
                }
                Salvaged::Broken(id) => checker.define_broken(Kind::Theme, id, &at),
            }
        }
        let list = top.key("roles");
        for (index, role) in file.roles.iter().enumerate() {
            let at = list.index(index);
            match role {
                Salvaged::Whole(role) => checker.define(Kind::Role, &role.id, &at),
                Salvaged::Broken(id) => checker.define_broken(Kind::Role, id, &at),
            }
        }
        let list = top.key("shared");
        for (index, shared) in file.shared.iter().enumerate() {
            let at = list.index(index);
            match shared {
                Salvaged::Whole(shared) => checker.define(Kind::Shared, &shared.id, &at),
                Salvaged::Broken(id) => checker.define_broken(Kind::Shared, id, &at),
            }
        }
    }
    // References are checked once every file's ids are known, so a user's role
    // may use the built-in themes and sources.
    for (input, file) in files {
        let top = At::top(input);
        for (index, role) in file.roles.iter().enumerate() {
            if let Some(role) = role.whole() {
                checker.role(role, &top.key("roles").index(index));
            }
        }
        for (index, shared) in file.shared.iter().enumerate() {
            if let Some(shared) = shared.whole() {
                checker.shared(shared, &top.key("shared").index(index));
            }
        }
    }
    checker.finish()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Source,
    Theme,
    Role,
    Shared,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Theme => "theme",
            Kind::Role => "role",
            Kind::Shared => "shared",
        }
    }
}

/// A problem found by the checker, given a line and column only when it is reported.
struct Found<'a> {
    place: Place<'a>,
    severity: Severity,
    message: String,
}

struct Checker<'a> {
    /// Where each id was first defined, one map per kind of id.
    defined: [HashMap<String, Place<'a>>; 4],
    found: Vec<Found<'a>>,
    /// Whether every file parsed, so that an id not defined is really unknown.
    references_complete: bool,
}

impl<'a> Checker<'a> {
    fn finish(self) -> Vec<Problem> {
        let mut budgets: HashMap<&str, Budget> = HashMap::new();
        self.found
            .into_iter()
            .map(|found| {
                let input = found.place.input;
                let budget = budgets
                    .entry(input.name)
                    .or_insert_with(|| Budget::new(input.text));
                Problem {
                    file: input.name.to_owned(),
                    position: budget.locate(input.text, &found.place.path, Target::Value),
                    message: found.message,
                    severity: found.severity,
                }
            })
            .collect()
    }

    fn error(&mut self, at: &At<'_, 'a>, message: String) {
        self.found.push(Found {
            place: at.place(),
            severity: Severity::Error,
            message,
        });
    }

    fn define(&mut self, kind: Kind, id: &str, at: &At<'_, 'a>) {
        let id_at = at.key("id");
        if !is_valid_id(id) {
            self.error(
                &id_at,
                format!(
                    "{} id '{}' must be 1 to {MAX_ID} lowercase letters, digits and '-'",
                    kind.name(),
                    shorten(id)
                ),
            );
        }
        match self.defined[kind as usize].get(id) {
            Some(first) => {
                let message = format!(
                    "duplicate {} id '{}', first defined at {}",
                    kind.name(),
                    shorten(id),
                    first.describe()
                );
                self.error(&id_at, message);
            }
            None => {
                self.defined[kind as usize].insert(id.to_owned(), id_at.place());
            }
        }
    }

    /// A record too broken to check still defines its id, if it has one.
    fn define_broken(&mut self, kind: Kind, id: &Option<String>, at: &At<'_, 'a>) {
        if let Some(id) = id {
            self.define(kind, id, at);
        }
    }

    fn refers(&mut self, kind: Kind, id: &str, at: &At<'_, 'a>) {
        if !self.references_complete || self.defined[kind as usize].contains_key(id) {
            return;
        }
        let known: Vec<&str> = self.defined[kind as usize]
            .keys()
            .map(String::as_str)
            .collect();
        let mut message = format!("unknown {} '{}'", kind.name(), shorten(id));
        if let Some(near) = closest(id, known.iter().copied()) {
            message.push_str(&format!(" (did you mean '{near}'?)"));
        }
        self.error(at, message);
    }

    fn nonempty(&mut self, text: &str, at: &At<'_, 'a>, what: &str) {
        if text.trim().is_empty() {
            self.error(at, format!("{what} is empty"));
        }
    }

    fn text(&mut self, text: &Text, at: &At<'_, 'a>) {
        self.nonempty(&text.en, &at.key("en"), "English text");
        self.translations(text.hu.as_deref(), at);
    }

    fn statement(&mut self, statement: &Statement, at: &At<'_, 'a>) {
        self.nonempty(&statement.en, &at.key("en"), "English text");
        self.translations(statement.hu.as_deref(), at);
        self.sources(&statement.sources, &at.key("sources"));
    }

    fn translations(&mut self, hu: Option<&str>, at: &At<'_, 'a>) {
        match hu {
            Some(text) => self.nonempty(text, &at.key("hu"), "Hungarian text"),
            None => self.found.push(Found {
                place: at.place(),
                severity: Severity::Warning,
                message: format!("no '{}' translation; English is shown instead", Lang::Hu),
            }),
        }
    }

    fn sources(&mut self, sources: &[Str], at: &At<'_, 'a>) {
        if sources.is_empty() {
            self.error(at, "cites no source; every statement needs one".to_owned());
        }
        for (index, source) in sources.iter().enumerate() {
            self.refers(Kind::Source, source, &at.index(index));
        }
    }

    fn item(&mut self, item: &Item, at: &At<'_, 'a>) {
        self.refers(Kind::Theme, &item.theme, &at.key("theme"));
        self.text(&item.title, &at.key("title"));
        self.text(&item.detail, &at.key("detail"));
        self.sources(&item.sources, &at.key("sources"));
    }

    fn items(&mut self, items: &[Item], at: &At<'_, 'a>) {
        for (index, item) in items.iter().enumerate() {
            self.item(item, &at.index(index));
        }
    }

    fn role(&mut self, role: &Role, at: &At<'_, 'a>) {
        self.nonempty(&role.abbreviation, &at.key("abbreviation"), "abbreviation");
        self.text(&role.title, &at.key("title"));
        self.statement(&role.summary, &at.key("summary"));
        if let Some(orientation) = &role.orientation {
            self.statement(orientation, &at.key("orientation"));
        }
        for section in [
            Section::Responsibilities,
            Section::Focus,
            Section::Challenges,
        ] {
            self.items(role.items(section), &at.key(section.key()));
        }
        if role.every_item().next().is_none() {
            self.error(
                at,
                format!(
                    "role '{}' has no responsibilities, focus areas or challenges",
                    shorten(&role.id)
                ),
            );
        }
    }

    fn shared(&mut self, shared: &Shared, at: &At<'_, 'a>) {
        if shared.roles.len() < 2 {
            self.error(
                &at.key("roles"),
                "`roles` must name at least two roles".to_owned(),
            );
        }
        for (index, role) in shared.roles.iter().enumerate() {
            self.refers(Kind::Role, role, &at.key("roles").index(index));
        }
        if let Some(summary) = &shared.summary {
            self.statement(summary, &at.key("summary"));
        }
        self.items(&shared.collaboration, &at.key("collaboration"));
        self.items(&shared.challenges, &at.key("challenges"));
    }
}

/// The longest id allowed: ids are typed on command lines and shown in column headings.
const MAX_ID: usize = 64;

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An id cut to a length a message can carry.
fn shorten(id: &str) -> String {
    const MAX: usize = 40;
    if id.chars().count() <= MAX {
        id.escape_debug().to_string()
    } else {
        let head: String = id.chars().take(MAX).collect();
        format!("{}…", head.escape_debug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    const BASE: &str = "\
sources:
  - id: s1
    title: Source one
    language: en
themes:
  - id: strategy
    label: { en: Strategy, hu: Stratégia }
roles:
  - id: ceo
    abbreviation: CEO
    title: { en: Chief Executive Officer, hu: vezérigazgató }
    summary: { en: Runs the company., hu: Vezeti a céget., sources: [s1] }
    responsibilities:
      - theme: strategy
        title: { en: Direction, hu: Irány }
        detail: { en: Sets it., hu: Kijelöli. }
        sources: [s1]
";

    fn load(files: &[(&str, &str)]) -> Result<Dataset, Problems> {
        let inputs: Vec<Input<'_>> = files
            .iter()
            .map(|(name, text)| Input::new(name, text))
            .collect();
        Dataset::load(&inputs)
    }

    fn errors(files: &[(&str, &str)]) -> Vec<String> {
        match load(files) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .0
                .iter()
                .filter(|problem| problem.is_error())
                .map(ToString::to_string)
                .collect(),
        }
    }

    #[test]
    fn a_valid_file_loads() -> TestResult {
        let dataset = load(&[("base.yaml", BASE)])?;
        assert_eq!(dataset.roles[0].id, "ceo");
        assert_eq!(dataset.source("s1").map(|(number, _)| number), Some(1));
        Ok(())
    }

    #[test]
    fn an_unknown_theme_is_reported_where_it_is_with_a_suggestion() -> TestResult {
        let text = BASE.replace("- theme: strategy", "- theme: strategi");
        assert_eq!(
            errors(&[("f.yaml", &text)]),
            ["f.yaml:14:16: unknown theme 'strategi' (did you mean 'strategy'?)"]
        );
        Ok(())
    }

    #[test]
    fn an_unknown_source_is_reported_where_it_is() -> TestResult {
        let text = BASE.replace("        sources: [s1]", "        sources: [s1, s9]");
        assert_eq!(
            errors(&[("f.yaml", &text)]),
            ["f.yaml:17:23: unknown source 's9' (did you mean 's1'?)"]
        );
        Ok(())
    }

    #[test]
    fn a_duplicate_id_names_both_places() -> TestResult {
        let second = "\
roles:
  - id: ceo
    abbreviation: CEO
    title: { en: Again }
    summary: { en: Again., sources: [s1] }
    focus:
      - { theme: strategy, title: { en: X }, detail: { en: Y }, sources: [s1] }
";
        assert_eq!(
            errors(&[("a.yaml", BASE), ("b.yaml", second)]),
            ["b.yaml:2:9: duplicate role id 'ceo', first defined at a.yaml:9:9"]
        );
        Ok(())
    }

    #[test]
    fn a_later_file_may_use_an_earlier_files_themes_and_sources() -> TestResult {
        let second = "\
roles:
  - id: coo
    abbreviation: COO
    title: { en: Chief Operating Officer, hu: operatív igazgató }
    summary: { en: Runs operations., hu: Irányítja a működést., sources: [s1] }
    challenges:
      - theme: strategy
        title: { en: Scale, hu: Méret }
        detail: { en: Growing., hu: Növekedés. }
        sources: [s1]
";
        let dataset = load(&[("a.yaml", BASE), ("b.yaml", second)])?;
        assert_eq!(dataset.roles.len(), 2);
        Ok(())
    }

    #[test]
    fn unknown_fields_and_wrong_types_have_positions() -> TestResult {
        let text = BASE.replace("responsibilities:", "responsibilites:");
        assert_eq!(
            errors(&[("f.yaml", &text)]),
            [
                "f.yaml:13:5: roles[0].responsibilites: unknown field `responsibilites` in a role \
                 (did you mean `responsibilities`?)"
            ]
        );

        let text = BASE.replace("        sources: [s1]\n", "        sources: s1\n");
        assert_eq!(
            errors(&[("f.yaml", &text)]),
            [
                "f.yaml:17:18: roles[0].responsibilities[0].sources: expected a list of strings, \
                 found a string"
            ]
        );
        Ok(())
    }

    #[test]
    fn every_problem_of_a_file_is_reported_at_once() -> TestResult {
        let text = BASE
            .replace("abbreviation: CEO", "abbreviation: CEO\n    colour: red")
            .replace(
                "{ en: Direction, hu: Irány }",
                "{ en: Direction, de: Richtung }",
            )
            .replace("language: en", "language: [en]");
        assert_eq!(
            errors(&[("f.yaml", &text)]),
            [
                "f.yaml:4:15: sources[0].language: expected a string, found a list",
                "f.yaml:11:5: roles[0].colour: unknown field `colour` in a role; expected `id`, \
                 `abbreviation`, `title`, `summary`, `orientation`, `responsibilities`, `focus`, \
                 `challenges`",
                "f.yaml:16:33: roles[0].responsibilities[0].title.de: unknown field `de` in a text; \
                 expected `en`, `hu`",
            ]
        );
        Ok(())
    }

    #[test]
    fn ids_must_be_lowercase_words() -> TestResult {
        let text = BASE.replace("id: ceo", "id: Chief Exec");
        assert_eq!(
            errors(&[("f.yaml", &text)]),
            ["f.yaml:9:9: role id 'Chief Exec' must be 1 to 64 lowercase letters, digits and '-'"]
        );
        Ok(())
    }

    #[test]
    fn a_role_with_no_items_and_an_uncited_statement_are_errors() -> TestResult {
        let uncited = BASE.replace("sources: [s1] }", "sources: [] }");
        let (text, _) = uncited
            .split_once("    responsibilities:")
            .ok_or("BASE has responsibilities")?;
        let found = errors(&[("f.yaml", text)]);
        assert_eq!(
            found,
            [
                "f.yaml:12:69: cites no source; every statement needs one",
                "f.yaml:9:5: role 'ceo' has no responsibilities, focus areas or challenges",
            ]
        );
        Ok(())
    }

    #[test]
    fn a_missing_translation_is_a_warning_only() -> TestResult {
        let text = BASE.replace("{ en: Direction, hu: Irány }", "{ en: Direction }");
        let inputs = [Input::new("f.yaml", &text)];
        let dataset = Dataset::load(&inputs)?;
        assert_eq!(
            dataset.roles[0].responsibilities[0].title.get(Lang::Hu),
            "Direction"
        );
        Ok(())
    }

    #[test]
    fn yaml_syntax_errors_have_positions() -> TestResult {
        let found = errors(&[("f.yaml", "roles: [\n  - id: x\n")]);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("f.yaml:2:"), "{found:?}");
        assert_eq!(found[0].lines().count(), 1);
        Ok(())
    }

    #[test]
    fn an_empty_file_is_an_error() -> TestResult {
        assert_eq!(
            errors(&[("f.yaml", "  \n")]),
            [
                "f.yaml: the file is empty; a dataset needs at least one of `sources`, `themes`, `roles`, `shared`"
            ]
        );
        Ok(())
    }

    #[test]
    fn unknown_roles_are_suggested_only_when_close() -> TestResult {
        let dataset = Dataset::builtin();
        let Err(error) = dataset.resolve_roles(&["cio".to_owned(), "ctoo".to_owned()]) else {
            panic!("unknown roles resolved");
        };
        assert_eq!(
            error.to_string(),
            "unknown role 'ctoo' (did you mean 'cto'?); known roles: cto, cio"
        );
        let Err(error) = dataset.resolve_roles(&["chief-marketing-officer".to_owned()]) else {
            panic!("unknown roles resolved");
        };
        assert!(!error.to_string().contains("did you mean"));
        Ok(())
    }
}
