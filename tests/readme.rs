//! The README shows real output: its examples are what `roles` prints today.

mod common;

use common::stdout_of;

/// The body of the first fenced block of `language` after `marker`.
fn block_after<'r>(readme: &'r str, marker: &str, language: &str) -> &'r str {
    let after = readme
        .split_once(marker)
        .unwrap_or_else(|| panic!("README.md has no {marker:?}"))
        .1;
    let body = after
        .split_once(&format!("```{language}\n"))
        .expect("a fenced block follows")
        .1;
    body.split_once("\n```").expect("the block is closed").0
}

const README: &str = include_str!("../README.md");

#[test]
fn the_search_example_is_real_output() {
    assert_eq!(
        block_after(README, "`roles search vendor --width 100` prints:", "text"),
        stdout_of(&["--width", "100", "search", "vendor"]).trim_end()
    );
}

#[test]
fn the_export_example_is_real_output() {
    assert_eq!(
        block_after(
            README,
            "`roles export cto cio --section challenges` prints:",
            "markdown"
        ),
        stdout_of(&["export", "cto", "cio", "--section", "challenges"]).trim_end()
    );
}

#[test]
fn the_shortened_examples_are_cut_from_real_output() {
    // Shortened examples: every line shown, but the `…` that marks a cut, is
    // a line of the real output.
    for (marker, args) in [
        (
            "`roles compare cto cio`, in a 100-column terminal",
            &["--width", "100", "compare", "cto", "cio"][..],
        ),
        (
            "roles list cto\n```",
            &["--width", "100", "list", "cto"][..],
        ),
        (
            "text. Programs that read the CSV see",
            &["compare", "cto", "cio", "--format", "csv"][..],
        ),
    ] {
        let output = stdout_of(args);
        let lines: std::collections::HashSet<&str> = output.lines().collect();
        for line in block_after(README, marker, "text").lines() {
            if line.trim() == "…" || line.is_empty() {
                continue;
            }
            assert!(lines.contains(line), "{args:?} does not print {line:?}");
        }
    }
}

#[test]
fn the_matrix_example_is_real_output() {
    assert_eq!(
        block_after(README, "`roles matrix` prints:", "text"),
        stdout_of(&["--width", "100", "matrix"]).trim_end()
    );
}
