//! The one parse that keeps positions (marked-yaml), made only for a file that
//! has problems or is being validated: it says where each problem is, and it
//! reads every record on its own, so that one broken record does not hide the
//! problems of the others.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use marked_yaml::types::MarkedMappingNode;
use marked_yaml::{LoadError, LoaderOptions, Node, Span};
use serde::de::DeserializeOwned;

use crate::Input;
use crate::problem::Problem;

/// Line and column, from 1.
pub(crate) type Position = (usize, usize);

/// One step from a node to a child: a mapping's key or a sequence's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(Cow<'static, str>),
    Index(usize),
}

/// A node's place in its file, from the top.
pub(crate) type Path = Vec<Step>;

/// `roles[0].title`: a path as people read it.
pub(crate) struct ShowPath<'p>(pub &'p [Step]);

impl fmt::Display for ShowPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if index == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(at) => write!(f, "[{at}]")?,
            }
        }
        Ok(())
    }
}

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

/// How deep flow collections (`[`, `{`) may nest: a dataset needs a few
/// levels, and the YAML scanners take time that grows with the depth for
/// every token, so a file of a million brackets would take minutes.
const FLOW_DEPTH: usize = 64;

/// Where flow collections first nest deeper than [`FLOW_DEPTH`], if they do,
/// found in one pass before any parse. Brackets inside quoted scalars are not
/// counted; a quote opens one only where a scalar can begin (after a space,
/// `[`, `{` or `,`, or at the start of a line), so that the apostrophe of
/// "company's" does not. Comments are skipped.
pub(crate) fn too_deep(text: &str) -> Option<Position> {
    let (mut line, mut column) = (1, 0);
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    let mut escaped = false;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
            column = 0;
            comment = false;
            previous = c;
            continue;
        }
        column += 1;
        if comment {
            continue;
        }
        match quote {
            Some('"') => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    quote = None;
                }
            }
            // A doubled '' inside single quotes closes and reopens: the same count.
            Some(_) => {
                if c == '\'' {
                    quote = None;
                }
            }
            None => {
                let at_start = previous.is_whitespace() || matches!(previous, '[' | '{' | ',');
                match c {
                    '#' if previous.is_whitespace() => comment = true,
                    '"' | '\'' if at_start => quote = Some(c),
                    '[' | '{' => {
                        depth += 1;
                        if depth > FLOW_DEPTH {
                            return Some((line, column));
                        }
                    }
                    ']' | '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
        }
        previous = c;
    }
    None
}

impl Tree {
    /// Parses `input`, or gives the problem that stops it from being a dataset.
    pub(crate) fn parse(input: &Input<'_>) -> Result<Tree, Problem> {
        let fail = |position, message: String| Problem::error(input.name, position, message);
        if let Some(position) = second_document(input.text) {
            return Err(fail(
                Some(position),
                "a second YAML document starts here (`---`); a dataset is one document".to_owned(),
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
            .take(crate::MAX_PROBLEMS + 1)
            .map(|position| {
                Problem::error(
                    input.name,
                    Some(position),
                    crate::model::NULL_MESSAGE.into(),
                )
            })
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
        kind: &str,
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
            let message = match &*error {
                marked_yaml::Error::UnknownFieldError(field, expected, _) => {
                    unknown_field(field, expected, kind)
                }
                other => describe(&other.to_string(), kind),
            };
            let message = if place.is_empty() {
                message
            } else {
                format!("{place}: {message}")
            };
            Some(Problem::error(input.name, position, message))
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
    if problem.message == MISSING_COLON {
        problem.position = Some(key);
    }
}

const MISSING_COLON: &str = "a `:` is missing after this key";

fn syntax_problem(file: &str, error: &LoadError) -> Problem {
    use LoadError::*;
    let (position, message) = match error {
        TopLevelMustBeMapping(mark) => (
            Some(mark),
            "a dataset is a mapping of `sources`, `themes`, `roles` and `shared`".to_owned(),
        ),
        TopLevelMustBeSequence(mark) => (Some(mark), "expected a list".to_owned()),
        UnexpectedAnchor(mark) => (
            Some(mark),
            "anchors and aliases (`&name`, `*name`) are not used in datasets; write the value out"
                .to_owned(),
        ),
        MappingKeyMustBeScalar(mark) => (Some(mark), "a key must be plain text".to_owned()),
        UnexpectedTag(mark) => (
            Some(mark),
            "YAML tags (`!name`) are not used in datasets; write the value plainly".to_owned(),
        ),
        ScanError(mark, scan) => (Some(mark), scan_message(&scan.to_string())),
        DuplicateKey(inner) => (
            inner.key.span().start(),
            format!(
                "key `{}` is given twice in one mapping (first at line {})",
                inner.key.as_str(),
                inner.prev_key.span().start().map_or(0, |mark| mark.line())
            ),
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
fn scan_message(text: &str) -> String {
    let text = match text.split_once(": ") {
        Some((place, rest)) if place.chars().all(|c| c.is_ascii_digit() || c == ':') => rest,
        _ => text,
    };
    let text = text.split(" at byte ").next().unwrap_or(text);
    let text = text.split(" at line ").next().unwrap_or(text);
    if text.contains("recursion limit") {
        "the YAML is nested too deeply to be a dataset".to_owned()
    } else if text.contains("tabs disallowed") {
        "a tab is used for indentation here; YAML indents with spaces".to_owned()
    } else if text.contains("unknown anchor") {
        "anchors and aliases (`&name`, `*name`) are not used in datasets; write the value out"
            .to_owned()
    } else if text.contains("quoted scalar") {
        "this quoted text is not closed: its closing quote is missing".to_owned()
    } else if text.contains("simple key expect ':'") || text.contains("could not find expected ':'")
    {
        MISSING_COLON.to_owned()
    } else {
        format!("YAML syntax: {text}")
    }
}

fn unknown_field(field: &str, expected: &[&str], kind: &str) -> String {
    let mut message = format!("unknown field `{field}` in {}", article(kind));
    match crate::check::closest(field, expected.iter().copied()) {
        Some(near) => message.push_str(&format!(" (did you mean `{near}`?)")),
        None => {
            let expected: Vec<String> = expected.iter().map(|name| format!("`{name}`")).collect();
            message.push_str(&format!("; expected {}", expected.join(", ")));
        }
    }
    message
}

/// serde's words made plain: "invalid type: sequence, expected a string" says
/// "expected text, found a list".
fn describe(message: &str, kind: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return format!("this {kind} has no `{field}`");
    }
    if let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        return format!("expected {}, found {}", plain(expected), plain(found));
    }
    message.to_owned()
}

fn plain(words: &str) -> String {
    let words = words.trim();
    if words.starts_with("string") {
        return "text".to_owned();
    }
    match words {
        "a string" => "text".to_owned(),
        "sequence" | "a sequence" => "a list".to_owned(),
        "map" | "a map" => "a mapping".to_owned(),
        "unit value" => "null".to_owned(),
        other => other.strip_prefix("struct ").map_or_else(
            || other.to_owned(),
            |name| format!("a {}", name.to_lowercase()),
        ),
    }
}

fn article(kind: &str) -> String {
    match kind.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {kind}"),
        _ => format!("a {kind}"),
    }
}

#[cfg(test)]
mod depth_tests {
    use super::too_deep;

    #[test]
    fn deep_flow_nesting_is_found_where_it_passes_the_limit() {
        assert_eq!(
            too_deep(&format!("roles: {}", "[".repeat(100))),
            Some((1, 72))
        );
        assert_eq!(too_deep(&format!("a: {}", "{".repeat(65))), Some((1, 68)));
        assert_eq!(too_deep("roles: [{ id: x, title: { en: \"[[[\" } }]"), None);
        // Brackets in quotes, comments and after an apostrophe are not nesting.
        let many = "[".repeat(100);
        assert_eq!(
            too_deep(&format!("a: '{many}'\nb: \"{many}\"\n# {many}\n")),
            None
        );
        assert_eq!(too_deep(&format!("a: company's {many}'x")), Some((1, 78)));
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
