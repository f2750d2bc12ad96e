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
        block_after(README, "`roles search vendor` prints:", "text"),
        stdout_of(&["search", "vendor"]).trim_end()
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

/// The README's install lines work in a new user's home, where none of the
/// directories they write to exist yet.
#[test]
fn the_install_lines_work_in_an_empty_home() {
    let block = block_after(
        README,
        "`roles completions bash|zsh|fish|elvish|powershell` prints",
        "sh",
    );
    let home = tempfile::tempdir().expect("a scratch home");
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_roles"));
    let path = format!(
        "{}:{}",
        binary.parent().expect("a directory").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let status = std::process::Command::new("bash")
        .args(["-e", "-c", block])
        .env("HOME", home.path())
        .env("PATH", path)
        .status()
        .expect("bash runs");
    assert!(status.success());
    for file in [
        ".local/share/bash-completion/completions/roles",
        ".zfunc/_roles",
        ".config/fish/completions/roles.fish",
        ".cargo/share/man/man1/roles.1",
    ] {
        let written = std::fs::read_to_string(home.path().join(file)).unwrap_or_default();
        assert!(written.contains("roles"), "{file} was not written");
    }
}
