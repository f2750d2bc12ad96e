//! How the code itself is shaped: modules that depend one way, files of one
//! idea and functions that fit on a screen. Read from the sources, so that
//! a change that breaks the shape fails here rather than in a review.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file may be, in lines of code (tests, blank lines
/// and comments aside).
const FILE_LINES: usize = 600;

/// The longest a function may be, in lines.
const FUNCTION_LINES: usize = 80;

/// The source roots: the binary's library and the dataset crate.
const ROOTS: [&str; 2] = ["src", "crates/dataset/src"];

/// Every `.rs` file under `directory`, with its module path from the root.
fn modules(root: &Path, directory: &Path, into: &mut BTreeMap<Vec<String>, PathBuf>) {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            modules(root, &path, into);
            continue;
        }
        if path.extension().is_none_or(|extension| extension != "rs") {
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let mut segments: Vec<String> = relative
            .with_extension("")
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        match segments.last().map(String::as_str) {
            // The binary's entry point is a crate of its own.
            Some("main") if segments.len() == 1 => continue,
            Some("lib" | "mod") => {
                segments.pop();
            }
            _ => {}
        }
        into.insert(segments, path);
    }
}

/// `text` without its test module, which rustfmt and this project keep last.
fn without_tests(text: &str) -> &str {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let next = &text[at + line.len()..];
        if line.trim() == "#[cfg(test)]" && next.trim_start().starts_with("mod ") {
            return &text[..at];
        }
        at += line.len();
    }
    text
}

/// The code of `text`: its lines without comments.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|line| {
        let line = line.trim();
        !line.is_empty() && !line.starts_with("//")
    })
}

/// The paths a `use` tree names, each as its segments: `a::{b, c::d}` is
/// `a::b` and `a::c::d`.
fn use_paths(tree: &str) -> Vec<Vec<String>> {
    fn expand(prefix: &[String], tree: &str, into: &mut Vec<Vec<String>>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let head: Vec<String> = tree[..open]
                .split("::")
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .map(str::to_owned)
                .collect();
            let mut base = prefix.to_vec();
            base.extend(head);
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            // Split the inside at its top-level commas.
            let (mut depth, mut start) = (0, 0);
            for (at, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&base, &inner[start..at], into);
                        start = at + 1;
                    }
                    _ => {}
                }
            }
            expand(&base, &inner[start..], into);
        } else if !tree.is_empty() {
            let mut path = prefix.to_vec();
            let tree = tree.split(" as ").next().unwrap_or(tree);
            path.extend(tree.split("::").map(|part| part.trim().to_owned()));
            into.push(path);
        }
    }
    let mut paths = Vec::new();
    expand(&[], tree, &mut paths);
    paths
}

/// Every path the code of a module names, from `use` statements (other than
/// re-exports, which are a facade and not a dependency) and from the code.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    // `use` statements, which may span lines.
    let mut body = String::new();
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        body.push_str(before);
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        let lead = before[line_start..].trim();
        let Some(end) = rest[at..].find(';') else {
            break;
        };
        let statement = &rest[at + 4..at + end];
        let starts_line = lead.is_empty() || lead.starts_with("pub");
        if starts_line && !lead.starts_with("pub") {
            paths.extend(use_paths(statement));
        } else if !starts_line {
            body.push_str(&rest[at..at + end + 1]);
        }
        rest = &rest[at + end + 1..];
    }
    body.push_str(rest);
    // Paths in the code: `crate::a::b`, `super::x`, `child::f`.
    let bytes = body.as_bytes();
    let mut at = 0;
    while let Some(found) = body[at..].find("::") {
        let colons = at + found;
        let mut start = colons;
        while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
            start -= 1;
        }
        let preceded = start >= 2 && &body[start - 2..start] == "::";
        if start < colons && !preceded {
            let mut end = colons;
            while end < bytes.len()
                && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_' || bytes[end] == b':')
            {
                end += 1;
            }
            let path: Vec<String> = body[start..end]
                .split("::")
                .filter(|part| !part.is_empty())
                .map(str::to_owned)
                .collect();
            paths.push(path);
            at = end.max(colons + 2);
        } else {
            at = colons + 2;
        }
    }
    paths
}

/// The names a module re-exports (`pub use a::B;`, `pub use a as b;`): a
/// path through them is a path to where they are defined, not to the facade.
fn reexports(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for statement in code.split(';') {
        let statement = statement.trim();
        let Some(tree) = ["pub use ", "pub(crate) use "]
            .iter()
            .find_map(|start| statement.rsplit('\n').next()?.trim().strip_prefix(start))
        else {
            continue;
        };
        for path in use_paths(tree) {
            if let Some(last) = path.last() {
                names.insert(last.clone());
            }
        }
        for alias in tree.split(" as ").skip(1) {
            let alias: String = alias
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.insert(alias);
        }
    }
    names
}

/// The module a path from `module` lands in: the longest known module its
/// segments name, or none for a path outside the crate or through a name a
/// module only re-exports.
fn resolve(
    module: &[String],
    path: &[String],
    known: &BTreeMap<Vec<String>, PathBuf>,
    facades: &BTreeMap<Vec<String>, BTreeSet<String>>,
) -> Option<Vec<String>> {
    let mut base: Vec<String> = module.to_vec();
    let mut segments = path.iter().peekable();
    match segments.peek().map(|first| first.as_str()) {
        Some("crate") => {
            base.clear();
            segments.next();
        }
        Some("self") => {
            segments.next();
        }
        Some("super") => {
            while segments.peek().is_some_and(|first| *first == "super") {
                base.pop();
                segments.next();
            }
        }
        Some(first) => {
            let mut child = module.to_vec();
            child.push(first.to_owned());
            if !known.contains_key(&child) {
                return None;
            }
        }
        None => return None,
    }
    let mut target = base.clone();
    let mut found = known.contains_key(&base).then(|| base.clone());
    for segment in segments {
        target.push(segment.clone());
        if known.contains_key(&target) {
            found = Some(target.clone());
        } else {
            let reexported = found
                .as_ref()
                .and_then(|module| facades.get(module))
                .is_some_and(|names| names.contains(segment));
            if reexported {
                return None;
            }
            break;
        }
    }
    found
}

/// A cycle among `edges`, if there is one, as the modules it runs through.
fn cycle(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<String>> {
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<String>> {
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next).copied().unwrap_or(0) {
                1 => {
                    let from = stack.iter().position(|it| it == next).unwrap_or(0);
                    let mut names: Vec<String> = stack[from..]
                        .iter()
                        .map(|module| format!("crate::{}", module.join("::")))
                        .collect();
                    names.push(format!("crate::{}", next.join("::")));
                    return Some(names);
                }
                0 => {
                    if let Some(found) = visit(next, edges, state, stack) {
                        return Some(found);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if state.get(node).copied().unwrap_or(0) == 0 {
            let mut stack = Vec::new();
            if let Some(found) = visit(node, edges, &mut state, &mut stack) {
                return Some(found);
            }
        }
    }
    None
}

fn sources(root: &str) -> BTreeMap<Vec<String>, (PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let mut known = BTreeMap::new();
    modules(&root, &root, &mut known);
    known
        .into_iter()
        .map(|(module, path)| {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            (module, (path, text))
        })
        .collect()
}

#[test]
fn modules_depend_one_way() {
    for root in ROOTS {
        let files = sources(root);
        assert!(files.len() > 5, "{root} has its modules");
        let known: BTreeMap<Vec<String>, PathBuf> = files
            .iter()
            .map(|(module, (path, _))| (module.clone(), path.clone()))
            .collect();
        let facades: BTreeMap<Vec<String>, BTreeSet<String>> = files
            .iter()
            .map(|(module, (_, text))| (module.clone(), reexports(without_tests(text))))
            .collect();
        let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
        for (module, (_, text)) in &files {
            let code: String = code_lines(without_tests(text))
                .filter(|line| !line.starts_with("mod ") && !line.starts_with("pub mod "))
                .collect::<Vec<_>>()
                .join("\n");
            let targets = edges.entry(module.clone()).or_default();
            for path in named_paths(&code) {
                if let Some(target) = resolve(module, &path, &known, &facades)
                    && target != *module
                {
                    targets.insert(target);
                }
            }
        }
        assert_eq!(cycle(&edges), None, "a cycle among the modules of {root}");
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let module = |name: &str| vec![name.to_owned()];
    let mut edges = BTreeMap::new();
    edges.insert(module("a"), BTreeSet::from([module("b")]));
    edges.insert(module("b"), BTreeSet::from([module("a")]));
    assert!(cycle(&edges).is_some());
    let known: BTreeMap<Vec<String>, PathBuf> = [vec![], module("a"), module("b")]
        .into_iter()
        .map(|module| (module, PathBuf::new()))
        .collect();
    let paths = named_paths("use super::{b::X, c};\nfn f() { crate::a::g(); }");
    let resolved: Vec<_> = paths
        .iter()
        .filter_map(|path| resolve(&module("b"), path, &known, &BTreeMap::new()))
        .collect();
    assert_eq!(resolved, [module("b"), vec![], module("a")]);
}

#[test]
fn files_hold_one_idea() {
    for root in ROOTS {
        for (path, text) in sources(root).values() {
            let lines = code_lines(without_tests(text)).count();
            assert!(
                lines <= FILE_LINES,
                "{} has {lines} lines of code, more than {FILE_LINES}",
                path.display()
            );
        }
    }
}

#[test]
fn functions_fit_on_a_screen() {
    let mut long = Vec::new();
    for root in ROOTS {
        for (path, text) in sources(root).values() {
            let lines: Vec<&str> = without_tests(text).lines().collect();
            for (at, line) in lines.iter().enumerate() {
                let trimmed = line.trim_start();
                let signature = [
                    "fn ",
                    "pub fn ",
                    "pub(crate) fn ",
                    "pub(super) fn ",
                    "const fn ",
                ]
                .iter()
                .chain(&["pub const fn ", "pub(crate) const fn "])
                .any(|start| trimmed.starts_with(start));
                // A declaration, or a function on one line.
                if !signature || line.trim_end().ends_with([';', '}']) {
                    continue;
                }
                let indent = &line[..line.len() - trimmed.len()];
                let closing = format!("{indent}}}");
                let length = lines[at..]
                    .iter()
                    .position(|line| *line == closing)
                    .map_or(1, |end| end + 1);
                if length > FUNCTION_LINES {
                    long.push(format!("{}:{}: {length} lines", path.display(), at + 1));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions longer than {FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}
