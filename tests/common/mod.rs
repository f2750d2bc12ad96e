//! Running the real `roles` binary as a user would, and comparing what it prints.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// `roles` with colour off and an environment holding nothing of the caller's,
/// so a developer's `NO_COLOR`, `COLUMNS` or locale cannot change what it prints.
pub fn roles() -> Command {
    let mut command = Command::cargo_bin("roles").expect("the roles binary is built by cargo test");
    command.env_clear().arg("--color=never");
    command
}

/// A scratch directory, removed when dropped.
pub fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().expect("a scratch directory")
}

/// Writes `contents` to `name` in `directory` and gives its path.
pub fn file(directory: &tempfile::TempDir, name: &str, contents: &[u8]) -> PathBuf {
    let path = directory.path().join(name);
    fs::write(&path, contents).expect("writable");
    path
}

/// Runs `roles` with `args` and returns stdout, asserting it succeeded and said nothing on stderr.
pub fn stdout_of(args: &[&str]) -> String {
    let output = roles().args(args).output().expect("roles runs");
    assert!(
        output.status.success(),
        "roles {args:?} failed with {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "roles {args:?} wrote to stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("roles prints UTF-8")
}

/// Runs `roles` with `args`, asserting it failed with `code`; returns stderr.
pub fn failure_of(args: &[&str], code: i32) -> String {
    let output = roles().args(args).output().expect("roles runs");
    assert_eq!(
        output.status.code(),
        Some(code),
        "roles {args:?}: stdout {}, stderr {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stderr).expect("roles prints UTF-8")
}

fn rendered(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/rendered")
        .join(name)
}

/// Compares `actual` with the expected file `tests/rendered/NAME`.
/// `UPDATE_RENDERED=1 cargo test` rewrites the files; review the diff before committing.
pub fn assert_rendered(name: &str, actual: &str) {
    let path = rendered(name);
    if std::env::var_os("UPDATE_RENDERED").is_some() {
        std::fs::write(&path, actual).expect("tests/rendered is writable");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{}: {error}; run UPDATE_RENDERED=1 cargo test to create it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "output differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             run UPDATE_RENDERED=1 cargo test and review the diff if the change is intended",
            path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
}

/// The lines of `text` that contain every one of `needles`.
pub fn lines_with<'a>(text: &'a str, needles: &[&str]) -> Vec<&'a str> {
    text.lines()
        .filter(|line| needles.iter().all(|needle| line.contains(needle)))
        .collect()
}

/// Each table of a GFM document as its rows' cell counts, header first.
pub fn markdown_tables(markdown: &str) -> Vec<Vec<usize>> {
    let mut tables: Vec<Vec<usize>> = Vec::new();
    let mut cells = 0;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => tables.push(Vec::new()),
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some(table) = tables.last_mut() {
                    table.push(cells);
                }
                cells = 0;
            }
            _ => {}
        }
    }
    tables
}
