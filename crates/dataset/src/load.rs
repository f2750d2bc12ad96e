//! Loading: each file read into records with the problems of its syntax and
//! shape, then every file's ids defined, then every reference checked against
//! them, and only a set of files without errors merged into a [`Dataset`].

use crate::check::{Checker, Definition};
use crate::dataset::Dataset;
use crate::input::{BUILTIN_NAME, Input, MAX_PROBLEMS};
use crate::message::{Kind, Message};
use crate::model::{DatasetFile, Section};
use crate::nesting;
use crate::path::Step;
use crate::problem::{Counts, Problem, Problems, more_problems};
use crate::salvage::{Records, Salvaged, records};
use crate::tree::{self, Tree};

impl Dataset {
    /// Parses, checks and merges `inputs`, in order; any error refuses the whole set.
    pub fn load(inputs: &[Input<'_>]) -> Result<Dataset, Problems> {
        let (dataset, problems) = load(inputs, false);
        dataset.ok_or(Problems(problems))
    }

    /// Like [`Dataset::load`], but also gives every problem found, warnings
    /// included: the dataset is `None` when any of them is an error.
    pub fn load_reporting(inputs: &[Input<'_>]) -> (Option<Dataset>, Vec<Problem>) {
        load(inputs, true)
    }
}

/// A file being loaded: its records, and its positions once they were needed.
struct Loading<'a> {
    input: &'a Input<'a>,
    records: Records,
    /// Whether the file was a YAML mapping, so that its ids are known.
    readable: bool,
    tree: Option<Option<Tree>>,
}

impl Loading<'_> {
    /// The file's positions, parsed the first time they are asked for.
    fn tree(&mut self) -> Option<&Tree> {
        let input = self.input;
        self.tree
            .get_or_insert_with(|| Tree::parse(input).ok())
            .as_ref()
    }

    fn position(&mut self, path: &[Step]) -> Option<(usize, usize)> {
        self.tree()?.position(path)
    }

    fn null_at(&mut self, position: (usize, usize)) -> bool {
        self.tree().is_some_and(|tree| tree.is_null_at(position))
    }
}

/// Characters without which a file can hold no anchor, alias or tag. serde_yaml
/// expands aliases without bounding the expanded size, so a file that may hold
/// them is read only by the parser that refuses them.
const ANCHOR_ALIAS_TAG: [char; 3] = ['&', '*', '!'];

/// Reads one file into records, with the problems of its syntax and shape.
/// serde_yaml is tried first, for `validate` too: the tree that places
/// problems takes about twice its memory (some 50 times the file), and a
/// file without problems never needs it. A file with problems is then
/// parsed again into that tree, which costs time, not memory: serde_yaml's
/// is freed by then.
fn read(input: &Input<'_>) -> (Records, bool, Option<Tree>, Vec<Problem>) {
    if input.text.trim().is_empty() {
        let problem = Problem::error(input.name, None, Message::EmptyFile);
        return (Records::none(), false, None, vec![problem]);
    }
    if let Some(position) = nesting::too_deep(input.text) {
        let problem = Problem::error(input.name, Some(position), Message::TooDeep);
        return (Records::none(), false, None, vec![problem]);
    }
    // serde_yaml (libyaml, YAML 1.1) takes NEL and the line and paragraph
    // separators for line breaks and is looser about tabs than marked-yaml
    // (YAML 1.2); a file holding any of them is read the one way, with
    // positions, so that loading it and validating it agree.
    let aliases_possible = input.text.contains(ANCHOR_ALIAS_TAG)
        || input
            .text
            .contains(['\t', '\u{85}', '\u{2028}', '\u{2029}']);
    let mut fast_error = None;
    if !aliases_possible {
        match serde_yaml::from_str::<DatasetFile>(input.text) {
            Ok(file) => return (Records::whole(file), true, None, Vec::new()),
            Err(error) => fast_error = Some(error),
        }
    }
    let tree = match Tree::parse(input) {
        Ok(tree) => tree,
        Err(mut problem) => {
            // libyaml places a missing `:` where the key it belongs to starts.
            if let Some(key) = fast_error.as_ref().and_then(simple_key_start) {
                tree::place_missing_colon(&mut problem, key);
            }
            return (Records::none(), false, None, vec![problem]);
        }
    };
    let mut problems = tree.null_problems(input);
    problems.truncate(MAX_PROBLEMS);
    let dropped = Counts {
        errors: tree.nulls().saturating_sub(MAX_PROBLEMS),
        warnings: 0,
    };
    problems.extend(more_problems(input.name, dropped));
    let records = records(input, &tree, &mut problems);
    (records, true, Some(tree), problems)
}

/// Where serde_yaml (libyaml) says a key began that has no `:` after it.
/// marked_yaml notices only where the key runs into the next line, which is
/// the wrong line to send a user to.
fn simple_key_start(error: &serde_yaml::Error) -> Option<(usize, usize)> {
    let message = error.to_string();
    let (_, place) = message.split_once("while scanning a simple key at line ")?;
    let (line, column) = place.split_once(" column ")?;
    let column: String = column.chars().take_while(char::is_ascii_digit).collect();
    Some((line.parse().ok()?, column.parse().ok()?))
}

fn load(inputs: &[Input<'_>], warnings: bool) -> (Option<Dataset>, Vec<Problem>) {
    let mut files = Vec::with_capacity(inputs.len());
    let mut problems = Vec::new();
    for input in inputs {
        let (records, readable, tree, found) = read(input);
        problems.extend(found);
        files.push(Loading {
            input,
            records,
            readable,
            tree: tree.map(Some),
        });
    }
    // A file that is not YAML at all (or not a mapping) yields no ids;
    // references into it cannot be judged, and calling them unknown would
    // only send the user after the wrong problem.
    let complete = files.iter().all(|file| file.readable);
    let mut checker = Checker::new(complete, warnings);
    define(&mut checker, &files);
    // References are checked once every file's ids are known, so a user's role
    // may use the built-in themes and sources.
    for (at, file) in files.iter().enumerate() {
        check(&mut checker, at, &file.records);
    }
    for found in std::mem::take(&mut checker.found) {
        let position = files[found.file].position(&found.path);
        // An empty value read as "" was already reported as a null.
        if position.is_some_and(|at| files[found.file].null_at(at)) {
            continue;
        }
        let mut message = found.message;
        if let (Some(Definition { file, path }), Message::DuplicateId { first, .. }) =
            (found.first, &mut message)
        {
            let name = files[file].input.name.to_owned();
            *first = Some(Box::new((name, files[file].position(&path))));
        }
        problems.push(Problem {
            file: files[found.file].input.name.to_owned(),
            position,
            message,
            severity: found.severity,
        });
    }
    let name = inputs.last().map_or(BUILTIN_NAME, |input| input.name);
    problems.extend(more_problems(name, checker.dropped));
    if problems.iter().any(Problem::is_error) {
        return (None, problems);
    }
    let mut merged = DatasetFile::default();
    for file in files {
        file.records.merge_into(&mut merged);
    }
    (Some(Dataset::from_file(merged)), problems)
}

/// Defines every file's ids, whole records' and broken ones' alike.
fn define(checker: &mut Checker, files: &[Loading<'_>]) {
    for (at, file) in files.iter().enumerate() {
        let records = &file.records;
        define_each(
            checker,
            at,
            "sources",
            Kind::Source,
            &records.sources,
            |s| &s.id,
            |c, s| c.source_texts(s),
        );
        define_each(
            checker,
            at,
            "themes",
            Kind::Theme,
            &records.themes,
            |t| &t.id,
            |c, t| c.theme_texts(&t.label),
        );
        define_each(
            checker,
            at,
            "roles",
            Kind::Role,
            &records.roles,
            |r| &r.id,
            |c, r| {
                for section in Section::OF_A_ROLE {
                    c.define_items(section.key(), r.items(section));
                }
            },
        );
        define_each(
            checker,
            at,
            "shared",
            Kind::Shared,
            &records.shared,
            |s| &s.id,
            |c, s| {
                for (key, items) in s.item_lists() {
                    c.define_items(key, items);
                }
            },
        );
        define_partials(checker, at, records);
        define_each(
            checker,
            at,
            "disagreements",
            Kind::Disagreement,
            &records.disagreements,
            |d| &d.id,
            |_, _| {},
        );
    }
}

/// Defines the ids of one list of records, and of what they hold.
fn define_each<T>(
    checker: &mut Checker,
    file: usize,
    list: &'static str,
    kind: Kind,
    records: &[Salvaged<T>],
    id: impl Fn(&T) -> &str,
    texts: impl Fn(&mut Checker, &T),
) {
    for (index, record) in records.iter().enumerate() {
        checker.at_record(file, list, index);
        match record {
            Salvaged::Whole(record) => {
                checker.define(kind, id(record));
                texts(checker, record);
            }
            Salvaged::Broken(Some(id)) => checker.define(kind, id),
            Salvaged::Broken(None) => {}
        }
    }
}

/// Defines the ids of the whole items of roles and groups with a broken one.
fn define_partials(checker: &mut Checker, at: usize, records: &Records) {
    for (list, partials) in [
        (
            "roles",
            records
                .partial_roles
                .iter()
                .map(|p| (p.at, &p.items))
                .collect::<Vec<_>>(),
        ),
        (
            "shared",
            records
                .partial_shared
                .iter()
                .map(|p| (p.at, &p.items))
                .collect(),
        ),
    ] {
        for (record, items) in partials {
            checker.at_record(at, list, record);
            for (key, index, item) in items {
                checker.define_item_at(key, *index, item);
            }
        }
    }
}

fn check(checker: &mut Checker, file: usize, records: &Records) {
    for (index, role) in records.roles.iter().enumerate() {
        if let Salvaged::Whole(role) = role {
            checker.at_record(file, "roles", index);
            checker.role(role);
        }
    }
    for (index, shared) in records.shared.iter().enumerate() {
        if let Salvaged::Whole(shared) = shared {
            checker.at_record(file, "shared", index);
            checker.shared(shared);
        }
    }
    for partial in &records.partial_roles {
        checker.at_record(file, "roles", partial.at);
        checker.role_head(&partial.head);
        for (key, index, item) in &partial.items {
            checker.item_at(key, *index, item);
        }
    }
    for partial in &records.partial_shared {
        checker.at_record(file, "shared", partial.at);
        checker.shared_head(&partial.head);
        for (key, index, item) in &partial.items {
            checker.item_at(key, *index, item);
        }
    }
    for (index, disagreement) in records.disagreements.iter().enumerate() {
        if let Salvaged::Whole(disagreement) = disagreement {
            checker.at_record(file, "disagreements", index);
            checker.disagreement(disagreement);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

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
        assert_eq!(dataset.roles()[0].id, "ceo");
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
        assert_eq!(dataset.roles().len(), 2);
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
            ["f.yaml:17:18: roles[0].responsibilities[0].sources: expected a list, found text"]
        );
        Ok(())
    }

    #[test]
    fn every_record_is_read_on_its_own() -> TestResult {
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
                "f.yaml:4:15: sources[0].language: expected text, found a list",
                "f.yaml:11:5: roles[0].colour: unknown field `colour` in a role; expected `id`, \
                 `abbreviation`, `title`, `summary`, `orientation`, `classification`, `responsibilities`, `focus`, \
                 `challenges`, `skills`",
                "f.yaml:16:37: roles[0].responsibilities[0].title.de: unknown field `de`: expected \
                 a language (`en`, `hu`)",
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
            dataset.roles()[0].responsibilities[0].title.get(Lang::Hu),
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

    /// Two items with ids, and a disagreement between them.
    const DISAGREEING: &str = "\
roles:
  - id: cfo
    abbreviation: CFO
    title: { en: Chief Financial Officer, hu: pénzügyi igazgató }
    summary: { en: Keeps the books., hu: Könyvel., sources: [s1] }
    responsibilities:
      - id: cfo-budget
        theme: strategy
        title: { en: Budget, hu: Költségvetés }
        detail: { en: Owns it., hu: Az övé. }
        sources: [s1]
disagreements:
  - id: budget
    theme: strategy
    roles: [ceo, cfo]
    sides:
      - { source: s1, items: [cfo-budget], says: { en: gives the budget to the CFO, hu: a pénzügyi igazgatóra bízza } }
      - { source: s1, items: [ITEM], says: { en: gives it to the CEO, hu: a vezérigazgatóra bízza } }
";

    #[test]
    fn a_disagreement_names_items_that_exist_with_titles_of_their_own() -> TestResult {
        let base = BASE.replace(
            "      - theme: strategy\n        title: { en: Direction",
            "      - id: ceo-direction\n        theme: strategy\n        title: { en: Direction",
        );
        let good = DISAGREEING.replace("ITEM", "ceo-direction");
        let dataset = load(&[("base.yaml", &base), ("d.yaml", &good)])?;
        assert_eq!(
            dataset.disagreements()[0].sides[1].items[0],
            "ceo-direction"
        );

        let unknown = DISAGREEING.replace("ITEM", "ceo-directoin");
        assert_eq!(
            errors(&[("base.yaml", &base), ("d.yaml", &unknown)]),
            ["d.yaml:18:31: unknown item 'ceo-directoin' (did you mean 'ceo-direction'?)"]
        );

        let same_title = base.replace(
            "title: { en: Direction, hu: Irány }",
            "title: { en: Budget, hu: Irány }",
        );
        assert_eq!(
            errors(&[("base.yaml", &same_title), ("d.yaml", &good)]),
            [
                "d.yaml:18:31: item 'ceo-direction' has the title 'budget', as an item on another side does; give each side's items titles of their own"
            ]
        );
        Ok(())
    }

    #[test]
    fn an_empty_file_is_an_error() -> TestResult {
        assert_eq!(
            errors(&[("f.yaml", "  \n")]),
            [
                "f.yaml: the file is empty; a dataset needs at least one of `sources`, `themes`, `roles`, `shared`, `disagreements`"
            ]
        );
        Ok(())
    }
}
