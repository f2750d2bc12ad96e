//! Running the real `roles` binary as a user would, and comparing what it prints.
#![allow(dead_code)]

use std::fs;
use std::path::PathBuf;

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

/// Why a check cannot run here, if it cannot: `program` is not on `PATH`.
pub fn missing(program: &str) -> Option<String> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path).any(|directory| {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(directory.join(program))
            .is_ok_and(|metadata| metadata.is_file() && metadata.permissions().mode() & 0o111 != 0)
    });
    (!found).then(|| format!("needs {program}"))
}

/// `trial`, ignored with `reason` shown beside its name when something it
/// needs is missing: a check that cannot run is counted as ignored, never as
/// passed.
pub fn unless(trial: libtest_mimic::Trial, reason: Option<String>) -> libtest_mimic::Trial {
    match reason {
        Some(reason) => trial.with_kind(reason).with_ignored_flag(true),
        None => trial,
    }
}

/// A trial of `check`, which fails by panicking, as a `#[test]` does.
pub fn trial(name: &str, check: fn()) -> libtest_mimic::Trial {
    libtest_mimic::Trial::test(name, move || {
        check();
        Ok(())
    })
}

/// Runs `trials` as the test harness would, with its arguments.
pub fn run_trials(trials: Vec<libtest_mimic::Trial>) -> ! {
    libtest_mimic::run(&libtest_mimic::Arguments::from_args(), trials).exit()
}
pub mod english;
pub mod pty;
