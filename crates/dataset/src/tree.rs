//! The one parse that keeps positions (marked-yaml), made only for a file that
//! has problems or is being validated: it says where each problem is, and it
//! reads every record on its own, so that one broken record does not hide the
//! problems of the others.

use std::collections::HashMap;

use marked_yaml::types::MarkedMappingNode;
use marked_yaml::{LoadError, LoaderOptions, Node, Span};
use serde::de::DeserializeOwned;

use crate::input::{Input, MAX_PROBLEMS};
use crate::message::{Kind, Message, Shape, ShapeError};
use crate::model::{Lang, NULL_MESSAGE};
use crate::path::{Position, ShowPath, Step};
use crate::problem::Problem;
use crate::suggest::closest;

/// A dataset file parsed with the position of every node.
pub(crate) struct Tree {
    root: Node,
    /// Where a YAML null stands in place of a value: reported once, and not
    /// again by the record that holds it.
    nulls: HashMap<Position, Position>,
}

fn start(span: &Span) -> Option<Position> {
    span.start().map(|mark| (mark.line(), mark.column()))
}

/// Where a node begins as a reader sees it. The parser marks a block mapping
/// where it first meets a `:`, after its first key, and a flow mapping at its
/// `{`, before it: the earlier of the two is where the mapping starts.
fn node_start(node: &Node) -> Option<Position> {
    let own = start(node.span());
    let first_key = node
        .as_mapping()
        .and_then(|mapping| mapping.iter().next())
        .and_then(|(key, _)| start(key.span()));
    match (own, first_key) {
        (Some(own), Some(key)) => Some(own.min(key)),
        (own, key) => own.or(key),
    }
}

impl Tree {
    /// Parses `input`, or gives the problem that stops it from being a dataset.
    pub(crate) fn parse(input: &Input<'_>) -> Result<Tree, Problem> {
        if let Some(position) = second_document(input.text) {
            return Err(Problem::error(
                input.name,
                Some(position),
                Message::SecondDocument,
            ));
        }
        let options = LoaderOptions::default()
            .error_on_duplicate_keys(true)
            .prevent_coercion(true);
        let root = marked_yaml::parse_yaml_with_options(0, input.text, options)
            .map_err(|error| syntax_problem(input.name, &error))?;
        let mut tree = Tree {
            root,
            nulls: HashMap::new(),
        };
        tree.nulls = nulls(&tree.root);
        Ok(tree)
    }

    /// Every null that stands where a value belongs, in the order they stand.
    pub(crate) fn null_problems(&self, input: &Input<'_>) -> Vec<Problem> {
        let mut positions: Vec<Position> = self.nulls.values().copied().collect();
        positions.sort_unstable();
        // Only as many as are kept are made; the count of the rest is said
        // by whoever keeps them.
        positions
            .into_iter()
            .take(MAX_PROBLEMS + 1)
            .map(|position| Problem::error(input.name, Some(position), null()))
            .collect()
    }

    /// How many nulls stand where a value belongs.
    pub(crate) fn nulls(&self) -> usize {
        self.nulls.len()
    }

    /// The top-level mapping.
    pub(crate) fn top(&self) -> Option<&MarkedMappingNode> {
        self.root.as_mapping()
    }

    /// The root node.
    pub(crate) fn root(&self) -> &Node {
        &self.root
    }

    /// Reads `node` as a `T`, or says what is wrong and where. `path` is the
    /// node's place in the file and `kind` what it is, for the message.
    pub(crate) fn read<T: DeserializeOwned>(
        &self,
        input: &Input<'_>,
        node: &Node,
        path: &[Step],
        kind: Kind,
    ) -> Result<T, Option<Problem>> {
        marked_yaml::from_node::<T>(node).map_err(|error| {
            let position = error.start_mark().map(|mark| (mark.line(), mark.column()));
            let position = position.or_else(|| node_start(node));
            // A null has been reported where it stands; the type error it causes is the same mistake.
            if position.is_some_and(|at| self.nulls.contains_key(&at)) {
                return None;
            }
            let mut place = ShowPath(path).to_string();
            if let Some(inner) = error
                .path()
                .filter(|inner| !inner.is_empty() && *inner != ".")
            {
                if !place.is_empty() && !inner.starts_with('[') {
                    place.push('.');
                }
                place.push_str(inner);
            }
            let error = match &*error {
                marked_yaml::Error::UnknownFieldError(field, expected, _) => {
                    ShapeError::UnknownField {
                        field: field.clone(),
                        record: kind,
                        suggestion: closest(field, expected.iter().copied()).map(str::to_owned),
                        expected: expected.to_vec(),
                    }
                }
                other => describe(&other.to_string(), kind),
            };
            let error = Box::new(error);
            Some(Problem::error(
                input.name,
                position,
                Message::Shape { place, error },
            ))
        })
    }

    /// Where the node at `path` starts, if the file has one there.
    pub(crate) fn position(&self, path: &[Step]) -> Option<Position> {
        node_start(self.node(path)?)
    }

    /// Whether a null stands at `position`, as a value's own position: it
    /// was reported as a null, and is not to be reported again as anything else.
    pub(crate) fn is_null_at(&self, position: Position) -> bool {
        self.nulls.contains_key(&position)
    }

    /// The node at `path`.
    pub(crate) fn node(&self, path: &[Step]) -> Option<&Node> {
        let mut node = &self.root;
        for step in path {
            node = match step {
                Step::Key(key) => node.as_mapping()?.get_node(key)?,
                Step::Index(index) => node.as_sequence()?.get_node(*index)?,
            };
        }
        Some(node)
    }
}

/// A record's `id`, if it has a text one, so that a broken record still defines it.
pub(crate) fn id_of(node: &Node) -> Option<String> {
    node.as_mapping()?
        .get_scalar("id")
        .map(|id| id.as_str().to_owned())
}

/// Every plain `~`, `null` or empty value: YAML's nulls, which a dataset has
/// no use for, since every value in it is text, a list or a mapping. Each is
/// keyed by the value's own position (where a record's reading stumbles on
/// it) and gives where to report it: at its key, since an empty value has no
/// position of its own (the parser places it at the next token).
fn nulls(root: &Node) -> HashMap<Position, Position> {
    fn is_null(node: &Node) -> bool {
        node.as_scalar().is_some_and(|scalar| {
            scalar.may_coerce() && matches!(scalar.as_str(), "" | "~" | "null" | "Null" | "NULL")
        })
    }
    let mut found = HashMap::new();
    // Depth-first without recursion; the parser bounds nesting anyway.
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node {
            Node::Scalar(_) => {}
            Node::Sequence(sequence) => {
                for element in sequence.iter() {
                    if is_null(element) {
                        if let Some(at) = start(element.span()) {
                            found.insert(at, at);
                        }
                    } else {
                        stack.push(element);
                    }
                }
            }
            Node::Mapping(mapping) => {
                for (key, value) in mapping.iter() {
                    if is_null(value) {
                        if let (Some(at), Some(key)) = (start(value.span()), start(key.span())) {
                            let report = if value.as_scalar().is_some_and(|s| s.as_str().is_empty())
                            {
                                key
                            } else {
                                at
                            };
                            found.insert(at, report);
                        }
                    } else {
                        stack.push(value);
                    }
                }
            }
        }
    }
    found
}

/// The line where a second document starts: `---` at the start of a line
/// after the first document has begun. In YAML such a line can only be a
/// document marker, whatever precedes it.
fn second_document(text: &str) -> Option<Position> {
    let mut content = false;
    for (index, line) in text.lines().enumerate() {
        let marker = line
            .strip_prefix("---")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']));
        if marker && content {
            return Some((index + 1, 1));
        }
        let trimmed = line.trim_start();
        if !marker && !trimmed.is_empty() && !trimmed.starts_with('#') && !line.starts_with('%') {
            content = true;
        }
        if marker && !line[3..].trim().is_empty() && !line[3..].trim_start().starts_with('#') {
            content = true;
        }
    }
    None
}

/// Moves a missing-`:` problem to `key`, where the key without its `:` begins.
pub(crate) fn place_missing_colon(problem: &mut Problem, key: Position) {
    if problem.message == Message::MissingColon {
        problem.position = Some(key);
    }
}

/// A null where a value belongs, as a problem says it.
fn null() -> Message {
    Message::Shape {
        place: String::new(),
        error: Box::new(ShapeError::Null),
    }
}

fn syntax_problem(file: &str, error: &LoadError) -> Problem {
    use LoadError::*;
    let (position, message) = match error {
        TopLevelMustBeMapping(mark) => (Some(mark), Message::NotAMapping),
        TopLevelMustBeSequence(mark) => (Some(mark), Message::ExpectedList),
        UnexpectedAnchor(mark) => (Some(mark), Message::Anchor),
        MappingKeyMustBeScalar(mark) => (Some(mark), Message::KeyNotText),
        UnexpectedTag(mark) => (Some(mark), Message::Tag),
        ScanError(mark, scan) => (Some(mark), scan_message(&scan.to_string())),
        DuplicateKey(inner) => (
            inner.key.span().start(),
            Message::DuplicateKey {
                key: inner.key.as_str().to_owned(),
                first_line: inner.prev_key.span().start().map_or(0, |mark| mark.line()),
            },
        ),
    };
    Problem::error(
        file,
        position.map(|mark| (mark.line(), mark.column())),
        message,
    )
}

/// The scanner's words for a syntax error, with its position taken off (it is
/// put in front) and its jargon said plainly where it helps.
fn scan_message(text: &str) -> Message {
    let text = match text.split_once(": ") {
        Some((place, rest)) if place.chars().all(|c| c.is_ascii_digit() || c == ':') => rest,
        _ => text,
    };
    let text = text.split(" at byte ").next().unwrap_or(text);
    let text = text.split(" at line ").next().unwrap_or(text);
    if text.contains("recursion limit") {
        Message::TooDeep
    } else if text.contains("tabs disallowed") {
        Message::TabIndent
    } else if text.contains("unknown anchor") {
        Message::Anchor
    } else if text.contains("unknown escape") {
        Message::UnknownEscape
    } else if text.contains("quoted scalar") {
        Message::UnclosedQuote
    } else if text.contains("simple key expect ':'") || text.contains("could not find expected ':'")
    {
        Message::MissingColon
    } else {
        Message::Syntax(text.to_owned())
    }
}

/// serde's words as data: "invalid type: sequence, expected a string" is
/// "expected text, found a list". The model's own errors are recognised by
/// their words, which it writes (`model::TextVisitor`).
fn describe(message: &str, kind: Kind) -> ShapeError {
    let message = message.split(" at line ").next().unwrap_or(message);
    if message == NULL_MESSAGE {
        return ShapeError::Null;
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return ShapeError::Missing {
            field: field.to_owned(),
            record: kind,
        };
    }
    // A list where a record belongs: serde reads the list's items as the
    // record's fields, and an empty or short list ends that way.
    if let Some(expected) = message
        .strip_prefix("invalid length ")
        .and_then(|rest| rest.split_once(", expected "))
        .and_then(|(_, expected)| expected.split_once(" with "))
        .filter(|(expected, _)| expected.starts_with("struct "))
        .map(|(expected, _)| expected)
    {
        return ShapeError::Expected {
            expected: shape(expected),
            found: Shape::List,
        };
    }
    // A word that is none of those allowed: a language code (an other
    // name's `lang`), or a skill's relation, kind or flag.
    if let Some((value, expected)) = message
        .strip_prefix("unknown variant `")
        .and_then(|rest| rest.split_once("`, expected "))
    {
        let words: Vec<String> = expected
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        let expected = if words.iter().any(|word| Lang::from_code(word).is_some()) {
            Shape::Other("a language code".to_owned())
        } else {
            Shape::OneOf(words)
        };
        return ShapeError::Expected {
            expected,
            found: Shape::Other(format!("`{}`", crate::suggest::shorten(value))),
        };
    }
    if let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        return ShapeError::Expected {
            expected: shape(expected),
            found: shape(found),
        };
    }
    if let Some((key, rest)) = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once("`: expected a language ("))
    {
        return ShapeError::UnknownLanguage {
            key: key.to_owned(),
            cited: rest.ends_with("`sources`"),
        };
    }
    if let Some(lang) = message
        .strip_prefix("the `")
        .and_then(|rest| rest.strip_suffix("` text is given twice"))
        .and_then(Lang::from_code)
    {
        return ShapeError::TextTwice(lang);
    }
    ShapeError::Other(message.to_owned())
}

fn shape(words: &str) -> Shape {
    let words = words.trim();
    if words.starts_with("string") {
        return Shape::Text;
    }
    match words {
        "a string" => Shape::Text,
        "sequence" | "a sequence" => Shape::List,
        "map" | "a map" => Shape::Mapping,
        "unit value" => Shape::Null,
        "a text, such as { en: …, hu: … }" => Shape::Translations,
        "a text with its sources, such as { en: …, sources: [...] }" => Shape::CitedText,
        "enum Lang" => Shape::Other("a language code".to_owned()),
        other => Shape::Other(other.strip_prefix("struct ").map_or_else(
            || other.to_owned(),
            |name| crate::message::article(&name.to_lowercase()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_document_is_found_where_it_starts() {
        assert_eq!(second_document("a: 1\n---\nb: 2\n"), Some((2, 1)));
        assert_eq!(second_document("---\na: 1\n"), None, "one document, marked");
        assert_eq!(
            second_document("# c\n---\na: 1\n--- \nb: 2\n"),
            Some((4, 1))
        );
        assert_eq!(second_document("a: '---'\nb: ---x\n"), None);
    }
}
